import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OT_END_REASONS,
  OT_PAUSE_REASONS,
  OT_SESSION_WORDS,
  OtError,
  OtValidationError,
  activeSession,
  checkPhases,
  number,
  phaseName,
  picklist,
  safeParse,
  sessionFlow,
  sessionRecordSchema,
  sessionSummary,
  sessionSummaryText,
  sessionTemplate,
  systemClock,
  type OtClock,
  type OtIncident,
  type OtIssue,
  type OtSessionEvent,
  type OtSessionPhase,
  type OtSessionPlan,
  type OtSessionRecord,
  type OtSessionState,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ClockController } from '../controllers/clock-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { StoreController } from '../controllers/store-controller.js';
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
import type { OtMessageParams } from '../i18n/messages.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { timerMessages } from './session-timer.messages.js';
import { timerStyles } from './session-timer.styles.js';
import { OT_TIMER_APPEARANCES, type OtTimerAppearance } from './session-timer.types.js';

/** A visible tab ticks every second, so a cue noticed later than this happened while hidden or asleep. */
const LATE = 2500;
const MINUTE = 60_000;
// The intent event of each action that is not a move between phases (those fire ot-phase-change).
const INTENTS = {
  start: OtSessionStartEvent,
  pause: OtSessionPauseEvent,
  resume: OtSessionResumeEvent,
  extend: OtSessionExtendEvent,
  end: OtSessionEndEvent,
} as const;
// Twelve marks of a 60-minute face, longer every quarter hour.
const TICKS = Array.from(
  { length: 12 },
  (_, i) =>
    svg`<line class="tick" x1="50" y1="3" x2="50" y2=${i % 3 ? 8 : 12} transform="rotate(${i * 30} 50 50)"></line>`,
);
const APPEARANCE = picklist(OT_TIMER_APPEARANCES);
const SECONDS = number({ min: 0, integer: true });
// Drafts are replaced on every input, never changed in place, so the empty one can be shared.
const NO_DRAFT = { what: '', actions: '', followUp: false };

type Messages = (typeof timerMessages)['en'];
type Action = { type: OtSessionEvent['type']; reason?: string; minutes?: number };
type Panel = 'pause' | 'end' | 'incident' | undefined;
type Reasons = 'pause' | 'end';
/** The session shown: checked phases and log; it doubles as the options of the SDK's session functions. */
type Input = {
  phases: readonly OtSessionPhase[];
  events: readonly OtSessionEvent[];
  autoAdvance: boolean;
  planId: string | undefined;
};
type Incident = Omit<OtIncident, 'id' | 'createdAt'>;

const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const live = (s: OtSessionState | undefined) => s?.status === 'running' || s?.status === 'paused';

/**
 * A control. `dir="auto"` keeps "+5 min" readable in right-to-left pages; an unavailable move stays
 * focusable and named (`aria-disabled`) and does nothing.
 */
const button = (label: string, click: (e: Event) => unknown, kind = '', off = false) =>
  html`<button
    type="button"
    class="btn ${kind}"
    dir="auto"
    aria-disabled=${off ? 'true' : 'false'}
    @click=${(e: Event) => off || click(e)}
  >
    ${label}
  </button>`;

