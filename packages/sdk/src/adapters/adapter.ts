import type { OtIssue } from '../errors.js';
import type { OtCollectionName } from '../store/collections.js';
import type { OtChange } from '../store/types.js';

/**
 * A stored value that failed its checks when the store loaded it: kept in storage untouched, reported, and
 * recoverable (see `store.quarantine`).
 */
export interface OtUnreadable {
  readonly collection: string;
  /** The key it is stored under. */
  readonly key: string;
  /** The stored value as it is. */
  readonly value: unknown;
}

/** What an adapter hands the store when it opens: the stored records of each collection, unchecked. */
export interface OtLoadResult {
  readonly records: { readonly [C in OtCollectionName]?: readonly unknown[] };
  /** The stored revision of each record, by collection then id; a record not listed is at revision 1. */
  readonly revisions?: { readonly [C in OtCollectionName]?: ReadonlyMap<string, number> };
  /**
   * Set when the data was written by a newer version: the store shows `records` (what it could read) and
   * stays read-only.
   */
  readonly newerVersion?: { readonly found: number; readonly supported: number };
}

/** A record as a commit found it in storage: its revision (0 when there is none) and value. */
export interface OtStoredRecord {
  readonly collection: OtCollectionName;
  readonly id: string;
  readonly rev: number;
  /** The stored value, unchecked (absent when rev is 0). */
  readonly value?: unknown;
}

/** A record a change was built on, and the revision it had then (0: it did not exist). */
export interface OtRead {
  readonly collection: OtCollectionName;
  readonly id: string;
  readonly rev: number;
}

/**
 * How an adapter settles a change against what is stored now (another tab may have written since the change
 * was built). Inside its storage transaction the adapter looks up every record in `reads`, and every record
 * that refers to a record in `removals`; when any differs from what the change was built on, it calls
 * `rebuild` with those records and starts over with what that returns, all in the same transaction.
 */
export interface OtCommitContext {
  readonly reads: readonly OtRead[];
  /** Records the change removes whose referrers storage must look up (all removals but external collections'). */
  readonly removals: readonly { readonly collection: OtCollectionName; readonly id: string }[];
  /**
   * Builds the change again over the stored records given (the command runs again, so an increment counts
   * the other tab's too). Synchronous, so it runs inside the storage transaction. Throws (an
   * `OtValidationError`) when the command no longer holds, e.g. the goal it names was removed.
   */
  rebuild(stored: readonly OtStoredRecord[]): Pick<OtCommitContext, 'reads' | 'removals'> & { change: OtChange };
}

/** What a settled commit wrote, and the stored records that differed from what the change was built on. */
export interface OtCommitResult {
  readonly change: OtChange;
  readonly stored: readonly OtStoredRecord[];
}

/**
 * Which change-log entries compaction removes: those older than `before` (ms) or beyond the newest `keep`,
 * and only when `acknowledged` says so (sync keeps its outbox: entries not yet acknowledged by the server).
 */
export interface OtCompaction {
  readonly before: number;
  readonly keep: number;
  acknowledged(change: OtChange): boolean;
}

/**
 * Where a store keeps its data. The store checks every record it loads and every write before it reaches
 * the adapter; the adapter's job is to keep them.
 */
export interface OtAdapter {
  /** A short name for messages, e.g. `memory` or `indexeddb:otkit`. */
  readonly kind: string;
  /** Reads everything stored. */
  load(): Promise<OtLoadResult>;
  /**
   * Writes one change (its records and its change-log entry) all or nothing. Resolves only once the write
   * is durable; rejects when it failed (the store then rolls the change back). With a `context`, the change
   * is settled against the stored revisions first (see {@link OtCommitContext}) and the result says what was
   * written; without one (an adapter that wraps another may drop it) the change is written as it is.
   */
  commit(change: OtChange, context?: OtCommitContext): Promise<OtCommitResult | void>;
  /** The change log, oldest first. */
  changes(): Promise<OtChange[]>;
  /** Removes old change-log entries (see {@link OtCompaction}); resolves with how many it removed. */
  compact?(rule: OtCompaction): Promise<number>;
  /** Calls `listener` with changes committed by another store on the same data (another tab). */
  watch?(listener: (change: OtChange) => void): () => void;
  /** Releases what the adapter holds (a database connection). */
  close?(): void;
}

/** Stored records the store could not read, with why: what `store.quarantine` lists. */
export interface OtQuarantined extends OtUnreadable {
  readonly issues: readonly OtIssue[];
}
