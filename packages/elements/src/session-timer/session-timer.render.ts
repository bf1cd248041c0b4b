import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  OT_END_REASONS,
  OT_PAUSE_REASONS,
  OT_SESSION_WORDS,
  type OtSessionAction,
  type OtSessionTimerView,
  type OtSummaryLanguage,
} from '@otkit/sdk';
import type { OtTranslate } from '../i18n/messages.js';
import type { timerMessages } from './session-timer.messages.js';
import { renderIncidentForm, renderReasons, timerButton, type IncidentDraft } from './session-timer.panels.js';
import type { OtTimerAppearance } from './session-timer.types.js';
import type { CueWords } from './timer-cues.js';

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

/** The name of a pause or end reason in `lang` ("break", "descanso"). */
export function reasonWord(lang: OtSummaryLanguage, kind: 'pause' | 'end', reason: string): string {
  return (OT_SESSION_WORDS[lang][kind] as Record<string, string>)[reason]!;
}

/** The sentences of the timer's cues in the element's language. */
export function cueWords(t: TimerTranslate, lang: OtSummaryLanguage): CueWords {
  return {
    now: (name) => t('now', { name }),
    left: (name, time) => t('warn', { name, time }),
    timeUp: (name) => t('timeUp', { name }),
    endedAgo: (name, n) => t('endedAgo', { name, n }),
    paused: (reason) => t('pauseState', { reason: reasonWord(lang, 'pause', reason) }),
    ended: (reason) => t('endState', { reason: reasonWord(lang, 'end', reason) }),
  };
}

/** What the open panel does. */
export interface TimerPanelHandlers {
  close(): unknown;
  choose(panel: 'pause' | 'end', reason: string): unknown;
  onKeydown(event: KeyboardEvent): void;
  onInput(event: Event): void;
  save(): unknown;
}

/** The open panel: the pause or end reasons, or the incident form. */
export function renderPanel(
  panel: 'pause' | 'end' | 'incident' | undefined,
  form: { draft: IncidentDraft; invalid: readonly string[] },
  on: TimerPanelHandlers,
  t: TimerTranslate,
  lang: OtSummaryLanguage,
): TemplateResult | typeof nothing {
  const close = (key: 'cancel' | 'later') => timerButton(t(key), () => on.close(), 'quiet');
  if (panel === 'pause' || panel === 'end')
    return renderReasons({
      title: t(`${panel}Why`),
      reasons: (panel === 'pause' ? OT_PAUSE_REASONS : OT_END_REASONS).map((value) => {
        const word = reasonWord(lang, panel, value);
        return { value, label: word[0]!.toUpperCase() + word.slice(1) };
      }),
      choose: (reason) => on.choose(panel, reason),
      cancel: close('cancel'),
      onKeydown: on.onKeydown,
    });
  if (panel !== 'incident') return nothing;
  return renderIncidentForm({
    title: t('incident'),
    labels: OT_SESSION_WORDS[lang].incident,
    draft: form.draft,
    invalid: form.invalid,
    required: t('required'),
    saveLabel: t('save'),
    later: close('later'),
    onInput: on.onInput,
    save: on.save,
    onKeydown: on.onKeydown,
  });
}
