/**
 * @otkit/sdk — the typed data layer of OT Kit. No DOM and no Lit: runs in browsers and in Node.
 * Named exports only.
 */
export {
  OT_ISSUE_CODES,
  OtError,
  OtNotFoundError,
  OtPersistenceError,
  OtValidationError,
  formatIssue,
  formatPath,
} from './errors.js';
export type { OtIssue, OtIssueCode } from './errors.js';
export { OtConflictError, OtVersionError } from './errors.js';

export {
  array,
  boolean,
  describe,
  literal,
  nullable,
  number,
  object,
  optional,
  parse,
  picklist,
  record,
  refine,
  safeParse,
  string,
  union,
  variant,
  withDefault,
} from './model/schema.js';
export type { Input, JsonSchema, ObjectSchema, Output, ParseResult, Schema, SchemaDef } from './model/schema.js';
export { toJsonSchema } from './model/json-schema.js';
export { OT_ID_PATTERN, createId } from './model/ids.js';
export {
  OT_ASSISTANCE_LEVELS,
  OT_PROMPT_TYPES,
  OT_GOAL_SESSION_STATUSES,
  OT_GOAL_LIFECYCLES,
  OT_GAS_LEVELS,
  OT_NOTE_STATUSES,
  OT_SERVICE_DELIVERY_MODELS,
  OT_PERIODS,
  OT_SERVICE_LOG_STATUSES,
  OT_SESSION_PHASE_IDS,
  OT_DEFAULT_SESSION_PHASES,
  OT_PAUSE_REASONS,
  OT_END_REASONS,
  OT_SESSION_EVENT_TYPES,
  OT_STEP_STATES,
  OT_SCHEDULE_KINDS,
  OT_ACCESS_METHODS,
} from './model/enums.js';
export type {
  OtAssistanceLevel,
  OtPromptType,
  OtGoalSessionStatus,
  OtGoalLifecycle,
  OtGasLevel,
  OtNoteStatus,
  OtServiceDeliveryModel,
  OtPeriod,
  OtServiceLogStatus,
  OtSessionPhaseId,
  OtPauseReason,
  OtEndReason,
  OtSessionEventType,
  OtStepState,
  OtScheduleKind,
  OtAccessMethod,
} from './model/enums.js';
export {
  audioUrlField,
  colorField,
  dateField,
  freeTextField,
  idField,
  imageRefSchema,
  imageUrlField,
  instantField,
  isCalendarDate,
  languageField,
  licenseSchema,
  linkUrlField,
  soundRefSchema,
  symbolIdField,
  textField,
  timeOfDayField,
} from './model/fields.js';
export type { OtImageRef, OtLicense, OtSoundRef } from './model/fields.js';
export {
  boardLinkSchema,
  choiceBoardSchema,
  choiceSchema,
  clientSchema,
  goalSchema,
  homeActivitySchema,
  homeProgramSchema,
  iepServiceSchema,
  incidentSchema,
  noteSchema,
  practiceLogSchema,
  progressEntrySchema,
  scheduleSchema,
  scheduleStepSchema,
  selectionSchema,
  serviceLogSchema,
  sessionEventSchema,
  sessionPhaseSchema,
  sessionPlanSchema,
  sessionRecordShapeSchema,
  stepChoiceSchema,
} from './model/entities.js';
export { sessionRecordSchema } from './flow/session-record.js';
export type {
  OtChoice,
  OtChoiceBoard,
  OtChoiceBoardInput,
  OtClient,
  OtClientInput,
  OtGoal,
  OtGoalInput,
  OtHomeProgram,
  OtIepService,
  OtIncident,
  OtNote,
  OtNoteInput,
  OtPracticeLogEntry,
  OtProgressEntry,
  OtSchedule,
  OtScheduleInput,
  OtScheduleStep,
  OtScheduleStepInput,
  OtSelection,
  OtServiceLogEntry,
  OtSessionEvent,
  OtSessionPhase,
  OtSessionPlan,
  OtSessionPlanInput,
  OtSessionRecord,
  OtSessionRecordInput,
} from './model/entities.js';
export { OT_COLLECTIONS, OT_COLLECTION_NAMES, collectionDef, isCollectionName } from './store/collections.js';
export { OT_COLLECTION_REFS } from './store/collection-refs.js';
export type { OtCollectionDef, OtCollectionName, OtRecord, OtRecordInput } from './store/collections.js';

