import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OT_SCHEDULE_KINDS,
  OT_SCHEDULE_LAYOUTS,
  OT_SCHEDULE_SHOWS,
  OT_SCHEDULE_VIEWS,
  OtValidationError,
  chooseStepActivity,
  clockStep,
  getRecord,
  optional,
  picklist,
  planStepChoice,
  planStepState,
  safeParse,
  scheduleSchema,
  scheduleView,
  setStepState,
  stepFace,
  systemClock,
  type OtClock,
  type OtError,
  type OtSchedule,
  type OtScheduleKind,
  type OtScheduleLayout,
  type OtScheduleShow,
  type OtScheduleStep,
  type OtScheduleStepInput,
  type OtScheduleUpdate,
  type OtScheduleView,
  type OtScheduleViewModel,
  type OtStepPlan,
  type OtStepState,
  type OtStore,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ClockController } from '../controllers/clock-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { OtStepChangeEvent } from '../events/ot-step-change.js';
import { OtStepCheckEvent } from '../events/ot-step-check.js';
import { OtStepChooseEvent } from '../events/ot-step-choose.js';
import { check } from '../internal/checked-properties.js';
import { OtElement } from '../internal/ot-element.js';
import { playSound } from '../internal/own-media.js';
import { SaveStateController, renderSaveState } from '../controllers/save-state-controller.js';
import { controlStyles } from '../styles/base.styles.js';
import { ScheduleMarkup } from './schedule-markup.js';
import { moveAmongSteps } from './schedule-keys.js';
import { scheduleMessages } from './visual-schedule.messages.js';
import { scheduleStyles } from './visual-schedule.styles.js';
import { formatTimeOfDay, picture, renderStep, type StepTemplateHost } from './visual-schedule.templates.js';

