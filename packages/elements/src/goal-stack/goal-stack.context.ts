import type { OtClock, OtGoal, OtGoalStackViewModel, OtStore } from '@otkit/sdk';
import type { OtGoalChangeAction } from '../events/ot-goal-change.js';
import type { GoalStackText } from './goal-stack.messages.js';
import type { UndoStep } from './undo-controller.js';

/** What the goal stack's controllers need from the element: the store, the model now, and ways to report. */
export interface GoalStackContext {
  /** The store in use (page data, provider, or scratch). */
  readonly store: OtStore;
  readonly clock: OtClock;
  readonly t: GoalStackText;
  /** What `session-id`, `phase-id` and `client-id` name (undefined when empty). */
  readonly names: {
    readonly sessionId: string | undefined;
    readonly phaseId: string | undefined;
    readonly clientId: string | undefined;
  };
  /** What the stack shows now, computed from the store at this moment. */
  model(): OtGoalStackViewModel;
  /** Runs an SDK command; a failure shows the error state and resolves undefined. */
  command<R>(run: (store: OtStore) => Promise<R>): Promise<R | undefined>;
  /** Dispatches an event on the element; false when cancelled. */
  emit(event: Event): boolean;
  announce(message: string): void;
  /** A goal was added or promoted: fires `ot-goal-change` with the new stack and announces it. */
  goalAdded(action: OtGoalChangeAction, goal: OtGoal): void;
  /** Puts a change on the stack's Undo. */
  undoable(step: UndoStep): void;
  /** The goals changed by a correction or its undo: fires `ot-goal-change` with the new stack. */
  goalsChanged(action: OtGoalChangeAction, goal: OtGoal): void;
  /** Focuses what `selector` finds once the element has updated. */
  focusAfterUpdate(selector: string): Promise<void>;
}