export { createStore } from './store/store.js';
export type { OtStore, OtStoreOptions } from './store/store.js';
export { applyOps, emptyState, replay } from './store/replay.js';
export { countRecords, getRecord, hasRecord, listRecords } from './store/read.js';
export { getRevision } from './store/read.js';
export { OtTable } from './store/table.js';
export { stateOfRecords } from './store/records-state.js';
export type { OtRecordLists } from './store/records-state.js';
export type { OtChangeLogOptions } from './store/api.js';
export type { OtOverwrite } from './store/types.js';
export type {
  OtAddInput,
  OtChange,
  OtCollection,
  OtEquality,
  OtOp,
  OtPatch,
  OtState,
  OtStoreStatus,
  OtSubscribeOptions,
  OtTransaction,
  OtTxCollection,
  OtWriteOptions,
} from './store/types.js';

export type { OtAdapter, OtLoadResult } from './adapters/adapter.js';
export type {
  OtCommitContext,
  OtCommitResult,
  OtCompaction,
  OtQuarantined,
  OtRead,
  OtStoredRecord,
  OtUnreadable,
} from './adapters/adapter.js';
export { memoryAdapter } from './adapters/memory.js';
export type { OtMemoryAdapterOptions } from './adapters/memory.js';
export { OT_IDB_VERSION, indexedDbAdapter } from './adapters/indexeddb.js';
export type { OtIdbMigration, OtIndexedDbAdapterOptions } from './adapters/indexeddb.js';

export { createManualClock, systemClock } from './flow/clock.js';
export type { OtClock, OtManualClock } from './flow/clock.js';
export { applySessionEvent, checkSessionEvent, sessionFlow } from './flow/session.js';
export type {
  OtPhaseProgress,
  OtPhaseStatus,
  OtSessionApply,
  OtSessionCheck,
  OtSessionFlowOptions,
  OtSessionPause,
  OtSessionState,
  OtSessionStatus,
} from './flow/session.js';
export { OT_SESSION_TEMPLATES, checkPhases, sessionTemplate } from './flow/plan.js';
export type { OtSessionTemplate } from './flow/plan.js';
export { OT_SESSION_WORDS, phaseName, sessionSummary, sessionSummaryText } from './flow/summary.js';
export type { OtSessionSummary, OtSummaryLanguage } from './flow/summary.js';
export { activeSession, currentSessionPhase } from './flow/active-session.js';
export type { OtActiveSession, OtSessionPhaseRef } from './flow/active-session.js';
export { inSessionScope, sessionAt, sessionReview } from './measures/session-review.js';
export type {
  OtSessionAt,
  OtSessionAtOptions,
  OtSessionReview,
  OtSessionReviewData,
  OtSessionReviewOptions,
  OtSessionScope,
} from './measures/session-review.js';
export {
  addGoal,
  addNote,
  addressNote,
  carryOverNotes,
  moveNote,
  promoteNote,
  recordTrial,
  reorderGoals,
  setAssistance,
  setGoalStatus,
  setProgressNote,
  setPromptLevel,
  undoQuickData,
} from './commands/goals.js';
export type {
  OtAddGoalInput,
  OtAddNoteInput,
  OtCarryOverOptions,
  OtChoiceOptions,
  OtQuickDataField,
  OtQuickDataResult,
  OtQuickDataTarget,
  OtQuickDataUndo,
  OtReorderGoalsInput,
} from './commands/goals.js';
export { goalStackView, stackGoals } from './views/goal-stack.js';
export type {
  OtGoalStackPileNote,
  OtGoalStackOptions,
  OtGoalStackScope,
  OtGoalStackViewModel,
} from './views/goal-stack.js';

