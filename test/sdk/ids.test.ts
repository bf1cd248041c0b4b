import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OT_ID_PATTERN, createId } from '@otkit/sdk';

describe('createId', () => {
  it('makes 26-character ids that match the id pattern', () => {
    const id = createId();
    expect(id).to.have.length(26);
    expect(OT_ID_PATTERN.test(id)).to.equal(true);
  });

  it('sorts in creation order, within one millisecond and across milliseconds', () => {
    const t = Date.UTC(2026, 10, 23, 9, 0, 0);
    const ids = [createId(t), createId(t), createId(t), createId(t + 1), createId(t + 1), createId(t + 1000)];
    expect([...ids].sort()).to.deep.equal(ids);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('encodes the time so later ids sort after earlier ones', () => {
    const early = createId(Date.UTC(2020, 0, 1));
    const late = createId(Date.UTC(2030, 0, 1));
    expect(early < late).to.equal(true);
  });
});

describe('createId with an unusual time', () => {
  it('drops fractions of a millisecond (performance.now()-style clocks)', () => {
    const id = createId(Date.UTC(2031, 0, 1) + 0.75);
    expect(OT_ID_PATTERN.test(id)).to.equal(true);
    expect(id).to.match(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  for (const bad of [Number.NaN, -1, Number.POSITIVE_INFINITY, 2 ** 48]) {
    it(`refuses ${bad} with a RangeError`, () => {
      expect(() => createId(bad)).to.throw(RangeError, /milliseconds since 1970/);
    });
  }
});

describe('createId: sortable, unique, pattern', () => {
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const timeOf = (id: string) => [...id.slice(0, 10)].reduce((t, c) => t * 32 + ALPHABET.indexOf(c), 0);

  it('uses the Crockford base-32 alphabet (no I, L, O, U) and encodes the time in the first 10 characters', () => {
    const t = Date.UTC(2041, 5, 1, 12, 30);
    const id = createId(t);
    expect(id).to.match(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(timeOf(id)).to.equal(t);
  });

  it('makes 20,000 unique ids in a tight loop, each sorting after the one before', () => {
    const ids: string[] = [];
    for (let i = 0; i < 20_000; i++) ids.push(createId());
    expect(new Set(ids).size).to.equal(ids.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i - 1]! < ids[i]!, `${ids[i - 1]} < ${ids[i]}`).to.equal(true);
  });

  it('stays increasing when the clock goes backwards (e.g. a manual clock set back)', () => {
    const a = createId(Date.UTC(2042, 0, 1));
    const b = createId(Date.UTC(2000, 0, 1));
    expect(a < b).to.equal(true);
    expect(timeOf(b)).to.equal(Date.UTC(2042, 0, 1));
  });

  it('ids made at increasing times sort in that order (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10 ** 6 }), { minLength: 2, maxLength: 50 }), (steps) => {
        let t = Date.UTC(2050, 0, 1) + Math.floor(Math.random() * 1e9);
        const ids = steps.map((step) => createId((t += step)));
        expect([...ids].sort()).to.deep.equal(ids);
        for (const id of ids) expect(OT_ID_PATTERN.test(id)).to.equal(true);
      }),
      { numRuns: 100 },
    );
  });

  it('the id pattern takes host ids and refuses what is not an id', () => {
    for (const ok of ['a', 'Z9', 'goal-1', 'urn:otkit:goal.1', 'x'.repeat(128)])
      expect(OT_ID_PATTERN.test(ok), ok).to.equal(true);
    for (const bad of ['', '-a', '.a', 'a b', 'a/b', 'a\n', 'x'.repeat(129), '__proto__', 'é'])
      expect(OT_ID_PATTERN.test(bad), bad).to.equal(false);
  });
});
