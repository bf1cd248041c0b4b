/**
 * Fixed vocabularies of the domain, each an `as const` list with its union type. Elements, stories and
 * tests read these lists; labels for people live in the element message catalogs (English, Spanish).
 */

/** Levels of assistance, from most to least independent. */
export const OT_ASSISTANCE_LEVELS = [
  'independent',
  'supervision',
  'minimal',
  'moderate',
  'maximal',
  'dependent',
] as const;
/** A level of assistance. */
export type OtAssistanceLevel = (typeof OT_ASSISTANCE_LEVELS)[number];

/** Prompt types, from least to most intrusive. */
export const OT_PROMPT_TYPES = ['verbal', 'gestural', 'visual', 'model', 'physical'] as const;
/** A prompt type. */
export type OtPromptType = (typeof OT_PROMPT_TYPES)[number];

/** How a goal went in one session. */
export const OT_GOAL_SESSION_STATUSES = ['met', 'progressing', 'not-addressed'] as const;
/** How a goal went in one session. */
export type OtGoalSessionStatus = (typeof OT_GOAL_SESSION_STATUSES)[number];

/** Where a session or a piece of practice took place, for the per-setting split of progress. */
export const OT_SETTINGS = ['clinic', 'school', 'home', 'community', 'telehealth'] as const;
/** Where a session or a piece of practice took place. */
export type OtSetting = (typeof OT_SETTINGS)[number];

/** Life of a goal across sessions (a subset of FHIR Goal.lifecycleStatus). */
export const OT_GOAL_LIFECYCLES = ['active', 'on-hold', 'completed', 'cancelled'] as const;
/** Life of a goal across sessions. */
export type OtGoalLifecycle = (typeof OT_GOAL_LIFECYCLES)[number];

/** Goal Attainment Scaling levels: −2 much less than expected … +2 much more than expected. */
export const OT_GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
/** A Goal Attainment Scaling level. */
export type OtGasLevel = (typeof OT_GAS_LEVELS)[number];

/** States of a "To Get To" (parking-lot) note. */
export const OT_NOTE_STATUSES = ['open', 'addressed', 'carried-over', 'promoted'] as const;
/** The state of a parking-lot note. */
export type OtNoteStatus = (typeof OT_NOTE_STATUSES)[number];

/** Service delivery models of an IEP service, least to most restrictive. */
export const OT_SERVICE_DELIVERY_MODELS = ['consultation', 'push-in', 'small-group', 'individual'] as const;
/** A service delivery model. */
export type OtServiceDeliveryModel = (typeof OT_SERVICE_DELIVERY_MODELS)[number];

/** Periods that IEP minutes and home practice are counted over. */
export const OT_PERIODS = ['day', 'week', 'month'] as const;
/** A counting period. */
export type OtPeriod = (typeof OT_PERIODS)[number];

/** Outcome of one scheduled IEP session: provided, or why it was not. */
export const OT_SERVICE_LOG_STATUSES = [
  'provided',
  'student-absent',
  'provider-absent',
  'student-refused',
  'holiday',
  'other',
] as const;
/** Outcome of one scheduled IEP session. */
export type OtServiceLogStatus = (typeof OT_SERVICE_LOG_STATUSES)[number];

/** Periods an IEP service's minutes are mandated over: a week, a calendar month, or the IEP's whole date range. */
export const OT_SERVICE_PERIODS = ['week', 'month', 'iep'] as const;
/** A period an IEP service's minutes are mandated over. */
export type OtServicePeriod = (typeof OT_SERVICE_PERIODS)[number];

/** Roles of the provider who delivers an IEP service: registered OT (OTR) or OT assistant (COTA). */
export const OT_PROVIDER_ROLES = ['otr', 'cota'] as const;
/** A provider role. */
export type OtProviderRole = (typeof OT_PROVIDER_ROLES)[number];

/** Where in a school a service session took place. */
export const OT_SERVICE_SETTINGS = ['classroom', 'cafeteria', 'gym', 'playground', 'therapy-room', 'other'] as const;
/** Where in a school a service session took place. */
export type OtServiceSetting = (typeof OT_SERVICE_SETTINGS)[number];

/** Why a scheduled IEP session was not provided: every service-log status but `provided`. */
export const OT_SERVICE_MISS_REASONS = [
  'student-absent',
  'provider-absent',
  'student-refused',
  'holiday',
  'other',
] as const satisfies readonly Exclude<OtServiceLogStatus, 'provided'>[];
/** Why a scheduled IEP session was not provided. */
export type OtServiceMissReason = (typeof OT_SERVICE_MISS_REASONS)[number];

/** The default flow of a therapy session, in order. */
export const OT_SESSION_PHASE_IDS = ['check-in', 'warm-up', 'targeted', 'coaching', 'cool-down', 'home-plan'] as const;
/** A default session phase id. */
export type OtSessionPhaseId = (typeof OT_SESSION_PHASE_IDS)[number];

/** The default phases of a 60-minute session; shorter templates scale these minutes. */
export const OT_DEFAULT_SESSION_PHASES = [
  { id: 'check-in', minutes: 5 },
  { id: 'warm-up', minutes: 10 },
  { id: 'targeted', minutes: 20 },
  { id: 'coaching', minutes: 10 },
  { id: 'cool-down', minutes: 7 },
  { id: 'home-plan', minutes: 8 },
] as const satisfies readonly { id: OtSessionPhaseId; minutes: number }[];

/** Why a session was paused. */
export const OT_PAUSE_REASONS = ['interruption', 'emergency', 'break', 'other'] as const;
/** Why a session was paused. */
export type OtPauseReason = (typeof OT_PAUSE_REASONS)[number];

/** Why a session ended. */
export const OT_END_REASONS = ['completed', 'time-up', 'client-request', 'emergency', 'other'] as const;
/** Why a session ended. */
export type OtEndReason = (typeof OT_END_REASONS)[number];

/** Events of a session record (the session clock's input). */
export const OT_SESSION_EVENT_TYPES = ['start', 'pause', 'resume', 'next', 'back', 'skip', 'extend', 'end'] as const;
/** A session event type. */
export type OtSessionEventType = (typeof OT_SESSION_EVENT_TYPES)[number];

/** States of a visual-schedule step. */
export const OT_STEP_STATES = ['upcoming', 'now', 'done', 'skipped'] as const;
/** The state of a schedule step. */
export type OtStepState = (typeof OT_STEP_STATES)[number];

/** Ways a schedule is shown: a list of steps, or a first–then board. */
export const OT_SCHEDULE_KINDS = ['list', 'first-then'] as const;
/** A schedule kind. */
export type OtScheduleKind = (typeof OT_SCHEDULE_KINDS)[number];

/** How a choice was made on a choice board. */
export const OT_ACCESS_METHODS = ['pointer', 'keyboard', 'auto-scan', 'step-scan', 'dwell'] as const;
/** How a choice was made. */
export type OtAccessMethod = (typeof OT_ACCESS_METHODS)[number];
