/**
 * The OT Kit document: the whole store as one versioned JSON document, for backups, moving data between
 * devices, and portals that keep the data on their own server.
 *
 * Import is all or nothing: every problem is reported (path + message) and, if there is any, nothing in
 * the store changes.
 */
import { OtValidationError, type OtIssue } from '../errors.js';
import {
  OT_COLLECTION_NAMES,
  checkCollections,
  collectionDef,
  type OtCollectionName,
  type OtRecord,
} from '../store/collections.js';
import { hasRecord, listRecords } from '../store/read.js';
import { importChecked, type OtCheckedImport, type OtStore } from '../store/store.js';
import type { OtState } from '../store/types.js';
import { withoutByteOrderMark } from './json-text.js';

/** The `format` value of an OT Kit document. */
export const OT_DOCUMENT_FORMAT = 'otkit';
/** The document version this SDK writes. Older versions are migrated on import. */
export const OT_DOCUMENT_VERSION = 1;

/** An exported store. */
export interface OtDocument {
  readonly format: typeof OT_DOCUMENT_FORMAT;
  readonly version: number;
  /** When it was exported (ISO 8601). */
  readonly exportedAt: string;
  readonly collections: { readonly [C in OtCollectionName]?: readonly OtRecord<C>[] };
}

/** Upgrades documents of older versions; index = version it upgrades from. */
const MIGRATIONS: ReadonlyArray<(doc: Record<string, unknown>) => Record<string, unknown>> = [];

/**
 * Exports the whole store.
 *
 * @example
 * const json = JSON.stringify(exportDocument(store), null, 2);
 */
export function exportDocument(store: Pick<OtStore, 'getState'>, now: Date = new Date()): OtDocument {
  const state = store.getState();
  const collections: Record<string, unknown[]> = {};
  for (const name of OT_COLLECTION_NAMES) {
    const records = listRecords(state, name);
    if (records.length) collections[name] = records;
  }
  return {
    format: OT_DOCUMENT_FORMAT,
    version: OT_DOCUMENT_VERSION,
    exportedAt: now.toISOString(),
    collections,
  } as OtDocument;
}

/** Options of {@link importDocument}. */
export interface OtImportOptions {
  /** `merge` (default) adds and replaces records by id; `replace` first empties every collection. */
  mode?: 'merge' | 'replace';
  /**
   * What to do with a reference that names a record neither the document nor (when merging) the store holds,
   * as in an export made while the record it names was quarantined. `refuse` (default): report each as an
   * issue and import nothing. `keep`: import the records as they are, references included, and list each in
   * the summary's `dangling`; the store never lets a write make a new dangling reference, but one a record
   * already had does not stop later edits of it.
   */
  danglingReferences?: 'refuse' | 'keep';
}

/** What an import did. */
export interface OtImportSummary {
  /** Records written, per collection. */
  readonly counts: { readonly [C in OtCollectionName]?: number };
  readonly total: number;
  /** References kept although they name nothing (with `danglingReferences: 'keep'`); paths into the document. */
  readonly dangling: readonly OtIssue[];
}

interface Checked {
  issues: OtIssue[];
  dangling: OtIssue[];
  records: Map<OtCollectionName, { id: string }[]>;
}

/**
 * Checks a document (a parsed object or JSON text) without importing it. Returns every problem found.
 *
 * @example
 * const problems = validateDocument(text); // [] when it can be imported
 */
export function validateDocument(input: unknown, existing?: OtState): OtIssue[] {
  const { issues, dangling } = check(input, existing);
  return [...issues, ...dangling];
}

