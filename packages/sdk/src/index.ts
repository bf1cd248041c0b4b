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
export type { OtCollectionDef, OtCollectionName, OtRecord, OtRecordInput } from './store/collections.js';

export { createStore } from './store/store.js';
export type { OtStore, OtStoreOptions } from './store/store.js';
export { applyOps, emptyState, replay } from './store/replay.js';
export { countRecords, getRecord, hasRecord, listRecords } from './store/read.js';
export { getRevision } from './store/read.js';
export { OtTable } from './store/table.js';
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

// Goal Attainment Scaling
export { OT_GAS_DEFAULT_RHO, OtGasEmptyError, gasTScore, gasWeight } from './measures/gas.js';
export type { OtGasOptions, OtGasResult, OtGasScore } from './measures/gas.js';

// Progress over time
export { OT_SETTINGS } from './model/enums.js';
export type { OtSetting } from './model/enums.js';
export {
  OT_TREND_DEAD_BAND,
  OT_TREND_DEFAULT_SESSIONS,
  OT_TREND_MIN_POINTS,
  goalProgress,
  percentCorrect,
  progressBySetting,
  progressPoint,
  progressFromEntries,
  progressTrend,
} from './measures/progress.js';
export type {
  OtGoalProgress,
  OtProgressMeasure,
  OtProgressPoint,
  OtProgressRange,
  OtProgressTrend,
  OtSettingProgress,
  OtTrendDirection,
} from './measures/progress.js';

// CSV
export { csvCell, progressCsv, toCsv } from './interop/csv.js';
export type { OtCsvColumn, OtProgressCsvOptions } from './interop/csv.js';

// Progress report
export { progressReport } from './measures/progress-report.js';
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

