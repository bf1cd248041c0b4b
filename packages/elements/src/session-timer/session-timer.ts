import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OtValidationError,
  addSessionEvent,
  createSessionEvent,
  number,
  phaseName,
  picklist,
  recordIncident,
  sessionFlow,
  sessionSummaryText,
  sessionTimerView,
  startSession,
  systemClock,
  type OtClock,
  type OtError,
  type OtSessionAction,
  type OtSessionEvent,
  type OtSessionPhase,
  type OtSessionPlan,
  type OtSessionTimerView,
  type OtTimerCue,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ClockController } from '../controllers/clock-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { ToneController, type OtTone } from '../controllers/tone-controller.js';
import {
  OtIncidentEvent,
  OtPhaseChangeEvent,
  OtSessionChangeEvent,
  OtSessionEndEvent,
  OtSessionExtendEvent,
  OtSessionPauseEvent,
  OtSessionResumeEvent,
  OtSessionStartEvent,
  type OtPhaseChangeDetail,
} from '../events/ot-session.js';
import { commonMessages } from '../i18n/common.messages.js';
import { check } from '../internal/checked-properties.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { CountdownController } from './countdown-controller.js';
import type { TimerSession } from './session-timer.input.js';
import { timerMessages } from './session-timer.messages.js';
import { TimerSessionSource, type TimerIncident } from './session-timer.source.js';
import { NO_DRAFT, readDraft, type IncidentDraft } from './session-timer.panels.js';
import {
  cueWords,
  reasonWord,
  renderControls,
  renderCountdown,
  renderPanel,
  renderProgress,
} from './session-timer.render.js';
import { timerStyles } from './session-timer.styles.js';
import { OT_TIMER_APPEARANCES, type OtTimerAppearance } from './session-timer.types.js';
import { TimerCues, minutesAgo } from './timer-cues.js';

// The intent event of each action that is not a move between phases (those fire ot-phase-change).
const INTENTS = {
  start: OtSessionStartEvent,
  pause: OtSessionPauseEvent,
  resume: OtSessionResumeEvent,
  extend: OtSessionExtendEvent,
  end: OtSessionEndEvent,
} as const;
type Panel = 'pause' | 'end' | 'incident' | undefined;
type Reasons = 'pause' | 'end';

/** The chime of each cue: one tone for a warning, two for the end of a phase's time. */
const chimeOf = (cue: OtTimerCue): OtTone[] =>
  cue.kind === 'warning'
    ? [{ at: cue.at, frequency: 660 }]
    : [
        { at: cue.at, frequency: 660 },
        { at: cue.at + 400, frequency: 880 },
      ];

