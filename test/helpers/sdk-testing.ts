/**
 * Helpers for the SDK tests: test adapters (failing, slow to load), a deferred promise, and a way to catch
 * errors that are rethrown asynchronously. Nothing here touches `document`.
 */
import { memoryAdapter, type OtAdapter, type OtChange, type OtMemoryAdapterOptions } from '@otkit/sdk';

/** A promise with its resolve/reject exposed. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The reason `promise` rejects with; fails the test when it resolves instead. */
export async function rejection<Reason = Error>(promise: Promise<unknown>): Promise<Reason> {
  try {
    await promise;
  } catch (reason) {
    return reason as Reason;
  }
  throw new Error('expected a rejection');
}

/** A memory adapter that records commits and can be told to fail the next ones or to hold them. */
export interface ControlledAdapter extends OtAdapter {
  /** Changes handed to commit, in order (also the failed ones). */
  readonly attempts: OtChange[];
  /** When set, commits reject with this value. */
  failWith: unknown;
  /** When set, commits wait for this promise before they go on. */
  hold: Promise<void> | undefined;
}

export function controlledAdapter(options: OtMemoryAdapterOptions = {}): ControlledAdapter {
  const inner = memoryAdapter(options);
  const adapter: ControlledAdapter = {
    kind: 'controlled',
    attempts: [],
    failWith: undefined,
    hold: undefined,
    load: () => inner.load(),
    changes: () => inner.changes(),
    async commit(change) {
      adapter.attempts.push(change);
      if (adapter.hold) await adapter.hold;
      if (adapter.failWith !== undefined) throw adapter.failWith;
      await inner.commit(change);
    },
  };
  return adapter;
}

/**
 * Runs `fn` while catching errors that reach the global error handler (errors rethrown in a microtask),
 * and returns them. Waits a moment after `fn` so queued rethrows arrive. (The runner still prints such
 * errors under "Browser logs"; mocha's handler is swapped out so they do not fail the test.)
 */
export async function catchUncaught(fn: () => Promise<void>): Promise<unknown[]> {
  const caught: unknown[] = [];
  const previous = globalThis.onerror;
  globalThis.onerror = (_message, _source, _line, _column, error) => {
    caught.push(error);
    return true;
  };
  try {
    await fn();
    await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    globalThis.onerror = previous;
  }
  return caught;
}
