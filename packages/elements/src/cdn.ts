/**
 * Entry of the single-file CDN bundle (dist/cdn/otkit.min.js): registers every element and exports the
 * element classes, controllers and events, plus the SDK functions a plain page needs to run the elements
 * (stores, adapters, clocks, errors, the URL policy, backups). The whole SDK, with the interop modules
 * (embed-URL codec, Open Board Format), is its own file: dist/cdn/otkit-sdk.min.js.
 */
import './define.js';

export * from './index.js';
export {
  OT_ACCESS_METHODS,
  OT_ASSISTANCE_LEVELS,
  OT_DEFAULT_SESSION_PHASES,
  OT_END_REASONS,
  OT_GOAL_SESSION_STATUSES,
  OT_PAUSE_REASONS,
  OT_PROMPT_TYPES,
  OT_SCHEDULE_KINDS,
  OT_SESSION_PHASE_IDS,
  OT_STEP_STATES,
  OtError,
  OtNotFoundError,
  OtPersistenceError,
  OtValidationError,
  checkImageUrl,
  checkLinkUrl,
  createId,
  createManualClock,
  createStore,
  exportDocument,
  formatIssue,
  formatPath,
  importDocument,
  indexedDbAdapter,
  memoryAdapter,
  sessionTemplate,
  systemClock,
  validateDocument,
} from '@otkit/sdk';
