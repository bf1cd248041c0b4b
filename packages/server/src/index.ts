/**
 * @otkit/server — the server half of the OT Kit sync protocol (docs/sync-protocol.md): a web-standard
 * Request → Response handler that validates every change with @otkit/sdk's schemas, applies the store's merge
 * rules, keeps each tenant's records apart, and stores them in PostgreSQL (embedded PGlite or a server).
 * Named exports only.
 */
export { createSyncHandler } from './handler.js';
export type { OtAuthorizeResult, OtSyncAccess, OtSyncHandlerOptions, OtSyncRefusal } from './handler.js';
export { toNodeListener } from './node.js';
export type { OtNodeListenerOptions } from './node.js';
export { createSyncStorage, openSyncStorage } from './storage.js';
export type { OtSyncStorage, OtSyncStorageOptions } from './storage.js';
export { pgliteDatabase } from './sql/pglite.js';
export type { OtPgliteOptions } from './sql/pglite.js';
export { postgresDatabase } from './sql/postgres.js';
export type { OtPostgresOptions } from './sql/postgres.js';
export type { OtSqlDatabase, OtSqlQueryable } from './sql/database.js';
export { OT_SYNC_MIGRATIONS, migrate } from './sql/migrations.js';
export type { OtMigration } from './sql/migrations.js';
export { checkChange } from './validate.js';
export type { OtCheckedChange } from './validate.js';
export { canonicalJson, compareStamps, mergeDelete, mergePut, unionEvents } from './merge.js';
export type { OtMergeOutcome, OtStamp, OtStamps, OtStoredRecord } from './merge.js';
export { OT_SYNC_JSON_SCHEMA } from './schemas.js';
export { OT_SYNC_DEFAULT_LIMITS, OT_SYNC_PROTOCOL_VERSION } from './protocol.js';
export type {
  OtOverwritten,
  OtPullRequest,
  OtPullResponse,
  OtPulledChange,
  OtPushRequest,
  OtPushResponse,
  OtPushResult,
  OtRejection,
  OtRejectionCode,
  OtRevision,
  OtStatusResponse,
  OtSyncChange,
  OtSyncDeleteOp,
  OtSyncErrorCode,
  OtSyncErrorResponse,
  OtSyncLimits,
  OtSyncOp,
  OtSyncPutOp,
} from './protocol.js';
