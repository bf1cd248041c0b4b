import { expect } from '@open-wc/testing';
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
