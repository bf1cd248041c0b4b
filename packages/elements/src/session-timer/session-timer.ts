import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  createSessionEvent,
  number,
  phaseName,
  picklist,
  recordIncident,
  sessionFlow,
  sessionSummaryText,
  sessionTimerView,
  systemClock,
  type OtClock,
  type OtError,
  type OtSessionAction,
  type OtSessionEvent,
  type OtSessionPhase,
  type OtSessionPlan,
  type OtSessionTimerView,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ClockController } from '../controllers/clock-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { ToneController } from '../controllers/tone-controller.js';
import { OtIncidentEvent, OtPhaseChangeEvent, OtSessionChangeEvent } from '../events/ot-session.js';
import { commonMessages } from '../i18n/common.messages.js';
import { check } from '../internal/checked-properties.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { CountdownController } from './countdown-controller.js';
import { SaveStateController } from '../controllers/save-state-controller.js';
import { intentOf } from './session-timer.intents.js';
import { shownError, templateMinutes, type TimerSession } from './session-timer.input.js';
import { timerMessages } from './session-timer.messages.js';
import { TimerSessionSource } from './session-timer.source.js';
import { IncidentDraftController } from './incident-draft-controller.js';
import { incidentOf } from './session-timer.panels.js';
import {
  chimeOf,
  copyText,
  cueWords,
  type TimerControlHandlers,
  type TimerPanelHandlers,
} from './session-timer.render.js';
import { renderTimerLayout } from './session-timer.layout.js';
import { timerStyles } from './session-timer.styles.js';
import {
  OT_TIMER_APPEARANCES,
  OT_TIMER_OVERTIMES,
  type OtTimerAppearance,
  type OtTimerOvertime,
  type TimerPanel as Panel,
  type TimerReasons as Reasons,
} from './session-timer.types.js';
import { TimerCues } from './timer-cues.js';
import { renderHomePlanOpener } from '../home-program/home-plan-opener.js';

