import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_COLLECTION_NAMES,
  OT_DOCUMENT_FORMAT,
  OT_DOCUMENT_VERSION,
  OtPersistenceError,
  OtValidationError,
  createStore,
  exportDocument,
  importDocument,
  memoryAdapter,
  validateDocument,
  type OtStore,
} from '@otkit/sdk';
import { INSERT_ORDER, examples } from '../helpers/sdk-examples.js';
import { controlledAdapter, rejection } from '../helpers/sdk-testing.js';

const doc = (collections: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  format: 'otkit',
  version: 1,
  exportedAt: '2026-11-23T09:00:00.000Z',
  collections,
  ...extra,
});
const goal = (id: string, description = `goal ${id}`) => ({
  id,
  description,
  order: 1,
  lifecycle: 'active' as const,
  createdAt: 1,
});

async function fullStore(): Promise<OtStore> {
  const store = createStore();
  const ex = examples();
  await store.transaction((tx) => {
    for (const name of INSERT_ORDER) (tx[name] as { put(r: unknown): unknown }).put(ex[name]);
  });
  return store;
}

describe('OT Kit document', () => {
  describe('exportDocument', () => {
    it('writes format, version, export time and every non-empty collection sorted by id', async () => {
      const store = createStore();
      await store.goals.put(goal('b'));
      await store.goals.put(goal('a'));
      const exported = exportDocument(store, new Date('2026-11-23T09:00:00Z'));
      expect(exported).to.deep.equal({
        format: OT_DOCUMENT_FORMAT,
        version: OT_DOCUMENT_VERSION,
        exportedAt: '2026-11-23T09:00:00.000Z',
        collections: { goals: [goal('a'), goal('b')] },
      });
      expect(validateDocument(exported)).to.deep.equal([]);
    });
  });

  describe('round trip', () => {
    it('export → import (merge) into an empty store gives a deep-equal state', async () => {
      const source = await fullStore();
      const target = createStore();
      const summary = await importDocument(target, exportDocument(source));
      expect(target.getState()).to.deep.equal(source.getState());
      expect(summary.total).to.equal(OT_COLLECTION_NAMES.length);
      expect(summary.counts).to.deep.equal(Object.fromEntries(OT_COLLECTION_NAMES.map((n) => [n, 1])));
      expect((await target.changes()).map((c) => c.command)).to.deep.equal(['import.merge']);
    });

    it('export → JSON text → import (replace) into a store with other data gives a deep-equal state', async () => {
      const source = await fullStore();
      const target = createStore();
      await target.goals.add({ description: 'only in the target', order: 9 });
      await target.clients.put({ id: 'client-1', alias: 'Other alias', createdAt: 1 });
      const text = JSON.stringify(exportDocument(source), null, 2);
      await importDocument(target, text, { mode: 'replace' });
      expect(target.getState()).to.deep.equal(source.getState());
      expect((await target.changes()).at(-1)!.command).to.equal('import.replace');
    });

    it('imports a backup saved again by an editor that writes a byte-order mark', async () => {
      const source = await fullStore();
      const target = createStore();
      const text = `\uFEFF${JSON.stringify(exportDocument(source), null, 2)}`;
      expect(validateDocument(text)).to.deep.equal([]);
      await importDocument(target, text);
      expect(target.getState()).to.deep.equal(source.getState());
    });

    it('merge keeps records that are not in the document and replaces those with the same id', async () => {
      const target = createStore();
      await target.goals.put(goal('keep'));
      await target.goals.put(goal('same', 'old'));
      await importDocument(target, doc({ goals: [goal('same', 'new'), goal('added')] }));
      expect(target.goals.list().map((g) => [g.id, g.description])).to.deep.equal([
        ['added', 'goal added'],
        ['keep', 'goal keep'],
        ['same', 'new'],
      ]);
    });

    it('a random store survives export → JSON → import (fast-check)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { maxLength: 8 }),
          fc.array(
            fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0),
            { maxLength: 8 },
          ),
          async (goalIds, noteTexts) => {
            const source = createStore({ adapter: memoryAdapter() });
            for (const id of goalIds) await source.goals.put(goal(id));
            for (const [i, text] of noteTexts.entries())
              await source.notes.add({ goalId: goalIds.length ? goalIds[i % goalIds.length]! : null, text });
            const target = createStore();
            await importDocument(target, JSON.stringify(exportDocument(source)));
            expect(target.getState()).to.deep.equal(source.getState());
          },
        ),
        { numRuns: 40 },
      );
    });
  });

  describe('a document with problems', () => {
    it('reports every problem with its path and message, and changes nothing', async () => {
      const store = await fullStore();
      const state = store.getState();
      const log = await store.changes();
      let calls = 0;
      store.subscribe(
        (s) => s,
        () => calls++,
      );
      const bad = doc({
        goals: [
          goal('g1'),
          { ...goal('g2'), description: '' },
          goal('g1'),
          { ...goal('g3'), lifecycle: 'paused', titel: 'typo' },
        ],
        notes: [{ id: 'n1', goalId: 'g404', text: 'x', createdAt: 1 }],
        schedules: [
          {
            id: 's1',
            title: 'S',
            steps: [{ id: 'a', label: 'A', image: { src: 'javascript:alert(1)' } }],
            createdAt: 1,
          },
        ],
        stickers: [],
        incidents: 'not a list',
      });
      const error = await rejection(importDocument(store, bad));
      expect(error).to.be.instanceOf(OtValidationError);
      const v = error as OtValidationError;
      expect(v.subject).to.equal('import document');
      expect(v.issues).to.deep.equal([
        { path: ['collections', 'goals', 1, 'description'], code: 'too-small', message: 'must not be empty' },
        { path: ['collections', 'goals', 2, 'id'], code: 'duplicate', message: 'repeats id "g1" of index 0' },
        {
          path: ['collections', 'goals', 3, 'lifecycle'],
          code: 'enum',
          message: 'must be one of "active", "on-hold", "completed", "cancelled" (got "paused")',
        },
        { path: ['collections', 'goals', 3, 'titel'], code: 'unknown-key', message: 'is not a known field' },
        {
          path: ['collections', 'schedules', 0, 'steps', 0, 'image', 'src'],
          code: 'url',
          message: 'the javascript: scheme is not allowed for images; use https:, blob: or a raster data: URL',
        },
        {
          path: ['collections', 'stickers'],
          code: 'unknown-key',
          message: `is not a known collection (known: ${OT_COLLECTION_NAMES.join(', ')})`,
        },
        { path: ['collections', 'incidents'], code: 'type', message: 'must be an array of records' },
        { path: ['collections', 'notes', 0, 'goalId'], code: 'reference', message: 'names no goal with id "g404"' },
      ]);
      expect(v.message).to.match(/^Invalid import document: collections\.goals\[1\]\.description: must not be empty; /);
      expect(v.message).to.contain('and 3 more');
      expect(validateDocument(bad, state)).to.deep.equal(v.issues);
      expect(store.getState()).to.equal(state);
      expect(await store.changes()).to.deep.equal(log);
      expect(calls).to.equal(0);
    });

    it('wrong format, newer version, bad version, no collections', () => {
      expect(validateDocument(doc({}, { format: 'obf' }))).to.deep.equal([
        { path: ['format'], code: 'literal', message: 'must be "otkit" (got "obf")' },
      ]);
      expect(validateDocument(doc({}, { version: OT_DOCUMENT_VERSION + 1 }))).to.deep.equal([
        {
          path: ['version'],
          code: 'too-big',
          message: `is ${OT_DOCUMENT_VERSION + 1}: made by a newer OT Kit; this one reads up to version ${OT_DOCUMENT_VERSION}`,
        },
      ]);
      expect(validateDocument(doc({}, { version: '1' }))).to.deep.equal([
        { path: ['version'], code: 'type', message: 'must be a whole number from 1 (got "1")' },
      ]);
      expect(validateDocument(doc({}, { version: 0 }))[0]!.path).to.deep.equal(['version']);
      expect(validateDocument({ format: 'otkit', version: 1 })).to.deep.equal([
        { path: ['collections'], code: 'type', message: 'must be an object of collections' },
      ]);
      expect(validateDocument(doc([] as never))).to.deep.equal([
        { path: ['collections'], code: 'type', message: 'must be an object of collections' },
      ]);
    });

    it('not a document at all, or text that is not JSON', () => {
      for (const v of [null, 5, [], 'null', '"text"'])
        expect(validateDocument(v), JSON.stringify(v)).to.deep.equal([
          { path: [], code: 'type', message: 'must be an OT Kit document (a JSON object)' },
        ]);
      const issues = validateDocument('{"format": "otkit",');
      expect(issues).to.have.length(1);
      expect(issues[0]!.code).to.equal('type');
      expect(issues[0]!.message).to.match(/^is not valid JSON \(/);
    });

    it('a "__proto__" collection in JSON text is an unknown collection', () => {
      expect(validateDocument('{"format":"otkit","version":1,"collections":{"__proto__":[]}}')).to.deep.equal([
        {
          path: ['collections', '__proto__'],
          code: 'unknown-key',
          message: `is not a known collection (known: ${OT_COLLECTION_NAMES.join(', ')})`,
        },
      ]);
    });
  });

  describe('references', () => {
    it('resolve inside the document', () => {
      expect(
        validateDocument(doc({ goals: [goal('g1')], notes: [{ id: 'n1', goalId: 'g1', text: 'x', createdAt: 1 }] })),
      ).to.deep.equal([]);
    });

    it('resolve against the store when merging, but not when replacing', async () => {
      const store = createStore();
      await store.goals.put(goal('g1'));
      const notes = doc({ notes: [{ id: 'n1', goalId: 'g1', text: 'x', createdAt: 1 }] });
      await importDocument(store, notes);
      expect(store.notes.get('n1')?.goalId).to.equal('g1');
      const error = await rejection(importDocument(store, notes, { mode: 'replace' }));
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['collections', 'notes', 0, 'goalId'], code: 'reference', message: 'names no goal with id "g1"' },
      ]);
      expect(store.goals.size).to.equal(1);
    });

    it('a record that is in the document but invalid is reported once, not as dangling from each note', () => {
      const issues = validateDocument(
        doc({
          goals: [{ id: 'g1', description: '', order: 1, createdAt: 1 }],
          notes: [
            { id: 'n1', goalId: 'g1', text: 'one', createdAt: 1 },
            { id: 'n2', goalId: 'g1', text: 'two', createdAt: 1 },
          ],
        }),
      );
      expect(issues).to.deep.equal([
        { path: ['collections', 'goals', 0, 'description'], code: 'too-small', message: 'must not be empty' },
      ]);
    });

    it('still reports a reference to an id that is nowhere in the document or the store', () => {
      const store = createStore();
      const issues = validateDocument(
        doc({ notes: [{ id: 'n1', goalId: 'g9', text: 'one', createdAt: 1 }] }),
        store.getState(),
      );
      expect(issues).to.deep.equal([
        { path: ['collections', 'notes', 0, 'goalId'], code: 'reference', message: 'names no goal with id "g9"' },
      ]);
    });
  });

  describe('saving', () => {
    it('an import the adapter cannot save rejects with OtPersistenceError and leaves the store as it was', async () => {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      await store.goals.put(goal('g0'));
      const before = store.getState();
      adapter.failWith = new Error('quota exceeded');
      const error = await rejection(
        importDocument(store, doc({ goals: [goal('g1'), goal('g2')] }), { mode: 'replace' }),
      );
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect(store.getState().goals).to.deep.equal(before.goals);
    });

    it('imports of a few thousand records stay one change', async () => {
      const store = createStore();
      const many = Array.from({ length: 3000 }, (_, i) => goal(`g${String(i).padStart(4, '0')}`));
      const summary = await importDocument(store, doc({ goals: many }));
      expect(summary).to.deep.equal({ counts: { goals: 3000 }, total: 3000, dangling: [] });
      expect(store.goals.size).to.equal(3000);
      expect(await store.changes()).to.have.length(1);
    });
  });
});
