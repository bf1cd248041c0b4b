import { expect } from '@open-wc/testing';
import {
  OtValidationError,
  describe as describeSchema,
  number,
  object,
  optional,
  parse,
  refine,
  string,
  toJsonSchema,
} from '@otkit/sdk';
import { dataOf, issuesOf } from './schema-helpers.js';

describe('schema library', () => {
  describe('refine and describe', () => {
    const even = refine(number(), (n) => (n % 2 ? 'must be even' : undefined));

    it('refine adds a check with a message and code', () => {
      expect(dataOf(even, 4)).to.equal(4);
      expect(issuesOf(even, 3)).to.deep.equal([{ path: [], code: 'invalid', message: 'must be even' }]);
      expect(
        issuesOf(
          refine(string(), () => 'no', 'url'),
          'x',
        )[0]!.code,
      ).to.equal('url');
    });

    it('refine runs only when the base schema passed', () => {
      let ran = 0;
      const checked = refine(number(), () => {
        ran++;
        return undefined;
      });
      issuesOf(checked, 'x');
      expect(ran).to.equal(0);
    });

    it('refine can report several problems at nested paths, or none with an empty list', () => {
      const pair = refine(object({ a: number(), b: number() }), (p) =>
        p.a > p.b
          ? [
              { path: ['a'], message: 'must not be above b', code: 'order' as const },
              { path: ['b'], message: 'must not be below a' },
            ]
          : [],
      );
      expect(dataOf(pair, { a: 1, b: 2 })).to.deep.equal({ a: 1, b: 2 });
      expect(issuesOf(object({ pair }), { pair: { a: 3, b: 2 } })).to.deep.equal([
        { path: ['pair', 'a'], code: 'order', message: 'must not be above b' },
        { path: ['pair', 'b'], code: 'invalid', message: 'must not be below a' },
      ]);
    });

    it("refine and describe keep an object's shape and an optional flag", () => {
      const shaped = refine(object({ a: number() }), () => undefined);
      expect(Object.keys(shaped.shape)).to.deep.equal(['a']);
      const opt = describeSchema(optional(number()), 'A count');
      expect(opt.optional).to.equal(true);
      expect(dataOf(object({ n: opt }), {})).to.deep.equal({});
      expect(toJsonSchema(opt)).to.deep.equal({ type: 'number', description: 'A count' });
      expect(opt.description).to.equal('A count');
    });
  });

  describe('parse', () => {
    it('returns the clean value', () => {
      expect(parse(string({ min: 1 }), ' a ')).to.equal('a');
    });

    it('throws an OtValidationError with the subject and every issue', () => {
      const shape = object({
        a: number(),
        b: number(),
        c: number(),
        d: number(),
        e: number(),
        f: number(),
        g: number(),
      });
      let error: unknown;
      try {
        parse(shape, {}, 'widget');
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(OtValidationError);
      const v = error as OtValidationError;
      expect(v.subject).to.equal('widget');
      expect(v.code).to.equal('validation');
      expect(v.issues).to.have.length(7);
      expect(v.message).to.equal(
        'Invalid widget: a: is required; b: is required; c: is required; d: is required; e: is required; and 2 more',
      );
    });
  });
});
