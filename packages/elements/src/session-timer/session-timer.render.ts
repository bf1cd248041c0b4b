import { html, nothing, svg, type TemplateResult } from 'lit';
import type { OtSessionAction, OtSessionTimerView } from '@otkit/sdk';
import type { OtTranslate } from '../i18n/messages.js';
import type { timerMessages } from './session-timer.messages.js';
import { timerButton } from './session-timer.panels.js';
import type { OtTimerAppearance } from './session-timer.types.js';

/** The timer's message function. */
export type TimerTranslate = OtTranslate<(typeof timerMessages)['en']>;

// Twelve marks of a 60-minute face, longer every quarter hour.
const TICKS = Array.from(
  { length: 12 },
  (_, i) =>
    svg`<line class="tick" x1="50" y1="3" x2="50" y2=${i % 3 ? 8 : 12} transform="rotate(${i * 30} 50 50)"></line>`,
);

/**
 * The countdown (disc or bar) and the time shown. The sector's half discs and the bar's fill are drawn empty
 * here and moved by the CountdownController's transform animations.
 */
export function renderCountdown(view: OtSessionTimerView, appearance: OtTimerAppearance, t: TimerTranslate) {
  const countdown =
    appearance === 'bar'
      ? html`<div part="bar"><span></span></div>`
      : html`<div part="face" aria-hidden="true">
          <div class="sector">
            <div class="clip clip-first"><span class="half half-first"></span></div>
            <div class="clip clip-second"><span class="half half-second"></span></div>
          </div>
          <svg class="marks" viewBox="0 0 100 100">${TICKS}</svg>
        </div>`;
  return html`${countdown}
    <p part="time">
      <span role="timer" dir="ltr">${view.time.text}</span>
      <small>${t(view.over ? 'over' : 'left')}</small>
    </p>`;
}

/** Progress through the whole session, as a progress bar with its minutes in words. */
export function renderProgress(view: OtSessionTimerView, t: TimerTranslate): TemplateResult {
  const { doneMinutes: done, plannedMinutes: total } = view.progress;
  return html`<div
    part="progress"
    role="progressbar"
    aria-label=${t('progress')}
    aria-valuemin="0"
    aria-valuemax=${total}
    aria-valuenow=${Math.min(done, total)}
    aria-valuetext=${t('session', { done, total })}
  >
    <span></span>
  </div>`;
}

/** What the controls do; each handler works out the session again when it runs. */
export interface TimerControlHandlers {
  main(event: Event): unknown;
  act(action: OtSessionAction): unknown;
  open(panel: 'incident' | 'end', event: Event): unknown;
  copy(): unknown;
}

/** The therapist's buttons, the moves that make no sense now greyed out, and the store's save state. */
export function renderControls(
  view: OtSessionTimerView,
  on: TimerControlHandlers,
  saveState: 'saving' | 'saved' | undefined,
  t: TimerTranslate,
): TemplateResult {
  const can = view.can;
  const live = can.resume || can.pause;
  const move = (type: 'back' | 'next' | 'skip') => timerButton(t(type), () => on.act({ type }), '', !can[type]);
  const extend = (minutes: number) => timerButton(`+${minutes} ${t('min')}`, () => on.act({ type: 'extend', minutes }));
  const open = (panel: 'incident' | 'end', key: 'record' | 'end') =>
    timerButton(t(key), (event) => on.open(panel, event), 'danger');
  const main = can.start ? 'start' : can.pause ? 'pause' : can.resume ? 'resume' : 'newSession';
  return html`<div part="controls">
      ${timerButton(t(main), (event) => on.main(event), 'primary')}
      ${
        live
          ? [
              move('back'),
              move('next'),
              move('skip'),
              extend(1),
              extend(5),
              view.incidentDue ? open('incident', 'record') : nothing,
              open('end', 'end'),
            ]
          : view.status === 'ended'
            ? timerButton(t('copy'), () => on.copy())
            : nothing
      }
    </div>
    ${saveState ? html`<p part="save-state">${t(saveState === 'saving' ? 'saving' : 'stored')}</p>` : nothing}`;
}