/**
 * A session-flow timer: the current phase of a therapy session counting down as a disc (like a Time
 * Timer: a sector that shrinks on a 60-minute face) or a bar, with what comes next, progress through the
 * session, and the therapist's controls: start, pause with a reason, resume, previous/next/skip phase,
 * +1/+5 minutes, end with a reason. An emergency pause opens a short incident form.
 *
 * Time is derived, never counted: what it shows is the SDK's `sessionTimerView` of the plan, the event log
 * (wall-clock times) and now, so it is exact after a reload, a sleeping laptop or a hidden tab. It draws again
 * when the shown second (or minute, with `minutes-only`) of the phase ticks over, and not at all while hidden;
 * the disc and bar move by transform animations the compositor runs. A phase that ended while the tab was
 * hidden is reported ("Warm-up ended 3 min ago") instead of replaying its cues. Optional chime (Web Audio,
 * scheduled ahead so it sounds on time in a background tab; allowed by the Start click) and spoken cues.
 *
 * Every control fires its cancelable intent event first; unless cancelled, it runs the SDK's session command
 * (`startSession`, `pauseSession`, … — the ones a portal calls without the element). Connected (inside
 * `<ot-provider>`) the command writes the session record in the store, so a reload resumes the same session,
 * and the change shows as "Saving…" until the store has saved it. Standalone it takes `phases`/`plan` and
 * `events`, updates `events` itself, and fires typed events. Nothing depends on form submission, so it saves
 * in an iframe sandboxed without `allow-forms`.
 *
 * @tagname ot-session-timer
 * @summary A session-flow countdown with phases, pauses, extensions and an incident form.
 * @csspart base - The wrapper of everything.
 * @csspart phase - The name of the current phase.
 * @csspart face - The disc: a 60-minute face with the time left as a sector (`appearance="disc"`).
 * @csspart bar - The bar (`appearance="bar"`).
 * @csspart time - Time left (or over) in the phase; holds the `role="timer"`.
 * @csspart status - Phase count, what comes next, pause and catch-up notes.
 * @csspart progress - Progress through the whole session.
 * @csspart controls - The therapist's buttons (not in `locked` mode).
 * @csspart save-state - "Saving…" while a change waits for the store, then "Saved" (connected).
 * @csspart panel - The pause reasons, end reasons or incident form.
 * @csspart summary - The session summary text once the session has ended.
 * @csspart error - The readable error state.
 * @csspart announcer - The polite live region for phase changes and warnings.
 * @cssprop [--ot-timer-color=var(--ot-color-accent)] - Colour of the time left.
 * @cssprop [--ot-timer-warning-color=var(--ot-color-warning)] - Colour of the time left once the warning is due.
 * @cssprop [--ot-timer-size=14rem] - Size of the disc (5.5rem when compact).
 * @fires {OtSessionStartEvent} ot-session-start - Cancelable: the therapist starts the session. `detail.event`.
 * @fires {OtSessionPauseEvent} ot-session-pause - Cancelable: pause with `detail.event.reason`.
 * @fires {OtSessionResumeEvent} ot-session-resume - Cancelable: resume.
 * @fires {OtSessionExtendEvent} ot-session-extend - Cancelable: `detail.event.minutes` added to the phase.
 * @fires {OtSessionEndEvent} ot-session-end - Cancelable: end with `detail.event.reason`.
 * @fires {OtPhaseChangeEvent} ot-phase-change - Next/back/skip (cancelable) or auto-advance (not): `detail.from`, `detail.to`.
 * @fires {OtSessionChangeEvent} ot-session-change - After the log changed (and, connected, was saved): `detail.events`, `detail.sessionId`.
 * @fires {OtIncidentEvent} ot-incident - Cancelable: an emergency's incident form was saved: `detail.incident`.
 * @fires {OtErrorEvent} ot-error - Bad input (phases, plan, plan-id, minutes, appearance, warn-seconds, events) or a write that failed.
 * @example
 * <ot-provider>
 *   <ot-session-timer minutes="45" warn-seconds="120" chime></ot-session-timer>
 * </ot-provider>
 */
