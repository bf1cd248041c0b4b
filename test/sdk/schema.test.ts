import { expect } from '@open-wc/testing';
import { literal, number, object, optional, safeParse, sessionEventSchema, string, variant } from '@otkit/sdk';

describe('schema library', () => {
  describe('object: keys that are also names on Object.prototype', () => {
    const point = object({ x: number(), label: optional(string()) });

    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
      it(`reports "${key}" as an unknown field`, () => {
        // JSON.parse makes "__proto__" an own key, as a file or a server reply would.
        const input = JSON.parse(`{"x": 1, "${key}": {"y": 2}}`);
        const r = safeParse(point, input);
        expect(r.success).to.equal(false);
        if (!r.success) expect(r.issues).to.deep.equal([{ path: [key], code: 'unknown-key', message: 'is not a known field' }]);
      });
    }
  });

  describe('variant: a tag that is also a name on Object.prototype', () => {
    const shape = variant('kind', {
      dot: object({ kind: literal('dot'), x: number() }),
      line: object({ kind: literal('line'), length: number() }),
    });

    for (const tag of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf']) {
      it(`rejects the tag "${tag}" with an enum issue instead of throwing`, () => {
        const r = safeParse(shape, { kind: tag, x: 1 });
        expect(r.success).to.equal(false);
        if (!r.success) {
          expect(r.issues).to.have.length(1);
          expect(r.issues[0]!.path).to.deep.equal(['kind']);
          expect(r.issues[0]!.code).to.equal('enum');
          expect(r.issues[0]!.message).to.equal(`must be one of "dot", "line" (got "${tag}")`);
        }
      });
    }

    it('rejects a session event of type "toString" without throwing', () => {
      expect(safeParse(sessionEventSchema, { type: 'toString', at: 1 }).success).to.equal(false);
    });
  });
});
