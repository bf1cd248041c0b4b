/** The `@otkit/sdk` exports of one domain: Session end, corrections, drafts (issue 16). Re-exported whole by ../index.ts. */
export { sessionNote, sessionNoteGoalLine, sessionNoteText, trialPercent } from '../measures/session-note.js';
export type {
  OtSessionNote,
  OtSessionNoteGoal,
  OtSessionNoteLanguage,
  OtSessionNoteOptions,
} from '../measures/session-note.js';
export { OT_SESSION_PHASE_SYMBOLS, sessionScheduleSteps } from '../views/session-schedule.js';
export { goalStackSessionNote } from '../views/goal-stack.js';
export type { OtSessionScheduleOptions } from '../views/session-schedule.js';
export {
  archiveGoal,
  deleteGoal,
  deleteNote,
  editNote,
  renameGoal,
  restoreDeletedGoal,
  restoreGoal,
  restoreNote,
  undoPromotion,
} from '../commands/goals.js';
export type { OtArchivedLifecycle, OtDeletedGoal } from '../commands/goals.js';
export { OT_DRAFT_MAX, draftKey, draftsFor, indexedDbDrafts, memoryDrafts } from '../drafts/drafts.js';
export type { OtDrafts } from '../drafts/drafts.js';
