import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_END_REASONS,
  OT_PAUSE_REASONS,
  OT_SESSION_EVENT_TYPES,
  applySessionEvent,
  sessionFlow,
  sessionTemplate,
  type OtSessionEvent,
  type OtSessionPhase,
  type OtSessionState,
} from '@otkit/sdk';

const M = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

const phasesArb: fc.Arbitrary<OtSessionPhase[]> = fc.oneof(
  fc.constantFrom(30, 45, 60).map((m) => sessionTemplate(m)),
  fc
    .uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), minutes: fc.integer({ min: 1, max: 30 }) }), {
      minLength: 1,
      maxLength: 6,
      selector: (p) => p.id,
    })
    .map((list) => list.map((p) => ({ ...p, label: p.id.toUpperCase() }))),
);

/** A step of a random session: an event of any type (or a made-up one) after a random gap. */
const stepArb = fc.record({
  type: fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...OT_SESSION_EVENT_TYPES) },
    { weight: 1, arbitrary: fc.constant('jump') },
  ),
  gap: fc.oneof(fc.integer({ min: 0, max: 15 * M }), fc.constant(0), fc.integer({ min: -M, max: -1 })),
  minutes: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(0, -3, 0.5)),
  reason: fc.constantFrom(...OT_PAUSE_REASONS),
  endReason: fc.constantFrom(...OT_END_REASONS),
});
type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;

function toEvent(step: Step, at: number): OtSessionEvent {
  const base = { type: step.type, at } as Record<string, unknown>;
  if (step.type === 'pause') base.reason = step.reason;
  if (step.type === 'extend') base.minutes = step.minutes;
  if (step.type === 'end') base.reason = step.endReason;
  return base as unknown as OtSessionEvent;
}

/** Feeds every step through applySessionEvent; returns the accepted log and every outcome. */
function run(phases: OtSessionPhase[], steps: Step[], autoAdvance: boolean) {
  let events: readonly OtSessionEvent[] = [];
  let at = T0;
  const outcomes: { ok: boolean; reason?: string; state: OtSessionState }[] = [];
  for (const step of [{ type: 'start', gap: 0 } as Step, ...steps]) {
    at += step.gap;
    const r = applySessionEvent(phases, events, toEvent(step, at), { autoAdvance });
    outcomes.push(r.ok ? { ok: true, state: r.state } : { ok: false, reason: r.reason, state: r.state });
    if (r.ok) events = r.events;
  }
  return { events, outcomes, last: Math.max(at, events[events.length - 1]?.at ?? T0) };
}

const sessionArb = fc.record({
  phases: phasesArb,
  steps: fc.array(stepArb, { maxLength: 40 }),
  autoAdvance: fc.boolean(),
  later: fc.integer({ min: 0, max: 90 * M }),
});

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

describe('session clock: properties', () => {
  it('applies or rejects any sequence of events with a reason, and never throws', () => {
    fc.assert(
      fc.property(sessionArb, ({ phases, steps, autoAdvance }) => {
        const { events, outcomes } = run(phases, steps, autoAdvance);
        for (const o of outcomes) {
          if (!o.ok)
            expect(o.reason)
              .to.be.a('string')
              .and.match(/^(cannot \w+: |is earlier)/);
        }
        // The accepted log is a valid log: replaying it finds no problem.
        expect(sessionFlow(phases, events, T0, { autoAdvance }).problem).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on values that are not events at all', () => {
    fc.assert(
      fc.property(phasesArb, fc.array(fc.anything(), { maxLength: 8 }), fc.anything(), (phases, log, event) => {
        const r = applySessionEvent(phases, log as OtSessionEvent[], event as OtSessionEvent);
        expect(typeof r.ok).to.equal('boolean');
        sessionFlow(phases, log as OtSessionEvent[], T0);
      }),
      { numRuns: 300 },
    );
  });

  it('never counts time while paused', () => {
    fc.assert(
      fc.property(sessionArb, ({ phases, steps, autoAdvance, later }) => {
        const { events, last } = run(phases, steps, autoAdvance);
        const before = sessionFlow(phases, events, last, { autoAdvance });
        const after = sessionFlow(phases, events, last + later, { autoAdvance });
        if (before.status === 'paused' || before.status === 'ended' || before.status === 'not-started') {
          expect(after.elapsed).to.equal(before.elapsed);
          expect(after.phases.map((p) => p.actual)).to.deep.equal(before.phases.map((p) => p.actual));
          expect(after.index).to.equal(before.index);
        } else {
          expect(after.elapsed).to.equal(before.elapsed + later);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adds up the actual time of the phases to the active time: wall time since the start minus pauses', () => {
    fc.assert(
      fc.property(sessionArb, ({ phases, steps, autoAdvance, later }) => {
        const { events, last } = run(phases, steps, autoAdvance);
        const s = sessionFlow(phases, events, last + later, { autoAdvance });
        const actual = sum(s.phases.map((p) => p.actual));
        expect(actual).to.equal(s.elapsed);
        const wall = s.startedAt === undefined ? 0 : s.at - s.startedAt;
        expect(actual).to.equal(wall - sum(s.pauses.map((p) => p.duration)));
        expect(s.phaseRemaining === 0 || s.overrun === 0).to.equal(true);
        expect(s.phase.actual - s.phase.budget).to.equal(s.overrun - s.phaseRemaining);
      }),
      { numRuns: 300 },
    );
  });

  it('replaying the same log always gives the same state, and the same as applying it event by event', () => {
    fc.assert(
      fc.property(sessionArb, ({ phases, steps, autoAdvance, later }) => {
        const { events, outcomes, last } = run(phases, steps, autoAdvance);
        const a = sessionFlow(phases, events, last + later, { autoAdvance });
        const b = sessionFlow(structuredClone(phases), structuredClone(events) as OtSessionEvent[], last + later, {
          autoAdvance,
        });
        expect(b).to.deep.equal(a);
        const lastAccepted = outcomes.filter((o) => o.ok).pop()!;
        expect(sessionFlow(phases, events, lastAccepted.state.at, { autoAdvance })).to.deep.equal(lastAccepted.state);
      }),
      { numRuns: 200 },
    );
  });

  it('time only moves forward: elapsed and the phase index of an auto-advancing session never go back with time', () => {
    fc.assert(
      fc.property(
        sessionArb,
        fc.array(fc.integer({ min: 0, max: 20 * M }), { maxLength: 6 }),
        ({ phases, steps, later }, gaps) => {
          const { events, last } = run(phases, steps, true);
          let now = last + later;
          let previous = sessionFlow(phases, events, now, { autoAdvance: true });
          for (const gap of gaps) {
            now += gap;
            const next = sessionFlow(phases, events, now, { autoAdvance: true });
            expect(next.elapsed).to.be.at.least(previous.elapsed);
            expect(next.index).to.be.at.least(previous.index);
            previous = next;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
