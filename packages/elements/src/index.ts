/**
 * @otkit/elements — the element classes, controllers, context, events and helpers. Importing this module
 * registers nothing; import `@otkit/elements/define.js` (all elements) or `@otkit/elements/ot-<name>.js`.
 */
export { OtElement, toOtError } from './internal/ot-element.js';
export { defineElement } from './internal/define-element.js';
export { otStoreContext } from './context/store-context.js';
export { StoreController } from './controllers/store-controller.js';
export type { OtSeed, OtSeedOptions, StoreControllerOptions } from './controllers/store-controller.js';
export { ToneController } from './controllers/tone-controller.js';
export type { OtTone, ToneControllerOptions } from './controllers/tone-controller.js';
export { check } from './internal/checked-properties.js';
export type { OtCheck, OtCheckedProperties } from './internal/checked-properties.js';
export { holdUpdateComplete } from './internal/update-holds.js';
export { LocaleController } from './controllers/locale-controller.js';
export { AnnounceController } from './controllers/announce-controller.js';
export { ClockController } from './controllers/clock-controller.js';
export type { ClockControllerOptions } from './controllers/clock-controller.js';
export { OT_LANGUAGES, defineMessages, supportedLanguage, translate } from './i18n/messages.js';
export type { OtCatalog, OtLanguage, OtMessage, OtMessageParams, OtTranslate } from './i18n/messages.js';
export { commonMessages } from './i18n/common.messages.js';
export { OtDetailEvent } from './events/ot-detail-event.js';
export { OtErrorEvent } from './events/ot-error.js';
export type { OtErrorDetail } from './events/ot-error.js';
export { baseStyles, controlStyles } from './styles/base.styles.js';
export { OT_TOKEN_DEFAULTS } from './styles/token-defaults.js';
export type { OtTokenName } from './styles/token-defaults.js';
export { OT_PROVIDER_STORAGES, OT_THEMES, OtProvider } from './provider/provider.js';
export type { OtProviderStorage, OtTheme } from './provider/provider.js';
export { SpeechController, pickVoice } from './controllers/speech-controller.js';
export type { OtSpeakOptions, OtSpeechSynthesis } from './controllers/speech-controller.js';
export { renderImage } from './internal/image.js';
export { moveDownIcon, moveUpIcon } from './internal/icons.js';
export { SoundRecorder, ownPictureFrom, ownSoundFrom, playSound, type RecorderState } from './internal/own-media.js';
export { OT_SYMBOLS, OT_SYMBOL_LICENSE, symbolIds, symbolTemplate } from './symbols/symbols.js';
export type { OtSymbol } from './symbols/symbols.js';
export { OtSessionTimer } from './session-timer/session-timer.js';
export { OT_TIMER_APPEARANCES } from './session-timer/session-timer.types.js';
export type { OtTimerAppearance } from './session-timer/session-timer.types.js';
export { OT_TIMER_OVERTIMES } from './session-timer/session-timer.types.js';
export type { OtTimerOvertime } from './session-timer/session-timer.types.js';
export {
  OtIncidentEvent,
  OtPhaseChangeEvent,
  OtSessionChangeEvent,
  OtSessionEndEvent,
  OtSessionEventBase,
  OtSessionExtendEvent,
  OtSessionPauseEvent,
  OtSessionResumeEvent,
  OtSessionStartEvent,
} from './events/ot-session.js';
export type {
  OtIncidentDetail,
  OtPhaseChangeDetail,
  OtSessionChangeDetail,
  OtSessionEventDetail,
} from './events/ot-session.js';
export { OT_GOAL_STACK_VIEWS, OtGoalStack } from './goal-stack/goal-stack.js';
export type {
  OtGoalStackGoal,
  OtGoalStackNote,
  OtGoalStackProgress,
  OtGoalStackView,
} from './goal-stack/goal-stack.js';
export { goalStackMessages } from './goal-stack/goal-stack.messages.js';
export { OtGoalStackReview } from './goal-stack/goal-stack-review.js';
export { OtNoteAddEvent } from './events/ot-note-add.js';
export type { OtNoteAddDetail } from './events/ot-note-add.js';
export { OtNoteChangeEvent } from './events/ot-note-change.js';
export type { OtNoteChangeAction, OtNoteChangeDetail } from './events/ot-note-change.js';
export { OtGoalChangeEvent } from './events/ot-goal-change.js';
export type { OtGoalChangeAction, OtGoalChangeDetail } from './events/ot-goal-change.js';
export { OtReorderEvent } from './events/ot-reorder.js';
export type { OtReorderDetail } from './events/ot-reorder.js';
export { OtProgressChangeEvent } from './events/ot-progress-change.js';
export type { OtProgressChangeDetail } from './events/ot-progress-change.js';
export { OtCurrentChangeEvent } from './events/ot-current-change.js';
export type { OtCurrentChangeDetail } from './events/ot-current-change.js';
export { OtVisualSchedule } from './visual-schedule/visual-schedule.js';
export { OtStepChangeEvent } from './events/ot-step-change.js';
export type { OtStepChangeDetail } from './events/ot-step-change.js';
export { OtStepCheckEvent } from './events/ot-step-check.js';
export type { OtStepCheckDetail } from './events/ot-step-check.js';
export { OtStepChooseEvent } from './events/ot-step-choose.js';
export type { OtStepChooseDetail } from './events/ot-step-choose.js';
export { OtChoiceBoard } from './choice-board/choice-board.js';
export type { OtChoiceBoardData } from './choice-board/choice-board.js';
export {
  DwellController,
  OT_SCAN_MODES,
  OT_SCAN_PATTERNS,
  ScanController,
  systemScheduler,
} from './controllers/scan-controller.js';
export type {
  DwellConfig,
  OtScanMode,
  OtScanOptions,
  OtScanPattern,
  OtScheduler,
  ScanConfig,
} from './controllers/scan-controller.js';
export { OtSelectEvent } from './events/ot-select.js';
export type { OtSelectDetail } from './events/ot-select.js';
export { OtSelectionChangeEvent } from './events/ot-selection-change.js';
export type { OtSelectionChangeDetail } from './events/ot-selection-change.js';
export { OtBoardChangeEvent } from './events/ot-board-change.js';
export type { OtBoardChangeDetail } from './events/ot-board-change.js';
export { choiceBoardMessages } from './i18n/choice-board.messages.js';
export { OtServiceMinutes } from './service-minutes/service-minutes.js';
export type { OtServiceStudent } from './service-minutes/service-minutes.js';
export { OtServiceLogEvent } from './events/ot-service-log.js';
export type { OtServiceLogAction, OtServiceLogDetail } from './events/ot-service-log.js';
export { OtServiceLogChangeEvent } from './events/ot-service-log-change.js';
export type { OtServiceLogChangeDetail } from './events/ot-service-log-change.js';
export { serviceMinutesMessages } from './service-minutes/service-minutes.messages.js';
export { OT_PROGRESS_CHART_VIEWS, OtProgressChart } from './progress-chart/progress-chart.js';
export type { OtProgressChartViewName } from './progress-chart/progress-chart.js';
export { progressChartMessages } from './progress-chart/progress-chart.messages.js';
export { OtViewChangeEvent } from './events/ot-view-change.js';
export type { OtViewChangeDetail } from './events/ot-view-change.js';
export { OT_HOME_PROGRAM_VIEWS, OtHomeProgram } from './home-program/home-program.js';
export type { OtHomeProgramView } from './home-program/home-program.js';
export {
  OtHomePlanOpenEvent,
  OtPracticeChangeEvent,
  OtPracticeLogEvent,
  OtProgramChangeEvent,
} from './events/ot-home-program.js';
export type {
  OtHomePlanOpenDetail,
  OtPracticeAction,
  OtPracticeChangeDetail,
  OtPracticeLogDetail,
  OtProgramAction,
  OtProgramChangeDetail,
} from './events/ot-home-program.js';
export { homeProgramMessages } from './home-program/home-program.messages.js';
export { OtSyncIndicator } from './sync-indicator/sync-indicator.js';
export { syncIndicatorMessages } from './sync-indicator/sync-indicator.messages.js';
export { OtSyncStatusEvent } from './events/ot-sync-status.js';
export type { OtSyncStatusDetail } from './events/ot-sync-status.js';
