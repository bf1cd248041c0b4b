import { expect } from '@open-wc/testing';
import {
  OT_SESSION_TEMPLATES,
  applySessionEvent,
  checkPhases,
  checkSessionEvent,
  createManualClock,
  sessionFlow,
  sessionTemplate,
  type OtSessionEvent,
  type OtSessionFlowOptions,
  type OtSessionPhase,
} from '@otkit/sdk';

const M = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

/** Drives a session the way the element does: a manual clock and events appended with applySessionEvent. */
function session(phases: OtSessionPhase[], options: OtSessionFlowOptions = {}) {
  const clock = createManualClock(T0);
  let events: readonly OtSessionEvent[] = [];
  return {
    clock,
    get events() {
      return events;
    },
    at: (minutes: number) => clock.set(T0 + minutes * M),
    do(event: Record<string, unknown> & { type: OtSessionEvent['type'] }) {
      const r = applySessionEvent(phases, events, { ...event, at: clock.now() } as OtSessionEvent, options);
      if (!r.ok) throw new Error(`rejected: ${r.reason}`);
      events = r.events;
      return r.state;
    },
    try(event: Record<string, unknown>) {
      return applySessionEvent(phases, events, { ...event, at: clock.now() } as unknown as OtSessionEvent, options);
    },
    get state() {
      return sessionFlow(phases, events, clock.now(), options);
    },
  };
}

describe('session clock: templates and plans', () => {
  it('scales the six default phases to 30, 45 and 60 minutes in whole minutes that add up exactly', () => {
    expect(sessionTemplate(60).map((p) => p.minutes)).to.deep.equal([5, 10, 20, 10, 7, 8]);
    expect(sessionTemplate(45).map((p) => p.minutes)).to.deep.equal([4, 8, 15, 7, 5, 6]);
    expect(sessionTemplate(30).map((p) => p.minutes)).to.deep.equal([3, 5, 10, 5, 3, 4]);
    for (const total of OT_SESSION_TEMPLATES) {
      const phases = sessionTemplate(total);
      expect(phases.map((p) => p.id)).to.deep.equal([
        'check-in',
        'warm-up',
        'targeted',
        'coaching',
        'cool-down',
        'home-plan',
      ]);
      expect(phases.reduce((s, p) => s + p.minutes, 0)).to.equal(total);
      expect(checkPhases(phases)).to.deep.equal([]);
    }
  });

  it('gives every phase at least a minute, also for the shortest session', () => {
    for (let total = 6; total <= 240; total++) {
      const minutes = sessionTemplate(total).map((p) => p.minutes);
      expect(
        minutes.reduce((a, b) => a + b, 0),
        `total ${total}`,
      ).to.equal(total);
      expect(
        minutes.every((m) => Number.isInteger(m) && m >= 1),
        `total ${total}`,
      ).to.equal(true);
    }
  });

  it('refuses a session length it cannot plan, naming the problem', () => {
    for (const bad of [0, -30, 5, 241, 30.5, Number.NaN]) {
      expect(() => sessionTemplate(bad)).to.throw(/session length.*whole number of minutes from 6 to 240/);
    }
  });

  it('accepts a custom plan with labels and reports every problem of a bad one', () => {
    expect(
      checkPhases([
        { id: 'swing', label: 'Swing', minutes: 12 },
        { id: 'warm-up', minutes: 3 },
      ]),
    ).to.deep.equal([]);
    const issues = checkPhases([
      { id: 'check-in', minutes: 0 },
      { id: 'warm-up', minutes: 5 },
      { id: 'swing', minutes: 10 },
      { id: 'warm-up', label: 'Again', minutes: 5 },
      { id: 'cool-down', minutes: -5 },
    ]);
    const byPath = issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(byPath).to.include('0.minutes: must be greater than 0 (got 0)');
    expect(byPath).to.include('4.minutes: must be greater than 0 (got -5)');
    expect(byPath.some((m) => m.startsWith('2.id: is not a default phase id') && m.includes('"swing"'))).to.equal(true);
    expect(byPath.some((m) => m.startsWith('3: repeats phase id "warm-up"'))).to.equal(true);
    expect(checkPhases([]).map((i) => i.message)).to.deep.equal(['must have at least 1 item (got 0)']);
  });
});

