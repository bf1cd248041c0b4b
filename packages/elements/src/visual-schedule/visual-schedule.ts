import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OtValidationError,
  safeParse,
  scheduleSchema,
  systemClock,
  type OtClock,
  type OtError,
  type OtScheduleKind,
  type OtScheduleLayout,
  type OtScheduleShow,
  type OtScheduleStep,
  type OtScheduleStepInput,
  type OtScheduleView,
  type OtStepState,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ClockController } from '../controllers/clock-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { OtStepChangeEvent } from '../events/ot-step-change.js';
import { OtStepCheckEvent } from '../events/ot-step-check.js';
import { OtStepChooseEvent } from '../events/ot-step-choose.js';
import { renderImage } from '../internal/image.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { symbolTemplate } from '../symbols/symbols.js';
import { scheduleMessages } from './visual-schedule.messages.js';
import { scheduleStyles } from './visual-schedule.styles.js';

type Step = OtScheduleStep;
type Writable = { -readonly [K in keyof Step]: Step[K] };
type Messages = (typeof scheduleMessages)['en'];
/** Keys of the catalog's plain words (no parameters). */
type Word = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];
/** The countdown of the current step. */
type Left = { ms: number; fraction: number; step: Step } | undefined;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** A step's own text, without the text of the `<ot-step-choice>` elements inside it. */
const ownText = (el: Element) =>
  [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();

/** Reads `symbol`/`src`/`alt` attributes into an image reference. */
function imageOf(el: Element): Record<string, string> | undefined {
  const [symbol, src, alt] = ['symbol', 'src', 'alt'].map((a) => el.getAttribute(a) ?? undefined);
  if (!symbol && !src) return undefined;
  return { ...(symbol && { symbol }), ...(src && { src }), ...(alt && { alt }) };
}

/** Steps written as `<ot-step>` children, as raw values for the schema to check. */
function readMarkup(host: Element): unknown[] | undefined {
  const els = [...host.children].filter((c) => c.localName === 'ot-step');
  if (!els.length) return undefined;
  return els.map((el, i) => {
    const attr = (name: string) => el.getAttribute(name) ?? undefined;
    const choices = [...el.children]
      .filter((c) => c.localName === 'ot-step-choice')
      .map((c, j) => ({
        id: c.getAttribute('choice-id') ?? `s${i + 1}c${j + 1}`,
        label: c.getAttribute('label') ?? ownText(c),
        image: imageOf(c),
        spokenText: c.getAttribute('spoken') ?? undefined,
      }));
    const minutes = attr('minutes');
    return {
      id: attr('step-id') ?? `s${i + 1}`,
      label: attr('label') ?? ownText(el),
      image: imageOf(el),
      spokenText: attr('spoken'),
      timeOfDay: attr('time'),
      minutes: minutes === undefined ? undefined : Number(minutes),
      state: attr('state'),
      choices: choices.length ? choices : undefined,
      chosenId: attr('chosen'),
    };
  });
}

/**
 * A visual schedule: ordered steps with a picture and words, each upcoming, now, done or skipped. Children
 * check steps off by tap, click or keyboard; a "now / next" view shows only what matters; a first–then board
 * shows two steps, the second the reward; a choice step lets the child pick one of 2–4 activities. Steps
 * with a time of day are highlighted from the clock, the current step counts down its minutes, and the
 * schedule prints as a clean paper schedule.
 *
 * Data comes from the `steps` property (portals), from `<ot-step>` children (plain pages), or, inside
 * `<ot-provider>`, from the stored schedule named by `schedule-id` (changes persist; a schedule written as
 * markup is saved there at its first change).
 *
 * @summary Visual schedule and first–then board with pictures, check-off, choices and timers.
 * @slot - `<ot-step>` elements (attributes `symbol`, `src`, `alt`, `time`, `minutes`, `spoken`, `state`,
 *   `step-id`, `chosen`; the text is the label) with optional `<ot-step-choice>` children (`symbol`, `src`,
 *   `alt`, `spoken`, `choice-id`; the text is the label). They are read, not shown.
 * @csspart base - The wrapper.
 * @csspart heading - The title.
 * @csspart progress - "3 of 8 done".
 * @csspart list - The ordered list of steps.
 * @csspart step - One step; also carries its state (`upcoming`, `now`, `done`, `skipped`) and `current`, `next`, `clock` (its time has come), `choosing` (a choice step still to be chosen).
 * @csspart caption - "Now", "Next", "First", "Then" above a step.
 * @csspart check - The button that checks a step off (role checkbox).
 * @csspart picture - A step's or choice's picture.
 * @csspart label - A step's words.
 * @csspart time - A step's time of day.
 * @csspart minutes - A step's planned minutes.
 * @csspart status - "Now", "Done", "Skipped", "It's time" words on a step.
 * @csspart box - The box on each step that shows it is checked off (ticked by pen on paper).
 * @csspart mark - The check or cross in the box of a done or skipped step.
 * @csspart countdown - Time left in the current step (role timer).
 * @csspart meter - The bar of time left; `meter-fill` is its filled part.
 * @csspart controls - The per-step buttons: `now-button`, `skip-button`, `change-button`.
 * @csspart choices - The activities of a choice step; each is a `choice` button.
 * @csspart all-done - The message shown when every step is done or skipped.
 * @csspart empty - The message shown when there are no steps.
 * @csspart error - The readable error state.
 * @csspart announcer - The polite live region.
 * @cssprop [--ot-schedule-gap=0.5rem] - Space between steps.
 * @cssprop [--ot-schedule-picture-size=4rem] - Size of a step's picture.
 * @cssprop [--ot-schedule-now-color=var(--ot-color-accent)] - Border and caption colour of the current step.
 * @fires ot-step-check - Cancelable: someone asks to check off, undo, make current or skip a step.
 * @fires ot-step-choose - Cancelable: someone picks an activity of a choice step.
 * @fires ot-step-change - After a step changed through the person using the schedule.
 * @fires ot-error - Bad steps (property, markup) or a failed save; `detail.error` names every problem.
 * @example
 * <ot-visual-schedule heading="Morning">
 *   <ot-step symbol="circle-time" time="08:30" minutes="15">Circle time</ot-step>
 *   <ot-step symbol="snack" time="09:00">Snack</ot-step>
 *   <ot-step label="Choice time"><ot-step-choice symbol="swing">Swing</ot-step-choice><ot-step-choice symbol="slide">Slide</ot-step-choice></ot-step>
 * </ot-visual-schedule>
 */
export class OtVisualSchedule extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, scheduleStyles];

  readonly #announcer = new AnnounceController(this);
  readonly #speech = new SpeechController(this);
  readonly #schedules = new StoreController(this, (s) => s.schedules);
  readonly #clock: ClockController;
  /** Working steps when the store does not hold this schedule (from the property or the markup). */
  #local: Step[] | undefined;
  #markupChanged = true;
  #observer: MutationObserver | undefined;
  /** Tick period the display needs: 1 s while a countdown runs, 1 min for times of day, 0 for none. */
  #tick = 0;
  #clockIndex: number | undefined;
  #timeUpFor = '';

  @state() private error: OtError | undefined;

  /** Steps set by the page; they win over the store and the markup. Each needs an `id` and a `label`. */
  @property({ attribute: false }) steps: OtScheduleStepInput[] | undefined;

  /** Title shown above the steps (and the list's accessible name). */
  @property() heading: string | undefined;

  /** `list` (default) or `first-then` (exactly two steps, the second the reward). */
  @property({ reflect: true }) kind: OtScheduleKind | undefined;

  /** Id of a stored schedule to show and update (inside `<ot-provider>`). */
  @property({ attribute: 'schedule-id', reflect: true }) scheduleId: string | undefined;

  /** `vertical` (default) or `horizontal` strip. */
  @property({ reflect: true }) layout: OtScheduleLayout = 'vertical';

  /** What each step shows: `both` (default), `picture` or `text`. */
  @property({ reflect: true }) show: OtScheduleShow = 'both';

  /** `all` steps (default) or only the current and the `now-next` one. */
  @property({ reflect: true }) view: OtScheduleView = 'all';

  /** Only the check-off button on each step (no Now / Skip buttons): the child's view. */
  @property({ type: Boolean, attribute: 'check-only' }) checkOnly = false;

  /** Shows the schedule without any control (a display board). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Speaks a step (its spoken text, else its label) when it becomes the current step. */
  @property({ type: Boolean }) speak = false;

  /** The time source for times of day and countdowns (tests and stories pass a manual clock). */
  @property({ attribute: false }) clock: OtClock | undefined;

  constructor() {
    super();
    const el = this;
    this.#clock = new ClockController(this, {
      clock: () => el.clock,
      active: () => el.#tick > 0,
      get interval() {
        return el.#tick || 1000;
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer ??= new MutationObserver((records) => {
      // Our own reflected attributes are not markup changes.
      if (records.some((r) => r.target !== this || r.type !== 'attributes')) {
        this.#markupChanged = true;
        this.requestUpdate();
      }
    });
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#markupChanged = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('steps') && !changed.has('kind') && !this.#markupChanged) return;
    this.#markupChanged = false;
    const raw = this.steps ?? readMarkup(this);
    if (raw === undefined) {
      this.#local = undefined;
      this.error = undefined;
      return;
    }
    const result = safeParse(scheduleSchema, { id: 'x', title: 'x', kind: this.kind, steps: raw, createdAt: 0 });
    if (result.success) {
      this.#local = result.data.steps;
      this.error = undefined;
    } else {
      // Keep the last good steps on screen; the error says what is wrong with the new ones.
      this.error = this.reportError(new OtValidationError(this.steps ? 'property "steps"' : 'markup', result.issues));
    }
  }

  protected override updated(): void {
    const { steps } = this.#data;
    const left = this.#left();
    this.style.setProperty('--_ot-schedule-left', String(left?.fraction ?? 1));
    this.#noticeTime(steps, this.#clockStep(steps), left);
  }

  /** The stored schedule shown, when the element is connected and the page set no steps. */
  get #stored() {
    return this.steps === undefined && this.scheduleId ? this.#schedules.value?.[this.scheduleId] : undefined;
  }

  get #data(): { steps: Step[]; kind: OtScheduleKind; heading: string | undefined } {
    const stored = this.#stored;
    const steps = stored?.steps ?? this.#local ?? [];
    const kind = (this.kind ?? stored?.kind) === 'first-then' && steps.length === 2 ? 'first-then' : 'list';
    return { steps, kind, heading: this.heading ?? stored?.title };
  }

  #t = (key: Word): string => this.locale.t(scheduleMessages, key as 'now');

  /** The current step's countdown: ms left and the fraction of its minutes left, or undefined. */
  #left(): Left {
    const step = this.#data.steps.find((s) => s.state === 'now');
    if (!step?.minutes || step.startedAt === undefined) return undefined;
    const total = step.minutes * 60_000;
    const ms = Math.max(0, step.startedAt + total - this.#clock.now);
    return { ms, fraction: ms / total, step };
  }

  /** Index of the step whose time of day has come (the last one started), or -1. */
  #clockStep(steps: Step[]): number {
    const d = new Date(this.#clock.now);
    const now = d.getHours() * 60 + d.getMinutes();
    let found = -1;
    steps.forEach((s, i) => {
      if (s.timeOfDay && minutesOf(s.timeOfDay) <= now) found = i;
    });
    const last = steps[found];
    // Past the end of the last timed step nothing is current by the clock.
    if (last?.minutes && !steps.slice(found + 1).some((s) => s.timeOfDay) && now >= minutesOf(last.timeOfDay!) + last.minutes) return -1;
    return found;
  }

  #formatTime(hhmm: string): string {
    const date = new Date(2000, 0, 1, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)));
    try {
      return date.toLocaleTimeString(this.locale.locale, { hour: 'numeric', minute: '2-digit' });
    } catch {
      return hhmm;
    }
  }

  #onKeydown(e: KeyboardEvent): void {
    const rtl = this.locale.dir === 'rtl';
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -1e3, End: 1e3 };
    const move = moves[e.key];
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('li:not(.off) > [part~="check"], li:not(.off) [part~="choice"]')];
    const from = buttons.indexOf(e.target as HTMLElement);
    if (move === undefined || from < 0) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, from + move))]!.focus();
  }

  /** Someone asks for `state` on step `index`: intent event, then the change (which may move the schedule on). */
  async #request(index: number, state: OtStepState): Promise<void> {
    const { steps } = this.#data;
    const step = steps[index]!;
    if (!this.emit(new OtStepCheckEvent({ index, step, state }))) return;
    const at = (this.clock ?? systemClock).now();
    const next = steps.map((s) => ({ ...s }) as Writable);
    const set = (i: number, to: OtStepState) => {
      const s = next[i]!;
      s.state = to;
      if (to !== 'done') delete s.doneAt;
      if (to === 'done') s.doneAt = at;
      else if (to === 'now') s.startedAt = at;
      else delete s.startedAt;
    };
    if (state === 'now') next.forEach((s, i) => s.state === 'now' && set(i, 'upcoming'));
    set(index, state);
    const label = this.#shown(step).label;
    let message = this.locale.t(scheduleMessages, state === 'now' ? 'nowFor' : state === 'done' ? 'doneFor' : state === 'skipped' ? 'skippedFor' : 'undoneFor', { label });
    // Finishing or skipping the step in hand moves the schedule on to the next upcoming step.
    if ((state === 'done' || state === 'skipped') && !next.some((s) => s.state === 'now')) {
      const following = next.findIndex((s, i) => i > index && s.state === 'upcoming');
      if (following >= 0 && (step.state === 'now' || !steps.some((s) => s.state === 'now'))) {
        set(following, 'now');
        const nextLabel = this.#shown(next[following]!).label;
        message += `. ${this.locale.t(scheduleMessages, 'nowFor', { label: nextLabel })}`;
        this.#say(next[following]!);
      }
    }
    if (state === 'now') this.#say(next[index]!);
    await this.#commit(steps, next, message);
  }

  async #choose(index: number, choiceId: string | undefined): Promise<void> {
    const { steps } = this.#data;
    const step = steps[index]!;
    if (!this.emit(new OtStepChooseEvent({ index, step, choiceId }))) return;
    const next = steps.map((s, i) => (i === index ? { ...s, chosenId: choiceId } : s)) as Step[];
    if (!choiceId) delete (next[index] as Writable).chosenId;
    const choice = step.choices?.find((c) => c.id === choiceId);
    await this.#commit(steps, next, choice ? this.locale.t(scheduleMessages, 'chosenFor', { label: choice.label }) : '');
  }

  #say(step: Step): void {
    if (this.speak) this.#speech.speak(this.#shown(step).spokenText ?? this.#shown(step).label, { lang: this.locale.locale });
  }

  /** Saves the new steps (to the store when connected, else locally), then announces and reports each change. */
  async #commit(before: Step[], after: Step[], message: string): Promise<void> {
    const store = this.#schedules.store;
    const id = this.scheduleId;
    if (store && id && this.steps === undefined) {
      try {
        if (store.schedules.get(id)) await store.schedules.update(id, { steps: after });
        else {
          const { kind, heading } = this.#data;
          await store.schedules.put({ id, title: heading || this.#t('schedule'), kind, steps: after, createdAt: (this.clock ?? systemClock).now() });
        }
      } catch (e) {
        this.error = this.reportError(e);
        return;
      }
    } else this.#local = after;
    this.error = undefined;
    if (message) this.#announcer.announce(message);
    after.forEach((step, index) => {
      const was = before[index]!;
      if (was.state !== step.state || was.chosenId !== step.chosenId)
        this.emit(new OtStepChangeEvent({ index, step, previous: was.state, steps: after }));
    });
    this.requestUpdate();
  }

  /** What a step shows: the chosen activity of a choice step, else the step itself. */
  #shown(step: Step): { label: string; image?: Step['image']; spokenText?: string | undefined } {
    return step.choices?.find((c) => c.id === step.chosenId) ?? step;
  }

  override render(): TemplateResult {
    const { steps, kind, heading } = this.#data;
    const now = steps.findIndex((s) => s.state === 'now');
    const clock = this.#clockStep(steps);
    const open = (s: Step | undefined) => s?.state === 'upcoming' || s?.state === 'now';
    const current = now >= 0 ? now : open(steps[clock]) ? clock : steps.findIndex(open);
    const next = steps.findIndex((s, i) => i > current && s.state === 'upcoming');
    const left = this.#left();
    this.#tick = left && left.ms > 0 ? 1000 : steps.some((s) => s.timeOfDay) ? 60_000 : 0;
    const done = steps.filter((s) => s.state === 'done').length;
    const finished = steps.length > 0 && steps.every((s) => s.state === 'done' || s.state === 'skipped');
    const focus = this.view === 'now-next' && kind === 'list';
    const t = this.#t;
    return html`<div part="base" dir=${this.locale.dir} class="${kind} ${focus ? 'focus' : ''}">
      ${this.error ? this.renderError(this.error) : nothing}
      ${heading ? html`<h2 part="heading">${heading}</h2>` : nothing}
      ${steps.length
        ? html`<p part="progress">${this.locale.t(scheduleMessages, 'progress', { done, total: steps.length })}</p>
            <ol part="list" aria-label=${heading || t('schedule')} @keydown=${this.#onKeydown}>
              ${steps.map((step, i) => {
                const caption =
                  kind === 'first-then' ? t(i ? 'then' : 'first') : focus && i === current ? t('now') : focus && i === next ? t('next') : '';
                const hide = focus && !finished && i !== current && i !== next;
                return this.renderStep(step, i, { caption, arrow: kind === 'first-then' && i === 1, hide, current: i === current, next: i === next, clock: i === clock });
              })}
            </ol>
            ${finished
              ? html`<p part="all-done">${renderImage({ symbol: 'all-done' }, '', { part: 'picture', decorative: true })}${t('allDone')}</p>`
              : nothing}`
        : this.error
          ? nothing
          : html`<p part="empty">${t('empty')}</p>`}
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  /** Announces the clock moving to a new step and the end of the current step's minutes, once each. */
  #noticeTime(steps: Step[], clock: number, left: Left): void {
    let message = '';
    if (this.#clockIndex !== undefined && clock !== this.#clockIndex && clock >= 0)
      message = this.locale.t(scheduleMessages, 'timeFor', { label: this.#shown(steps[clock]!).label });
    this.#clockIndex = clock;
    const key = left && left.ms === 0 ? `${left.step.id}@${left.step.startedAt}` : '';
    if (key && key !== this.#timeUpFor) message = this.locale.t(scheduleMessages, 'timeUpFor', { label: this.#shown(left!.step).label });
    this.#timeUpFor = key || this.#timeUpFor;
    // After this update, so the live region's own update does not land inside it.
    if (message) queueMicrotask(() => this.#announcer.announce(message));
  }

  /** One step: its check-off button (or the activities of a choice step), its words and its controls. */
  protected renderStep(
    step: Step,
    index: number,
    at: { caption: string; arrow: boolean; hide: boolean; current: boolean; next: boolean; clock: boolean },
  ): TemplateResult {
    const t = this.#t;
    const { label, image } = this.#shown(step);
    const choosing = !!step.choices && !step.chosenId;
    const state = step.state;
    const flags = [state, at.current && 'current', at.next && 'next', at.clock && 'clock', choosing && 'choosing'].filter(Boolean).join(' ');
    const words = this.show === 'picture' ? 'visually-hidden' : '';
    const status = state === 'now' ? t('now') : state === 'done' ? t('done') : state === 'skipped' ? t('skipped') : at.clock ? t('itsTime') : '';
    const body = html`${this.show !== 'text' ? renderImage(image, label, { part: 'picture', decorative: true }) : nothing}
      <span part="label" class=${words}>${label}</span>
      ${step.timeOfDay ? html`<time part="time" class=${words} datetime=${step.timeOfDay}>${this.#formatTime(step.timeOfDay)}</time>` : nothing}
      ${step.minutes ? html`<span part="minutes" class=${words}>${this.locale.t(scheduleMessages, 'minutes', { n: step.minutes })}</span>` : nothing}
      ${status ? html`<span part="status" class=${words}>${status}</span>` : nothing}
      <span part="box"
        >${state === 'done' || state === 'skipped'
          ? html`<svg part="mark" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${symbolTemplate(state === 'done' ? 'yes' : 'no')}</svg>`
          : nothing}</span
      >`;
    const left = state === 'now' ? this.#left() : undefined;
    const controls = !this.readonly && !this.checkOnly;
    return html`<li part="step ${flags}" class=${at.hide ? 'off' : ''} aria-current=${at.current ? 'step' : at.clock ? 'time' : 'false'}>
      ${at.caption
        ? html`<span part="caption"
            >${at.arrow ? html`<svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">${symbolTemplate('then')}</svg>` : nothing}${at.caption}</span
          >`
        : nothing}
      ${choosing
        ? html`<div part="choices" role="group" aria-label=${this.locale.t(scheduleMessages, 'pickOne', { label })}>
            <span part="label" aria-hidden="true">${this.locale.t(scheduleMessages, 'pickOne', { label })}</span>
            ${step.choices!.map((c) =>
              this.readonly
                ? html`<span part="choice">${renderImage(c.image, c.label, { part: 'picture', decorative: true })}<span>${c.label}</span></span>`
                : html`<button part="choice" class="btn" @click=${() => this.#choose(index, c.id)}>
                    ${renderImage(c.image, c.label, { part: 'picture', decorative: true })}<span>${c.label}</span>
                  </button>`,
            )}
          </div>`
        : this.readonly
          ? html`<div part="check">${body}</div>`
          : html`<button part="check" role="checkbox" aria-checked=${state === 'done' ? 'true' : 'false'} @click=${() => this.#request(index, state === 'done' ? 'upcoming' : 'done')}>
              ${body}
            </button>`}
      ${left
        ? html`<div part="countdown" role="timer">
            <span part="meter"><span part="meter-fill"></span></span>
            <span>${left.ms ? this.locale.t(scheduleMessages, 'left', { time: clockText(left.ms) }) : t('timeUp')}</span>
          </div>`
        : nothing}
      ${controls
        ? html`<div part="controls">
            <button part="now-button" class="btn" aria-pressed=${state === 'now' ? 'true' : 'false'} @click=${() => this.#request(index, state === 'now' ? 'upcoming' : 'now')}>
              ${t('now')}<span class="visually-hidden">: ${label}</span>
            </button>
            <button part="skip-button" class="btn" aria-pressed=${state === 'skipped' ? 'true' : 'false'} @click=${() => this.#request(index, state === 'skipped' ? 'upcoming' : 'skipped')}>
              ${t('skip')}<span class="visually-hidden">: ${label}</span>
            </button>
            ${step.chosenId && state !== 'done'
              ? html`<button part="change-button" class="btn quiet" @click=${() => this.#choose(index, undefined)}>
                  ${t('change')}<span class="visually-hidden">: ${step.label}</span>
                </button>`
              : nothing}
          </div>`
        : nothing}
    </li>`;
  }
}

/** `m:ss` (or `h:mm:ss`) for a countdown, rounded up so it reads 0:00 only at the end. */
function clockText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const mm = Math.floor(s / 60) % 60;
  const ss = String(s % 60).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