/**
 * A visual schedule: ordered steps with a picture and words, each upcoming, now, done or skipped. Children
 * check steps off by tap, click or keyboard; a "now / next" view shows only what matters; a first–then board
 * shows two steps, the second the reward; a choice step lets the child pick one of 2–4 activities. Steps
 * with a time of day are highlighted from the clock, the current step counts down its minutes, and the
 * schedule prints as a clean paper schedule. The rules are the SDK's (`setStepState`, `chooseStepActivity`,
 * `scheduleView`), so a portal's own UI behaves the same.
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
 *   `minutes`, `spoken` (said instead of the label), `sound` (an own sound played when the step is tapped),
 *   `state` (`upcoming`, `now`, `done`, `skipped`), `step-id` and `chosen` (the activity already picked). A choice step holds 2–4 `<ot-step-choice>` elements, each with
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
 * @csspart save-state - "Saving…" while a change waits for the store's commit, then "Saved" (connected).
 * @csspart pending - The step whose change the store has not committed yet (with `step`).
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
  // `kind` has no default of its own: without the attribute the stored schedule's kind counts.
  static override checkedProperties = {
    kind: check(optional(picklist(OT_SCHEDULE_KINDS))),
    layout: check(picklist(OT_SCHEDULE_LAYOUTS), 'vertical'),
    show: check(picklist(OT_SCHEDULE_SHOWS), 'both'),
    view: check(picklist(OT_SCHEDULE_VIEWS), 'all'),
  };

  readonly #t = this.translator(scheduleMessages);
  readonly #announcer = new AnnounceController(this);
  readonly #speech = new SpeechController(this);
  readonly #data = new StoreController(this, { select: (state) => state.schedules });
  readonly #markup = new ScheduleMarkup(this);
  /** Connected, a change shows as saving until the store has committed it, then as saved. */
  readonly #saveState = new SaveStateController(this);
  /** The step whose change the store has not committed yet. */
  #savingStep: string | undefined;
  /** Wakes the schedule exactly when its view next changes: on a countdown's own seconds, not the clock's. */
  readonly #ticker: ClockController = new ClockController(this, {
    clock: () => this.clock,
    nextChangeAt: () => this.#viewAt(this.#ticker.now).nextChangeAt,
  });
  /** Steps of the page or the markup (checked), shown and changed when the store does not hold this schedule. */
  #localSteps: readonly OtScheduleStep[] | undefined;
  /** The time of the last update, and whether the page was in view then (for "it's time" announcements). */
  #seenAt: number | undefined;
  #seenVisible = false;
  /** The start time of the step whose minutes ran out last (announced once per start). */
  #timeUpFor: number | undefined;

  /** Bad steps from the page or the markup (the last good ones stay on screen). */
  @state() private dataError: OtError | undefined;
  /** A change the store refused. */
  @state() private saveError: OtError | undefined;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('steps') && !changed.has('kind') && !this.#markup.changed) return;
    // Read even when the page's steps win, so the markup counts as seen.
    const markup = this.#markup.read();
    const raw = this.steps ?? markup;
    if (raw === undefined) {
      this.#localSteps = undefined;
      this.dataError = undefined;
      return;
    }
    const result = safeParse(scheduleSchema, { id: 'x', title: 'x', kind: this.kind, steps: raw, createdAt: 0 });
    if (result.success) {
      this.#localSteps = result.data.steps;
      this.dataError = undefined;
    } else {
      // Keep the last good steps on screen; the error says what is wrong with the new ones.
      const subject = this.steps ? 'property "steps"' : 'markup';
      this.dataError = this.reportError(new OtValidationError(subject, result.issues));
    }
  }

  /** Announces (and speaks) the clock reaching an upcoming step, and the end of the current step's minutes, once each. */
  protected override updated(): void {
    const now = this.#ticker.now;
    const view = this.#viewAt(now);
    const steps = view.steps.map((step) => step.step);
    const visible = document.visibilityState === 'visible';
    this.style.setProperty('--_ot-schedule-time-left', String(view.countdown?.fraction ?? 1));
    let message = '';
    // Time, not new data (a load, a reload, steps set later), moved the clock on.
    const reached = steps[view.clock];
    if (this.#seenAt !== undefined && view.clock !== clockStep(steps, this.#seenAt) && reached?.state === 'upcoming') {
      message = this.#t('timeFor', { label: stepFace(reached).label });
      // A time that came while the page was hidden is old news when it is seen again: shown, not said. The page
      // updates on every visibilitychange, so the first update after a hidden spell does not speak.
      if (visible && this.#seenVisible) this.#say(reached);
    }
    this.#seenAt = now;
    this.#seenVisible = visible;
    const countdown = view.countdown;
    const timeUpFor = countdown?.timeUp ? steps[countdown.index]!.startedAt : undefined;
    if (timeUpFor !== undefined && timeUpFor !== this.#timeUpFor)
      message = `${this.#t('timeUp')}: ${stepFace(steps[countdown!.index]!).label}`;
    this.#timeUpFor = timeUpFor;
    // After this update, so the live region's own update does not land inside it.
    if (message) queueMicrotask(() => this.#announcer.announce(message));
  }

  /** The provider's store, when it is the one this schedule is read from and saved to. */
  get #connectedStore(): OtStore | undefined {
    return this.steps === undefined && this.scheduleId ? this.#data.provided : undefined;
  }

  /** The stored schedule shown, when connected and the store holds it. */
  get #stored(): OtSchedule | undefined {
    const store = this.#connectedStore;
    return store && getRecord(store.getState(), 'schedules', this.scheduleId!);
  }

  /** The steps shown now: the stored schedule's, else the page's or the markup's. */
  get #steps(): readonly OtScheduleStep[] {
    return this.#stored?.steps ?? this.#localSteps ?? [];
  }

  #viewAt(now: number): OtScheduleViewModel {
    const source = { steps: this.#steps, kind: this.kind ?? this.#stored?.kind };
    return scheduleView(source, { view: this.view }, now);
  }

  /** "Now: Snack", or "Snack: done" (skipped, not done). */
  #phrase(step: OtScheduleStep, state: OtStepState): string {
    const { label } = stepFace(step);
    return state === 'now' ? `${this.#t('now')}: ${label}` : `${label}: ${this.#t(state).toLowerCase()}`;
  }

  /** Someone asks for `state` on step `index`: the intent event, then the schedule's rules (which may move it on). */
  async #requestState(index: number, state: OtStepState): Promise<void> {
    const step = this.#steps[index]!;
    if (!this.emit(new OtStepCheckEvent({ index, step, state }))) return;
    // The teacher's own sound of the step answers the tap (and stands in for speech of the step moved to).
    if (step.sound) playSound(step.sound.src);
    const at = (this.clock ?? systemClock).now();
    const result = await this.#apply(
      step.id,
      (steps) => planStepState(steps, index, state, at),
      (store, options) => setStepState(store, { scheduleId: this.scheduleId!, stepId: step.id, state }, options),
    );
    if (!result) return;
    const current = state === 'now' ? index : result.movedTo;
    const movedOn = result.movedTo >= 0 ? `. ${this.#phrase(result.steps[result.movedTo]!, 'now')}` : '';
    if (current >= 0 && !step.sound) this.#say(result.steps[current]!);
    this.#announce(result, this.#phrase(step, state) + movedOn);
  }

  async #choose(index: number, choiceId: string | undefined): Promise<void> {
    const step = this.#steps[index]!;
    if (!this.emit(new OtStepChooseEvent({ index, step, choiceId }))) return;
    const result = await this.#apply(
      step.id,
      (steps) => planStepChoice(steps, index, choiceId),
      (store, options) =>
        chooseStepActivity(store, { scheduleId: this.scheduleId!, stepId: step.id, choiceId }, options),
    );
    const choice = step.choices?.find((c) => c.id === choiceId);
    if (result) this.#announce(result, choice ? `${this.#t('chosen')}: ${choice.label}` : '');
  }

  /**
   * Runs a change: connected, the SDK command on the store (a schedule written as markup is stored with it);
   * otherwise the same rule on the page's or the markup's steps. Undefined when the store refused it.
   */
  async #apply(
    stepId: string,
    plan: (steps: readonly OtScheduleStep[]) => OtStepPlan,
    command: (store: OtStore, options: Parameters<typeof setStepState>[2]) => Promise<OtScheduleUpdate>,
  ): Promise<OtStepPlan | undefined> {
    const store = this.#connectedStore;
    if (!store) {
      const result = plan(this.#steps);
      this.#localSteps = result.steps;
      this.requestUpdate();
      return result;
    }
    const kind = this.#viewAt(this.#ticker.now).kind;
    const ifMissing = { title: this.heading || this.#t('schedule'), kind, steps: [...this.#steps] };
    this.#savingStep = stepId;
    try {
      const write = command(store, { at: (this.clock ?? systemClock).now(), ifMissing });
      const result = await this.#saveState.track(write);
      this.saveError = undefined;
      return result;
    } catch (error) {
      this.saveError = this.reportError(error);
      return undefined;
    } finally {
      if (this.#savingStep === stepId) this.#savingStep = undefined;
    }
  }

  /** Announces a change ("All done!" too when it finished the schedule) and fires `ot-step-change` for each step it changed. */
  #announce(result: OtStepPlan, message: string): void {
    const previous = new Map(result.changes.map((change) => [change.index, change.previous]));
    const over = (state: OtStepState) => state === 'done' || state === 'skipped';
    const finished = result.steps.every((step) => over(step.state));
    if (finished && !result.steps.every((step, i) => over(previous.get(i) ?? step.state)))
      message = `${message}. ${this.#t('allDone')}`;
    if (message) this.#announcer.announce(message);
    for (const { index, step, previous } of result.changes)
      this.emit(new OtStepChangeEvent({ index, step, previous, steps: result.steps }));
  }

  /** Speaks a step (when `speak` is on). */
  #say(step: OtScheduleStep): void {
    const { spokenText, label } = stepFace(step);
    if (!this.speak) return;
    if (step.sound) playSound(step.sound.src);
    else this.#speech.speak(spokenText ?? label, { lang: this.locale.locale });
  }

  override render(): TemplateResult {
    const view = this.#viewAt(this.#ticker.now);
    const heading = this.heading ?? this.#stored?.title;
    const classes = `${view.kind} ${this.layout} ${view.focus ? 'focus' : ''}`;
    return html`<div part="base" dir=${this.locale.dir} class=${classes}>
      ${[this.attributeError, this.dataError, this.saveError].map((error) => error && this.renderError(error))}
      ${heading ? html`<h2 part="heading">${heading}</h2>` : nothing} ${this.#renderSteps(view, heading)}
      ${renderSaveState(this.#saveState.state, { saving: this.#t('saving'), saved: this.#t('saved') })}
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  #renderSteps(view: OtScheduleViewModel, heading: string | undefined): TemplateResult | typeof nothing {
    if (!view.total) return this.dataError ? nothing : html`<p part="empty">${this.#t('empty')}</p>`;
    const host: StepTemplateHost = {
      show: this.show,
      readonly: this.readonly,
      checkOnly: this.checkOnly,
      savingStep: this.#saveState.state === 'saving' ? this.#savingStep : undefined,
      t: this.#t,
      formatTime: (hhmm) => formatTimeOfDay(hhmm, this.locale.locale),
      requestState: (index, state) => void this.#requestState(index, state),
      choose: (index, choiceId) => void this.#choose(index, choiceId),
    };
    return html`<p part="progress">${this.#t('progress', { done: view.doneCount, total: view.total })}</p>
      <ol
        part="list"
        aria-label=${heading || this.#t('schedule')}
        @keydown=${(e: KeyboardEvent) => moveAmongSteps(e, this.renderRoot, this.locale.dir)}
      >
        ${view.steps.map((step) => renderStep(step, host))}
      </ol>
      ${
        view.finished ? html`<p part="all-done">${picture({ symbol: 'all-done' })}${this.#t('allDone')}</p>` : nothing
      }`;
  }
}
