import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_PAUSE_REASONS,
  formatTimerTime,
  sessionTemplate,
  sessionTimerCue,
  sessionTimerView,
  type OtSessionEvent,
  type OtSessionTimerView,
} from '@otkit/sdk';

const M = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

/** A session log that makes sense: start, then moves, extensions and pauses at random (sub-second) gaps. */
const sessionArb = fc
  .record({
    minutes: fc.constantFrom(30, 45, 60),
    autoAdvance: fc.boolean(),
    steps: fc.array(
      fc.record({
        type: fc.constantFrom('next', 'extend', 'pause-resume'),
        gap: fc.integer({ min: 0, max: 6 * M }),
        pause: fc.integer({ min: 1, max: 3 * M }),
      }),
      { maxLength: 6 },
    ),
    startAt: fc.integer({ min: 0, max: 999 }),
    later: fc.integer({ min: 0, max: 40 * M }),
  })
  .map(({ minutes, autoAdvance, steps, startAt, later }) => {
    let at = T0 + startAt;
    const events: OtSessionEvent[] = [{ type: 'start', at }];
    for (const step of steps) {
      at += step.gap;
      if (step.type === 'extend') events.push({ type: 'extend', at, minutes: 1 });
      else if (step.type === 'next') events.push({ type: 'next', at });
      else {
        events.push({ type: 'pause', at, reason: 'break' });
        events.push({ type: 'resume', at: (at += step.pause) });
      }
    }
    return { session: { phases: sessionTemplate(minutes), events, autoAdvance }, now: at + later };
  })
  // Drop the logs that moved past the last phase.
  .filter(({ session, now }) => !sessionTimerView(session, {}, now).state.problem);

/** Everything the display shows that time alone can change. */
const shown = (view: OtSessionTimerView) =>
  JSON.stringify([view.time.text, view.phase.id, view.warning, view.over, view.status]);

describe('session timer view model', () => {
  it('changes what it shows exactly at nextChangeAt, and not before', () => {
    fc.assert(
      fc.property(sessionArb, fc.boolean(), fc.integer({ min: 0, max: 180 }), ({ session, now }, minutesOnly, warn) => {
        const options = { minutesOnly, warnMs: warn * 1000 };
        const view = sessionTimerView(session, options, now);
        if (view.status !== 'running') {
          expect(view.nextChangeAt).to.equal(undefined);
          return;
        }
        const next = view.nextChangeAt!;
        expect(next).to.be.greaterThan(now);
        expect(next - now).to.be.at.most(minutesOnly ? M : 1000);
        expect(shown(sessionTimerView(session, options, next - 1))).to.equal(shown(view));
        expect(shown(sessionTimerView(session, options, next))).not.to.equal(shown(view));
      }),
      { numRuns: 300 },
    );
  });

  it('shows the truth: time left rounded up, time over rounded down, the countdown filled in proportion', () => {
    fc.assert(
      fc.property(sessionArb, fc.constantFrom('disc' as const, 'bar' as const), ({ session, now }, appearance) => {
        const view = sessionTimerView(session, { appearance }, now);
        const s = view.state;
        const ms = view.over ? s.overrun : s.phaseRemaining;
        const seconds = view.over ? Math.floor(ms / 1000) : Math.ceil(ms / 1000);
        expect(view.time.text).to.equal(
          `${view.over ? '+' : ''}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
        );
        expect(view.phaseFraction).to.be.within(0, 1);
        expect(view.phaseFraction * view.phaseScale).to.be.closeTo(s.phaseRemaining, 1e-6);
        expect(view.progress.fraction).to.be.within(0, 1);
        const times = view.cues.map((c) => c.at);
        expect(times).to.deep.equal([...times].sort((a, b) => a - b));
        times.forEach((t) => expect(t).to.be.greaterThan(s.at));
      }),
      { numRuns: 200 },
    );
  });

  it('finds each warning, time-up and auto-advance once, at the instant it happened', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 97, max: 5000 }), (autoAdvance, step) => {
        const session = { phases: sessionTemplate(30), events: [{ type: 'start' as const, at: T0 }], autoAdvance };
        const cues = [];
        let before = sessionTimerView(session, {}, T0);
        for (let now = T0 + step; now <= T0 + 9 * M; now += step) {
          const after = sessionTimerView(session, {}, now);
          const cue = sessionTimerCue(before, after, { warnMs: M });
          if (cue) cues.push(cue);
          before = after;
        }
        const expected = autoAdvance
          ? [
              { kind: 'warning', phaseId: 'check-in', at: T0 + 2 * M },
              { kind: 'moved', from: 'check-in', to: 'warm-up', at: T0 + 3 * M },
              { kind: 'warning', phaseId: 'warm-up', at: T0 + 7 * M },
              { kind: 'moved', from: 'warm-up', to: 'targeted', at: T0 + 8 * M },
            ]
          : [
              { kind: 'warning', phaseId: 'check-in', at: T0 + 2 * M },
              { kind: 'time-up', phaseId: 'check-in', at: T0 + 3 * M },
            ];
        expect(cues).to.deep.equal(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('says which moves are possible, and when an emergency still needs its incident', () => {
    const phases = sessionTemplate(30);
    const start = { type: 'start' as const, at: T0 };
    const idle = sessionTimerView({ phases, events: [] }, {}, T0);
    expect(idle.can).to.deep.include({ start: true, pause: false, back: false, next: false });
    expect(idle.time.text).to.equal('3:00');
    for (const reason of OT_PAUSE_REASONS) {
      const events = [start, { type: 'pause' as const, at: T0 + M, reason }];
      const view = sessionTimerView({ phases, events }, {}, T0 + 2 * M);
      expect(view.can).to.deep.include({ pause: false, resume: true, next: true, back: false, end: true });
      expect(view.incidentDue).to.equal(reason === 'emergency');
      const withIncident = sessionTimerView(
        { phases, events },
        { incidents: [{ at: T0 + M, what: 'Fell', actions: 'Ice', followUpNeeded: false, followUp: undefined }] },
        T0 + 2 * M,
      );
      expect(withIncident.incidentDue).to.equal(false);
    }
    const ended = sessionTimerView(
      { phases, events: [start, { type: 'end', at: T0 + 2 * M, reason: 'completed' }] },
      { lang: 'es' },
      T0 + 9 * M,
    );
    expect(ended.summary?.actualMinutes).to.equal(2);
    expect(ended.phase.name).to.equal('Saludo y plan');
    expect(ended.nextChangeAt).to.equal(undefined);
  });

  it('formats time as people read a timer', () => {
    expect(formatTimerTime(200, false, false)).to.equal('0:01');
    expect(formatTimerTime(61_000, true, false)).to.equal('+1:01');
    expect(formatTimerTime(61_000, false, true)).to.equal('2 min');
    expect(formatTimerTime(119_999, true, true)).to.equal('+1 min');
  });
});