export class OtSessionTimer extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, timerStyles];
  static override checkedProperties = {
    appearance: check(picklist(OT_TIMER_APPEARANCES), 'disc'),
    warnSeconds: check(number({ min: 0, integer: true }), 60),
  };

  // Connected, the provider's store holds the session; standalone, the page's `events` do (no store of its own).
  readonly #data = new StoreController(this, {
    select: (s) => [s.sessionRecords, s.sessionPlans, s.incidents] as const,
    equals: (a, b) => a.every((x, i) => x === b[i]),
  });
  readonly #clock = new ClockController(this, {
    clock: () => this.clock,
    nextChangeAt: () => this.#view?.nextChangeAt,
  });
  readonly #announcer = new AnnounceController(this);
  readonly #speech = new SpeechController(this);
  readonly #tones = new ToneController(this);
  readonly #t = this.translator(timerMessages);
  readonly #cues = new TimerCues();
  readonly #source = new TimerSessionSource(
    this,
    () => this.#data.provided,
    (error) => this.reportError(error),
  );
  /** What is on screen, for rendering only: handlers work out the session again when they run. */
  #view: OtSessionTimerView | undefined;
  #draft: IncidentDraft = NO_DRAFT;
  #opener: HTMLElement | undefined;
  #writes = 0;

  @state() private panel: Panel;
  @state() private actionError: OtError | undefined;
  @state() private invalid: string[] = [];
  @state() private saveState: 'saving' | 'saved' | undefined;

  /**
   * The phases of a custom plan; wins over `plan`, `plan-id` and `minutes`. Connected, a session already running
   * keeps the phases it started with (its record holds them); standalone, `events` is replayed against these.
   */
  @property({ attribute: false }) phases: OtSessionPhase[] | undefined;

  /**
   * A session plan to run; wins over `plan-id` and `minutes`. Connected, its id is recorded on the session when
   * the store holds that plan (store it first to link the two); the record always keeps a copy of the phases.
   */
  @property({ attribute: false }) plan: OtSessionPlan | undefined;

  /** Connected: the id of a stored session plan to run. */
  @property({ attribute: 'plan-id' }) planId: string | undefined;

  /** Session length for the default six-phase template, in whole minutes (30, 45, 60, or any from 6 to 240; anything else is an error). */
  @property({ type: Number }) minutes = 60;

  /** The event log (standalone). The element appends to it as the therapist acts; setting it shows that session. */
  @property({ attribute: false }) events: OtSessionEvent[] | undefined;

  /** Connected: the client a new session record belongs to. */
  @property({ attribute: 'client-id' }) clientId: string | undefined;

  /** Move on to the next phase when a phase's time runs out, instead of waiting for the therapist. */
  @property({ attribute: 'auto-advance', type: Boolean }) autoAdvance = false;

  /** The countdown's form: `disc` (a 60-minute face like a Time Timer) or `bar`; anything else is an error. */
  @property({ reflect: true }) appearance: OtTimerAppearance = 'disc';

  /** A small version: the countdown beside the phase name and time. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** A client-facing view without controls. */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** Show whole minutes only, so the display changes once a minute (WCAG 2.2.2). */
  @property({ attribute: 'minutes-only', type: Boolean }) minutesOnly = false;

  /** How long before a phase ends to warn, in whole seconds; 0 turns the warning off; a negative value is an error. */
  @property({ attribute: 'warn-seconds', type: Number }) warnSeconds = 60;

  /** Play a chime at the warning and when a phase's time is up (Web Audio, enabled by the Start click). */
  @property({ type: Boolean }) chime = false;

  /**
   * Speak the warning, "time is up" and every phase change — automatic, the therapist's (here or on another
   * screen on the same store) or the page's — but not pauses or extensions (Web Speech, when the browser has it).
   */
  @property({ type: Boolean }) speak = false;

  /** The time source (a manual clock in tests and stories). Default: the store's clock, else the system clock. */
  @property({ attribute: false }) clock: OtClock | undefined;

  constructor() {
    super();
    // It reads what is on screen after each update; nothing else talks to it.
    new CountdownController(this, () => this.#view && { view: this.#view, now: this.#clock.now });
  }

  protected override update(changed: PropertyValues<this>): void {
    // The clock controller has read the time by now (after willUpdate): work out the view, then notice cues.
    this.#source.check(this.#clock.now);
    const session = this.#source.session;
    this.#view = session && this.#viewOf(session, this.#clock.now);
    if (this.#view) this.#announceCues(this.#view, session!);
    super.update(changed);
  }

  protected override updated(): void {
    const cues = this.chime && this.#view ? this.#view.cues : [];
    this.#tones.schedule(cues.flatMap(chimeOf), this.#clock.now);
  }

  /** "Paused: break", "Session ended: completed". */
  #because(kind: Reasons, reason: string): string {
    return this.#t(`${kind}State`, { reason: reasonWord(this.locale.lang, kind, reason) });
  }

  #now(): number {
    return (this.clock ?? this.#data.provided?.clock ?? systemClock).now();
  }

  #viewOf(session: TimerSession, now: number): OtSessionTimerView {
    return sessionTimerView(
      session,
      {
        warnMs: this.warnSeconds * 1000,
        appearance: this.appearance,
        minutesOnly: this.minutesOnly,
        lang: this.locale.lang,
        incidents: this.#source.incidents(),
      },
      now,
    );
  }

  #announceCues(view: OtSessionTimerView, session: TimerSession): void {
    const words = cueWords(this.#t, this.locale.lang);
    const key = this.#source.recordId ?? '';
    const names = (index: number) => phaseName(view.state.phases[index]!, this.locale.lang);
    const cue = this.#cues.notice(view, { key, events: session.events, names }, this.warnSeconds * 1000, words);
    if (!cue) return;
    if (cue.moved)
      this.emit(
        new OtPhaseChangeEvent({ ...cue.moved, event: undefined, sessionId: this.#source.recordId || undefined }),
      );
    this.#announcer.announce(cue.text);
    if (this.speak && cue.speak) this.#speech.speak(cue.text, { lang: this.locale.locale });
  }

  /** Shows a store write as saving until the store resolves it, then as saved. */
  async #saving<T>(write: Promise<T>): Promise<T> {
    const mine = ++this.#writes;
    this.saveState = 'saving';
    try {
      const result = await write;
      if (mine === this.#writes) this.saveState = 'saved';
      return result;
    } catch (error) {
      if (mine === this.#writes) this.saveState = undefined;
      throw error;
    }
  }

  /** Fires the intent event; unless cancelled, runs the session command (store or `events`) and fires `ot-session-change`. */
  async #act(action: OtSessionAction): Promise<boolean> {
    // Audio may only start from a user gesture: every control click (Start first) allows it.
    if (this.chime) this.#tones.unlock();
    const store = this.#source.store;
    const { session, record } = this.#source.current(this.#now());
    try {
      const event = createSessionEvent(session, action, this.#now());
      const detail = { event, sessionId: record?.id } as OtPhaseChangeDetail;
      const Intent = INTENTS[event.type as keyof typeof INTENTS];
      let intent: Event;
      if (Intent) intent = new Intent(detail as never);
      else {
        const s = sessionFlow(session.phases, session.events, event.at, session);
        const to = s.phases[s.index + (event.type === 'back' ? -1 : 1)]?.id ?? '';
        intent = new OtPhaseChangeEvent({ ...detail, from: s.phase.id, to });
      }
      if (!this.emit(intent)) return false;
      let events: readonly OtSessionEvent[];
      if (record)
        events = (await this.#saving(addSessionEvent(store!, { sessionId: record.id, action, at: event.at }))).events;
      else if (store && !this.events) {
        const { start, autoAdvance } = session;
        const created = await this.#saving(
          startSession(store, { ...start, autoAdvance, clientId: this.clientId, at: event.at }),
        );
        this.#source.recordId = created.id;
        events = created.events;
      } else this.events = [...(events = [...session.events, event])];
      this.actionError = undefined;
      this.emit(new OtSessionChangeEvent({ events, sessionId: this.#source.recordId }));
      return true;
    } catch (error) {
      this.actionError = this.reportError(error);
      return false;
    }
  }

  /** Opens a panel with focus in it, or closes it (no panel) with focus back on the control that opened it. */
  async #show(panel?: Panel, opener?: EventTarget | null): Promise<void> {
    this.#opener = (opener as HTMLElement) ?? this.#opener;
    this.panel = panel;
    this.invalid = [];
    const back = !panel && this.#opener?.isConnected && this.#opener;
    await this.focusAfterUpdate(back || (panel ? '[part=panel] :is(button, textarea)' : '[part=controls] button'));
  }

  async #choose(panel: Reasons, reason: string): Promise<void> {
    const action = { type: panel, reason } as OtSessionAction;
    const done = await this.#act(action);
    if (done && reason === 'emergency' && panel === 'pause') return this.#show('incident');
    return this.#show();
  }

  #onMain(event: Event): void {
    const { session } = this.#source.current(this.#now());
    const status = this.#viewOf(session, this.#now()).status;
    if (status === 'running') void this.#show('pause', event.currentTarget);
    else if (status !== 'ended') void this.#act({ type: status === 'paused' ? 'resume' : 'start' });
    else {
      // A fresh session: connected, the next Start creates a new record; standalone, the log is emptied.
      this.saveState = undefined;
      if (this.#source.forget()) this.requestUpdate();
      else {
        this.events = [];
        this.emit(new OtSessionChangeEvent({ events: [], sessionId: undefined }));
      }
    }
  }

  #onPanelKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    void this.#show();
  }

  #onDraft(event: Event): void {
    this.#draft = readDraft(event.currentTarget as HTMLFormElement);
  }

  async #onSaveIncident(): Promise<void> {
    const draft = this.#draft;
    this.invalid = (['what', 'actions'] as const).filter((k) => !draft[k].trim());
    if (this.invalid.length) {
      await this.focusAfterUpdate('[aria-invalid=true]');
      return;
    }
    const { session, record } = this.#source.current(this.#now());
    const s = sessionFlow(session.phases, session.events, this.#now(), session);
    const incident: TimerIncident = {
      at: s.pause?.at ?? s.at,
      what: draft.what.trim(),
      actions: draft.actions.trim(),
      followUpNeeded: draft.followUp,
      ...(record ? { sessionId: record.id } : {}),
      ...(this.clientId ? { clientId: this.clientId } : {}),
    };
    if (!this.emit(new OtIncidentEvent({ incident }))) return;
    try {
      if (record) await this.#saving(recordIncident(this.#data.provided!, incident));
      else this.#source.localIncidents = [...this.#source.localIncidents, incident];
      this.#draft = NO_DRAFT;
      this.#announcer.announce(this.#t('saved'));
      void this.#show();
    } catch (error) {
      this.actionError = this.reportError(error);
    }
  }

  async #onCopy(): Promise<void> {
    const { session } = this.#source.current(this.#now());
    const summary = this.#viewOf(session, this.#now()).summary;
    try {
      await navigator.clipboard.writeText(summary ? sessionSummaryText(summary, this.locale.lang) : '');
      this.#announcer.announce(this.#t('copied'));
    } catch {
      this.#announcer.announce(this.#t('notCopied'));
    }
  }

  override render(): TemplateResult {
    const view = this.#view;
    const error = this.#shownError();
    const shownError = error ? this.renderError(error) : nothing;
    if (!view) return html`<div part="base">${shownError}</div>`;
    const t = this.#t;
    const ended = view.status === 'ended';
    const loading = this.#data.provided?.status === 'loading' && !this.events;
    const classes = [this.compact && 'compact', view.warning && 'warn', view.over && 'over'].filter(Boolean);
    const panel = {
      close: () => this.#show(),
      choose: (kind: Reasons, reason: string) => this.#choose(kind, reason),
      onKeydown: (event: KeyboardEvent) => this.#onPanelKey(event),
      onInput: (event: Event) => this.#onDraft(event),
      save: () => this.#onSaveIncident(),
    };
    const controls = {
      main: (event: Event) => this.#onMain(event),
      act: (action: OtSessionAction) => this.#act(action),
      open: (panel: 'incident' | 'end', event: Event) => this.#show(panel, event.currentTarget),
      copy: () => this.#onCopy(),
    };
    return html`<div part="base" class=${classes.join(' ')}>
      ${shownError}
      <p part="phase">${ended ? this.#because('end', view.endReason!) : view.phase.name}</p>
      ${ended ? nothing : renderCountdown(view, this.appearance, t)}
      <p part="status">${this.#statusText(view, loading)}</p>
      ${ended ? nothing : renderProgress(view, t)}
      ${this.locked || loading ? nothing : renderControls(view, controls, this.saveState, t)}
      ${this.locked ? nothing : renderPanel(this.panel, { draft: this.#draft, invalid: this.invalid }, panel, t, this.locale.lang)}
      ${
        ended && !this.compact && view.summary
          ? html`<pre part="summary">${sessionSummaryText(view.summary, this.locale.lang)}</pre>`
          : nothing
      }
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  /** Bad attributes and a bad plan or log, as one list; else the last failed action. */
  #shownError(): OtError | undefined {
    const issues = [
      ...(this.attributeError?.issues ?? []),
      ...((this.#source.inputError as OtValidationError)?.issues ?? []),
    ];
    if (issues.length) return new OtValidationError('session timer input', issues);
    return this.#source.inputError ?? this.actionError;
  }

  #statusText(view: OtSessionTimerView, loading: boolean): string {
    const { doneMinutes: done, plannedMinutes: total } = view.progress;
    if (view.status === 'ended') return this.#t('session', { done, total });
    const catchUp = this.#cues.catchUp?.index === view.phase.index ? this.#cues.catchUp : undefined;
    const where = loading
      ? this.locale.t(commonMessages, 'loading')
      : view.pause
        ? this.#because('pause', view.pause.reason)
        : catchUp
          ? this.#t('endedAgo', { name: catchUp.name, n: minutesAgo(view.state.at, catchUp.at) })
          : view.next
            ? this.#t('upNext', { name: view.next.name })
            : this.#t('lastPhase');
    return `${this.#t('phaseOf', { n: view.phase.index + 1, total: view.phase.count })} · ${where}`;
  }
}
