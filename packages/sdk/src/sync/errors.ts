import { OtError } from '../errors.js';

/** The kinds of {@link OtSyncError}. */
export const OT_SYNC_ERROR_CODES = [
  /** No answer: the network failed or the request was dropped. */
  'network',
  /** No answer in `timeoutMs`. */
  'timeout',
  /** 401: sign in again, then `store.sync.syncNow()`. */
  'unauthorized',
  /** 403: this account may not sync. */
  'forbidden',
  /** 5xx, or another status sync retries. */
  'server',
  /** A 4xx that says the request itself is wrong (a wrong URL, a server of another protocol): not retried. */
  'refused',
  /** An answer that is not this protocol's JSON: HTML, wrong types, too big. */
  'malformed-reply',
] as const;
/** One of {@link OT_SYNC_ERROR_CODES}. */
export type OtSyncErrorCode = (typeof OT_SYNC_ERROR_CODES)[number];

/**
 * A sync request that failed. Nothing local is lost: the changes stay in the outbox and are sent again.
 *
 * @example
 * store.sync!.subscribe(({ error }) => {
 *   if (error?.code === 'unauthorized') portal.signIn().then(() => store.sync!.syncNow());
 * });
 */
export class OtSyncError extends OtError {
  declare readonly code: OtSyncErrorCode;
  /** The HTTP status, when an answer came. */
  readonly status: number | undefined;
  /** Whether sync retries by itself (with backoff) or waits for `syncNow()`. */
  readonly retryable: boolean;
  /** How long the server asked to wait (`retry-after`), in ms. */
  readonly retryAfterMs: number | undefined;
  constructor(
    code: OtSyncErrorCode,
    message: string,
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(code, message, { cause: options.cause });
    this.name = 'OtSyncError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.retryable = code !== 'unauthorized' && code !== 'forbidden' && code !== 'refused';
  }
}
