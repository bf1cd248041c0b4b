/**
 * The collections of the store: which entity each holds, its schema, and which fields refer to records of
 * other collections (checked on every write: a note cannot point at a goal that does not exist).
 */
import {
  choiceBoardSchema,
  clientSchema,
  goalSchema,
  homeProgramSchema,
  iepServiceSchema,
  incidentSchema,
  noteSchema,
  practiceLogSchema,
  progressEntrySchema,
  scheduleSchema,
  selectionSchema,
  serviceLogSchema,
  sessionPlanSchema,
} from '../model/entities.js';
import { sessionRecordSchema } from '../flow/session-record.js';
import { OT_COLLECTION_NAMES, OT_COLLECTION_REFS } from './collection-refs.js';
import type { OtIssue } from '../errors.js';
import { safeParse, type Input, type Output, type Schema } from '../model/schema.js';

/** What the store knows about one collection. */
export interface OtCollectionDef {
  /** The entity's name in messages, e.g. `goal`. */
  readonly entity: string;
  readonly schema: Schema<{ id: string }, unknown>;
  /** Fields that hold the id of a record in another collection. */
  readonly refs: { readonly [field: string]: OtCollectionName };
}

/** Every collection of the store: its entity and reference fields (./collection-refs.ts) and its schema. */
export const OT_COLLECTIONS = {
  clients: { ...OT_COLLECTION_REFS.clients, schema: clientSchema },
  goals: { ...OT_COLLECTION_REFS.goals, schema: goalSchema },
  notes: { ...OT_COLLECTION_REFS.notes, schema: noteSchema },
  sessionPlans: { ...OT_COLLECTION_REFS.sessionPlans, schema: sessionPlanSchema },
  sessionRecords: { ...OT_COLLECTION_REFS.sessionRecords, schema: sessionRecordSchema },
  schedules: { ...OT_COLLECTION_REFS.schedules, schema: scheduleSchema },
  choiceBoards: { ...OT_COLLECTION_REFS.choiceBoards, schema: choiceBoardSchema },
  selections: { ...OT_COLLECTION_REFS.selections, schema: selectionSchema },
  homePrograms: { ...OT_COLLECTION_REFS.homePrograms, schema: homeProgramSchema },
  practiceLogs: { ...OT_COLLECTION_REFS.practiceLogs, schema: practiceLogSchema },
  progressEntries: { ...OT_COLLECTION_REFS.progressEntries, schema: progressEntrySchema },
  incidents: { ...OT_COLLECTION_REFS.incidents, schema: incidentSchema },
  iepServices: { ...OT_COLLECTION_REFS.iepServices, schema: iepServiceSchema },
  serviceLogs: { ...OT_COLLECTION_REFS.serviceLogs, schema: serviceLogSchema },
} as const satisfies {
  readonly [name: string]: { entity: string; schema: Schema<{ id: string }, unknown>; refs: object };
};

/** The name of a collection, e.g. `goals`. */
export type OtCollectionName = keyof typeof OT_COLLECTIONS;

/** The names of all collections, in a stable order (defined beside the references, so reading it costs no schema). */
export { OT_COLLECTION_NAMES } from './collection-refs.js';

/** The record type held by collection `C`. */
export type OtRecord<C extends OtCollectionName> = Output<(typeof OT_COLLECTIONS)[C]['schema']>;
/** What collection `C` accepts for a full record. */
export type OtRecordInput<C extends OtCollectionName> = Input<(typeof OT_COLLECTIONS)[C]['schema']>;

/** The definition of collection `name`. */
export function collectionDef(name: OtCollectionName): OtCollectionDef {
  return OT_COLLECTIONS[name] as unknown as OtCollectionDef;
}

/** Whether `name` is a collection of the store. */
export function isCollectionName(name: unknown): name is OtCollectionName {
  return typeof name === 'string' && Object.hasOwn(OT_COLLECTIONS, name);
}

/** What {@link checkCollections} found. */
export interface OtCheckedCollections {
  /** The records that passed, per collection, each with its index in the input. */
  readonly valid: Map<OtCollectionName, { record: { id: string }; index: number }[]>;
  /** Every string id present per collection, also of records that failed (so references to them resolve). */
  readonly ids: Map<OtCollectionName, Set<string>>;
}

/**
 * Checks stored or imported records, collection by collection: unknown collections, lists that are not
 * arrays, records that fail their schema and repeated ids each add an issue (paths start with `prefix`).
 * Internal: shared by the store's load and the document import.
 */
export function checkCollections(
  input: object,
  prefix: readonly (string | number)[],
  issues: OtIssue[],
): OtCheckedCollections {
  const valid: OtCheckedCollections['valid'] = new Map();
  const ids: OtCheckedCollections['ids'] = new Map();
  for (const [name, list] of Object.entries(input)) {
    if (list === undefined) continue;
    const at = [...prefix, name];
    if (!isCollectionName(name)) {
      issues.push({
        path: at,
        code: 'unknown-key',
        message: `is not a known collection (known: ${OT_COLLECTION_NAMES.join(', ')})`,
      });
      continue;
    }
    if (!Array.isArray(list)) {
      issues.push({ path: at, code: 'type', message: 'must be an array of records' });
      continue;
    }
    const seen = new Map<string, number>();
    const known = new Set<string>();
    const ok: { record: { id: string }; index: number }[] = [];
    list.forEach((raw: unknown, index) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') known.add(rawId);
      const result = safeParse(collectionDef(name).schema, raw);
      if (!result.success) {
        for (const i of result.issues) issues.push({ ...i, path: [...at, index, ...i.path] });
        return;
      }
      const first = seen.get(result.data.id);
      if (first !== undefined) {
        issues.push({
          path: [...at, index, 'id'],
          code: 'duplicate',
          message: `repeats id "${result.data.id}" of index ${first}`,
        });
        return;
      }
      seen.set(result.data.id, index);
      ok.push({ record: result.data, index });
    });
    valid.set(name, ok);
    ids.set(name, known);
  }
  return { valid, ids };
}
