/**
 * The store code of an element's own store: the SDK's store, the memory adapter and every collection's schema.
 * `StoreController` (and the goal stack's data controller) import this module only when an element needs a store
 * of its own (standalone, or holding the page's data), so an element's file, and a page where every element sits
 * in a provider, do not carry it.
 */
import {
  OtValidationError,
  collectionDef,
  createStore,
  isCollectionName,
  memoryAdapter,
  safeParse,
  type OtClock,
  type OtCollectionName,
  type OtIssue,
  type OtMemoryAdapterOptions,
  type OtStore,
} from '@otkit/sdk';

/** Records per collection, as a page hands them to an element (checked before they are stored). */
export type OtSeed = { readonly [C in OtCollectionName]?: readonly unknown[] };

/** Options of `StoreController.seed`. */
export interface OtSeedOptions {
  /** What the error names as the bad input, e.g. `property "goals"`. Default: `page data`. */
  subject?: string;
  /** What the page calls a collection, for the first step of each error path: `{ progressEntries: 'progress' }`. */
  names?: { readonly [C in OtCollectionName]?: string };
}

/** How an element's own store is made. */
export interface OwnStoreOptions {
  /** Page data to hold; checked first (see {@link checkSeed}). */
  readonly seed?: OtSeed;
  readonly seedOptions?: OtSeedOptions;
  readonly clock: OtClock;
  /** Collections the store refers to but does not hold (`createStore`'s `externalCollections`). */
  readonly externalCollections: readonly OtCollectionName[];
}

/**
 * A memory store of the element's own, holding the page's data when there is some. Bad data throws an
 * {@link OtValidationError} and makes no store.
 *
 * @example
 * const store = openOwnStore({ seed: { goals }, clock: systemClock, externalCollections: ['clients'] });
 */
export function openOwnStore(options: OwnStoreOptions): OtStore {
  const seed = options.seed && checkSeed(options.seed, options);
  return createStore({
    adapter: memoryAdapter(seed ? { seed } : {}),
    clock: options.clock,
    externalCollections: options.externalCollections,
  });
}

/**
 * A memory store of the element's own holding `records` as they are, for an element that checked its page data
 * itself (the goal stack: goal-stack/page-data.ts); without records, an empty scratch store.
 *
 * @example
 * const store = openOwnStoreOfCheckedRecords(checked.seed, { clock, externalCollections: ['clients'] });
 */
export function openOwnStoreOfCheckedRecords(
  records: OtMemoryAdapterOptions['seed'],
  options: Pick<OwnStoreOptions, 'clock' | 'externalCollections'>,
): OtStore {
  return createStore({
    adapter: memoryAdapter(records ? { seed: records } : {}),
    clock: options.clock,
    externalCollections: options.externalCollections,
  });
}

/**
 * The checked, cleaned records of a seed: each record against its collection's schema (a missing `createdAt`
 * or `at` is the time it came in), repeated ids, and references between the records given (not into the
 * external collections). Throws an {@link OtValidationError} naming every problem's path.
 */
export function checkSeed(records: OtSeed, options: OwnStoreOptions): Record<string, unknown[]> {
  const { seedOptions = {}, externalCollections } = options;
  const issues: OtIssue[] = [];
  const name = (collection: string) => seedOptions.names?.[collection as OtCollectionName] ?? collection;
  const valid: Record<string, { record: Record<string, unknown>; index: number }[]> = {};
  const ids = new Map<string, Set<string>>();
  const now = options.clock.now();
  for (const [collection, list] of Object.entries(records)) {
    if (list === undefined) continue;
    if (!isCollectionName(collection)) {
      issues.push({ path: [collection], code: 'unknown-key', message: 'is not a collection of the store' });
      continue;
    }
    if (!Array.isArray(list)) {
      issues.push({ path: [name(collection)], code: 'type', message: 'must be an array' });
      continue;
    }
    const fields = (collectionDef(collection).schema as { shape?: object }).shape ?? {};
    const seen = new Set<string>();
    const good: { record: Record<string, unknown>; index: number }[] = (valid[collection] = []);
    ids.set(collection, seen);
    list.forEach((raw: unknown, index) => {
      // Like the store's `add`: a time the page left out is the time the data came in.
      const filled =
        raw && typeof raw === 'object' && !Array.isArray(raw)
          ? { ...('createdAt' in fields ? { createdAt: now } : {}), ...('at' in fields ? { at: now } : {}), ...raw }
          : raw;
      const result = safeParse(collectionDef(collection).schema, filled);
      if (!result.success) {
        for (const issue of result.issues) issues.push({ ...issue, path: [name(collection), index, ...issue.path] });
        return;
      }
      const { id } = result.data;
      if (seen.has(id)) {
        issues.push({ path: [name(collection), index, 'id'], code: 'duplicate', message: `repeats id "${id}"` });
        return;
      }
      seen.add(id);
      good.push({ record: result.data as Record<string, unknown>, index });
    });
  }
  for (const [collection, list] of Object.entries(valid)) {
    const refs = Object.entries(collectionDef(collection as OtCollectionName).refs);
    for (const { record, index } of list)
      for (const [field, target] of refs) {
        const ref = record[field];
        if (typeof ref !== 'string' || externalCollections.includes(target) || ids.get(target)?.has(ref)) continue;
        issues.push({
          path: [name(collection), index, field],
          code: 'reference',
          message: `names no ${collectionDef(target).entity} with id "${ref}"`,
        });
      }
  }
  if (issues.length) throw new OtValidationError(seedOptions.subject ?? 'page data', issues);
  return Object.fromEntries(Object.entries(valid).map(([collection, list]) => [collection, list.map((x) => x.record)]));
}
