import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  OT_SCHEDULE_KINDS,
  OT_SCHEDULE_LAYOUTS,
  OT_SCHEDULE_SHOWS,
  OT_SCHEDULE_VIEWS,
  OtValidationError,
  picklist,
  safeParse,
  scheduleSchema,
  systemClock,
  type OtClock,
  type OtError,
  type OtImageRef,
  type OtIssue,
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
import type { OtMessageParams } from '../i18n/messages.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { scheduleMessages } from './visual-schedule.messages.js';
import { scheduleStyles } from './visual-schedule.styles.js';

type Step = OtScheduleStep;
type Writable = { -readonly [K in keyof Step]: Step[K] };
type Messages = (typeof scheduleMessages)['en'];
/** The countdown of the current step. */
type Left = { ms: number; fraction: number; step: Step } | undefined;

/** The enumerated attributes and their values; the first value is the default (for `kind`: the stored kind). */
const CHOICES = {
  kind: OT_SCHEDULE_KINDS,
  layout: OT_SCHEDULE_LAYOUTS,
  show: OT_SCHEDULE_SHOWS,
  view: OT_SCHEDULE_VIEWS,
};
type Choice = keyof typeof CHOICES;

const minutesOf = (hhmm: string) => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3);

/** A picture next to words that already say everything (hidden from assistive tech). */
const picture = (image: OtImageRef | undefined, part = 'picture') => renderImage(image, '', { part, decorative: true });

/** An attribute of the markup; empty counts as not given. */
const attr = (el: Element, name: string) => el.getAttribute(name) || undefined;

/**
 * An `<ot-step>`, or an `<ot-step-choice>` inside one, as a raw value for the schema to check. The label is the
 * `label` attribute or the element's own text (not the text of its choices); a step's attribute written on a
 * choice reaches the schema, which names it.
 */
function readStep(el: Element, id: string): Record<string, unknown> {
  const symbol = attr(el, 'symbol');
  const src = attr(el, 'src');
  const minutes = attr(el, 'minutes');
  const choices = [...el.querySelectorAll(':scope > ot-step-choice')].map((c, j) => readStep(c, `${id}c${j + 1}`));
  return {
    id: attr(el, 'step-id') ?? attr(el, 'choice-id') ?? id,
    label:
      attr(el, 'label') ??
      [...el.childNodes]
        .map((n) => (n instanceof Text ? n.data : ''))
        .join('')
        .trim(),
    image: symbol || src ? { symbol, src, alt: attr(el, 'alt') } : undefined,
    spokenText: attr(el, 'spoken'),
    timeOfDay: attr(el, 'time'),
    minutes: minutes && +minutes,
    state: attr(el, 'state'),
    choices: choices.length ? choices : undefined,
    chosenId: attr(el, 'chosen'),
  };
}

/** Steps written as `<ot-step>` children, or undefined when there are none. */
function readMarkup(host: Element): unknown[] | undefined {
  const els = [...host.querySelectorAll(':scope > ot-step')];
  return els.length ? els.map((el, i) => readStep(el, `s${i + 1}`)) : undefined;
}

