import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OtPersistenceError,
  OtValidationError,
  goalStackSessionNote,
  goalStackView,
  stackGoals,
  systemClock,
  type OtClock,
  type OtError,
  type OtGoal,
  type OtGoalStackOptions,
  type OtGoalStackViewModel,
  type OtStore,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { OtGoalChangeEvent, type OtGoalChangeAction } from '../events/ot-goal-change.js';
import { commonMessages } from '../i18n/common.messages.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { GoalCorrectionsController } from './corrections-controller.js';
import { CurrentGoalMemory } from './current-goal-memory.js';
import { GoalStackDataController } from './data-controller.js';
import { GoalEntryController } from './entry-controller.js';
import { GoalStackNavigationController } from './navigation-controller.js';
import type { GoalStackContext } from './goal-stack.context.js';
import type { OtGoalStackReview } from './goal-stack-review.js';
import { goalStackMessages, type GoalStackText } from './goal-stack.messages.js';
import { goalStackStyles } from './goal-stack.styles.js';
import {
  OT_GOAL_STACK_VIEWS,
  type OtGoalStackGoal,
  type OtGoalStackNote,
  type OtGoalStackProgress,
  type OtGoalStackView,
} from './goal-stack.types.js';
import { GoalNotesController } from './notes-controller.js';
import type { OtGoalStackPageData } from './page-data.js';
import { GoalQuickDataController } from './quick-data-controller.js';
import { GoalReorderController } from './reorder-controller.js';
import { GoalStackShortcutsController } from './shortcuts-controller.js';
import { renderGoalCard, renderTherapistView } from './therapist-view.template.js';
import { GoalStackUndoController } from './undo-controller.js';

export { OT_GOAL_STACK_VIEWS };
export type { OtGoalStackGoal, OtGoalStackNote, OtGoalStackProgress, OtGoalStackView };

