import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OT_DRAFT_MAX, createStore, draftKey, draftsFor, indexedDbDrafts, memoryDrafts } from '@otkit/sdk';

describe('drafts', () => {
  for (const [name, make] of [
    ['in memory', () => memoryDrafts()],
    ['in IndexedDB', () => indexedDbDrafts(`otkit-test-sdk-drafts-${Math.random()}`)],
  ] as const) {
    it(`keeps, clips and clears a draft ${name}`, async () => {
      const drafts = make();
      expect(await drafts.read('a')).to.equal(undefined);
      await drafts.write('a', 'Half a note');
      expect(await drafts.read('a')).to.equal('Half a note');
      await drafts.write('a', 'x'.repeat(OT_DRAFT_MAX + 5));
      expect(await drafts.read('a')).to.have.length(OT_DRAFT_MAX);
      await drafts.write('a', '');
      expect(await drafts.read('a')).to.equal(undefined);
      await drafts.write('b', 'B');
      await drafts.clear('b');
      expect(await drafts.read('b')).to.equal(undefined);
    });
  }

  it('gives each store its own drafts, outside its records and change log', async () => {
    const a = createStore();
    const b = createStore();
    await draftsFor(a).write('k', 'for a');
    expect(await draftsFor(a).read('k')).to.equal('for a');
    expect(await draftsFor(b).read('k')).to.equal(undefined);
    expect(await a.changes()).to.have.length(0);
  });

  it('keys never collide across parts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
        fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
        (x, y) =>
          draftKey(...x) === draftKey(...y) ? x.length === y.length && x.every((part, i) => part === y[i]) : true,
      ),
    );
  });
});
