import { expect } from '@open-wc/testing';
import {
  array,
  literal,
  number,
  object,
  optional,
  picklist,
  record,
  safeParse,
  sessionEventSchema,
  string,
  variant,
} from '@otkit/sdk';

describe('schema library', () => {
  describe('object: keys that are also names on Object.prototype', () => {
    const point = object({ x: number(), label: optional(string()) });

    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
      it(`reports "${key}" as an unknown field`, () => {
        // JSON.parse makes "__proto__" an own key, as a file or a server reply would.
        const input = JSON.parse(`{"x": 1, "${key}": {"y": 2}}`);
        const r = safeParse(point, input);
        expect(r.success).to.equal(false);
        if (!r.success)
          expect(r.issues).to.deep.equal([{ path: [key], code: 'unknown-key', message: 'is not a known field' }]);
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

  describe('messages about values that cannot be turned into text', () => {
    // JSON.parse('{"toString": 0}') gives an object that String() cannot convert: it throws a TypeError.
    const weird = () => JSON.parse('{"toString": 0, "valueOf": 0}');

    it('variant, picklist and literal name the type instead of throwing', () => {
      const shape = variant('kind', { dot: object({ kind: literal('dot') }) });
      expect(safeParse(shape, { kind: weird() })).to.deep.equal({
        success: false,
        issues: [{ path: ['kind'], code: 'enum', message: 'must be one of "dot" (got an object)' }],
      });
      expect(safeParse(picklist(['a']), weird())).to.deep.equal({
        success: false,
        issues: [{ path: [], code: 'enum', message: 'must be one of "a" (got an object)' }],
      });
      expect(safeParse(literal('a'), [weird()])).to.deep.equal({
        success: false,
        issues: [{ path: [], code: 'literal', message: 'must be "a" (got an array)' }],
      });
      expect(safeParse(sessionEventSchema, { type: weird(), at: 1 }).success).to.equal(false);
    });
  });

  describe('record: the key "__proto__"', () => {
    it('keeps "__proto__" as a key of the output instead of changing its prototype', () => {
      const r = safeParse(record(object({ x: number() })), JSON.parse('{"__proto__": {"x": 1}, "a": {"x": 2}}'));
      expect(r.success).to.equal(true);
      if (r.success) {
        expect(Object.keys(r.data)).to.deep.equal(['__proto__', 'a']);
        expect(Object.getPrototypeOf(r.data)).to.equal(Object.prototype);
        expect(Object.getOwnPropertyDescriptor(r.data, '__proto__')?.value).to.deep.equal({ x: 1 });
      }
    });

    it('checks the value under "__proto__" like any other', () => {
      const r = safeParse(record(number()), JSON.parse('{"__proto__": "five"}'));
      expect(r.success).to.equal(false);
      if (!r.success)
        expect(r.issues).to.deep.equal([
          { path: ['__proto__'], code: 'type', message: 'must be a finite number (got a string)' },
        ]);
    });
  });

  describe('messages name the type that was given', () => {
    it('says "got undefined", not "got a undefined"', () => {
      const r = safeParse(object({ x: number() }), undefined);
      expect(r.success).to.equal(false);
      if (!r.success) expect(r.issues[0]!.message).to.equal('must be an object (got undefined)');
    });
  });

  describe('array: size problems do not hide problems in the items', () => {
    it('reports a too-short array and each bad item', () => {
      const r = safeParse(array(number(), { min: 3 }), ['one', 2]);
      expect(r.success).to.equal(false);
      if (!r.success)
        expect(r.issues).to.deep.equal([
          { path: [], code: 'too-small', message: 'must have at least 3 items (got 2)' },
          { path: [0], code: 'type', message: 'must be a finite number (got a string)' },
        ]);
    });

    it('reports a too-long array and each bad item', () => {
      const r = safeParse(array(number(), { max: 1 }), [1, 'two']);
      expect(r.success).to.equal(false);
      if (!r.success)
        expect(r.issues).to.deep.equal([
          { path: [], code: 'too-big', message: 'must have at most 1 item (got 2)' },
          { path: [1], code: 'type', message: 'must be a finite number (got a string)' },
        ]);
    });
  });
});
