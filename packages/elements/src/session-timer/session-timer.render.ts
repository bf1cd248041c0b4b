import { html, nothing, type TemplateResult } from 'lit';
import {
  OT_END_REASONS,
  OT_PAUSE_REASONS,
  OT_SESSION_WORDS,
  type OtSessionAction,
  type OtTimerCue,
  type OtSessionTimerView,
  type OtSummaryLanguage,
} from '@otkit/sdk';
import type { OtTranslate } from '../i18n/messages.js';
import type { timerMessages } from './session-timer.messages.js';
import { renderIncidentForm, renderReasons, timerButton, type IncidentDraft } from './session-timer.panels.js';
import type { OtTone } from '../controllers/tone-controller.js';
import { renderSaveState } from '../controllers/save-state-controller.js';
import { minutesAgo, type CatchUp, type CueWords } from './timer-cues.js';

/** The timer's message function. */
export type TimerTranslate = OtTranslate<(typeof timerMessages)['en']>;

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
  /** The button that opens the home program builder, shown while the phase is Home plan. */
  homePlan(): TemplateResult;
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
  // Recording an incident is about safety (the danger colour); ending a session is the normal close of it.
  const open = (panel: 'incident' | 'end', key: 'record' | 'end', variant: 'danger' | '') =>
    timerButton(t(key), (event) => on.open(panel, event), variant);
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
              view.incidentDue ? open('incident', 'record', 'danger') : nothing,
              open('end', 'end', ''),
              view.phase.id === 'home-plan' ? on.homePlan() : nothing,
            ]
          : view.status === 'ended'
            ? timerButton(t('copy'), () => on.copy())
            : nothing
      }
    </div>
    ${renderSaveState(saveState, { saving: t('saving'), saved: t('stored') })}`;
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

/** The status line: phase count, then loading, the pause, what ended while hidden, or what comes next. */
export function statusText(
  view: OtSessionTimerView,
  context: { loading: string | false; catchUp: CatchUp | undefined; t: TimerTranslate; lang: OtSummaryLanguage },
): string {
  const { t, catchUp, lang } = context;
  const { doneMinutes: done, plannedMinutes: total } = view.progress;
  if (view.status === 'ended') return t('session', { done, total });
  const where = context.loading
    ? context.loading
    : view.pause
      ? t('pauseState', { reason: reasonWord(lang, 'pause', view.pause.reason) })
      : catchUp
        ? t('endedAgo', { name: catchUp.name, n: minutesAgo(view.state.at, catchUp.at) })
        : view.next
          ? t('upNext', { name: view.next.name })
          : t('lastPhase');
  return `${t('phaseOf', { n: view.phase.index + 1, total: view.phase.count })} · ${where}`;
}

/** The chime of each cue: one tone for a warning, two for the end of a phase's time. */
export function chimeOf(cue: OtTimerCue): OtTone[] {
  if (cue.kind === 'warning') return [{ at: cue.at, frequency: 660 }];
  return [
    { at: cue.at, frequency: 660 },
    { at: cue.at + 400, frequency: 880 },
  ];
}

/** Copies text to the clipboard; false when the page may not (no permission, no focus, no clipboard). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
