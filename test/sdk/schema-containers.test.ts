import { expect } from '@open-wc/testing';
import {
  array,
  boolean,
  literal,
  nullable,
  number,
  object,
  optional,
  picklist,
  record,
  string,
  union,
  variant,
  withDefault,
  toJsonSchema,
} from '@otkit/sdk';
import { dataOf, issuesOf } from './schema-helpers.js';

describe('schema library', () => {
  describe('array', () => {
    it('checks every item and reports each bad one with its index', () => {
      expect(dataOf(array(number()), [1, 2])).to.deep.equal([1, 2]);
      expect(issuesOf(array(number({ min: 0 })), [1, -1, 'x', -2])).to.deep.equal([
        { path: [1], code: 'too-small', message: 'must be at least 0 (got -1)' },
        { path: [2], code: 'type', message: 'must be a finite number (got a string)' },
        { path: [3], code: 'too-small', message: 'must be at least 0 (got -2)' },
      ]);
      expect(issuesOf(array(number()), { 0: 1 })[0]!.message).to.equal('must be an array (got an object)');
    });

    it('uniqueBy reports the repeat with its label and the first index', () => {
      const ids = array(object({ id: string() }), { uniqueBy: (x) => x.id, uniqueLabel: 'id' });
      expect(issuesOf(ids, [{ id: 'a' }, { id: 'b' }, { id: 'a' }])).to.deep.equal([
        { path: [2], code: 'duplicate', message: 'repeats id "a" already used at index 0' },
      ]);
      expect(issuesOf(array(number(), { uniqueBy: (n) => n }), [1, 1])[0]!.message).to.equal(
        'repeats value 1 already used at index 0',
      );
    });

    it('emits JSON Schema', () => {
      expect(toJsonSchema(array(boolean(), { min: 1, max: 3 }))).to.deep.equal({
        type: 'array',
        items: { type: 'boolean' },
        minItems: 1,
        maxItems: 3,
      });
    });
  });

  describe('object', () => {
    const person = object({
      name: string({ min: 1 }),
      age: optional(number({ min: 0 })),
      role: withDefault(picklist(['ot', 'teacher']), 'ot' as const),
      address: optional(
        object({ city: string({ min: 1 }), zip: string({ pattern: /^\d{5}$/, patternLabel: 'five digits' }) }),
      ),
    });

    it('returns a clean copy with defaults filled in and absent optional keys left out', () => {
      const input = { name: ' Ana ', age: undefined };
      const out = dataOf(person, input);
      expect(out).to.deep.equal({ name: 'Ana', role: 'ot' });
      expect(Object.keys(out)).to.deep.equal(['name', 'role']);
      expect(out).to.not.equal(input);
    });

    it('collects every problem, nested ones with their full path', () => {
      expect(
        issuesOf(person, {
          name: '',
          age: -1,
          role: 'nurse',
          address: { city: ' ', zip: '1234' },
          nickname: 'A',
          extra: 1,
        }),
      ).to.deep.equal([
        { path: ['name'], code: 'too-small', message: 'must not be empty' },
        { path: ['age'], code: 'too-small', message: 'must be at least 0 (got -1)' },
        { path: ['role'], code: 'enum', message: 'must be one of "ot", "teacher" (got "nurse")' },
        { path: ['address', 'city'], code: 'too-small', message: 'must not be empty' },
        { path: ['address', 'zip'], code: 'pattern', message: 'must be five digits (got "1234")' },
        { path: ['nickname'], code: 'unknown-key', message: 'is not a known field' },
        { path: ['extra'], code: 'unknown-key', message: 'is not a known field' },
      ]);
    });

    it('reports a missing required key as "is required", and ignores unknown keys whose value is undefined', () => {
      expect(issuesOf(person, { title: undefined })).to.deep.equal([
        { path: ['name'], code: 'required', message: 'is required' },
      ]);
    });

    it('rejects non-objects', () => {
      for (const v of [null, [], 'x', 3]) expect(issuesOf(person, v)[0]!.code).to.equal('type');
    });

    it('passthrough keeps matching extension keys untouched', () => {
      const ext = object({ a: number() }, { passthrough: /^ext_/ });
      expect(dataOf(ext, { a: 1, ext_color: { r: 1 } })).to.deep.equal({ a: 1, ext_color: { r: 1 } });
      expect(issuesOf(ext, { a: 1, other: 2 })[0]!.path).to.deep.equal(['other']);
    });

    it('emits JSON Schema with required keys, defaults, no additional properties and a title', () => {
      expect(
        toJsonSchema(object({ a: string(), b: optional(number()), c: withDefault(boolean(), true) }, { title: 'T' })),
      ).to.deep.equal({
        type: 'object',
        title: 'T',
        properties: { a: { type: 'string' }, b: { type: 'number' }, c: { type: 'boolean', default: true } },
        required: ['a'],
        additionalProperties: false,
      });
      expect(toJsonSchema(object({}, { passthrough: /^ext_/ }))).to.deep.include({
        patternProperties: { '^ext_': {} },
      });
    });
  });

  describe('optional, withDefault, nullable', () => {
    it('optional accepts undefined but not null', () => {
      expect(dataOf(optional(number()), undefined)).to.equal(undefined);
      expect(issuesOf(optional(number()), null)[0]!.message).to.equal('must be a finite number (got null)');
    });

    it('withDefault fills the fallback, calling a function fallback each time', () => {
      let made = 0;
      const list = withDefault(array(number()), () => {
        made++;
        return [];
      });
      const a = dataOf(list, undefined);
      const b = dataOf(list, undefined);
      expect(a).to.deep.equal([]);
      expect(a).to.not.equal(b);
      expect(made).to.equal(2);
      expect(dataOf(list, [1])).to.deep.equal([1]);
      expect(toJsonSchema(list)).to.deep.equal({ type: 'array', items: { type: 'number' } });
    });

    it('nullable accepts null but not undefined', () => {
      expect(dataOf(nullable(string()), null)).to.equal(null);
      expect(issuesOf(nullable(string()), undefined)[0]!.message).to.equal('must be a string (got undefined)');
      expect(toJsonSchema(nullable(string()))).to.deep.equal({ anyOf: [{ type: 'string' }, { type: 'null' }] });
    });
  });

  describe('variant', () => {
    const event = variant('type', {
      start: object({ type: literal('start'), at: number() }),
      extend: object({ type: literal('extend'), at: number(), minutes: number({ min: 1 }) }),
    });

    it("checks a value against the variant its tag names, and reports that variant's problems only", () => {
      expect(dataOf(event, { type: 'extend', at: 1, minutes: 5 })).to.deep.equal({ type: 'extend', at: 1, minutes: 5 });
      expect(issuesOf(event, { type: 'start', at: 1, minutes: 5 })).to.deep.equal([
        { path: ['minutes'], code: 'unknown-key', message: 'is not a known field' },
      ]);
      expect(issuesOf(event, { type: 'extend', at: 1 })).to.deep.equal([
        { path: ['minutes'], code: 'required', message: 'is required' },
      ]);
    });

    it('reports a missing or unknown tag at the tag path, and a non-object at the root', () => {
      expect(issuesOf(event, { at: 1 })).to.deep.equal([
        { path: ['type'], code: 'enum', message: 'must be one of "start", "extend" (got undefined)' },
      ]);
      expect(issuesOf(event, { type: 3 })[0]!.path).to.deep.equal(['type']);
      expect(issuesOf(event, 'start')).to.deep.equal([
        { path: [], code: 'type', message: 'must be an object (got a string)' },
      ]);
    });

    it('emits oneOf', () => {
      expect((toJsonSchema(event).oneOf as unknown[]).length).to.equal(2);
    });
  });

  describe('record and union', () => {
    it('record checks keys against the pattern and every value', () => {
      const scores = record(number({ min: 0 }), /^[a-z]+$/, 'player name');
      expect(dataOf(scores, { ana: 1, bo: 2 })).to.deep.equal({ ana: 1, bo: 2 });
      expect(issuesOf(scores, { Ana: 1, bo: -1 })).to.deep.equal([
        { path: ['Ana'], code: 'pattern', message: 'is not a valid player name' },
        { path: ['bo'], code: 'too-small', message: 'must be at least 0 (got -1)' },
      ]);
      expect(issuesOf(scores, [])[0]!.message).to.equal('must be an object (got an array)');
      expect(toJsonSchema(scores)).to.deep.equal({
        type: 'object',
        additionalProperties: { type: 'number', minimum: 0 },
        propertyNames: { pattern: '^[a-z]+$' },
      });
    });

    it('union takes the first member that accepts the value, else one issue with its label', () => {
      const idOrIndex = union([string({ min: 1 }), number({ integer: true })], 'an id or an index');
      expect(dataOf(idOrIndex, ' a ')).to.equal('a');
      expect(dataOf(idOrIndex, 3)).to.equal(3);
      expect(issuesOf(idOrIndex, 1.5)).to.deep.equal([
        { path: [], code: 'type', message: 'must be an id or an index' },
      ]);
      expect(toJsonSchema(idOrIndex)).to.deep.equal({ anyOf: [{ type: 'string', minLength: 1 }, { type: 'integer' }] });
    });
  });
});