describe('session clock: a whole session, waiting for the therapist', () => {
  it('runs pauses, extensions, going back, skipping and an emergency end with exact times', () => {
    const s = session(sessionTemplate(60));
    expect(s.state.status).to.equal('not-started');
    expect(s.state.phase.id).to.equal('check-in');
    expect(s.state.phaseRemaining).to.equal(5 * M);

    s.do({ type: 'start' });
    s.at(3);
    expect(s.state).to.include({
      status: 'running',
      index: 0,
      phaseRemaining: 2 * M,
      overrun: 0,
      elapsed: 3 * M,
      remaining: 57 * M,
    });
    expect(s.state.next?.id).to.equal('warm-up');

    // The phase runs out but stays current: the therapist decides when to move on.
    s.at(6);
    expect(s.state).to.include({ index: 0, phaseRemaining: 0, overrun: M });
    expect(s.state.phase.ranOutAt).to.equal(T0 + 5 * M);

    s.do({ type: 'next' });
    expect(s.state.phase.id).to.equal('warm-up');
    expect(s.state.phases[0]).to.include({ status: 'done', actual: 6 * M, leftAt: T0 + 6 * M });

    s.at(10);
    s.do({ type: 'pause', reason: 'interruption', note: 'Parent at the door' });
    s.at(15);
    expect(s.state).to.include({ status: 'paused', elapsed: 10 * M });
    expect(s.state.pause).to.include({
      reason: 'interruption',
      note: 'Parent at the door',
      duration: 5 * M,
      phaseId: 'warm-up',
    });
    expect(s.try({ type: 'pause', reason: 'break' })).to.include({
      ok: false,
      reason: 'cannot pause: the session is already paused',
    });

    s.do({ type: 'resume' });
    s.at(16);
    s.do({ type: 'extend', minutes: 5 });
    s.at(20);
    expect(s.state.phase).to.include({
      id: 'warm-up',
      planned: 10 * M,
      extended: 5 * M,
      budget: 15 * M,
      actual: 9 * M,
    });
    expect(s.state.phaseRemaining).to.equal(6 * M);
    expect(s.state.planned).to.equal(65 * M);

    // Back to check-in: its time goes on from where it was.
    s.do({ type: 'back' });
    expect(s.state.phase).to.include({ id: 'check-in', status: 'current', actual: 6 * M });
    expect(s.state.phases[1]!.status).to.equal('upcoming');
    s.at(21);
    expect(s.state.overrun).to.equal(2 * M);
    s.do({ type: 'next' });
    s.at(22);
    s.do({ type: 'skip' });
    expect(s.state.phases[1]).to.include({ status: 'skipped', actual: 10 * M });
    expect(s.state.phase.id).to.equal('targeted');

    s.at(30);
    s.do({ type: 'pause', reason: 'emergency' });
    s.at(40);
    s.do({ type: 'end', reason: 'emergency', note: 'Ended early' });
    const end = s.state;
    expect(end).to.include({
      status: 'ended',
      endedAt: T0 + 40 * M,
      endReason: 'emergency',
      endNote: 'Ended early',
      elapsed: 25 * M,
    });
    expect(end.phases.map((p) => [p.status, p.actual / M])).to.deep.equal([
      ['done', 7],
      ['skipped', 10],
      ['done', 8],
      ['upcoming', 0],
      ['upcoming', 0],
      ['upcoming', 0],
    ]);
    expect(end.pauses.map((p) => [p.reason, p.duration / M, p.phaseId])).to.deep.equal([
      ['interruption', 5, 'warm-up'],
      ['emergency', 10, 'targeted'],
    ]);
    // Nothing moves after the end, however late it is read.
    s.at(300);
    expect(s.state).to.deep.equal(end);
    expect(s.try({ type: 'next' })).to.include({ ok: false, reason: 'cannot next: the session has ended' });
  });

  it('rejects events that make no sense now, with a readable reason and nothing changed', () => {
    const s = session(sessionTemplate(30));
    expect(s.try({ type: 'extend', minutes: 5 })).to.include({
      ok: false,
      reason: 'cannot extend: the session has not started',
    });
    expect(s.try({ type: 'resume' })).to.include({ ok: false, reason: 'cannot resume: the session has not started' });
    expect(s.try({ type: 'end', reason: 'completed' })).to.include({
      ok: false,
      reason: 'cannot end: the session has not started',
    });
    s.do({ type: 'start' });
    expect(s.try({ type: 'start' })).to.include({ ok: false, reason: 'cannot start: the session has already started' });
    expect(s.try({ type: 'resume' })).to.include({ ok: false, reason: 'cannot resume: the session is not paused' });
    expect(s.try({ type: 'back' })).to.include({
      ok: false,
      reason: 'cannot back: there is no phase before the first one',
    });
    expect(s.try({ type: 'extend', minutes: 0 })).to.include({
      ok: false,
      reason: 'cannot extend: it must add more than 0 minutes',
    });
    expect(s.try({ type: 'jump' })).to.include({ ok: false, reason: 'cannot jump: this type of event is unknown' });
    for (let i = 0; i < 5; i++) s.do({ type: 'next' });
    expect(s.try({ type: 'next' })).to.include({
      ok: false,
      reason: 'cannot next: there is no phase after the last one',
    });
    expect(s.try({ type: 'skip' })).to.include({
      ok: false,
      reason: 'cannot skip: there is no phase after the last one',
    });
    s.at(2);
    s.do({ type: 'extend', minutes: 1 });
    const r = applySessionEvent(sessionTemplate(30), s.events, { type: 'pause', at: T0 + M, reason: 'break' });
    expect(r).to.include({ ok: false, reason: 'is earlier than the event before it (events must be in time order)' });
    expect(r.events).to.equal(s.events);
    expect(
      checkSessionEvent(sessionTemplate(30), s.events, { type: 'pause', at: T0 + 3 * M, reason: 'break' }),
    ).to.deep.equal({ ok: true });
  });

  it('never throws on garbage; reports the first bad event of a log and stops before it', () => {
    const phases = sessionTemplate(30);
    for (const junk of [null, undefined, 42, 'start', {}, { type: 'start' }, { type: 'start', at: Number.NaN }, []]) {
      const r = applySessionEvent(phases, [], junk as unknown as OtSessionEvent);
      expect(r.ok).to.equal(false);
      expect(r.ok ? '' : r.reason)
        .to.be.a('string')
        .and.not.equal('');
    }
    expect(sessionFlow(null as never, null as never, T0).problem).to.equal(undefined);
    expect(sessionFlow([], [{ type: 'start', at: T0 }], T0).problem?.reason).to.equal(
      'cannot be applied: the plan has no phases',
    );
    const log: OtSessionEvent[] = [
      { type: 'start', at: T0 },
      { type: 'pause', at: T0 + M, reason: 'break' },
      { type: 'resume', at: T0 + 2 * M },
      { type: 'resume', at: T0 + 3 * M },
      { type: 'next', at: T0 + 4 * M },
    ];
    const s = sessionFlow(phases, log, T0 + 10 * M);
    expect(s.problem).to.deep.equal({ index: 3, reason: 'cannot resume: the session is not paused' });
    expect(s).to.include({ status: 'running', index: 0, elapsed: 9 * M });
    const r = applySessionEvent(phases, log, { type: 'end', at: T0 + 11 * M, reason: 'completed' });
    expect(r.ok ? '' : r.reason).to.equal(
      'the log is already invalid at events[3]: cannot resume: the session is not paused',
    );
  });

  it('never counts time before the last event when the clock reads earlier than the log', () => {
    const phases = sessionTemplate(30);
    const s = sessionFlow(
      phases,
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 2 * M },
      ],
      T0 + M,
    );
    expect(s.at).to.equal(T0 + 2 * M);
    expect(s.elapsed).to.equal(2 * M);
  });
});

