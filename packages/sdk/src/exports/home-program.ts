/** The `@otkit/sdk` exports of one domain: Home program (issue 13). Re-exported whole by ../index.ts. */
export { OT_HOME_PERIODS, OT_PRACTICE_RATINGS } from '../model/home-programs.js';
export type { OtHomeActivity, OtHomePeriod, OtPracticeRating } from '../model/home-programs.js';
export { OT_HOME_LIBRARY, OT_HOME_LIBRARY_LANGUAGES, homeLibraryEntry } from '../model/home-library.js';
export type { OtHomeLibraryEntry, OtHomeLibraryLanguage, OtHomeLibraryWords } from '../model/home-library.js';
export {
  OT_HOME_MAX_DATA_IMAGE,
  OT_PRACTICE_NOTE_MAX,
  createHomeProgram,
  logPractice,
  notePractice,
  planHomeProgram,
  planPracticeLog,
  unlogPractice,
} from '../commands/home-program.js';
export type {
  OtHomeActivityDraft,
  OtHomeCommandOptions,
  OtHomeProgramInput,
  OtPracticeInput,
} from '../commands/home-program.js';
export {
  addHomeActivity,
  changeHomeActivity,
  nextHomeActivityId,
  planHomeActivityAdd,
  planHomeActivityChange,
  planHomeActivityRemove,
  removeHomeActivity,
} from '../commands/home-activities.js';
export type { OtHomeActivityChanges } from '../commands/home-activities.js';
export { homePracticeLines, homePracticeSinceLastSession } from '../measures/home-practice-report.js';
export type {
  OtHomePracticeLanguage,
  OtHomePracticeReport,
  OtHomePracticeSinceOptions,
} from '../measures/home-practice-report.js';
export { homePracticeSummary, practiceAdherence, practiceWeekStrip } from '../measures/home-practice.js';
export type {
  OtActivityPractice,
  OtActivityWeek,
  OtHomePracticeSummary,
  OtPracticeDay,
  OtPracticeWeek,
} from '../measures/home-practice.js';
export {
  OT_HOME_LINK_VERSION,
  OT_HOME_MAX_FRAGMENT,
  decodeHomeProgramFragment,
  encodeHomeProgramFragment,
  homeProgramFingerprint,
} from '../interop/home-codec.js';
export type { OtHomeLink } from '../interop/home-codec.js';
export {
  OT_PRACTICE_CODE_VERSION,
  OT_PRACTICE_FILE_FORMAT,
  OT_PRACTICE_MAX_ENTRIES,
  decodePracticeLog,
  encodePracticeLog,
  importPracticeLog,
  practiceLogFile,
} from '../interop/practice-log-codec.js';
export type { OtReturnedLog, OtReturnedPractice } from '../interop/practice-log-codec.js';
export { localDate } from '../measures/service-dates.js';
