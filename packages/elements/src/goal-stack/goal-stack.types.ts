import type { OtGoalInput, OtNoteInput, OtRecordInput } from '@otkit/sdk';

/** The views of `<ot-goal-stack>`: the therapist's (edit and data), the client's (read-only), the end-of-session review. */
export const OT_GOAL_STACK_VIEWS = ['therapist', 'client', 'review'] as const;
/** A view of `<ot-goal-stack>`. */
export type OtGoalStackView = (typeof OT_GOAL_STACK_VIEWS)[number];

/** A goal as a page hands it to the `goals` property: `order` (default: its position) and `createdAt` (default: now) may be left out. */
export type OtGoalStackGoal = Omit<OtGoalInput, 'order' | 'createdAt'> &
  Partial<Pick<OtGoalInput, 'order' | 'createdAt'>>;
/** A note as a page hands it to the `notes` property: `goalId` (default: none) and `createdAt` may be left out. */
export type OtGoalStackNote = Omit<OtNoteInput, 'goalId' | 'createdAt'> &
  Partial<Pick<OtNoteInput, 'goalId' | 'createdAt'>>;
/** A progress entry as a page hands it to the `progress` property: `at` (default: now) may be left out. */
export type OtGoalStackProgress = Omit<OtRecordInput<'progressEntries'>, 'at'> & { at?: number };
