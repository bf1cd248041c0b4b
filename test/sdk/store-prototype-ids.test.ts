// Issue 18 item 3: record lookups never reach the prototype chain. Every collection, every write path and the
// document import, with ids that name Object.prototype's members.
import { expect } from '@open-wc/testing';
import {
  OT_COLLECTION_NAMES,
  OtNotFoundError,
  OtValidationError,
  createStore,
  exportDocument,
  getRecord,
  hasRecord,
  importDocument,
  type OtStore,
} from '@otkit/sdk';
import { INSERT_ORDER, examples } from '../helpers/sdk-examples.js';

const HOSTILE_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

async function seeded(): Promise<OtStore> {
  const store = createStore();
  const ex = examples();
  await store.transaction((tx) => {
    for (const name of INSERT_ORDER) (tx[name] as { put(r: unknown): unknown }).put(ex[name]);
  });
  return store;
}

type Writable = {
  get(id: string): unknown;
  add(r: unknown): Promise<unknown>;
  put(r: unknown): Promise<unknown>;
  update(id: string, p: unknown): Promise<unknown>;
  remove(id: string): Promise<void>;
};

describe('record ids that name Object.prototype members', () => {
  for (const name of OT_COLLECTION_NAMES) {
    describe(name, () => {
      for (const id of HOSTILE_IDS) {
        it(`"${id}": get, add, put, update, remove and import treat it as an ordinary id`, async () => {
          const store = await seeded();
          const collection = store[name] as unknown as Writable;
          const record = { ...(examples()[name] as object), id };
          expect(collection.get(id)).to.equal(undefined);
          expect(getRecord(store.getState(), name, id)).to.equal(undefined);
          expect(hasRecord(store.getState(), name, id)).to.equal(false);
          expect(await collection.update(id, {}).catch((e: unknown) => e)).to.be.instanceOf(OtNotFoundError);
          expect(await collection.remove(id).catch((e: unknown) => e)).to.be.instanceOf(OtNotFoundError);

          if (id === '__proto__') {
            // The id schema refuses this one outright: a typed error on every path, nothing stored.
            for (const attempt of [collection.add(record), collection.put(record)])
              expect(await attempt.catch((e: unknown) => e)).to.be.instanceOf(OtValidationError);
            const doc = { format: 'otkit', version: 1, exportedAt: '', collections: { [name]: [record] } };
            const refused = await importDocument(store, JSON.stringify(doc)).catch((e: unknown) => e);
            expect(refused).to.be.instanceOf(OtValidationError);
            expect(collection.get(id)).to.equal(undefined);
            expect(hasRecord(store.getState(), name, id)).to.equal(false);
            return;
          }
          const added = await collection.add(record);
          expect(collection.get(id)).to.equal(added);
          expect(hasRecord(store.getState(), name, id)).to.equal(true);
          const size = store[name].size;
          const again = await collection.add(record).catch((e: unknown) => e);
          expect(again).to.be.instanceOf(OtValidationError);
          expect((again as OtValidationError).issues[0]?.code).to.equal('duplicate');
          await collection.put(record);
          await collection.update(id, (current: object) => ({ ...current }));
          expect(store[name].size).to.equal(size);
          expect((collection.get(id) as { id: string }).id).to.equal(id);

          const exported = exportDocument(store);
          const kept = collection.get(id);
          await collection.remove(id);
          expect(collection.get(id)).to.equal(undefined);
          expect(hasRecord(store.getState(), name, id)).to.equal(false);

          const restored = createStore();
          await importDocument(restored, JSON.parse(JSON.stringify(exported)));
          expect((restored[name] as unknown as Writable).get(id)).to.deep.equal(kept);
          expect(Object.prototype).to.not.have.own.property('id');
          expect(({} as { description?: unknown }).description).to.equal(undefined);
        });
      }
    });
  }

  it('a reference to a missing record named "constructor" is a validation error, not a crash', async () => {
    const store = await seeded();
    const error = await store.notes.add({ goalId: 'constructor', text: 'x' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OtValidationError);
    expect((error as OtValidationError).issues).to.deep.equal([
      { path: ['goalId'], code: 'reference', message: 'names no goal with id "constructor"' },
    ]);
  });
});
