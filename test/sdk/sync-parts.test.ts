// How sync cuts a large change into parts: every record once with its last value, parts within the limits,
// and an order in which each part's references point at records written by an earlier part (or not in the
// change at all), removals after the removals of what refers to them.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { OtChange, OtOp } from '@otkit/sdk';
import { partsOf } from '../../packages/sdk/src/sync/parts.js';

type Json = Record<string, unknown>;

const ids = Array.from({ length: 40 }, (_, i) => `r${i}`);

/** A note (which may name a goal, a session and the note it was carried from) or a goal or a session. */
const putArb = fc.oneof(
  fc.record({
    collection: fc.constant('notes' as const),
    id: fc.constantFrom(...ids),
    goalId: fc.option(fc.constantFrom(...ids), { nil: undefined }),
    sessionId: fc.option(fc.constantFrom(...ids), { nil: undefined }),
    carriedFromId: fc.option(fc.constantFrom(...ids), { nil: undefined }),
  }),
  fc.record({ collection: fc.constant('goals' as const), id: fc.constantFrom(...ids) }),
  fc.record({ collection: fc.constant('sessionRecords' as const), id: fc.constantFrom(...ids) }),
);

const opArb = fc.oneof(
  {
    weight: 4,
    arbitrary: putArb.map(({ collection, ...value }): OtOp => ({ type: 'put', collection, id: value.id, value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ collection: fc.constantFrom('notes', 'goals', 'sessionRecords' as const), id: fc.constantFrom(...ids) })
      .map(({ collection, id }): OtOp => ({ type: 'delete', collection: collection as 'notes', id })),
  },
);

const key = (op: { collection: string; id: string }) => `${op.collection}/${op.id}`;
const refsOf = (collection: string, value: Json | undefined): string[] => {
  if (!value || collection !== 'notes') return [];
  return [
    typeof value.goalId === 'string' ? `goals/${value.goalId}` : '',
    typeof value.sessionId === 'string' ? `sessionRecords/${value.sessionId}` : '',
    typeof value.carriedFromId === 'string' ? `notes/${value.carriedFromId}` : '',
  ].filter(Boolean);
};

function change(ops: OtOp[]): OtChange {
  return { id: '01JCHANGE', at: 1, actor: 'therapist', command: 'import.merge', ops };
}

describe('sync parts', () => {
  it('sends a change that fits whole, under its own id', () => {
    const ops: OtOp[] = [{ type: 'put', collection: 'goals', id: 'g1', value: { id: 'g1' } }];
    const parts = partsOf(change(ops), () => undefined, { ops: 10, bytes: 10_000 });
    expect(parts).to.have.length(1);
    expect(parts[0]!.change.id).to.equal('01JCHANGE');
    expect(parts[0]!.change.ops).to.deep.equal(ops);
  });

  it('keeps every record once, with its last op, in parts within the limits', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 120 }), fc.integer({ min: 1, max: 30 }), (ops, max) => {
        const parts = partsOf(change(ops), () => undefined, { ops: max, bytes: 1_000_000 });
        const sent = parts.flatMap((p) => p.change.ops);
        const last = new Map<string, OtOp>();
        for (const op of ops) last.set(key(op), op);
        const whole = parts[0]!.change.id === '01JCHANGE';
        expect(sent).to.have.length(whole ? ops.length : last.size);
        expect(whole).to.equal(ops.length <= max);
        if (!whole) {
          expect(new Set(sent.map(key)).size).to.equal(sent.length);
          for (const op of sent) expect(op).to.equal(last.get(key(op)));
          parts.forEach((part, index) => {
            expect(part.change.ops.length).to.be.at.most(max);
            expect(part.change.id).to.equal(`01JCHANGE.p${index + 1}of${parts.length}`);
          });
        }
      }),
    );
  });

  it('orders parts so each reference points at a record an earlier or the same part wrote', () => {
    fc.assert(
      fc.property(fc.array(putArb, { minLength: 2, maxLength: 120 }), (puts) => {
        const ops: OtOp[] = puts.map(({ collection, ...value }) => ({ type: 'put', collection, id: value.id, value }));
        const sent = partsOf(change(ops), () => undefined, { ops: 1, bytes: 1_000_000 }).flatMap((p) => p.change.ops);
        const inChange = new Set(ops.map(key));
        const written = new Set<string>();
        // A cycle (a note carried from itself, or two from each other) has no order that works; the rest does.
        const cyclic = (start: string): boolean => {
          const seen = new Set<string>();
          const walk = (at: string): boolean => {
            if (seen.has(at)) return at === start;
            seen.add(at);
            const op = sent.find((o) => key(o) === at);
            return op?.type === 'put' ? refsOf(op.collection, op.value as Json).some(walk) : false;
          };
          return walk(start);
        };
        for (const op of sent) {
          for (const ref of refsOf(op.collection, op.type === 'put' ? (op.value as Json) : undefined))
            if (inChange.has(ref) && !cyclic(key(op))) expect(written.has(ref), `${key(op)} → ${ref}`).to.equal(true);
          written.add(key(op));
        }
      }),
    );
  });

  it('removes what refers to a record before the record, and moves references away first', () => {
    const before: Record<string, Json> = {
      'goals/g': { id: 'g' },
      'notes/a': { id: 'a', goalId: 'g' },
      'notes/b': { id: 'b', carriedFromId: 'a' },
      'notes/c': { id: 'c', goalId: 'g' },
    };
    const ops: OtOp[] = [
      { type: 'delete', collection: 'goals', id: 'g' },
      { type: 'delete', collection: 'notes', id: 'a' },
      { type: 'put', collection: 'notes', id: 'c', value: { id: 'c' } },
      { type: 'delete', collection: 'notes', id: 'b' },
    ];
    const parts = partsOf(change(ops), (op) => before[key(op)], { ops: 1, bytes: 1_000_000 });
    expect(parts.map((p) => `${p.change.ops[0]!.type} ${key(p.change.ops[0]!)}`)).to.deep.equal([
      'put notes/c',
      'delete notes/b',
      'delete notes/a',
      'delete goals/g',
    ]);
    // The put keeps what the record held before the change, so only its changed fields are sent.
    expect(parts[0]!.before.get(parts[0]!.change.ops[0]!)).to.deep.equal(before['notes/c']);
  });

  it('cuts by bytes too, and sends a record larger than a part alone', () => {
    const big = 'x'.repeat(5_000);
    const ops: OtOp[] = ['a', 'b', 'c', 'd'].map((id) => ({
      type: 'put',
      collection: 'goals',
      id,
      value: { id, description: big },
    }));
    const parts = partsOf(change(ops), () => undefined, { ops: 100, bytes: 11_000 });
    expect(parts.map((p) => p.change.ops.length)).to.deep.equal([2, 2]);
    const alone = partsOf(change(ops), () => undefined, { ops: 100, bytes: 1_000 });
    expect(alone.map((p) => p.change.ops.length)).to.deep.equal([1, 1, 1, 1]);
  });
});
