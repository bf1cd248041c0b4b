/**
 * The client's half of the wire (docs/sync-protocol.md): one request with a timeout and a size cap on the
 * answer, and checks that an answer has the protocol's shape before anything of it is used. A server (or a
 * proxy in between) may answer anything: HTML, wrong types, gigabytes; each becomes an {@link OtSyncError}.
 */
import { readCappedBytes } from './capped-body.js';
import { OtSyncError } from './errors.js';
import type { OtHttpSyncOptions, OtSyncOverwritten, OtSyncRejection } from './types.js';
import type { OtChange, OtOp } from '../store/types.js';
import { isCollectionName } from '../store/collections.js';

/** What one call needs. */
export interface OtWireOptions {
  readonly url: string;
  readonly fetch: typeof fetch;
  readonly headers: () => Record<string, string> | Promise<Record<string, string>>;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
}

/** The wire options of `httpSync`'s options, with their defaults (30 s a request, 16 MiB an answer). */
export function wireOptionsOf(options: OtHttpSyncOptions): OtWireOptions {
  const hostFetch = options.fetch ?? globalThis.fetch;
  return {
    url: options.url,
    // Called unbound: some browsers refuse `fetch` called on another object than the window.
    fetch: (input, init) => hostFetch(input, init),
    headers: options.headers ?? (() => ({})),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? 16 * 1024 * 1024,
  };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `retry-after` as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 24 * 3600) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function readCapped(response: Response, max: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const bytes = declared > max ? undefined : await readCappedBytes(response.body, max);
  if (!bytes) {
    await response.body?.cancel().catch(() => {});
    const size = declared > max ? `${declared} bytes` : `over ${max} bytes`;
    throw new OtSyncError('malformed-reply', `The answer is ${size}; at most ${max} are read`, {
      status: response.status,
    });
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function failureFor(status: number, body: unknown, retryAfterMs: number | undefined): OtSyncError {
  const reason =
    isObject(body) && isObject(body.error) && typeof body.error.message === 'string' ? body.error.message : '';
  const said = reason ? `: ${reason.slice(0, 300)}` : '';
  const options = { status, retryAfterMs };
  if (status === 401) return new OtSyncError('unauthorized', `The server asks to sign in again (401)${said}`, options);
  if (status === 403) return new OtSyncError('forbidden', `The server refused this account (403)${said}`, options);
  if (status >= 500 || status === 408 || status === 429)
    return new OtSyncError('server', `The server answered ${status}${said}; retrying`, options);
  return new OtSyncError('refused', `The server refused the request (${status})${said}`, options);
}

/**
 * POSTs `body` to `…/endpoint` and resolves with the answer's JSON (status 200), or rejects with an
 * {@link OtSyncError}.
 */
export async function call(options: OtWireOptions, endpoint: string, body: unknown): Promise<unknown> {
  const base = options.url.replace(/\/+$/, '');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let response: Response;
  try {
    const headers = { ...(await options.headers()), 'content-type': 'application/json' };
    response = await options.fetch(`${base}/${endpoint}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: controller.signal,
      cache: 'no-store',
    });
  } catch (cause) {
    clearTimeout(timer);
    const timedOut = controller.signal.aborted;
    throw new OtSyncError(
      timedOut ? 'timeout' : 'network',
      timedOut ? `No answer within ${options.timeoutMs} ms` : 'The server could not be reached',
      { cause },
    );
  }
  try {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    let text: string;
    try {
      text = await readCapped(response, options.maxResponseBytes);
    } catch (cause) {
      if (cause instanceof OtSyncError) throw cause;
      throw new OtSyncError('network', 'The answer was cut off', { status: response.status, retryAfterMs, cause });
    }
    let parsed: unknown;
    let json = true;
    try {
      parsed = JSON.parse(text);
    } catch {
      json = false;
    }
    if (response.status !== 200) throw failureFor(response.status, parsed, retryAfterMs);
    if (!json || !(response.headers.get('content-type') ?? '').includes('json'))
      throw new OtSyncError('malformed-reply', 'The answer is not JSON (a proxy page?)', { status: response.status });
    return parsed;
  } finally {
    clearTimeout(timer);
  }
}

function malformed(what: string): OtSyncError {
  return new OtSyncError('malformed-reply', `The server's answer is not the protocol's: ${what}`);
}

/** A change as it travels: the protocol's keys only, and `fields` on a put whose earlier value the log holds. */
export function toWire(change: OtChange, previous: (op: OtOp) => Json | undefined): Json {
  const ops = change.ops.map((op) => {
    if (op.type === 'delete') return { type: 'delete', collection: op.collection, id: op.id };
    const before = previous(op);
    const wire: Json = { type: 'put', collection: op.collection, id: op.id, value: op.value };
    if (before) wire.fields = changedFields(before, op.value as Json);
    return wire;
  });
  return { id: change.id, at: change.at, actor: change.actor, command: change.command, ops };
}

function changedFields(before: Json, after: Json): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** One answered change of a push. */
export type OtPushOutcome =
  | { readonly id: string; readonly status: 'applied'; readonly overwritten: readonly OtSyncOverwritten[] }
  | { readonly id: string; readonly status: 'rejected'; readonly error: OtSyncRejection['error'] };

function readOverwritten(value: unknown): OtSyncOverwritten[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out: OtSyncOverwritten[] = [];
  for (const item of value) {
    if (!isObject(item) || !isCollectionName(item.collection) || typeof item.id !== 'string') return undefined;
    if (typeof item.change !== 'string' || (item.field !== undefined && typeof item.field !== 'string'))
      return undefined;
    out.push(item as unknown as OtSyncOverwritten);
  }
  return out;
}

function readIssues(value: unknown): OtSyncRejection['error']['issues'] {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((issue): issue is Json => isObject(issue) && Array.isArray(issue.path) && typeof issue.message === 'string')
    .slice(0, 50) as unknown as OtSyncRejection['error']['issues'];
}

/** Reads a push answer for `sent` (the ids in order); throws an {@link OtSyncError} when it is not one. */
export function readPushAnswer(body: unknown, sent: readonly string[]): OtPushOutcome[] {
  if (!isObject(body) || !Array.isArray(body.results)) throw malformed('no results list');
  if (body.results.length !== sent.length) throw malformed(`${body.results.length} results for ${sent.length} changes`);
  return body.results.map((result: unknown, index): OtPushOutcome => {
    const id = sent[index]!;
    if (!isObject(result) || result.id !== id) throw malformed(`result ${index} does not answer change ${id}`);
    if (result.status === 'applied') {
      const overwritten = readOverwritten(result.overwritten);
      if (!overwritten) throw malformed(`result ${index} has a bad overwritten list`);
      return { id, status: 'applied', overwritten };
    }
    const error = result.error;
    if (result.status !== 'rejected' || !isObject(error) || typeof error.code !== 'string')
      throw malformed(`result ${index} is neither applied nor rejected with a reason`);
    const message = typeof error.message === 'string' ? error.message.slice(0, 1000) : error.code;
    const issues = readIssues(error.issues);
    return {
      id,
      status: 'rejected',
      error: { code: error.code.slice(0, 100), message, ...(issues ? { issues } : {}) },
    };
  });
}

/** One change of a pull answer, checked in shape (the records are checked by the store when applied). */
export interface OtPulledChange {
  readonly id: string;
  /** When and by which command the change was made (its stamp on the server is `at`, then `id`). */
  readonly at: number;
  readonly command: string;
  readonly ops: readonly OtOp[];
  readonly overwritten: readonly OtSyncOverwritten[];
}

/** A pull answer. */
export interface OtPullAnswer {
  readonly changes: readonly OtPulledChange[];
  readonly cursor: string;
  readonly more: boolean;
}

function readPulledOp(op: unknown): OtOp | undefined {
  if (!isObject(op) || !isCollectionName(op.collection) || typeof op.id !== 'string') return undefined;
  if (op.type === 'delete') return { type: 'delete', collection: op.collection, id: op.id };
  if (op.type === 'put' && isObject(op.value))
    return { type: 'put', collection: op.collection, id: op.id, value: op.value };
  return undefined;
}

/** Reads a pull answer; throws an {@link OtSyncError} when it is not one. */
export function readPullAnswer(body: unknown): OtPullAnswer {
  if (!isObject(body) || !Array.isArray(body.changes)) throw malformed('no changes list');
  if (typeof body.cursor !== 'string' || body.cursor.length > 200) throw malformed('no cursor');
  if (typeof body.more !== 'boolean') throw malformed('no "more" flag');
  const changes = body.changes.map((entry: unknown, index): OtPulledChange => {
    const change = isObject(entry) ? entry.change : undefined;
    if (!isObject(change) || typeof change.id !== 'string' || !Array.isArray(change.ops))
      throw malformed(`change ${index} has no id or ops`);
    if (typeof change.at !== 'number' || typeof change.command !== 'string')
      throw malformed(`change ${index} has no time or command`);
    const ops = change.ops.map(readPulledOp);
    if (ops.some((op) => op === undefined)) throw malformed(`change ${index} has an operation of no known kind`);
    const overwritten = readOverwritten((entry as Json).overwritten);
    if (!overwritten) throw malformed(`change ${index} has a bad overwritten list`);
    return { id: change.id, at: change.at, command: change.command.slice(0, 200), ops: ops as OtOp[], overwritten };
  });
  return { changes, cursor: body.cursor, more: body.more };
}