describe('session clock: auto-advance', () => {
  it('moves on by itself when a phase runs out, at exactly that instant', () => {
    const s = session(sessionTemplate(30), { autoAdvance: true });
    s.do({ type: 'start' });
    s.at(4);
    expect(s.state.phase).to.include({ id: 'warm-up', actual: M });
    expect(s.state.phases[0]).to.include({ status: 'done', actual: 3 * M, leftAt: T0 + 3 * M, ranOutAt: T0 + 3 * M });
    // A long absence (a sleeping laptop): every phase in between is accounted for.
    s.at(31);
    expect(s.state.phase.id).to.equal('home-plan');
    expect(s.state.phases.map((p) => p.actual / M)).to.deep.equal([3, 5, 10, 5, 3, 5]);
    expect(s.state).to.include({ overrun: M, remaining: 0, elapsed: 31 * M });
  });

  it('does not count paused time, and stays in a finished phase the therapist went back to', () => {
    const s = session(sessionTemplate(30), { autoAdvance: true });
    s.do({ type: 'start' });
    s.at(2);
    s.do({ type: 'pause', reason: 'break' });
    s.at(12);
    s.do({ type: 'resume' });
    s.at(13);
    expect(s.state.phase.id).to.equal('warm-up');
    expect(s.state.phases[0]!.leftAt).to.equal(T0 + 13 * M);
    s.at(14);
    s.do({ type: 'back' });
    s.at(20);
    expect(s.state.phase).to.include({ id: 'check-in', actual: 9 * M });
    expect(s.state.overrun).to.equal(6 * M);
    s.do({ type: 'next' });
    expect(s.state.phase).to.include({ id: 'warm-up', actual: M });
    // An extension pushes the auto-advance back.
    s.do({ type: 'extend', minutes: 1 });
    s.at(24);
    expect(s.state.phase.id).to.equal('warm-up');
    s.at(26);
    expect(s.state.phase.id).to.equal('targeted');
  });

  it('a next or back decides differently from waiting, so the same log differs with the option', () => {
    const log: OtSessionEvent[] = [{ type: 'start', at: T0 }];
    expect(sessionFlow(sessionTemplate(30), log, T0 + 4 * M, { autoAdvance: true }).phase.id).to.equal('warm-up');
    expect(sessionFlow(sessionTemplate(30), log, T0 + 4 * M).phase.id).to.equal('check-in');
  });
});