/**
 * A session-flow timer: the current phase of a therapy session counting down as a disc (like a Time Timer: a
 * sector that shrinks on a face of 5, 10, 20 or 60 minutes, chosen to hold the phase) or a bar, with what comes
 * next, progress through the session, and the therapist's controls: start, pause with a reason, resume,
 * previous/next/skip phase, +1/+5 minutes, end with a reason. An emergency pause opens a short incident form.
 * `child` shows only a large disc and the phase's picture; `overtime="calm"` ends a phase's time calmly.
 *
 * Time is derived, never counted (the SDK's `sessionTimerView` of the plan, the event log and now), so it is
 * exact after a reload, a sleeping laptop or a hidden tab; the disc and bar move by compositor animations. Every
 * control fires its cancelable intent event, then runs the SDK's session command; connected (inside
 * `<ot-provider>`) that writes the session record, standalone it updates `events`. See docs/session-timer.md.
 *
 * @tagname ot-session-timer
 * @summary A session-flow countdown with phases, pauses, extensions and an incident form.
 * @csspart base - The wrapper of everything.
 * @csspart phase - The name of the current phase.
 * @csspart face - The disc: a face of 5, 10, 20 or 60 minutes with the time left as a sector (`appearance="disc"`).
 * @csspart paused - "Paused" on the disc while the session is paused.
 * @csspart done - The check mark on the disc when a phase's time is up and over time is calm.
 * @csspart picture - The phase's picture in the child view.
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
 * @fires {OtHomePlanOpenEvent} ot-home-plan-open - Cancelable: "Make the home plan" (Home plan phase); by default the builder opens in a dialog.
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
    minutes: check(templateMinutes, 60),
    overtime: check(picklist(OT_TIMER_OVERTIMES), 'count'),
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
  readonly #saveState = new SaveStateController(this);
  readonly #t = this.translator(timerMessages);
  readonly #cues = new TimerCues();
  readonly #source = new TimerSessionSource(
    this,
    () => this.#data.provided,
    (error) => this.reportError(error),
  );
  /** What is on screen, for rendering only: handlers work out the session again when they run. */
  #view: OtSessionTimerView | undefined;
  readonly #incident = new IncidentDraftController(this, this.#source);
  #opener: HTMLElement | undefined;
  readonly #controls: TimerControlHandlers = {
    main: (event) => this.#onMain(event),
    act: (action) => this.#act(action),
    open: (panel, event) => this.#show(panel, event.currentTarget),
    copy: () => this.#onCopy(),
    homePlan: () => renderHomePlanOpener(this, this.locale.lang, this.clientId, this.#source.recordId),
  };
  readonly #panelHandlers: TimerPanelHandlers = {
    close: () => this.#show(),
    choose: (kind, reason) => this.#choose(kind as Reasons, reason),
    onKeydown: (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      void this.#show();
    },
    onInput: (event) => this.#incident.input(event),
    save: () => this.#onSaveIncident(),
  };

  @state() private panel: Panel;
  @state() private actionError: OtError | undefined;
  @state() private invalid: string[] = [];

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

  /** The countdown's form: `disc` (a face of 5, 10, 20 or 60 minutes, like a Time Timer) or `bar`; anything else is an error. */
  @property({ reflect: true }) appearance: OtTimerAppearance = 'disc';

  /** A small version: the countdown beside the phase name and time. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** A client-facing view without controls. */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** A child's view: only a large disc and the phase's picture (the time stays for screen readers); over time is calm. */
  @property({ type: Boolean, reflect: true }) child = false;

  /** Time over a phase: `count` (a count-up in a full calm ring) or `calm` ("Time is up" and a check mark). */
  @property() overtime: OtTimerOvertime = 'count';

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Lit SSR runs willUpdate and render only (no controllers, no update): read the clock, work out the view.
    if (!isServer) return;
    this.#clock.hostUpdate();
    this.#workOutView();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The clock controller has read the time by now (after willUpdate): work out the view, then notice cues.
    this.#workOutView();
    if (this.#view) this.#announceCues(this.#view, this.#source.session!);
    super.update(changed);
  }

  protected override updated(): void {
    const cues = this.chime && this.#view ? this.#view.cues : [];
    this.#tones.schedule(cues.flatMap(chimeOf), this.#clock.now);
  }

  #workOutView(): void {
    this.#source.check(this.#clock.now);
    const session = this.#source.session;
    this.#view = session && this.#viewOf(session, this.#clock.now);
  }

  #now(): number {
    return (this.clock ?? this.#data.provided?.clock ?? systemClock).now();
  }

  #viewOf(session: TimerSession, now: number): OtSessionTimerView {
    const { appearance, minutesOnly, locale } = this;
    const options = { warnMs: this.warnSeconds * 1000, appearance, minutesOnly, lang: locale.lang };
    return sessionTimerView(session, { ...options, incidents: this.#source.incidents() }, now);
  }

  #announceCues(view: OtSessionTimerView, session: TimerSession): void {
    const words = cueWords(this.#t, this.locale.lang);
    const key = this.#source.recordId ?? '';
    const names = (index: number) => phaseName(view.state.phases[index]!, this.locale.lang);
    const cue = this.#cues.notice(view, { key, events: session.events, names }, this.warnSeconds * 1000, words);
    if (!cue) return;
    const sessionId = this.#source.recordId || undefined;
    if (cue.moved) this.emit(new OtPhaseChangeEvent({ ...cue.moved, event: undefined, sessionId }));
    this.#announcer.announce(cue.text);
    if (this.speak && cue.speak) this.#speech.speak(cue.text, { lang: this.locale.locale });
  }

  /** Fires the intent event; unless cancelled, runs the session command (store or `events`) and fires `ot-session-change`. */
  async #act(action: OtSessionAction): Promise<boolean> {
    // Audio may only start from a user gesture: every control click (Start first) allows it.
    if (this.chime) this.#tones.unlock();
    const current = this.#source.current(this.#now());
    const { session, record } = current;
    try {
      const event = createSessionEvent(session, action, this.#now());
      if (!this.emit(intentOf(event, session, record?.id))) return false;
      const write = { action, at: event.at, clientId: this.clientId, pageLog: !!this.events };
      let events = await this.#source.write(current, write, (pending) => this.#saveState.track(pending));
      if (!events) this.events = [...(events = [...session.events, event])];
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
      this.#saveState.clear();
      if (this.#source.forget()) this.requestUpdate();
      else {
        this.events = [];
        this.emit(new OtSessionChangeEvent({ events: [], sessionId: undefined }));
      }
    }
  }

  async #onSaveIncident(): Promise<void> {
    const draft = this.#incident.draft;
    this.invalid = (['what', 'actions'] as const).filter((k) => !draft[k].trim());
    if (this.invalid.length) {
      await this.focusAfterUpdate('[aria-invalid=true]');
      return;
    }
    const { session, record } = this.#source.current(this.#now());
    const incident = incidentOf(draft, sessionFlow(session.phases, session.events, this.#now(), session), {
      sessionId: record?.id,
      clientId: this.clientId,
    });
    if (!this.emit(new OtIncidentEvent({ incident }))) return;
    try {
      if (record) await this.#saveState.track(recordIncident(this.#data.provided!, incident));
      else this.#source.localIncidents = [...this.#source.localIncidents, incident];
      void this.#incident.saved();
      this.#announcer.announce(this.#t('saved'));
      void this.#show();
    } catch (error) {
      this.actionError = this.reportError(error);
    }
  }

  async #onCopy(): Promise<void> {
    const { session } = this.#source.current(this.#now());
    const summary = this.#viewOf(session, this.#now()).summary;
    const copied = await copyText(summary ? sessionSummaryText(summary, this.locale.lang) : '');
    this.#announcer.announce(this.#t(copied ? 'copied' : 'notCopied'));
  }

  override render(): TemplateResult {
    const view = this.#view;
    const error = shownError(this.attributeError, this.#source.inputError, this.actionError);
    const errorShown = error ? this.renderError(error) : nothing;
    if (!view) return html`<div part="base">${errorShown}</div>`;
    const loading = this.#data.provided?.status === 'loading' && !this.events;
    return renderTimerLayout({
      view,
      error: errorShown,
      t: this.#t,
      lang: this.locale.lang,
      appearance: this.appearance,
      overtime: this.overtime,
      child: this.child,
      compact: this.compact,
      locked: this.locked,
      loading: loading && this.locale.t(commonMessages, 'loading'),
      catchUp: this.#cues.catchUp?.index === view.phase.index ? this.#cues.catchUp : undefined,
      controls: this.#controls,
      saveState: this.#saveState.state,
      panel: this.panel,
      form: { draft: this.#incident.draft, invalid: this.invalid },
      panelHandlers: this.#panelHandlers,
      announcer: this.#announcer.renderRegion(),
    });
  }
}