/**
 * A stack of goal notecards for a therapy session, with the "To Get To" pile of concerns raised on the
 * way and one-tap data per goal. The current card is on top, big enough for the client to read.
 *
 * **Data.** Inside `<ot-provider>` it reads and writes the store (goals, notes, progress entries) and tags
 * notes and data with the running session and its phase, as they are when the note is added. Standalone, give
 * it `goals` (and `notes`, `progress`) as properties, or write the goals as a plain list in the page; changes
 * come out as events. Page data wins over the store: with it the element works on its own copy (in memory)
 * and leaves the store alone, so give the data either to the store or to the element. Every change goes
 * through the SDK's goal commands (`addNote`, `recordTrial`, `reorderGoals`…), which a portal can call
 * without the element.
 *
 * ```html
 * <ot-goal-stack>
 *   <ol>
 *     <li data-symbol="swing">Swing for five minutes</li>
 *     <li>Shoe-tying <img src="https://example.org/shoe.png" alt="A shoe" />
 *       <ul><li>Asked about the fire drill</li></ul>
 *     </li>
 *   </ol>
 * </ot-goal-stack>
 * ```
 * Each `<li>` of the `<ol>` is a goal (its text; a picture from a child `<img>` or `data-symbol`; an id from
 * `data-id`, else `goal-1`, `goal-2`…); each `<li>` of a `<ul>` or `<ol>` nested in it is a note under that goal. The
 * list shows as a plain list until the script loads. A goal without text is an error naming the item. The
 * element has no slots: it reads the list, it does not show it.
 *
 * **Keyboard.** Everything is reachable with Tab. Shortcuts, while focus is in the element and not in a
 * text field:
 * - `/` or `N` — go to the "To Get To" field (type, Enter adds the note, Escape goes back where you were).
 *   With `global-shortcut`, `/` works from anywhere on the page.
 * - `+` / `-` — add a + or − trial to the current goal.
 * - `Ctrl+Z` (`⌘Z`) — undo the last change made here (the Undo button says which).
 * - `Alt+↑` / `Alt+↓` on a goal of the list — move it up or down (the Move buttons do the same).
 * - `Escape` in a note's "Move to…" list — close it; focus goes back to its button.
 *
 * **Saving.** A new note, and the quick data after a tap, show "Saving…" (and `aria-busy`) until the store
 * has saved the change, then "Saved". Nothing relies on form submission, so notes are saved in iframes
 * sandboxed without `allow-forms`.
 *
 * @summary Goal notecards with a "To Get To" pile and quick data capture.
 * @tagname ot-goal-stack
 * @csspart base - The wrapper of the view.
 * @csspart stack - The therapist view's first section: header, card, Previous / Next and quick data.
 * @csspart header - The stack's title, its position ("Goal 2 of 5 · 3 to go") and the End of session button.
 * @csspart card - The current goal card (or the "No goals yet." message).
 * @csspart card-title - The goal text on the card.
 * @csspart image - The goal's picture on the card.
 * @csspart nav - Previous and Next.
 * @csspart data - The quick-data controls of the current goal.
 * @csspart trials - The trial counts.
 * @csspart pile - The "To Get To" pile.
 * @csspart capture - The note field: label, field, Add button and hint.
 * @csspart note-list - The list of notes.
 * @csspart note - One note.
 * @csspart count - A count of open notes (in the pile's heading, and per goal in the list).
 * @csspart list - All goals, reorderable, with the new-goal field.
 * @csspart item - One goal of the list, with its handle and move buttons.
 * @csspart handle - The drag handle of a goal.
 * @csspart new-goal - The new-goal field: label, field, Add goal button and hint.
 * @csspart review - The end-of-session review (`<ot-goal-stack-review>`).
 * @csspart session-note - The review's session note, with Copy note, Print note and Save as a text file.
 * @csspart error - The readable error state.
 * @csspart announcer - The live region.
 * @cssprop [--ot-goal-stack-card-bg=var(--ot-color-surface-raised)] - Background of the goal card.
 * @cssprop [--ot-goal-stack-card-font-size=var(--ot-font-size-xl)] - Text size of the goal card.
 * @cssprop [--ot-goal-stack-client-font-size=var(--ot-font-size-xxl)] - Text size of the card in the client view.
 * @cssprop [--ot-goal-stack-note-bg=var(--ot-color-surface)] - Background of a note (its warm edge says it is waiting).
 * @cssprop [--ot-goal-stack-note-lines=4] - Lines of a long note shown before "Show all".
 * @fires {OtNoteAddEvent} ot-note-add - Cancelable: a note is about to be added; `detail` has its text, goal, session and phase.
 * @fires {OtNoteChangeEvent} ot-note-change - A note was added, addressed, reopened, moved, promoted or carried over.
 * @fires {OtGoalChangeEvent} ot-goal-change - A goal was added (or promoted from a note), or the stack was reordered; `detail.goals` is the new stack.
 * @fires {OtReorderEvent} ot-reorder - Cancelable: a goal is about to move from `detail.from` to `detail.to`.
 * @fires {OtProgressChangeEvent} ot-progress-change - Quick data of a goal changed (a tap or its undo).
 * @fires {OtCurrentChangeEvent} ot-current-change - Another goal became current (Previous, Next, the list); a reorder keeps the current goal and fires none.
 * @fires {OtErrorEvent} ot-error - Bad data (properties, markup or the `view` attribute) or a change the store refused.
 * @example
 * <ot-provider>
 *   <ot-goal-stack client-id="c1"></ot-goal-stack>
 * </ot-provider>
 */