/**
 * A session-flow timer: the current phase of a therapy session counting down as a disc (like a Time
 * Timer: a sector that shrinks on a 60-minute face) or a bar, with what comes next, progress through the
 * session, and the therapist's controls: start, pause with a reason, resume, previous/next/skip phase,
 * +1/+5 minutes, end with a reason. An emergency pause opens a short incident form.
 *
 * Time is derived, never counted: the state is a pure function of the plan, the event log (wall-clock
 * times) and now, so it is exact after a reload, a sleeping laptop or a hidden tab. It ticks at most once
 * a second while visible and not at all while hidden; a phase that ended while the tab was hidden is
 * reported ("Warm-up ended 3 min ago") instead of replaying its cues. Optional chime (Web Audio, scheduled
 * ahead so it sounds on time in a background tab; allowed by the Start click) and spoken cues.
 *
 * Connected (inside `<ot-provider>`) every control appends to the session record in the store, so a
 * reload resumes the same session; Start creates the record with a snapshot of the plan. Standalone it
 * takes `phases`/`plan` and `events`, updates `events` itself, and fires typed events.
 *
 * @tagname ot-session-timer
 * @summary A session-flow countdown with phases, pauses, extensions and an incident form.
 * @csspart base - The wrapper of everything.
 * @csspart phase - The name of the current phase.
 * @csspart face - The disc (an SVG; `appearance="disc"`).
 * @csspart bar - The bar (`appearance="bar"`).
 * @csspart time - Time left (or over) in the phase; holds the `role="timer"`.
 * @csspart status - Phase count, what comes next, pause and catch-up notes.
 * @csspart progress - Progress through the whole session.
 * @csspart controls - The therapist's buttons (not in `locked` mode).
 * @csspart panel - The pause reasons, end reasons or incident form.
 * @csspart summary - The session summary text once the session has ended.
 * @csspart error - The readable error state.
 * @csspart announcer - The polite live region for phase changes and warnings.
 * @cssprop [--ot-timer-color=var(--ot-color-accent)] - Colour of the time left.
 * @cssprop [--ot-timer-warning-color=var(--ot-color-warning)] - Colour of the time left once the warning is due.
 * @cssprop [--ot-timer-size=14rem] - Size of the disc (5.5rem when compact).
 * @fires ot-session-start - Cancelable: the therapist starts the session. `detail.event`.
 * @fires ot-session-pause - Cancelable: pause with `detail.event.reason`.
 * @fires ot-session-resume - Cancelable: resume.
 * @fires ot-session-extend - Cancelable: `detail.event.minutes` added to the phase.
 * @fires ot-session-end - Cancelable: end with `detail.event.reason`.
 * @fires ot-phase-change - Next/back/skip (cancelable) or auto-advance (not): `detail.from`, `detail.to`.
 * @fires ot-session-change - After the log changed: `detail.events`, `detail.sessionId`.
 * @fires ot-incident - Cancelable: an emergency's incident form was saved: `detail.incident`.
 * @fires ot-error - Bad input (phases, plan, plan-id, minutes, appearance, warn-seconds, events) or a write that failed.
 * @example
 * <ot-provider>
 *   <ot-session-timer minutes="45" warn-seconds="120" chime></ot-session-timer>
 * </ot-provider>
 */