function check(input: unknown, existing?: OtState): Checked {
  const issues: OtIssue[] = [];
  const dangling: OtIssue[] = [];
  const records = new Map<OtCollectionName, { id: string }[]>();
  let doc: unknown;
  try {
    // A document is JSON: a value from a page goes through JSON too, so a getter or proxy that throws, a
    // BigInt or a cycle is refused here, and the checks below read plain data only.
    const text = typeof input === 'string' ? withoutByteOrderMark(input) : JSON.stringify(input);
    doc = text === undefined ? undefined : JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : 'it cannot be read';
    issues.push({ path: [], code: 'type', message: `is not valid JSON (${why})` });
    return { issues, dangling, records };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    issues.push({ path: [], code: 'type', message: 'must be an OT Kit document (a JSON object)' });
    return { issues, dangling, records };
  }
  let d = doc as Record<string, unknown>;
  if (d.format !== OT_DOCUMENT_FORMAT)
    issues.push({
      path: ['format'],
      code: 'literal',
      message: `must be "${OT_DOCUMENT_FORMAT}" (got ${JSON.stringify(d.format)})`,
    });
  const version = d.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    issues.push({
      path: ['version'],
      code: 'type',
      message: `must be a whole number from 1 (got ${JSON.stringify(version)})`,
    });
    return { issues, dangling, records };
  }
  if (version > OT_DOCUMENT_VERSION) {
    issues.push({
      path: ['version'],
      code: 'too-big',
      message: `is ${version}: made by a newer OT Kit; this one reads up to version ${OT_DOCUMENT_VERSION}`,
    });
    return { issues, dangling, records };
  }
  for (let v = version; v < OT_DOCUMENT_VERSION; v++) d = MIGRATIONS[v - 1]!(d);
  const collections = d.collections;
  if (typeof collections !== 'object' || collections === null || Array.isArray(collections)) {
    issues.push({ path: ['collections'], code: 'type', message: 'must be an object of collections' });
    return { issues, dangling, records };
  }
  // Ids of records that failed their checks count too: such a record is reported once, not again as a
  // dangling reference from every record that names it.
  const { valid, ids } = checkCollections(collections, ['collections'], issues);
  for (const [name, list] of valid)
    records.set(
      name,
      list.map((v) => v.record),
    );
  // References must resolve inside the document, or (when merging) in the store.
  const has = (c: OtCollectionName, id: string) =>
    (ids.get(c)?.has(id) ?? false) || (existing ? hasRecord(existing, c, id) : false);
  for (const [name, list] of valid) {
    const refs = Object.entries(collectionDef(name).refs);
    for (const { record, index } of list) {
      for (const [field, target] of refs) {
        const ref = (record as Record<string, unknown>)[field];
        if (typeof ref === 'string' && !has(target, ref))
          dangling.push({
            path: ['collections', name, index, field],
            code: 'reference',
            message: `names no ${collectionDef(target).entity} with id "${ref}"`,
          });
      }
    }
  }
  return { issues, dangling, records };
}

/**
 * Imports a document into the store in one transaction. Throws an {@link OtValidationError} listing every
 * problem (and changes nothing) when the document has any.
 *
 * @example
 * try { await importDocument(store, fileText); }
 * catch (e) { if (e instanceof OtValidationError) showProblems(e.issues); }
 */
export async function importDocument(
  store: OtStore,
  input: unknown,
  options: OtImportOptions = {},
): Promise<OtImportSummary> {
  await store.ready;
  const mode = options.mode ?? 'merge';
  const keepDangling = options.danglingReferences === 'keep';
  const { issues, dangling, records } = check(input, mode === 'merge' ? store.getState() : undefined);
  if (issues.length || (dangling.length && !keepDangling))
    throw new OtValidationError('import document', [...issues, ...(keepDangling ? [] : dangling)]);
  const counts: Record<string, number> = {};
  let total = 0;
  for (const [name, list] of records) {
    counts[name] = list.length;
    total += list.length;
  }
  // Every record was checked above, once: the store writes them as they are.
  const checked: OtCheckedImport = { records, mode, keepDangling };
  await (store as unknown as { [importChecked](c: OtCheckedImport): Promise<void> })[importChecked](checked);
  return { counts, total, dangling: keepDangling ? dangling : [] };
}
