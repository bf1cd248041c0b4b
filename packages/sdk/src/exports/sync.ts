/** The `@otkit/sdk` exports of one domain: Sync (issue 10). Re-exported whole by ../index.ts. */
export { OT_SYNC_PULL_COMMAND, httpSync } from '../sync/connector.js';
export { OT_SYNC_ERROR_CODES, OtSyncError } from '../sync/errors.js';
export { readCappedBytes } from '../sync/capped-body.js';
export type { OtSyncErrorCode } from '../sync/errors.js';
export { indexedDbSyncJournal, memorySyncJournal } from '../sync/journal.js';
export type { OtJournalData, OtJournalEntry, OtSyncJournal } from '../sync/journal.js';
export { OT_SYNC_STATES } from '../sync/types.js';
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
} from '../sync/types.js';
