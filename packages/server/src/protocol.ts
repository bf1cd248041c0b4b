/**
 * The sync protocol's bodies, as TypeScript types. docs/sync-protocol.md describes them for people and
 * `schemas.ts` as JSON Schema for servers written in other languages; a test keeps the three in step.
 */
import type { OtCollectionName, OtIssue } from '@otkit/sdk';

/** The protocol version this package speaks; `GET …/status` reports it. */
export const OT_SYNC_PROTOCOL_VERSION = 1;

/** Caps on what one request may carry. */
export interface OtSyncLimits {
  /** Changes in one push. */
  readonly maxChangesPerPush: number;
  /** Operations in one change. */
  readonly maxOpsPerChange: number;
  /** Bytes of one request body (UTF-8 JSON). */
  readonly maxBodyBytes: number;
  /** Changes in one pull answer (a pull may ask for fewer). */
  readonly maxPullLimit: number;
}

/** The caps a handler uses unless its options say otherwise. */
export const OT_SYNC_DEFAULT_LIMITS: OtSyncLimits = Object.freeze({
  maxChangesPerPush: 500,
  maxOpsPerChange: 1000,
  maxBodyBytes: 4 * 1024 * 1024,
  maxPullLimit: 1000,
});

/** Writes a record whole. `fields` names the top-level fields the writer changed (absent: all of them). */
export interface OtSyncPutOp {
  readonly type: 'put';
  readonly collection: OtCollectionName;
  readonly id: string;
  readonly value: { readonly id: string; readonly [field: string]: unknown };
  readonly fields?: readonly string[];
}

/** Removes a record. */
export interface OtSyncDeleteOp {
  readonly type: 'delete';
  readonly collection: OtCollectionName;
  readonly id: string;
}

/** One operation of a change. */
export type OtSyncOp = OtSyncPutOp | OtSyncDeleteOp;

/** One change as it travels: an entry of the SDK's change log, whose `id` is the idempotency key. */
export interface OtSyncChange {
  readonly id: string;
  /** When the writer made it (ms since the epoch): the time "the later write wins" compares. */
  readonly at: number;
  readonly actor: string;
  readonly command: string;
  readonly ops: readonly OtSyncOp[];
}

/** `POST …/push` body. */
export interface OtPushRequest {
  readonly changes: readonly unknown[];
}

/** A value that a merge did not keep: the loser of "the later write wins", kept for the record. */
export interface OtOverwritten {
  readonly collection: OtCollectionName;
  readonly id: string;
  /** The top-level field; absent when the whole record lost (a write older than a removal, or the reverse). */
  readonly field?: string;
  /** The value that lost; absent when the field was absent (or, for a whole record, when it was removed). */
  readonly value?: unknown;
  /** The change that wrote the value that lost. */
  readonly change: string;
}

/** The revision a record has after a change. */
export interface OtRevision {
  readonly collection: OtCollectionName;
  readonly id: string;
  /** Counts the writes the server applied to the record, from 1. */
  readonly revision: number;
  /** True when the record is removed. */
  readonly deleted?: true;
}

/** Why a change was refused. */
export type OtRejectionCode = 'validation' | 'reference' | 'forbidden' | 'conflict';

/** A refused change's reason. */
export interface OtRejection {
  readonly code: OtRejectionCode;
  readonly message: string;
  /** Paths from the change, e.g. `['ops', 0, 'value', 'description']`. */
  readonly issues: readonly OtIssue[];
}

/** The acknowledgement of one pushed change; `results[i]` answers `changes[i]`. */
export type OtPushResult =
  | {
      readonly id: string;
      readonly status: 'applied';
      /** The change's place in the tenant's log (a pull `since` it no longer returns it). */
      readonly cursor: string;
      readonly revisions: readonly OtRevision[];
      readonly overwritten: readonly OtOverwritten[];
    }
  | {
      /** Null when the change had no usable id. */
      readonly id: string | null;
      readonly status: 'rejected';
      readonly error: OtRejection;
    };

/** `POST …/push` answer. */
export interface OtPushResponse {
  readonly results: readonly OtPushResult[];
  /** The tenant's latest cursor after this push (null while its log is empty). */
  readonly cursor: string | null;
}

/** `POST …/pull` body. */
export interface OtPullRequest {
  /** The cursor of the last change already held; absent or null: from the start. */
  readonly since?: string | null;
  /** At most this many changes (default and cap: `maxPullLimit`). */
  readonly limit?: number;
}

/** One change of a pull: as the server applied it (merged values, ops it dropped left out). */
export interface OtPulledChange {
  readonly cursor: string;
  readonly change: OtSyncChange;
  readonly overwritten: readonly OtOverwritten[];
}

/** `POST …/pull` answer. */
export interface OtPullResponse {
  readonly changes: readonly OtPulledChange[];
  /** Pass it as `since` next time (the last change's cursor, or `since` when there were none). */
  readonly cursor: string | null;
  /** True when more changes are waiting: pull again at once. */
  readonly more: boolean;
}

/** `GET …/status` answer. */
export interface OtStatusResponse {
  readonly protocol: number;
  readonly tenant: string;
  /** The tenant's latest cursor (null when it has no changes yet). */
  readonly cursor: string | null;
  readonly limits: OtSyncLimits;
  /** The server's clock (ms since the epoch), so a client can see a skewed clock of its own. */
  readonly time: number;
}

/** The error codes of a refused request. */
export type OtSyncErrorCode =
  | 'malformed'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'too-large'
  | 'unavailable'
  | 'internal';

/** The body of every error answer (4xx, 5xx). */
export interface OtSyncErrorResponse {
  readonly error: {
    readonly code: OtSyncErrorCode;
    readonly message: string;
    readonly issues?: readonly OtIssue[];
  };
}

/** Cursors are opaque to clients; this server writes `v1.<sequence number>`. */
export function formatCursor(seq: number): string | null {
  return seq > 0 ? `v1.${seq}` : null;
}

/** The sequence number of a cursor this server wrote, or undefined when it is not one. */
export function parseCursor(cursor: string): number | undefined {
  const match = /^v1\.([1-9][0-9]{0,14})$/.exec(cursor);
  return match ? Number(match[1]) : undefined;
}
