/**
 * The preamble every store command shares (not exported from the SDK): one transaction, named in the change
 * log, with the actor when the caller gave one.
 */
import type { OtStore } from '../store/store.js';
import type { OtTransaction } from '../store/types.js';

/** Who made a change, for the change log. */
export interface OtCommandActor {
  /** The actor recorded in the change log. */
  readonly actor?: string | undefined;
}

/** Runs `write` as one transaction of the store, named `command` in the change log; resolves once saved. */
export function runCommand<R>(
  store: OtStore,
  command: string,
  options: OtCommandActor,
  write: (tx: OtTransaction) => R,
): Promise<R> {
  return store.transaction(write, { command, ...(options.actor ? { actor: options.actor } : {}) });
}
