import type { OtGoal } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/**
 * What happened to the goals: one added, a note promoted to a goal, the stack reordered; or a correction: a
 * goal renamed, archived, deleted, or brought back (an undo of an archive, a deletion or a promotion).
 */
export type OtGoalChangeAction = 'add' | 'promote' | 'reorder' | 'rename' | 'archive' | 'delete' | 'restore';

/** Detail of {@link OtGoalChangeEvent}. */
export interface OtGoalChangeDetail {
  readonly action: OtGoalChangeAction;
  /** The goal added, moved or corrected (as it was, for `delete`). */
  readonly goal: OtGoal;
  /** Every goal of the stack after the change, in order (a standalone host can keep this array). */
  readonly goals: readonly OtGoal[];
}

/** Fired after the person added a goal, promoted a note to a goal or reordered the stack (and it was stored). */
export class OtGoalChangeEvent extends OtDetailEvent<OtGoalChangeDetail> {
  constructor(detail: OtGoalChangeDetail) {
    super('ot-goal-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-goal-change': OtGoalChangeEvent;
  }
}