/** A Now, Skip or Choose-again button, named with its step for screen readers; `pressed` makes it a toggle. */
const control = (part: string, word: string, label: string, onClick: () => void, pressed?: boolean) =>
  html`<button
    part=${part}
    class="btn ${pressed === undefined ? 'quiet' : ''}"
    aria-pressed=${ifDefined(pressed === undefined ? undefined : pressed ? 'true' : 'false')}
    @click=${onClick}
  >
    ${word}<span class="visually-hidden">: ${label}</span>
  </button>`;

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
 * An unknown value of `kind`, `layout`, `show` or `view` is an error that names the attribute (`ot-error` and the
 * error state); the last good value stays in effect.
 *
 * @summary Visual schedule and first–then board with pictures, check-off, choices and timers.
 * @slot - Steps written as markup, read and not shown: `<ot-step>` elements, each with `label` (else its own
 *   text is the label), `symbol` (a built-in symbol) or `src` (an image URL) with `alt`, `time` (`HH:MM`),
 *   `minutes`, `spoken` (said instead of the label), `state` (`upcoming`, `now`, `done`, `skipped`), `step-id`
 *   and `chosen` (the activity already picked). A choice step holds 2–4 `<ot-step-choice>` elements, each with
 *   `label` (else its own text), `symbol` or `src` with `alt`, `spoken` and `choice-id`.
 * @csspart base - The wrapper.
 * @csspart heading - The title.
 * @csspart progress - "3 of 8 done".
 * @csspart list - The ordered list of steps.
 * @csspart step - One step (a list item). It also carries its state and what it is now, e.g. `::part(step now)`.
 * @csspart upcoming - A step still to do (with `step`).
 * @csspart now - The step under way (with `step`).
 * @csspart done - A step checked off (with `step`).
 * @csspart skipped - A step skipped (with `step`).
 * @csspart current - The current step: the one under way, else the one whose time has come, else the first to do (with `step`).
 * @csspart next - The step after the current one (with `step`).
 * @csspart clock - The step whose time of day has come (with `step`).
 * @csspart choosing - A choice step whose activity is not picked yet (with `step`).
 * @csspart caption - "Now", "Next", "First" or "Then" above a step.
 * @csspart arrow - The arrow in the "Then" caption of a first–then board.
 * @csspart check - The button that checks a step off (role checkbox); a plain box when read-only.
 * @csspart picture - The picture of a step, of an activity, or of the "All done!" message.
 * @csspart label - A step's words, and the "pick one" words of a choice step.
 * @csspart time - A step's time of day.
 * @csspart minutes - A step's planned minutes.
 * @csspart status - "Now", "Done", "Skipped" or "It's time" on a step.
 * @csspart box - The box on each step that shows it is checked off (ticked by pen on paper).
 * @csspart mark - The tick or cross in the box of a done or skipped step.
 * @csspart countdown - Time left in the current step (role timer).
 * @csspart meter - The bar of time left.
 * @csspart meter-fill - The filled part of the bar: the share of the step's minutes left.
 * @csspart controls - The per-step buttons.
 * @csspart now-button - Makes the step the current one (a toggle).
 * @csspart skip-button - Skips the step (a toggle).
 * @csspart change-button - "Choose again": brings back the activities of a choice step.
 * @csspart choices - The activities of a choice step (a group).
 * @csspart choice - One activity of a choice step (a button; plain when read-only).
 * @csspart all-done - The message shown when every step is done or skipped.
 * @csspart empty - The message shown when there are no steps.
 * @csspart error - The readable error state.
 * @csspart announcer - The polite live region.
 * @cssprop [--ot-schedule-gap=var(--ot-space-s)] - Space between steps.
 * @cssprop [--ot-schedule-picture-size=4rem] - Size of a step's picture in a list (first–then boards show 8rem, and the current step in now / next view 9rem).
 * @cssprop [--ot-schedule-now-color=var(--ot-color-accent)] - Colour of the current step's border, of the captions, of the dashed border of the step whose time has come, and of the countdown bar.
 * @fires {OtStepCheckEvent} ot-step-check - Cancelable: someone asks to check a step off, undo it, make it current or skip it (`detail.index`, `detail.step`, `detail.state`); cancelled, nothing changes.
 * @fires {OtStepChooseEvent} ot-step-choose - Cancelable: someone picks an activity of a choice step (`detail.choiceId`), or asks to choose again (`detail.choiceId` undefined).
 * @fires {OtStepChangeEvent} ot-step-change - After a step changed (and, connected, was stored) through the person using the schedule; one per step (`detail.index`, `detail.step`, `detail.previous`, `detail.steps`). Never for a property set.
 * @fires {OtErrorEvent} ot-error - Bad steps (property, markup), an unknown value of an enumerated attribute, or a failed save; `detail.error` names every problem.
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
  /** Ticks the display needs: every second while a countdown runs, every minute for times of day, none otherwise. */
  readonly #ticks = {
    clock: () => this.clock,
    interval: 0,
    active() {
      return this.interval > 0;
    },
  };
  readonly #clock = new ClockController(this, this.#ticks);
  /** Working steps when the store does not hold this schedule (from the property or the markup). */
  #local: Step[] | undefined;
  #markupChanged = true;
  /** The clock's time at the last update, and whether the page was in view then. */
  #seenAt: number | undefined;
  #seen = false;
  #timeUpFor: number | undefined;
  /** A word or message of this element's catalog in the page's language. */
  #t = <K extends keyof Messages>(
    key: K,
    ...params: OtMessageParams<Messages[K]> extends undefined ? [] : [OtMessageParams<Messages[K]>]
  ): string => this.locale.t(scheduleMessages, key as 'progress', ...(params as [never]));

  @state() private error: OtError | undefined;
  /** An unknown value of an enumerated attribute (set in `willUpdate`, so no state of its own is needed). */
  #choiceError: OtError | undefined;

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

  /**
   * Speaks a step (its spoken text, else its label) when someone makes it the current step, and when its time of
   * day comes while the page is open and in view (never on load, nor for a time that came while it was hidden).
   */
  @property({ type: Boolean }) speak = false;

  /** The time source for times of day and countdowns (tests and stories pass a manual clock). */
  @property({ attribute: false }) clock: OtClock | undefined;

  constructor() {
    super();
    // The page may edit its <ot-step> children at any time (connected or not); our own reflected attributes
    // are not markup changes.
    new MutationObserver((records) => {
      if (records.some((r) => r.target !== this || r.type !== 'attributes')) {
        this.#markupChanged = true;
        this.requestUpdate();
      }
    }).observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const names = Object.keys(CHOICES) as Choice[];
    if (names.some((n) => changed.has(n))) {
      const issues: OtIssue[] = [];
      for (const name of names) {
        // No attribute (null) is the default.
        const result = safeParse(picklist(CHOICES[name]), this[name] ?? CHOICES[name][0]);
        if (!result.success) {
          issues.push({ ...result.issues[0]!, path: [name] });
          // The last good value stays in effect (and in the attribute).
          (this as Record<Choice, unknown>)[name] =
            changed.get(name) ?? (name === 'kind' ? undefined : CHOICES[name][0]);
        }
      }
      this.#choiceError = issues.length
        ? this.reportError(new OtValidationError(issues.map((i) => `attribute "${i.path[0]}"`).join(', '), issues))
        : undefined;
    }
    if (!changed.has('steps') && !changed.has('kind') && !this.#markupChanged) return;
    this.#markupChanged = false;
    const raw = this.steps ?? readMarkup(this);
    const result =
      raw === undefined
        ? undefined
        : safeParse(scheduleSchema, { id: 'x', title: 'x', kind: this.kind ?? undefined, steps: raw, createdAt: 0 });
    if (result?.success === false) {
      // Keep the last good steps on screen; the error says what is wrong with the new ones.
      this.error = this.reportError(new OtValidationError(this.steps ? 'property "steps"' : 'markup', result.issues));
    } else {
      this.#local = result?.data.steps;
      this.error = undefined;
    }
  }

  /**
   * Announces (and speaks) the clock reaching an upcoming step, and the end of the current step's minutes, once
   * each.
   */
  protected override updated(): void {
    const { steps, left } = this.#data;
    const now = this.#clock.now;
    const clock = this.#clockStep(steps, now);
    const seen = document.visibilityState === 'visible';
    this.style.setProperty('--_left', String(left?.fraction ?? 1));
    let message = '';
    // Time, not new data (a load, a reload, steps set later), moved the clock on.
    if (
      this.#seenAt !== undefined &&
      clock !== this.#clockStep(steps, this.#seenAt) &&
      steps[clock]?.state === 'upcoming'
    ) {
      message = this.#t('timeFor', { label: this.#shown(steps[clock]).label });
      // A time that came while the page was hidden is old news when it is seen again: shown, not said. The clock
      // controller updates on every visibilitychange, so `#seen` is false for the first update after a hidden spell.
      if (seen && this.#seen) this.#say(steps[clock]);
    }
    this.#seenAt = now;
    this.#seen = seen;
    // A step's minutes run out once per start.
    const up = left?.ms === 0 ? left.step.startedAt : undefined;
    if (up !== undefined && up !== this.#timeUpFor) message = `${this.#t('timeUp')}: ${this.#shown(left!.step).label}`;
    this.#timeUpFor = up;
    // After this update, so the live region's own update does not land inside it.
    if (message) queueMicrotask(() => this.#announcer.announce(message));
  }

  /**
   * The steps shown (the page's, else the stored schedule's, else the markup's), the kind, the title, and the
   * countdown of the current step (ms left and the fraction of its minutes left) when it has minutes.
   */
  get #data(): { steps: Step[]; kind: OtScheduleKind; heading: string | undefined; left: Left } {
    const stored = this.steps === undefined && this.scheduleId ? this.#schedules.value?.[this.scheduleId] : undefined;
    const steps = stored?.steps ?? this.#local ?? [];
    const kind = (this.kind ?? stored?.kind) === 'first-then' && steps.length === 2 ? 'first-then' : 'list';
    const step = steps.find((s) => s.state === 'now' && s.minutes && s.startedAt !== undefined);
    const total = (step?.minutes ?? 0) * 60_000;
    const ms = step ? Math.max(0, step.startedAt! + total - this.#clock.now) : 0;
    return { steps, kind, heading: this.heading ?? stored?.title, left: step && { ms, fraction: ms / total, step } };
  }

  /** Index of the step whose time of day has come at `at` (the last one started), or -1. */
  #clockStep(steps: Step[], at = this.#clock.now): number {
    const d = new Date(at);
    const now = d.getHours() * 60 + d.getMinutes();
    const found = steps.map((s) => !!s.timeOfDay && minutesOf(s.timeOfDay) <= now).lastIndexOf(true);
    const last = steps[found];
    // Past the end of the last timed step nothing is current by the clock.
    return last?.minutes &&
      !steps.slice(found + 1).some((s) => s.timeOfDay) &&
      now >= minutesOf(last.timeOfDay!) + last.minutes
      ? -1
      : found;
  }

  #onKeydown(e: KeyboardEvent): void {
    const ahead = this.locale.dir === 'rtl' ? -1 : 1;
    const move = (
      { ArrowDown: 1, ArrowUp: -1, ArrowRight: ahead, ArrowLeft: -ahead, Home: -1e3, End: 1e3 } as Record<
        string,
        number
      >
    )[e.key];
    const buttons = [
      ...this.renderRoot.querySelectorAll<HTMLElement>('li:not(.off) :is([part~="check"], [part~="choice"])'),
    ];
    const from = buttons.indexOf(e.target as HTMLElement);
    if (!move || from < 0) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, from + move))]!.focus();
  }

  /** "Now: Snack", or "Snack: done" (skipped, not done). */
  #phrase(step: Step, state: OtStepState): string {
    const { label } = this.#shown(step);
    return state === 'now' ? `${this.#t('now')}: ${label}` : `${label}: ${this.#t(state).toLowerCase()}`;
  }

  /** Someone asks for `state` on step `index`: intent event, then the change (which may move the schedule on). */
  async #request(index: number, state: OtStepState): Promise<void> {
    const { steps } = this.#data;
    const step = steps[index]!;
    if (!this.emit(new OtStepCheckEvent({ index, step, state }))) return;
    const at = (this.clock ?? systemClock).now();
    const next = steps.map((s) => ({ ...s }) as Writable);
    const isNow = (s: Step) => s.state === 'now';
    const set = (i: number, to: OtStepState) => {
      const s = next[i]!;
      s.state = to;
      delete s.doneAt;
      if (to === 'done') s.doneAt = at;
      else if (to === 'now') s.startedAt = at;
      else delete s.startedAt;
    };
    if (state === 'now') next.forEach((s, i) => isNow(s) && set(i, 'upcoming'));
    set(index, state);
    let message = this.#phrase(step, state);
    let current = state === 'now' ? index : -1;
    // Finishing or skipping the step in hand moves the schedule on to the next upcoming step.
    if ((state === 'done' || state === 'skipped') && !next.some(isNow) && (isNow(step) || !steps.some(isNow))) {
      current = next.findIndex((s, i) => i > index && s.state === 'upcoming');
      if (current >= 0) {
        set(current, 'now');
        message += `. ${this.#phrase(next[current]!, 'now')}`;
      }
    }
    if (current >= 0) this.#say(next[current]!);
    await this.#commit(steps, next, message);
  }

  async #choose(index: number, choiceId?: string): Promise<void> {
    const { steps } = this.#data;
    const step = steps[index]!;
    if (!this.emit(new OtStepChooseEvent({ index, step, choiceId }))) return;
    const next = [...steps];
    const chosen: Writable = (next[index] = { ...step, chosenId: choiceId });
    if (!choiceId) delete chosen.chosenId;
    const choice = step.choices?.find((c) => c.id === choiceId);
    await this.#commit(steps, next, choice ? `${this.#t('chosen')}: ${choice.label}` : '');
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
          await store.schedules.put({
            id,
            title: heading || this.#t('schedule'),
            kind,
            steps: after,
            createdAt: (this.clock ?? systemClock).now(),
          });
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

  /** A time of day in the page's language (`8:30 AM`, `8:30`); an unusable language tag keeps `HH:MM`. */
  #formatTime(hhmm: string): string {
    try {
      return new Date(2000, 0, 1, 0, minutesOf(hhmm)).toLocaleTimeString(this.locale.locale, {
        hour: 'numeric',
        minute: '2-digit',
      });
    } catch {
      return hhmm;
    }
  }

  /** Speaks a step (when `speak` is on). */
  #say(step: Step): void {
    const { spokenText, label } = this.#shown(step);
    if (this.speak) this.#speech.speak(spokenText ?? label, { lang: this.locale.locale });
  }

  /** What a step shows: the chosen activity of a choice step, else the step itself. */
  #shown(step: Step): { label: string; image?: OtImageRef; spokenText?: string | undefined } {
    return step.choices?.find((c) => c.id === step.chosenId) ?? step;
  }

  override render(): TemplateResult {
    const { steps, kind, heading, left } = this.#data;
    const t = this.#t;
    const clock = this.#clockStep(steps);
    const open = (s?: Step) => s?.state === 'upcoming' || s?.state === 'now';
    const now = steps.findIndex((s) => s.state === 'now');
    const current = now >= 0 ? now : open(steps[clock]) ? clock : steps.findIndex(open);
    const next = steps.findIndex((s, i) => i > current && s.state === 'upcoming');
    this.#ticks.interval = left?.ms ? 1000 : steps.some((s) => s.timeOfDay) ? 60_000 : 0;
    const finished = steps.length > 0 && !steps.some(open);
    const focus = this.view === 'now-next' && kind === 'list';
    return html`<div part="base" dir=${this.locale.dir} class="${kind} ${this.layout} ${focus ? 'focus' : ''}">
      ${[this.#choiceError, this.error].map((e) => e && this.renderError(e))}
      ${heading ? html`<h2 part="heading">${heading}</h2>` : nothing}
      ${
        steps.length
          ? html`<p part="progress">
                ${t('progress', { done: steps.filter((s) => s.state === 'done').length, total: steps.length })}
              </p>
              <ol part="list" aria-label=${heading || t('schedule')} @keydown=${this.#onKeydown}>
                ${steps.map((step, i) =>
                  this.renderStep(step, i, {
                    caption:
                      kind === 'first-then'
                        ? t(i ? 'then' : 'first')
                        : focus && i === current
                          ? t('now')
                          : focus && i === next
                            ? t('next')
                            : '',
                    hide: focus && !finished && i !== current && i !== next,
                    current: i === current,
                    next: i === next,
                    clock: i === clock,
                  }),
                )}
              </ol>
              ${finished ? html`<p part="all-done">${picture({ symbol: 'all-done' })}${t('allDone')}</p>` : nothing}`
          : this.error
            ? nothing
            : html`<p part="empty">${t('empty')}</p>`
      }
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  /** One step: its check-off button (or the activities of a choice step), its words and its controls. */
  protected renderStep(
    step: Step,
    index: number,
    at: { caption: string; hide: boolean; current: boolean; next: boolean; clock: boolean },
  ): TemplateResult {
    const t = this.#t;
    const { label, image } = this.#shown(step);
    const { state, choices, chosenId, timeOfDay, minutes } = step;
    const choosing = choices && !chosenId;
    const flags = [state, at.current && 'current', at.next && 'next', at.clock && 'clock', choosing && 'choosing']
      .filter(Boolean)
      .join(' ');
    const words = this.show === 'picture' ? 'visually-hidden' : '';
    const status = state !== 'upcoming' ? t(state) : at.clock ? t('itsTime') : '';
    const toggle = (to: OtStepState) => () => this.#request(index, state === to ? 'upcoming' : to);
    const pick = `${label}: ${t('pickOne')}`;
    const left = state === 'now' ? this.#data.left : undefined;
    const body = html`${this.show !== 'text' ? picture(image) : nothing}
      <span part="label" class=${words}>${label}</span>
      ${timeOfDay ? html`<time part="time" class=${words} datetime=${timeOfDay}>${this.#formatTime(timeOfDay)}</time>` : nothing}
      ${minutes ? html`<span part="minutes" class=${words}>${t('minutes', { n: minutes })}</span>` : nothing}
      ${status ? html`<span part="status" class=${words}>${status}</span>` : nothing}
      <span part="box"
        >${state === 'done' || state === 'skipped' ? picture({ symbol: state === 'done' ? 'yes' : 'no' }, 'mark') : nothing}</span
      >`;
    return html`<li
      part="step ${flags}"
      class=${at.hide ? 'off' : ''}
      aria-current=${at.current ? 'step' : at.clock ? 'time' : 'false'}
    >
      ${
        at.caption
          ? // The "Then" caption of a first–then board points at the reward.
            html`<span part="caption"
              >${at.caption === t('then') ? picture({ symbol: 'then' }, 'arrow') : nothing}${at.caption}</span
            >`
          : nothing
      }
      ${
        choosing
          ? html`<div part="choices" role="group" aria-label=${pick}>
              <span part="label" aria-hidden="true">${pick}</span>
              ${choices.map((c) => {
                const item = html`${picture(c.image)}<span>${c.label}</span>`;
                return this.readonly
                  ? html`<span part="choice">${item}</span>`
                  : html`<button part="choice" class="btn" @click=${() => this.#choose(index, c.id)}>${item}</button>`;
              })}
            </div>`
          : this.readonly
            ? html`<div part="check">${body}</div>`
            : html`<button
                part="check"
                role="checkbox"
                aria-checked=${state === 'done' ? 'true' : 'false'}
                @click=${toggle('done')}
              >
                ${body}
              </button>`
      }
      ${
        left
          ? html`<div part="countdown" role="timer">
              <span part="meter"><span part="meter-fill"></span></span
              ><span>${left.ms ? t('left', { time: clockText(left.ms) }) : t('timeUp')}</span>
            </div>`
          : nothing
      }
      ${
        this.readonly || this.checkOnly
          ? nothing
          : html`<div part="controls">
              ${control('now-button', t('now'), label, toggle('now'), state === 'now')}
              ${control('skip-button', t('skip'), label, toggle('skipped'), state === 'skipped')}
              ${chosenId && state !== 'done' ? control('change-button', t('change'), step.label, () => this.#choose(index)) : nothing}
            </div>`
      }
    </li>`;
  }
}

/** `m:ss` (or `h:mm:ss`) for a countdown, rounded up so it reads 0:00 only at the end. */
const clockText = (ms: number): string =>
  new Date(Math.ceil(ms / 1000) * 1000)
    .toISOString()
    .slice(11, 19)
    .replace(/^0(0:)?0?/, '');
