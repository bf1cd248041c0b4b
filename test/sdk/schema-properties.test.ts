import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_ISSUE_CODES,
  OT_COLLECTION_NAMES,
  collectionDef,
  goalSchema,
  parse,
  safeParse,
  scheduleSchema,
  sessionEventSchema,
  toJsonSchema,
} from '@otkit/sdk';
import { examples } from '../helpers/sdk-examples.js';
import { jsonSchemaErrors } from '../helpers/json-schema-check.js';

describe('schema library', () => {
  describe('properties (fast-check)', () => {
    const schemas = OT_COLLECTION_NAMES.map((name) => [name, collectionDef(name).schema] as const);
    const trickyKey = fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'valueOf',
      'hasOwnProperty',
      'type',
      'id',
      'steps',
      'choices',
      'grid',
      'events',
      'image',
      'src',
      '0',
      '',
    );
    const trickyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        trickyKey,
        fc.constantFrom(
          'start',
          'first-then',
          'javascript:alert(1)',
          'https://example.org/a.png',
          'data:image/svg+xml;base64,AA==',
        ),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(trickyKey, tie('value'), { maxKeys: 5 }),
        // Shapes close to real records, with a tag or a field that names an Object.prototype member.
        fc.record({ type: trickyKey, at: fc.nat() }),
        fc.record({
          id: fc.constant('x'),
          events: fc.array(fc.record({ type: trickyKey, at: fc.nat() }), { maxLength: 3 }),
        }),
      ),
    })).value;

    it('parse never throws on any JSON input (including prototype-named keys and tags): it returns issues', () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), trickyValue), (value) => {
          // Round-trip through JSON text, as a file or a server reply would arrive.
          const input = JSON.parse(JSON.stringify(value) ?? 'null');
          for (const [, schema] of schemas) {
            const r = safeParse(schema, input);
            if (!r.success) {
              expect(r.issues.length).to.be.above(0);
              for (const i of r.issues) {
                expect(OT_ISSUE_CODES).to.include(i.code);
                expect(i.message).to.be.a('string').and.not.equal('');
                for (const seg of i.path) expect(['string', 'number']).to.include(typeof seg);
              }
            }
          }
          for (const schema of [sessionEventSchema, scheduleSchema]) safeParse(schema, input);
        }),
        { numRuns: 300 },
      );
    });

    const text = (max: number) =>
      fc
        .string({ minLength: 1, maxLength: max })
        .map((t) => t.trim())
        .filter((t) => t.length > 0);
    const goalArb = fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,20}$/),
        description: text(60),
        // -0 is a valid order, but JSON writes it as 0: leave it out of the JSON round trip.
        order: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
        lifecycle: fc.constantFrom('active', 'on-hold', 'completed', 'cancelled'),
        image: fc.oneof(
          fc.record(
            { symbol: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), alt: fc.string({ maxLength: 20 }) },
            { requiredKeys: ['symbol'] },
          ),
          fc.record({ src: fc.webUrl({ validSchemes: ['https'] }) }),
        ),
        createdAt: fc.integer({ min: 0, max: 2 ** 47 }),
        updatedAt: fc.integer({ min: 0, max: 2 ** 47 }),
      },
      { requiredKeys: ['id', 'description', 'order', 'lifecycle', 'createdAt'] },
    );

    it('a valid goal round-trips through parse (and through JSON) unchanged', () => {
      fc.assert(
        fc.property(goalArb, (goal) => {
          const r = safeParse(goalSchema, goal);
          expect(r.success, JSON.stringify(!r.success && r.issues)).to.equal(true);
          if (!r.success) return;
          expect(r.data).to.deep.equal(goal);
          expect(parse(goalSchema, JSON.parse(JSON.stringify(r.data)))).to.deep.equal(r.data);
        }),
        { numRuns: 300 },
      );
    });

    it('parsing is idempotent for the output of any accepted input', () => {
      fc.assert(
        fc.property(trickyValue, (value) => {
          for (const [, schema] of schemas) {
            const r = safeParse(schema, value);
            if (r.success) expect(parse(schema, r.data)).to.deep.equal(r.data);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('the emitted JSON Schema accepts every valid example and every generated valid goal', () => {
      const ex = examples();
      for (const name of OT_COLLECTION_NAMES) {
        const schema = collectionDef(name).schema;
        expect(jsonSchemaErrors(toJsonSchema(schema), ex[name] as never), name).to.deep.equal([]);
      }
      fc.assert(
        fc.property(goalArb, (goal) => {
          expect(jsonSchemaErrors(toJsonSchema(goalSchema), parse(goalSchema, goal) as never)).to.deep.equal([]);
        }),
        { numRuns: 200 },
      );
    });

    it('the emitted JSON Schema rejects the classic bad inputs too', () => {
      const bad = examples().goals as Record<string, unknown>;
      expect(jsonSchemaErrors(toJsonSchema(goalSchema), { ...bad, description: '' } as never)).to.not.deep.equal([]);
      expect(jsonSchemaErrors(toJsonSchema(goalSchema), { ...bad, lifecycle: 'paused' } as never)).to.not.deep.equal(
        [],
      );
      expect(jsonSchemaErrors(toJsonSchema(goalSchema), { ...bad, order: '1' } as never)).to.not.deep.equal([]);
      expect(jsonSchemaErrors(toJsonSchema(goalSchema), { ...bad, titel: 'typo' } as never)).to.not.deep.equal([]);
    });
  });
});
