import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  parse,
  scheduleStepSchema,
  scheduleView,
  stepCountdown,
  type OtScheduleStep,
  type OtStepState,
} from '@otkit/sdk';

const at = (h: number, m: number, s = 0, ms = 0) => new Date(2026, 0, 5, h, m, s, ms).getTime();

const stepsArb: fc.Arbitrary<OtScheduleStep[]> = fc
  .array(
    fc.record({
      state: fc.constantFrom<OtStepState>('upcoming', 'done', 'skipped', 'now'),
      hour: fc.option(fc.integer({ min: 7, max: 15 }), { nil: undefined }),
      minutes: fc.option(fc.integer({ min: 1, max: 45 }), { nil: undefined }),
      startedAgo: fc.integer({ min: 0, max: 50 * 60_000 }),
    }),
    { maxLength: 8 },
  )
  .map((list) => {
    let underWay = false;
    let lastHour = 6;
    return list.map((s, i) => {
      const state = s.state === 'now' && underWay ? 'upcoming' : s.state;
      if (state === 'now') underWay = true;
      const hour = s.hour !== undefined ? (lastHour = Math.max(lastHour + 1, s.hour)) : undefined;
      return parse(scheduleStepSchema, {
        id: `s${i}`,
        label: `Step ${i}`,
        state,
        ...(hour !== undefined && hour < 24 ? { timeOfDay: `${String(hour).padStart(2, '0')}:00` } : {}),
        ...(s.minutes ? { minutes: s.minutes } : {}),
        ...(state === 'now' ? { startedAt: at(9, 0) - s.startedAgo } : {}),
      });
    });
  });
const nowArb = fc.integer({ min: at(6, 0), max: at(18, 0) });

describe('scheduleView', () => {
  it('has one current step at most, the next one after it, and shows only them in now-next view', () => {
    fc.assert(
      fc.property(stepsArb, nowArb, (steps, now) => {
        const view = scheduleView({ steps }, { view: 'now-next' }, now);
        expect(view.steps.filter((s) => s.current).length).to.be.at.most(1);
        if (view.next >= 0) {
          expect(view.next).to.be.above(view.current);
          expect(steps[view.next]!.state).to.equal('upcoming');
        }
        const underWay = steps.findIndex((s) => s.state === 'now');
        if (underWay >= 0) expect(view.current).to.equal(underWay);
        if (!view.finished)
          expect(view.steps.filter((s) => !s.hidden).map((s) => s.index)).to.deep.equal(
            [view.current, view.next].filter((i) => i >= 0).sort((a, b) => a - b),
          );
        expect(view.doneCount).to.equal(steps.filter((s) => s.state === 'done').length);
        expect(view.finished).to.equal(
          steps.length > 0 && steps.every((s) => s.state === 'done' || s.state === 'skipped'),
        );
      }),
    );
  });

  it('counts down on the step’s own seconds: the shown second changes exactly at nextTickAt, within a second', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 40 * 60_000 }),
        fc.integer({ min: 0, max: 999 }),
        (minutes, elapsed, offset) => {
          const startedAt = at(9, 0, 0, offset);
          const steps = [parse(scheduleStepSchema, { id: 'a', label: 'A', state: 'now', minutes, startedAt })];
          const now = startedAt + elapsed;
          const countdown = stepCountdown(steps, now)!;
          const truth = startedAt + minutes * 60_000 - now;
          expect(countdown.msLeft).to.equal(Math.max(0, truth));
          expect(countdown.secondsLeft).to.equal(Math.max(0, Math.ceil(truth / 1000)));
          expect(countdown.timeUp).to.equal(truth <= 0);
          if (countdown.timeUp) {
            expect(countdown.nextTickAt).to.equal(undefined);
            return;
          }
          const tick = countdown.nextTickAt!;
          expect(tick - now).to.be.within(1, 1000);
          expect(stepCountdown(steps, tick - 1)!.secondsLeft).to.equal(countdown.secondsLeft);
          expect(stepCountdown(steps, tick)!.secondsLeft).to.equal(countdown.secondsLeft - 1);
          expect(scheduleView({ steps }, {}, now).nextChangeAt).to.equal(tick);
        },
      ),
    );
  });

  it('wakes on the next minute for times of day, and never when only a person can change the view', () => {
    fc.assert(
      fc.property(stepsArb, nowArb, (steps, now) => {
        const view = scheduleView({ steps }, {}, now);
        const timed = steps.some((s) => s.timeOfDay);
        if (!timed && !view.countdown?.nextTickAt) expect(view.nextChangeAt).to.equal(undefined);
        if (timed) expect(view.nextChangeAt! - now).to.be.within(1, 60_000);
        if (view.nextChangeAt !== undefined) expect(view.nextChangeAt).to.be.above(now);
      }),
    );
  });

  it('highlights the step whose time has come, and nothing after the last timed step ends', () => {
    const steps = ['08:30', '09:15'].map((timeOfDay, i) =>
      parse(scheduleStepSchema, { id: `s${i}`, label: `S${i}`, timeOfDay, minutes: 15 }),
    );
    expect(
      [at(8, 0), at(8, 40), at(9, 20), at(9, 30)].map((now) => scheduleView({ steps }, {}, now).clock),
    ).to.deep.equal([-1, 0, 1, -1]);
    const view = scheduleView({ steps }, {}, at(8, 40));
    expect(view.steps.map((s) => s.status)).to.deep.equal(['its-time', undefined]);
    expect(view.current).to.equal(0);
  });

  it('is a first–then board only with exactly two steps, captioned first and then', () => {
    const two = [0, 1].map((i) => parse(scheduleStepSchema, { id: `s${i}`, label: `S${i}` }));
    const view = scheduleView({ steps: two, kind: 'first-then' }, {}, 0);
    expect(view.steps.map((s) => s.caption)).to.deep.equal(['first', 'then']);
    expect(scheduleView({ steps: [...two, two[0]!] }, { kind: 'first-then' }, 0).kind).to.equal('list');
  });
});