// Service minutes (issue 11)
export { OT_PROVIDER_ROLES, OT_SERVICE_MISS_REASONS, OT_SERVICE_PERIODS, OT_SERVICE_SETTINGS } from './model/enums.js';
export type { OtProviderRole, OtServiceMissReason, OtServicePeriod, OtServiceSetting } from './model/enums.js';
export {
  OT_SCHOOL_WEEKDAYS,
  addDays,
  countSchoolDays,
  localDateOf,
  monthOf,
  weekOf,
  weekdayOf,
} from './measures/service-dates.js';
export type { OtDateRange, OtTimeZone } from './measures/service-dates.js';
export {
  creditedDate,
  mandatePerPeriod,
  mandatedMinutes,
  serviceFigures,
  servicePeriodOf,
  servicePeriods,
} from './measures/service-minutes.js';
export type {
  OtMinutesByReason,
  OtServiceFigures,
  OtServiceMinutesOptions,
  OtServiceMinutesSource,
  OtServicePace,
  OtServicePaceStatus,
} from './measures/service-minutes.js';
export { caseloadMinutes, minutesByModel, serviceMinutesSource } from './measures/service-caseload.js';
export type {
  OtCaseloadFilter,
  OtCaseloadRow,
  OtCaseloadService,
  OtModelMinutes,
} from './measures/service-caseload.js';
export {
  editServiceEntry,
  logMissedSession,
  logServiceSession,
  markMakeUp,
  voidServiceEntry,
} from './commands/service-minutes.js';
export type {
  OtLogMissedInput,
  OtLogServiceInput,
  OtServiceCommandOptions,
  OtServiceEntryChanges,
  OtServiceWhen,
} from './commands/service-minutes.js';
export { serviceLogCsv, serviceMinutesReport } from './interop/service-minutes-csv.js';
export type {
  OtReportFigures,
  OtServiceLogCsvOptions,
  OtServiceMinutesReport,
  OtServiceReportItem,
} from './interop/service-minutes-csv.js';
// Progress chart (issue 12)
export { columnCentres, linearScale, linePath, roundCoordinate, stepPath } from './views/chart-geometry.js';
export type { OtPathPoint } from './views/chart-geometry.js';
export { OT_PROGRESS_PANELS, nextPointIndex, progressChartView } from './views/progress-chart.js';
export type {
  OtChartPoint,
  OtGasBand,
  OtProgressChartView,
  OtProgressChartViewOptions,
  OtProgressPanel,
  OtProgressPanelName,
} from './views/progress-chart.js';
export { clientProgress, progressOverview } from './views/progress-overview.js';
export type {
  OtProgressOverview,
  OtProgressOverviewOptions,
  OtProgressOverviewRow,
} from './views/progress-overview.js';
// Home program (issue 13)
export { OT_HOME_PERIODS, OT_PRACTICE_RATINGS } from './model/home-programs.js';
export type { OtHomeActivity, OtHomePeriod, OtPracticeRating } from './model/home-programs.js';
export { OT_HOME_LIBRARY, OT_HOME_LIBRARY_LANGUAGES, homeLibraryEntry } from './model/home-library.js';
export type { OtHomeLibraryEntry, OtHomeLibraryLanguage, OtHomeLibraryWords } from './model/home-library.js';
export {
  OT_HOME_MAX_DATA_IMAGE,
  OT_PRACTICE_NOTE_MAX,
  changeHomeActivity,
  createHomeProgram,
  localDate,
  logPractice,
  notePractice,
  planHomeActivityChange,
  planHomeProgram,
  planPracticeLog,
  unlogPractice,
} from './commands/home-program.js';
export type {
  OtHomeActivityChanges,
  OtHomeActivityDraft,
  OtHomeCommandOptions,
  OtHomeProgramInput,
  OtPracticeInput,
} from './commands/home-program.js';
export { homePracticeSummary, practiceAdherence, practiceWeekStrip } from './measures/home-practice.js';
export type {
  OtActivityPractice,
  OtActivityWeek,
  OtHomePracticeSummary,
  OtPracticeDay,
  OtPracticeWeek,
} from './measures/home-practice.js';
export {
  OT_HOME_LINK_VERSION,
  OT_HOME_MAX_FRAGMENT,
  decodeHomeProgramFragment,
  encodeHomeProgramFragment,
  homeProgramFingerprint,
} from './interop/home-codec.js';
export type { OtHomeLink } from './interop/home-codec.js';
export {
  OT_PRACTICE_CODE_VERSION,
  OT_PRACTICE_FILE_FORMAT,
  OT_PRACTICE_MAX_ENTRIES,
  decodePracticeLog,
  encodePracticeLog,
  importPracticeLog,
  practiceLogFile,
} from './interop/practice-log-codec.js';
export type { OtReturnedLog, OtReturnedPractice } from './interop/practice-log-codec.js';
// Session end, corrections, drafts (issue 16)
export { sessionNote, sessionNoteGoalLine, sessionNoteText, trialPercent } from './measures/session-note.js';
export type {
  OtSessionNote,
  OtSessionNoteGoal,
  OtSessionNoteLanguage,
  OtSessionNoteOptions,
} from './measures/session-note.js';
export { OT_SESSION_PHASE_SYMBOLS, sessionScheduleSteps } from './views/session-schedule.js';
export { goalStackSessionNote } from './views/goal-stack.js';
export type { OtSessionScheduleOptions } from './views/session-schedule.js';
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
} from './commands/goals.js';
export type { OtArchivedLifecycle, OtDeletedGoal } from './commands/goals.js';
export { OT_DRAFT_MAX, draftKey, draftsFor, indexedDbDrafts, memoryDrafts } from './drafts/drafts.js';
export type { OtDrafts } from './drafts/drafts.js';
// Board sets (issue 14)
export { listBoardSet, putBoardSet, setOpenPath } from './commands/board.js';
export type { OtBoardSetInput } from './commands/board.js';
// Sync (issue 10)
export { OT_SYNC_PULL_COMMAND, httpSync } from './sync/http-sync.js';
export { OT_SYNC_ERROR_CODES, OtSyncError } from './sync/errors.js';
export type { OtSyncErrorCode } from './sync/errors.js';
export { indexedDbSyncJournal, memorySyncJournal } from './sync/journal.js';
export type { OtJournalData, OtJournalEntry, OtSyncJournal } from './sync/journal.js';
export { OT_SYNC_STATES } from './sync/types.js';
export type {
  OtHttpSyncOptions,
  OtSync,
  OtSyncConnector,
  OtSyncLocks,
  OtSyncOverwritten,
  OtSyncRejection,
  OtSyncState,
  OtSyncStatus,
  OtSyncTarget,
} from './sync/types.js';