export class OtSessionTimer extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, timerStyles];

  readonly #data = new StoreController(this, (s) => [s.sessionRecords, s.sessionPlans, s.incidents] as const, {
    equals: (a, b) => a.every((x, i) => x === b[i]),
  });
  readonly #clock = new ClockController(this, { clock: () => this.clock, active: () => live(this.#s) });
  readonly #announcer = new AnnounceController(this);
  readonly #speech = new SpeechController(this);
  #s: OtSessionState | undefined;
  #good: Input | undefined;
  #record: OtSessionRecord | undefined;
  #recordId: string | undefined;
  #memo: unknown[] | undefined;
  #inputError: OtError | undefined;
  #seen: { key: string; n: number; s: OtSessionState } | undefined;
  #catchUp: { index: number; name: string; at: number } | undefined;
  #opener: HTMLElement | undefined;
  #draft = NO_DRAFT;
  #incidents: Incident[] = [];
  #audio: AudioContext | undefined;
  #tones: OscillatorNode[] = [];
  #chimeKey: string | undefined;
  // The last good appearance and warning lead time: a bad attribute value is reported and changes neither.
  #look: OtTimerAppearance = 'disc';
  #warnMs = 60_000;

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

  /** The time source (a manual clock in tests and stories). Default: the system clock. */
  @property({ attribute: false }) clock: OtClock | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Closing the context silences what it scheduled; a new one (next click) gets a new schedule.
    void this.#audio?.close().catch(() => {});
    this.#audio = undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    // The clock controller has read the time by now (after willUpdate): derive the state, then notice cues.
    this.#resolve();
    const g = this.#good;
    const s = (this.#s = g && sessionFlow(g.phases, g.events, this.#clock.now, g));
    if (s) this.#cues(s, g!);
    super.update(changed);
  }

  protected override updated(): void {
    const s = this.#s;
    if (!s) return;
    const scale = this.#look === 'bar' ? s.phase.budget : Math.max(60 * MINUTE, s.phase.budget);
    this.style.setProperty('--_f', `${s.phaseRemaining / scale}`);
    this.style.setProperty('--_p', `${Math.min(1, s.elapsed / (s.planned || 1))}`);
    this.#chimes(s);
  }

  #t<K extends keyof Messages>(
    key: K,
    ...params: OtMessageParams<Messages[K]> extends undefined ? [] : [OtMessageParams<Messages[K]>]
  ): string {
    return this.locale.t(timerMessages, key, ...params);
  }

  /** The name of a pause or end reason in the element's language. */
  #word(kind: Reasons, reason: string): string {
    return (OT_SESSION_WORDS[this.locale.lang][kind] as Record<string, string>)[reason]!;
  }

  /** "Paused: break", "Session ended: completed". */
  #because(kind: Reasons, reason: string): string {
    return this.#t(`${kind}State`, { reason: this.#word(kind, reason) });
  }

  /** Where the session comes from (a stored record, or the properties), checked; bad input keeps the last good. */
  #resolve(): void {
    const store = this.#data.store;
    const [records, plans] = this.#data.value ?? [];
    let record: OtSessionRecord | undefined;
    // The record this element runs, else the running one (after a reload); kept once ended, until New session.
    if (store && records && !this.events)
      this.#recordId = (record = this.#recordId
        ? records[this.#recordId]
        : activeSession(store.getState(), this.#clock.now)?.record)?.id;
    this.#record = record;
    const key = [
      record,
      this.phases,
      this.plan,
      this.planId && plans,
      this.planId,
      this.minutes,
      this.events,
      this.autoAdvance,
      store?.status,
      this.appearance,
      this.warnSeconds,
    ];
    if (key.every((k, i) => k === this.#memo?.[i])) return;
    this.#memo = key;
    // Paths start with the attribute or property name, so the error state names the field.
    const issues: OtIssue[] = [];
    const fail = (name: string, list: readonly OtIssue[]) =>
      issues.push(...list.map((i) => ({ ...i, path: [name, ...i.path] })));
    // Every attribute is checked, in use or not (a bad minutes is a mistake even while phases win).
    const look = safeParse(APPEARANCE, this.appearance);
    if (look.success) this.#look = look.data;
    else fail('appearance', look.issues);
    const warn = safeParse(SECONDS, this.warnSeconds);
    if (warn.success) this.#warnMs = warn.data * 1000;
    else fail('warn-seconds', warn.issues);
    let template: OtSessionPhase[] | undefined;
    try {
      template = sessionTemplate(this.minutes);
    } catch (e) {
      fail('minutes', (e as OtValidationError).issues);
    }
    const planId = this.phases ? undefined : this.plan ? this.plan.id : this.planId || undefined;
    let phases: readonly OtSessionPhase[] | undefined;
    if (record) phases = record.phases;
    else if (this.phases || this.plan) {
      const list = this.phases ?? this.plan!.phases;
      const problems = checkPhases(list);
      if (problems.length) fail(this.phases ? 'phases' : 'plan.phases', problems);
      else phases = list;
    } else if (planId) {
      phases = plans?.[planId]?.phases;
      if (!phases && store?.status !== 'loading')
        fail('plan-id', [{ path: [], code: 'reference', message: `names no stored session plan (got "${planId}")` }]);
    } else phases = template;
    const autoAdvance = record ? !!record.autoAdvance : this.autoAdvance;
    let events: readonly OtSessionEvent[] | undefined = record?.events ?? [];
    if (phases && !record && this.events) {
      const r = safeParse(sessionRecordSchema.shape.events, this.events);
      const problem = r.success && sessionFlow(phases, r.data, 0, { autoAdvance }).problem;
      events = undefined;
      if (!r.success) fail('events', r.issues);
      else if (problem) fail('events', [{ path: [problem.index], code: 'invalid', message: problem.reason }]);
      else events = r.data;
    }
    if (phases && (events || !this.#good)) this.#good = { phases, events: events ?? [], autoAdvance, planId };
    this.#inputError = issues.length
      ? this.reportError(new OtValidationError('session timer input', issues))
      : undefined;
  }

  /** Announces (and speaks) what changed since the last update: the therapist's action, or what time did. */
  #cues(s: OtSessionState, g: Input): void {
    const key = this.#record?.id ?? '';
    const n = g.events.length;
    const prev = this.#seen;
    this.#seen = { key, n, s };
    // Nothing to say on the first update, or when another session is shown (but do say that one started here).
    if (!prev || (prev.key !== key && !(prev.n === 0 && n === 1)) || s.status === 'not-started') return;
    const was = prev.s;
    const warnMs = this.#warnMs;
    const over = s.overrun > 0;
    const lang = this.locale.lang;
    const name = phaseName(s.phase, lang);
    const left = this.#t('warn', { name, time: this.#time(s.phaseRemaining, false) });
    let text = this.#t('now', { name });
    let at = s.at;
    let say = true;
    if (n !== prev.n) {
      // The log changed, here, in another tab or by the page: say where the session is now.
      const e = g.events[n - 1]!;
      this.#catchUp = undefined;
      // Of the log's changes only moves between phases are spoken (a cue for the room), and not when seen late.
      at = e.at;
      say = e.type === 'next' || e.type === 'back' || e.type === 'skip';
      if (e.type === 'pause' || e.type === 'end') text = this.#because(e.type, e.reason);
      if (e.type === 'extend') text = left;
    } else if (s.status !== 'running') return;
    else if (s.index !== was.index || (over && !was.overrun)) {
      // Time ran out: the phase moved on by itself, or runs over. Seen late means the tab was hidden or asleep.
      const moved = s.index !== was.index;
      const from = s.phases[was.index]!;
      const fromName = phaseName(from, lang);
      at = (moved ? from.leftAt : from.ranOutAt) ?? at;
      if (moved)
        this.emit(
          new OtPhaseChangeEvent({ from: from.id, to: s.phase.id, event: undefined, sessionId: key || undefined }),
        );
      const late = s.at - at > LATE;
      if (late) this.#catchUp = { index: s.index, name: fromName, at };
      text = `${this.#t(late ? 'endedAgo' : 'timeUp', { name: fromName, n: this.#ago(at) })}${moved ? ` ${text}` : ''}`;
    } else if (warnMs && s.phaseRemaining <= warnMs && was.phaseRemaining > warnMs && !over) {
      at -= warnMs - s.phaseRemaining;
      text = left;
    } else return;
    this.#announcer.announce(text);
    if (this.speak && say && s.at - at <= LATE) this.#speech.speak(text, { lang: this.locale.locale });
  }

  #ago(at: number): number {
    return Math.max(1, Math.round((this.#clock.now - at) / MINUTE));
  }

  /** Schedules the chimes of the coming warnings and phase ends on the audio clock, so they sound on time in a hidden tab. */
  #chimes(s: OtSessionState): void {
    const ctx = this.#audio;
    if (!ctx) return;
    const warnMs = this.#warnMs;
    // [ms from now, pitch]: one tone for a warning, two for the end of a phase.
    const tones: [number, number][] = [];
    let end = 0;
    if (this.chime && s.status === 'running')
      for (const p of s.phases.slice(s.index)) {
        const left = p.budget - p.actual;
        if (left <= 0) break;
        if (warnMs && left > warnMs) tones.push([end + left - warnMs, 660]);
        end += left;
        tones.push([end, 660], [end + 400, 880]);
        if (!this.#good!.autoAdvance) break;
      }
    // The same instants (to a quarter second) on the same audio clock: nothing to reschedule.
    const key = `${tones.map(([ms, hz]) => [Math.round((s.at + ms) / 250), hz])}|${Math.round(s.at / 1000 - ctx.currentTime)}`;
    if (key === this.#chimeKey) return;
    this.#chimeKey = key;
    this.#tones.forEach((o) => o.disconnect());
    this.#tones = tones.map(([ms, hz]) => {
      const at = ctx.currentTime + ms / 1000;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.8);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.8);
      return osc;
    });
  }

  /** Fires the intent event; unless cancelled, adds the event to the log (store or `events`) and fires `ot-session-change`. */
  async #act(action: Action): Promise<boolean> {
    // Audio may only start from a user gesture: every control click (Start first) allows it.
    if (this.chime && !this.#audio && typeof AudioContext !== 'undefined') this.#audio = new AudioContext();
    void this.#audio?.resume().catch(() => {});
    const g = this.#good!;
    const s = this.#s!;
    const event = {
      ...action,
      at: Math.max(Math.round((this.clock ?? systemClock).now()), g.events.at(-1)?.at ?? 0),
    } as OtSessionEvent;
    const record = this.#record;
    const store = this.#data.store;
    const type = event.type;
    const detail = { event, sessionId: record?.id } as OtPhaseChangeDetail;
    const Intent = INTENTS[type as keyof typeof INTENTS];
    const intent = Intent
      ? new Intent(detail as never)
      : new OtPhaseChangeEvent({
          ...detail,
          from: s.phase.id,
          to: s.phases[s.index + (type === 'back' ? -1 : 1)]?.id ?? '',
        });
    if (!this.emit(intent)) return false;
    try {
      let events: readonly OtSessionEvent[];
      if (record)
        events = (await store!.sessionRecords.update(record.id, (r) => ({ events: [...r.events, event] }))).events;
      else if (store && !this.events) {
        const created = await store.sessionRecords.add({
          phases: [...g.phases],
          events: [event],
          autoAdvance: g.autoAdvance,
          // A plan the store does not hold is not referred to (the record keeps its phases anyway).
          planId: g.planId && store.sessionPlans.get(g.planId) ? g.planId : undefined,
          clientId: this.clientId,
        });
        this.#recordId = created.id;
        events = created.events;
      } else {
        // The held log is valid, so a problem can only be the new event.
        const problem = sessionFlow(g.phases, (events = [...g.events, event]), 0, g).problem;
        if (problem) throw new OtError('session', problem.reason);
        this.events = [...events];
      }
      this.actionError = undefined;
      this.emit(new OtSessionChangeEvent({ events, sessionId: this.#recordId }));
      return true;
    } catch (e) {
      this.actionError = this.reportError(e);
      return false;
    }
  }

  /** Opens a panel with focus in it, or closes it (no panel) with focus back on the control that opened it. */
  async #show(panel?: Panel, opener?: EventTarget | null): Promise<void> {
    this.#opener = (opener as HTMLElement) ?? this.#opener;
    this.panel = panel;
    this.invalid = [];
    const back = !panel && this.#opener?.isConnected && this.#opener;
    await this.#focus(back || (panel ? '[part=panel] :is(button, textarea)' : '[part=controls] button'));
  }

  /** Focuses an element, or the first match of a selector, once the element has rendered. */
  async #focus(target: HTMLElement | string): Promise<void> {
    await this.updateComplete;
    (typeof target === 'string' ? this.renderRoot.querySelector<HTMLElement>(target) : target)?.focus();
  }

  async #choose(panel: Reasons, reason: string): Promise<void> {
    const ok = await this.#act({ type: panel, reason });
    if (ok && reason === 'emergency' && panel === 'pause') return this.#show('incident');
    return this.#show();
  }

  #onMain(e: Event): void {
    const status = this.#s!.status;
    if (status === 'running') void this.#show('pause', e.currentTarget);
    else if (status !== 'ended') void this.#act({ type: status === 'paused' ? 'resume' : 'start' });
    else {
      // A fresh session: connected, the next Start creates a new record; standalone, the log is emptied.
      this.#recordId = undefined;
      this.#incidents = [];
      if (this.#record) this.requestUpdate();
      else {
        this.events = [];
        this.emit(new OtSessionChangeEvent({ events: [], sessionId: undefined }));
      }
    }
  }

  #onPanelKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    void this.#show();
  }

  #onDraft(e: Event): void {
    const form = new FormData(e.currentTarget as HTMLFormElement);
    this.#draft = {
      what: String(form.get('what')),
      actions: String(form.get('actions')),
      followUp: form.has('followUp'),
    };
  }

  async #onIncident(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const d = this.#draft;
    this.invalid = (['what', 'actions'] as const).filter((k) => !d[k].trim());
    if (this.invalid.length) return this.#focus('[aria-invalid=true]');
    const s = this.#s!;
    const sessionId = this.#record?.id;
    const incident: Incident = {
      at: s.pause?.at ?? s.at,
      what: d.what.trim(),
      actions: d.actions.trim(),
      followUpNeeded: d.followUp,
      ...(sessionId ? { sessionId } : {}),
      ...(this.clientId ? { clientId: this.clientId } : {}),
    };
    if (!this.emit(new OtIncidentEvent({ incident }))) return;
    try {
      if (sessionId) await this.#data.store!.incidents.add(incident);
      else this.#incidents = [...this.#incidents, incident];
      this.#draft = NO_DRAFT;
      this.#announcer.announce(this.#t('saved'));
      void this.#show();
    } catch (error) {
      this.actionError = this.reportError(error);
    }
  }

  async #onCopy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#summary());
      this.#announcer.announce(this.#t('copied'));
    } catch {
      this.#announcer.announce(this.#t('notCopied'));
    }
  }

  /** The incidents of the shown session: stored ones when connected, the ones saved here when standalone. */
  #sessionIncidents(): Incident[] {
    const id = this.#record?.id;
    return id ? Object.values(this.#data.value?.[2] ?? {}).filter((i) => i.sessionId === id) : this.#incidents;
  }

  #summary(): string {
    const summary = sessionSummary(this.#good!, { now: this.#s!.at, incidents: this.#sessionIncidents() });
    return sessionSummaryText(summary, this.locale.lang);
  }

  #time(ms: number, over: boolean): string {
    const round = over ? Math.floor : Math.ceil;
    const seconds = round(ms / 1000);
    return `${over ? '+' : ''}${this.minutesOnly ? `${round(seconds / 60)} ${this.#t('min')}` : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`}`;
  }

  override render(): TemplateResult {
    const s = this.#s;
    const error = this.#inputError ?? this.actionError;
    const shownError = error ? this.renderError(error) : nothing;
    if (!s) return html`<div part="base">${shownError}</div>`;
    const lang = this.locale.lang;
    const over = s.overrun > 0;
    const ended = s.status === 'ended';
    const warn = s.status === 'running' && !over && s.phaseRemaining <= this.#warnMs;
    const loading = this.#data.store?.status === 'loading' && !this.events;
    const catchUp = this.#catchUp?.index === s.index ? this.#catchUp : undefined;
    const done = Math.round(s.elapsed / MINUTE);
    const total = Math.round(s.planned / MINUTE);
    const session = this.#t('session', { done, total });
    const status = ended
      ? session
      : `${this.#t('phaseOf', { n: s.index + 1, total: s.phases.length })} · ${
          loading
            ? this.locale.t(commonMessages, 'loading')
            : s.pause
              ? this.#because('pause', s.pause.reason)
              : catchUp
                ? this.#t('endedAgo', { name: catchUp.name, n: this.#ago(catchUp.at) })
                : s.next
                  ? this.#t('upNext', { name: phaseName(s.next, lang) })
                  : this.#t('lastPhase')
        }`;
    // One line per template: Lit ships template text as written.
    return html`<div part="base" class="${this.compact ? 'compact' : ''} ${warn ? 'warn' : ''} ${over ? 'over' : ''}">
      ${shownError}
      <p part="phase">${ended ? this.#because('end', s.endReason!) : phaseName(s.phase, lang)}</p>
      ${
        ended
          ? nothing
          : html`${
                this.#look === 'bar'
                  ? html`<div part="bar"><span></span></div>`
                  : html`<svg part="face" viewBox="0 0 100 100" aria-hidden="true">
                      <circle class="face" cx="50" cy="50" r="48"></circle>
                      <circle
                        class="sector"
                        cx="50"
                        cy="50"
                        r="22"
                        pathLength="100"
                        transform="matrix(0 -1 -1 0 100 100)"
                      ></circle>
                      ${TICKS}
                    </svg>`
              }
              <p part="time">
                <span role="timer" dir="ltr">${this.#time(over ? s.overrun : s.phaseRemaining, over)}</span>
                <small>${this.#t(over ? 'over' : 'left')}</small>
              </p>`
      }
      <p part="status">${status}</p>
      ${
        ended
          ? nothing
          : html`<div
              part="progress"
              role="progressbar"
              aria-label=${this.#t('progress')}
              aria-valuemin="0"
              aria-valuemax=${total}
              aria-valuenow=${Math.min(done, total)}
              aria-valuetext=${session}
            >
              <span></span>
            </div>`
      }${this.locked || loading ? nothing : this.#renderControls(s)}${this.locked ? nothing : this.#renderPanel()}${
        ended && !this.compact ? html`<pre part="summary">${this.#summary()}</pre>` : nothing
      }${this.#announcer.renderRegion()}
    </div>`;
  }

  #renderControls(s: OtSessionState): TemplateResult {
    const status = s.status;
    const move = (type: 'back' | 'next' | 'skip', off: boolean) =>
      button(this.#t(type), () => this.#act({ type }), '', off);
    const extend = (minutes: number) =>
      button(`+${minutes} ${this.#t('min')}`, () => this.#act({ type: 'extend', minutes }));
    const open = (panel: Panel, key: 'record' | 'end') =>
      button(this.#t(key), (e) => this.#show(panel, e.currentTarget), 'danger');
    const main =
      status === 'not-started' ? 'start' : status === 'running' ? 'pause' : live(s) ? 'resume' : 'newSession';
    return html`<div part="controls">
      ${button(this.#t(main), (e) => this.#onMain(e), 'primary')}${
        live(s)
          ? [
              move('back', !s.index),
              move('next', !s.next),
              move('skip', !s.next),
              extend(1),
              extend(5),
              s.pause?.reason === 'emergency' && !this.#sessionIncidents().some((i) => i.at >= s.pause!.at)
                ? open('incident', 'record')
                : nothing,
              open('end', 'end'),
            ]
          : status === 'ended'
            ? button(this.#t('copy'), () => this.#onCopy())
            : nothing
      }
    </div>`;
  }

  #renderPanel(): TemplateResult | typeof nothing {
    const panel = this.panel;
    const close = (key: 'cancel' | 'later') => button(this.#t(key), () => this.#show(), 'quiet');
    if (panel === 'pause' || panel === 'end')
      return html`<div part="panel" role="group" aria-labelledby="panel-title" @keydown=${this.#onPanelKey}>
        <h3 id="panel-title">${this.#t(`${panel}Why`)}</h3>
        <div>
          ${(panel === 'pause' ? OT_PAUSE_REASONS : OT_END_REASONS).map((r) =>
            button(cap(this.#word(panel, r)), () => this.#choose(panel, r), r === 'emergency' ? 'danger' : ''),
          )}${close('cancel')}
        </div>
      </div>`;
    if (panel !== 'incident') return nothing;
    const words = OT_SESSION_WORDS[this.locale.lang].incident;
    const field = (name: 'what' | 'actions') => {
      const bad = this.invalid.includes(name);
      return html`<label
        >${words[name]}<textarea
          class="field"
          name=${name}
          rows="3"
          required
          aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${bad ? `${name}-hint` : nothing}
          .value=${this.#draft[name]}
        ></textarea
        >${bad ? html`<span class="hint" id="${name}-hint">${this.#t('required')}</span>` : nothing}</label
      >`;
    };
    return html`<form
      part="panel"
      aria-labelledby="panel-title"
      novalidate
      @input=${this.#onDraft}
      @submit=${this.#onIncident}
      @keydown=${this.#onPanelKey}
    >
      <h3 id="panel-title">${this.#t('incident')}</h3>
      ${field('what')}${field('actions')}<label class="check"
        ><input type="checkbox" name="followUp" .checked=${this.#draft.followUp} /> ${words.followUp}</label
      >
      <div><button class="btn primary">${this.#t('save')}</button>${close('later')}</div>
    </form>`;
  }
}