export {
  OT_DOCUMENT_FORMAT,
  OT_DOCUMENT_VERSION,
  exportDocument,
  importDocument,
  validateDocument,
} from './interop/document.js';
export type { OtDocument, OtImportOptions, OtImportSummary } from './interop/document.js';
export {
  OT_EMBED_MAX_FRAGMENT,
  OT_EMBED_MAX_JSON,
  OT_EMBED_VERSION,
  OT_FRAGMENT_PROBLEMS,
  OT_SCHEDULE_LAYOUTS,
  OT_SCHEDULE_SHOWS,
  OT_SCHEDULE_VIEWS,
  OtFragmentError,
  decodeScheduleFragment,
  encodeScheduleFragment,
} from './interop/embed-codec.js';
export type {
  OtEmbedChoiceInput,
  OtEmbedDisplay,
  OtEmbedImage,
  OtEmbedSchedule,
  OtEmbedScheduleInput,
  OtEmbedStepInput,
  OtFragmentProblem,
  OtScheduleLayout,
  OtScheduleShow,
  OtScheduleView,
} from './interop/embed-codec.js';

// Open Board Format import/export lives in its own entry, '@otkit/sdk/obf' (see ./obf.ts).

export {
  OT_MAX_DATA_URL_LENGTH,
  OT_MAX_URL_LENGTH,
  OT_RASTER_IMAGE_TYPES,
  checkAudioUrl,
  checkImageUrl,
  checkLinkUrl,
  checkPageUrl,
  safeImageUrl,
  safeLinkUrl,
} from './safety/url-policy.js';
export type { OtUrlCheck } from './safety/url-policy.js';

export * from './exports/progress.js'; // GAS, progress over time, CSV, the progress report (issue 12)
export type {
  OtProgressReport,
  OtProgressReportOptions,
  OtReportGoal,
  OtReportLanguage,
  OtReportNextStep,
  OtReportPractice,
} from './measures/progress-report.js';

export {
  chooseStepActivity,
  planScheduleReset,
  planStepChoice,
  planStepState,
  resetSchedule,
  setStepState,
} from './commands/schedule.js';
export type {
  OtScheduleCommandOptions,
  OtScheduleUpdate,
  OtStepChange,
  OtStepPlan,
  OtStepTarget,
} from './commands/schedule.js';
export { planSelection, select, shownChoices } from './commands/board.js';
export type {
  OtSelectInput,
  OtSelectOptions,
  OtSelectResult,
  OtSelectionPlan,
  OtSelectionRules,
} from './commands/board.js';
export { clockStep, minutesOfDay, scheduleView, stepCountdown, stepFace } from './views/schedule.js';
export type {
  OtScheduleSource,
  OtScheduleViewModel,
  OtScheduleViewOptions,
  OtStepCountdown,
  OtStepFace,
  OtStepStatus,
  OtStepView,
} from './views/schedule.js';
export { choiceBoardView, moveInGrid } from './views/choice-board.js';
export type {
  OtChoiceBoardViewModel,
  OtChoiceBoardViewOptions,
  OtChoiceCell,
  OtGridMove,
} from './views/choice-board.js';

export {
  addSessionEvent,
  createSessionEvent,
  endSession,
  extendPhase,
  nextPhase,
  pauseSession,
  previousPhase,
  recordIncident,
  resumeSession,
  skipPhase,
  startSession,
} from './commands/session.js';
export type {
  OtRecordIncidentInput,
  OtSessionAction,
  OtSessionCommandInput,
  OtSessionLog,
  OtStartSessionInput,
} from './commands/session.js';

export { formatTimerTime, sessionTimerCue, sessionTimerView } from './views/session-timer.js';
export { OT_TIMER_FACES, timerFaceMinutes } from './views/session-timer.js';
export type {
  OtSessionTimerView,
  OtSessionTimerViewOptions,
  OtTimerCue,
  OtTimerIncident,
  OtTimerTimeCue,
} from './views/session-timer.js';

// Domains added in wave 2, each in its own barrel.
export * from './exports/service-minutes.js'; // Service minutes (issue 11)
export * from './exports/progress-chart.js'; // Progress chart (issue 12)
export * from './exports/home-program.js'; // Home program (issue 13)
export * from './exports/session-end.js'; // Session end, corrections, drafts (issue 16)
export * from './exports/board-sets.js'; // Board sets (issue 14)
export * from './exports/sync.js'; // Sync (issue 10)
export * from './exports/own-media.js'; // Own pictures and sounds (issue 16)
