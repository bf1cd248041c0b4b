import type { ReactiveElement } from 'lit';

/**
 * Work an element's `updateComplete` waits for besides its own render: a store that is still loading, say.
 * Controllers only know their host as a `ReactiveElement`, so the holds live here, keyed by host, instead of
 * as a public method every element would carry.
 */
const holds = new WeakMap<ReactiveElement, Set<Promise<unknown>>>();

/**
 * Makes `host.updateComplete` (for an {@link OtElement}) wait until `work` settles and the update it causes
 * has rendered, so a test or a page that awaits `updateComplete` sees the loaded data, not a loading state.
 *
 * @example
 * holdUpdateComplete(this.#host, store.ready);
 */
export function holdUpdateComplete(host: ReactiveElement, work: Promise<unknown>): void {
  let pending = holds.get(host);
  if (!pending) holds.set(host, (pending = new Set()));
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  pending.add(settled);
  void settled.then(() => {
    pending.delete(settled);
    host.requestUpdate();
  });
}

/** Whether `host` has work its `updateComplete` must still wait for; resolves once that work has settled. */
export async function settleHolds(host: ReactiveElement): Promise<boolean> {
  const pending = holds.get(host);
  if (!pending?.size) return false;
  await Promise.all(pending);
  return true;
}