export class OtGoalStack extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, goalStackStyles];

  readonly #t: GoalStackText = this.translator(goalStackMessages);
  readonly #announcer = new AnnounceController(this);
  readonly #data: GoalStackDataController = new GoalStackDataController(this, {
    clock: { now: () => this.clock.now() },
    pageData: (): OtGoalStackPageData | undefined =>
      this.goals || this.notes || this.progress
        ? { goals: this.goals ?? [], notes: this.notes ?? [], progress: this.progress ?? [] }
        : undefined,
    onDataError: (error) => (this.dataError = error && this.reportError(error)),
  });
  readonly #undo = new GoalStackUndoController(this);
  readonly #context: GoalStackContext = this.#makeContext();
  readonly #notes = new GoalNotesController(this, this.#context);
  readonly #quickData = new GoalQuickDataController(this, this.#context, this.#undo);
  readonly #corrections = new GoalCorrectionsController(this, this.#context);
  readonly #entry = new GoalEntryController(
    this,
    this.#context,
    this.#notes,
    (name) => this.renderRoot?.querySelector(`#${name}`) ?? null,
    () => this.#data.ready,
  );
  readonly #navigation = new GoalStackNavigationController(this, this.#context, {
    scope: () => this.#options(),
    setCurrent: (goalId) => {
      this.current = goalId;
      this.#currentGoal.remember(goalId);
    },
  });
  readonly #reorder = new GoalReorderController(
    this,
    () => [...this.renderRoot.querySelectorAll<HTMLElement>('[part="item"]')],
    (goalId, by) => void this.#navigation.move(goalId, by, '.goal'),
  );
  readonly #shortcuts = new GoalStackShortcutsController(this, {
    active: () => this.view === 'therapist',
    global: () => this.globalShortcut,
    captureField: () => this.renderRoot.querySelector<HTMLInputElement>('#note'),
    trial: (result) => void this.#quickData.trial(result),
    undo: () => void this.undo(),
  });
  /** The goal the card showed last: it stays on top while `current` names no goal of the stack. */
  #shownGoalId: string | undefined;
  readonly #currentGoal = new CurrentGoalMemory(() => {
    const kind = !this.#data.isOwnStore && this.#data.store.adapter.kind;
    return kind && kind !== 'memory' ? `otkit-goal-stack:${kind}:${this.#context.names.clientId ?? ''}` : undefined;
  });

  @state() private dataError: OtError | undefined;
  @state() private writeError: OtError | undefined;

  /** Goals, when the page holds the data; set, they win over the store and the element works standalone. */
  @property({ attribute: false }) goals: OtGoalStackGoal[] | undefined;

  /** "To Get To" notes that go with `goals`. */
  @property({ attribute: false }) notes: OtGoalStackNote[] | undefined;

  /** Progress entries (quick data) that go with `goals`. */
  @property({ attribute: false }) progress: OtGoalStackProgress[] | undefined;

  /** `therapist` (edit and data), `client` (read-only, large, the current goal only) or `review` (end of session). */
  @property({ reflect: true }) view: OtGoalStackView = 'therapist';

  /** The id of the current goal; unset or unknown, the card keeps the goal it shows (at first the first goal). */
  @property({ reflect: true }) current: string | undefined;

  /** The session notes and data belong to; default: the session running in the store. */
  @property({ attribute: 'session-id' }) sessionId: string | undefined;

  /** The session phase new notes record; default: the running session's phase when the note is added. */
  @property({ attribute: 'phase-id' }) phaseId: string | undefined;

  /** Shows only this client's goals, and gives new goals to this client (standalone, goals of no client count as its). */
  @property({ attribute: 'client-id' }) clientId: string | undefined;

  /** Lets `/` anywhere on the page (outside text fields) jump to the note field. */
  @property({ type: Boolean, attribute: 'global-shortcut' }) globalShortcut = false;

  /** The time source for note times and sessions of the element's own data (a manual clock in tests and stories). */
  @property({ attribute: false }) clock: OtClock = systemClock;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('goals') || changed.has('notes') || changed.has('progress')) this.#data.pageDataChanged();
    if (!OT_GOAL_STACK_VIEWS.includes(this.view)) {
      const message = `must be one of ${OT_GOAL_STACK_VIEWS.join(', ')} (got "${this.view}")`;
      this.dataError = this.reportError(
        new OtValidationError('attribute "view"', [{ path: ['view'], code: 'enum', message }]),
      );
      this.view = changed.get('view') ?? 'therapist';
    }
    const remembered = this.#currentGoal.restore();
    if (remembered) this.current ??= remembered;
  }

  protected override updated(): void {
    // The card element stays from goal to goal: replay its entrance when another goal comes on top.
    const shown = this.#data.state ? this.#model().current?.id : this.#shownGoalId;
    if (shown === this.#shownGoalId) return;
    this.#shownGoalId = shown;
    this.renderRoot
      .querySelector('.card')
      ?.getAnimations()
      .forEach((animation) => animation.play());
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!this.#data.ready) {
      await this.#data.store.ready.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    // The review renders itself, after this element: "updated" means it is on screen too.
    const review = this.renderRoot?.querySelector<OtGoalStackReview>('ot-goal-stack-review');
    if (review) done = (await review.updateComplete) && done;
    return done;
  }

  /** Moves focus to the "To Get To" field, the way `/` does. */
  focusCapture(): void {
    this.#shortcuts.focusCapture(undefined);
  }

  /** Undoes the last change made here (a quick-data tap, "Make a goal", a correction), and says what it undid. */
  async undo(): Promise<void> {
    const what = await this.#undo.undo();
    if (what) this.#announcer.announce(this.#t('undoneWhat', { what }));
  }

  /** What the stack shows now, from the state at this moment (the data's `state`), never kept from a render. */
  #model(): OtGoalStackViewModel {
    return goalStackView(this.#data.state!, this.#options(), this.clock.now());
  }

  #options(): OtGoalStackOptions {
    const { clientId, sessionId, phaseId } = this.#context.names;
    const includeGoalsWithoutClient = this.#data.isOwnStore;
    return { clientId, includeGoalsWithoutClient, current: this.current, shown: this.#shownGoalId, sessionId, phaseId };
  }

  #makeContext(): GoalStackContext {
    // An empty attribute names nothing.
    const names = () => ({
      sessionId: this.sessionId || undefined,
      phaseId: this.phaseId || undefined,
      clientId: this.clientId || undefined,
    });
    const store = () => this.#data.store;
    const clock = () => this.clock;
    return {
      get store() {
        return store();
      },
      get clock() {
        return clock();
      },
      get names() {
        return names();
      },
      t: this.#t,
      model: () => this.#model(),
      command: (run) => this.#command(run),
      emit: (event) => this.emit(event),
      announce: (message) => this.#announcer.announce(message),
      goalAdded: (action, goal) => this.#goalAdded(action, goal),
      goalsChanged: (action, goal) => this.#goalsChanged(action, goal),
      undoable: (step) => this.#undo.push(step),
      focusAfterUpdate: async (selector) => void (await this.focusAfterUpdate(selector)),
    };
  }

  /**
   * Runs one SDK command on the store in use; a refusal or a failed save shows the error state and fires
   * `ot-error` (the store rolled it back). Resolves with the command's result, or undefined when it failed.
   */
  async #command<R>(command: (store: OtStore) => Promise<R>): Promise<R | undefined> {
    try {
      const result = await command(this.#data.store);
      this.writeError = undefined;
      return result;
    } catch (error) {
      this.writeError = this.reportError(error);
      return undefined;
    }
  }

  #goalAdded(action: OtGoalChangeAction, goal: OtGoal): void {
    this.#goalsChanged(action, goal);
    this.#announcer.announce(this.#t('goalAdded', { goal: goal.description }));
  }

  #goalsChanged(action: OtGoalChangeAction, goal: OtGoal): void {
    const goals = stackGoals(this.#data.store.getState(), this.#options());
    this.emit(new OtGoalChangeEvent({ action, goal: goals.find((g) => g.id === goal.id) ?? goal, goals }));
  }

  async #carryAll(noteIds: readonly string[]): Promise<void> {
    if ((await this.#notes.carry(noteIds)) && this.view === 'therapist') await this.focusAfterUpdate('#note');
  }

  #showView(view: OtGoalStackView, focus: string): void {
    this.view = view;
    void this.focusAfterUpdate(focus);
  }

  override render(): TemplateResult {
    if (!this.#data.state)
      return html`<div part="base"><p role="status">${this.locale.t(commonMessages, 'loading')}</p></div>`;
    const error = this.dataError ?? this.writeError;
    const storageTitle =
      error instanceof OtPersistenceError ? this.locale.t(commonMessages, 'storageError') : undefined;
    const model = this.#model();
    return html`<div part="base" class=${this.view}>
      ${error ? this.renderError(error, storageTitle) : nothing}
      ${
        this.view === 'client'
          ? renderGoalCard(this.#t, model.current)
          : this.view === 'review'
            ? this.#renderReview(model)
            : this.#renderTherapist(model)
      }
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  #renderReview(model: OtGoalStackViewModel): TemplateResult {
    return html`<ot-goal-stack-review
      part="review"
      .review=${model.review}
      .note=${goalStackSessionNote(this.#data.state!, this.#options(), this.clock.now())}
      @carry-all=${() => this.#carryAll(model.review.toCarryOver.map((note) => note.id))}
      @back=${() => this.#showView('therapist', '#to-review')}
    ></ot-goal-stack-review>`;
  }

  #renderTherapist(model: OtGoalStackViewModel): TemplateResult {
    return renderTherapistView({
      t: this.#t,
      model,
      emptyHint: this.#entry.emptyHint,
      onAdd: (kind) => void this.#entry.add(kind),
      onInput: (kind) => this.#entry.input(kind),
      onStep: (step) => this.#navigation.step(step),
      onReview: () => this.#showView('review', '#review-title'),
      quickData: {
        ...this.#quickData.bindings(),
        undoWhat: this.#undo.next,
        onUndo: () => void this.undo(),
        onShortNoteInput: () => this.#entry.input('quick-note'),
        onShortNoteSaved: () => this.#entry.shortNoteSaved(),
      },
      pile: {
        ...this.#notes.bindings((noteId) => void this.#carryAll([noteId])),
        ...this.#corrections.noteBindings(),
        locale: this.locale.locale,
        lang: this.locale.lang,
        now: this.clock.now(),
      },
      list: {
        ...this.#corrections.goalBindings(),
        onSelect: (goalId) => this.#navigation.select(goalId),
        onMove: (goalId, by, focus) => void this.#navigation.move(goalId, by, focus),
        onHandle: this.#reorder.handle,
      },
    });
  }
}
