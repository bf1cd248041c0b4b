import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  recordTrial,
  setAssistance,
  setGoalStatus,
  setProgressNote,
  setPromptLevel,
  undoQuickData,
  type OtAssistanceLevel,
  type OtGoalSessionStatus,
  type OtPromptType,
  type OtQuickDataResult,
  type OtQuickDataUndo,
  type OtStore,
} from '@otkit/sdk';
import { OtProgressChangeEvent } from '../events/ot-progress-change.js';
import type { GoalStackContext } from './goal-stack.context.js';
import { trialCounts, type QuickDataChoiceField, type SaveState } from './quick-data.template.js';

/** How many quick-data taps Undo remembers. */
const UNDO_DEPTH = 50;

/**
 * The quick data of the current goal: each tap is one SDK command (`recordTrial`, `setAssistance`…) on the
 * goal on top when the tap lands, shown as saving until the store saved it; Undo takes taps back, newest first.
 */
export class GoalQuickDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #context: GoalStackContext;
  /** Taps that Undo can take back, newest last. */
  #undoStack: OtQuickDataUndo[] = [];
  #saveState: SaveState | undefined;

  constructor(host: ReactiveControllerHost, context: GoalStackContext) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Where the last tap stands, if one was made here. */
  get saveState(): SaveState | undefined {
    return this.#saveState;
  }

  get canUndo(): boolean {
    return this.#undoStack.length > 0;
  }

  async trial(result: 'plus' | 'minus'): Promise<void> {
    const sessionId = this.#context.names.sessionId;
    const done = await this.#tap((store, goalId) => recordTrial(store, { goalId, sessionId, result }));
    if (done)
      this.#context.announce(`${this.#context.t('trials')}: ${trialCounts(this.#context.t, done.entry.trials)}`);
  }

  /** A tap on one choice; a second tap on the chosen one clears it. */
  async choose(field: QuickDataChoiceField, value: string): Promise<void> {
    const target = (goalId: string) => ({ goalId, sessionId: this.#context.names.sessionId, toggle: true });
    // The template offers each field only its own values (OT_ASSISTANCE_LEVELS, OT_PROMPT_TYPES, …).
    await this.#tap((store, goalId) =>
      field === 'assistance'
        ? setAssistance(store, { ...target(goalId), level: value as OtAssistanceLevel })
        : field === 'prompt'
          ? setPromptLevel(store, { ...target(goalId), prompt: value as OtPromptType })
          : setGoalStatus(store, { ...target(goalId), status: value as OtGoalSessionStatus }),
    );
  }

  async shortNote(text: string): Promise<void> {
    const sessionId = this.#context.names.sessionId;
    await this.#tap((store, goalId) => setProgressNote(store, { goalId, sessionId, note: text }));
  }

  /** Undoes the last tap (puts the goal's data back as it was before it). */
  async undo(): Promise<void> {
    const last = this.#undoStack.pop();
    if (!last) return;
    this.#host.requestUpdate();
    const undone = await this.#context.command((store) => undoQuickData(store, last));
    if (!undone) {
      this.#undoStack.push(last);
      this.#host.requestUpdate();
      return;
    }
    const { goalId } = last;
    this.#context.emit(
      new OtProgressChangeEvent({ goalId, entry: undone.entry, previous: undone.previous, undo: true }),
    );
    this.#context.announce(this.#context.t('undone'));
  }

  /** One tap on the goal on top now: busy until the store saved it, then saved. */
  async #tap(
    command: (store: OtStore, goalId: string) => Promise<OtQuickDataResult>,
  ): Promise<OtQuickDataResult | undefined> {
    const goal = this.#context.model().current;
    if (!goal) return undefined;
    this.#setSaveState('saving');
    const result = await this.#context.command((store) => command(store, goal.id));
    this.#setSaveState(result ? 'saved' : undefined);
    if (!result) return undefined;
    this.#undoStack = [...this.#undoStack.slice(1 - UNDO_DEPTH), result.undo];
    const { entry, previous } = result;
    this.#context.emit(new OtProgressChangeEvent({ goalId: goal.id, entry, previous, undo: false }));
    return result;
  }

  #setSaveState(saveState: SaveState | undefined): void {
    this.#saveState = saveState;
    this.#host.requestUpdate();
  }
}
