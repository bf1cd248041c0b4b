import { expect } from '@open-wc/testing';
import { OtValidationError, collectionDef, createStore, safeParse, type OtStore } from '@otkit/sdk';
import { INSERT_ORDER, examples } from '../helpers/sdk-examples.js';
import { CASES, type Rec } from './entity-bad-cases.js';

async function filledStore(): Promise<OtStore> {
  const store = createStore();
  const ex = examples();
  await store.transaction((tx) => {
    for (const name of INSERT_ORDER) (tx[name] as { put(r: unknown): unknown }).put(ex[name]);
  });
  return store;
}

describe('entities', () => {
  describe('bad input', () => {
    for (const c of CASES) {
      describe(`${collectionDef(c.collection).entity} with ${c.what}`, () => {
        it('is rejected with the path and the message', () => {
          const record = examples()[c.collection] as Rec;
          c.change(record);
          const r = safeParse(collectionDef(c.collection).schema, record);
          expect(r.success).to.equal(false);
          if (!r.success) expect(r.issues).to.deep.equal(c.issues);
        });

        it('is refused by the store, which stays unchanged', async () => {
          const store = await filledStore();
          const before = store.getState();
          const log = await store.changes();
          let calls = 0;
          store.subscribe(
            (s) => s,
            () => calls++,
          );
          const record = examples()[c.collection] as Rec;
          c.change(record);
          let error: unknown;
          await (store[c.collection] as { put(r: unknown): Promise<unknown> }).put(record).catch((e) => (error = e));
          expect(error).to.be.instanceOf(OtValidationError);
          const v = error as OtValidationError;
          expect(v.subject).to.equal(collectionDef(c.collection).entity);
          expect(v.issues).to.deep.equal(c.issues);
          expect(v.message).to.contain(c.issues[0]!.message);
          expect(store.getState()).to.equal(before);
          expect(await store.changes()).to.deep.equal(log);
          expect(calls).to.equal(0);
        });
      });
    }
  });
});
