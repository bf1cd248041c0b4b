import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { type OtSessionTimerView } from '@otkit/sdk';
import { renderImage } from '../internal/image.js';
import { drawSymbol } from '../symbols/load-symbols.js';
import type { TimerTranslate } from './session-timer.render.js';
import type { OtTimerAppearance } from './session-timer.types.js';

const MINUTE = 60_000;

/** A built-in picture for each phase of the default plan, for the child view. */
const PHASE_SYMBOLS: Readonly<Record<string, string>> = {
  'check-in': 'circle-time',
  'warm-up': 'trampoline',
  targeted: 'puzzle',
  coaching: 'look',
  'cool-down': 'calm-breathing',
  'home-plan': 'home',
};

/** How the countdown is drawn: the form, and whether over time is shown calmly (no red count-up). */
export interface CountdownOptions {
  readonly appearance: OtTimerAppearance;
  readonly calm: boolean;
}

/** Minutes between numbers on a face, and between its marks, by the face's minutes. */
function faceSteps(face: number): { number: number; mark: number } {
  if (face <= 5) return { number: 1, mark: 0.5 };
  if (face <= 10) return { number: 2, mark: 1 };
  if (face <= 20) return { number: 5, mark: 1 };
  if (face <= 60) return { number: 15, mark: 5 };
  return { number: Infinity, mark: face / 12 };
}

/**
 * The marks and numbers of a face of `face` minutes, counter-clockwise from 12 o'clock as the sector shrinks
 * toward 12 (a Time Timer's face). Numbers sit on the rim outside the sector.
 */
function faceMarks(face: number): SVGTemplateResult[] {
  const { number, mark } = faceSteps(face);
  const marks: SVGTemplateResult[] = [];
  for (let minute = 0; minute < face - 1e-9; minute += mark) {
    const angle = (-minute / face) * 360;
    const major = minute % number === 0;
    marks.push(
      svg`<line class="tick" x1="50" y1="1.5" x2="50" y2=${major ? 7 : 4.5} transform="rotate(${angle} 50 50)"></line>`,
    );
    if (major) {
      const radians = (angle * Math.PI) / 180;
      const x = 50 + 38.5 * Math.sin(radians);
      const y = 50 - 38.5 * Math.cos(radians) + 3.2;
      marks.push(svg`<text x=${x.toFixed(2)} y=${y.toFixed(2)}>${minute}</text>`);
    }
  }
  return marks;
}

/** The disc: a face scaled to the phase, the sector, and "Paused" or the calm end of time over it. */
function renderFace(view: OtSessionTimerView, calmOver: boolean, t: TimerTranslate): TemplateResult {
  const paused = view.status === 'paused';
  return html`<div part="face" class=${paused ? 'paused' : ''} aria-hidden="true">
    <div class="sector">
      <div class="clip clip-first"><span class="half half-first"></span></div>
      <div class="clip clip-second"><span class="half half-second"></span></div>
    </div>
    <svg class="marks" viewBox="0 0 100 100">${faceMarks(view.phaseScale / MINUTE)}</svg>
    ${paused ? html`<span part="paused">${t('paused')}</span>` : nothing}
    ${calmOver ? html`<svg part="done" viewBox="0 0 48 48">${drawSymbol('yes')}</svg>` : nothing}
  </div>`;
}

/**
 * The countdown (disc or bar) and the time shown. The sector's half discs and the bar's fill are drawn empty
 * here and moved by the CountdownController's transform animations. Calm, time over shows "Time is up" and a
 * check mark instead of a count-up.
 */
export function renderCountdown(view: OtSessionTimerView, options: CountdownOptions, t: TimerTranslate) {
  const calmOver = options.calm && view.over;
  const countdown =
    options.appearance === 'bar' ? html`<div part="bar"><span></span></div>` : renderFace(view, calmOver, t);
  const note = view.status === 'paused' ? t('paused') : view.over ? t('over') : t('left');
  return html`${countdown}
    <p part="time">
      <span role="timer" dir="ltr">${calmOver ? t('timeIsUp') : view.time.text}</span>
      ${calmOver ? nothing : html`<small>${note}</small>`}
    </p>`;
}

/** The child view's picture of the phase: a built-in one for the default phases, labelled with the phase name. */
export function renderPhasePicture(view: OtSessionTimerView): TemplateResult | typeof nothing {
  const symbol = PHASE_SYMBOLS[view.phase.id];
  return symbol ? renderImage({ symbol }, view.phase.name, { part: 'picture' }) : nothing;
}
