import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_STEP_STATES,
  OtNotFoundError,
  OtValidationError,
  chooseStepActivity,
  createStore,
  memoryAdapter,
  planStepChoice,
  planStepState,
  resetSchedule,
  scheduleStepSchema,
  parse,
  setStepState,
  type OtScheduleStep,
  type OtStepState,
} from '@otkit/sdk';

const T0 = Date.UTC(2026, 0, 5, 9, 0);

/** Steps as a store may hold them: at most one under way, some done or skipped, some choice steps. */
const stepsArb: fc.Arbitrary<OtScheduleStep[]> = fc
  .array(
    fc.record({
      state: fc.constantFrom<OtStepState>('upcoming', 'upcoming', 'done', 'skipped', 'now'),
      choice: fc.boolean(),
      minutes: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((list) => {
    let underWay = false;
    return list.map(({ state, choice, minutes }, i) => {
      const only = state === 'now' && underWay ? 'upcoming' : state;
      if (only === 'now') underWay = true;
      return parse(scheduleStepSchema, {
        id: `s${i}`,
        label: `Step ${i}`,
        state: only,
        ...(minutes ? { minutes } : {}),
        ...(only === 'now' ? { startedAt: T0 - 60_000 } : {}),
        ...(only === 'done' ? { doneAt: T0 - 1000 } : {}),
        ...(choice
          ? {
              choices: [
                { id: 'a', label: 'A' },
                { id: 'b', label: 'B' },
              ],
            }
          : {}),
      });
    });
  });

const stored = (steps: OtScheduleStep[] = []) => ({
  id: 'day',
  title: 'Day',
  kind: 'list' as const,
  steps,
  createdAt: 1,
});

describe('schedule commands', () => {
  describe('planStepState (properties)', () => {
    it('gives the step the state asked for, keeps at most one step under way, and reports exactly what changed', () => {
      fc.assert(
        fc.property(stepsArb, fc.nat(), fc.constantFrom(...OT_STEP_STATES), (steps, pick, state) => {
          const index = pick % steps.length;
          const { steps: after, changes, movedTo } = planStepState(steps, index, state, T0);
          expect(after[index]!.state).to.equal(state);
          expect(after.filter((s) => s.state === 'now').length).to.be.at.most(1);
          const differs = after.flatMap((s, i) =>
            s.state !== steps[i]!.state || s.chosenId !== steps[i]!.chosenId ? [i] : [],
          );
          expect(changes.map((c) => c.index)).to.deep.equal(differs);
          for (const change of changes) expect(change.previous).to.equal(steps[change.index]!.state);
          // Only the step asked about, the one moved on to and the one that was under way are touched.
          after.forEach((s, i) => {
            if (i !== index && i !== movedTo && steps[i]!.state !== 'now') expect(s).to.equal(steps[i]);
          });
          for (const s of after) expect(s.doneAt !== undefined).to.equal(s.state === 'done');
          if (movedTo >= 0) {
            expect(movedTo).to.be.above(index);
            expect(after[movedTo]!.state).to.equal('now');
            expect(after[movedTo]!.startedAt).to.equal(T0);
            expect(steps.slice(index + 1, movedTo).every((s) => s.state !== 'upcoming')).to.equal(true);
          }
        }),
      );
    });

    it('moves on only when the step in hand is finished or skipped', () => {
      fc.assert(
        fc.property(stepsArb, fc.nat(), fc.constantFrom(...OT_STEP_STATES), (steps, pick, state) => {
          const index = pick % steps.length;
          const { movedTo } = planStepState(steps, index, state, T0);
          const someUnderWay = steps.some((s) => s.state === 'now');
          const inHand = steps[index]!.state === 'now' || !someUnderWay;
          const nextUpcoming = steps.findIndex((s, i) => i > index && s.state === 'upcoming');
          const expected = (state === 'done' || state === 'skipped') && inHand ? nextUpcoming : -1;
          expect(movedTo).to.equal(expected);
        }),
      );
    });

    it('names a bad state', () => {
      const steps = [parse(scheduleStepSchema, { id: 'a', label: 'A' })];
      expect(() => planStepState(steps, 0, 'finished' as OtStepState, T0))
        .to.throw(OtValidationError)
        .with.property('issues')
        .that.deep.equals([
          {
            path: ['state'],
            code: 'enum',
            message: 'must be one of "upcoming", "now", "done", "skipped" (got "finished")',
          },
        ]);
    });
  });

  describe('planStepChoice (properties)', () => {
    it('picks an activity of a choice step, and choosing again brings the activities back', () => {
      fc.assert(
        fc.property(stepsArb, fc.nat(), fc.constantFrom('a', 'b'), (steps, pick, choiceId) => {
          const index = pick % steps.length;
          if (!steps[index]!.choices) {
            expect(() => planStepChoice(steps, index, choiceId)).to.throw(OtValidationError);
            return;
          }
          const picked = planStepChoice(steps, index, choiceId);
          expect(picked.steps[index]!.chosenId).to.equal(choiceId);
          expect(picked.changes.map((c) => c.index)).to.deep.equal([index]);
          const again = planStepChoice(picked.steps, index, undefined);
          expect('chosenId' in again.steps[index]!).to.equal(false);
        }),
      );
    });
  });

  describe('in the store', () => {
    it('setStepState stores the new steps in one change and returns the stored records', async () => {
      const day = stored([
        { id: 'a', label: 'A', state: 'now', startedAt: T0 } as OtScheduleStep,
        { id: 'b', label: 'B', state: 'upcoming' } as OtScheduleStep,
      ]);
      const store = createStore({ adapter: memoryAdapter({ seed: { schedules: [day] } }) });
      await store.ready;
      const before = (await store.changes()).length;
      const result = await setStepState(store, { scheduleId: 'day', stepId: 'a', state: 'done' }, { at: T0 + 5 });
      expect(result.schedule).to.equal(store.schedules.get('day'));
      expect(result.changes.map((c) => [c.index, c.previous, c.step.state])).to.deep.equal([
        [0, 'now', 'done'],
        [1, 'upcoming', 'now'],
      ]);
      expect(result.changes[0]!.step).to.equal(store.schedules.get('day')!.steps[0]);
      expect(result.movedTo).to.equal(1);
      expect(store.schedules.get('day')!.steps[0]!.doneAt).to.equal(T0 + 5);
      const log = await store.changes();
      expect(log.length - before).to.equal(1);
      expect(log.at(-1)!.command).to.equal('schedules.setStepState');
    });

    it('refuses an unknown schedule, step or activity, naming it, and changes nothing', async () => {
      const store = createStore({
        adapter: memoryAdapter({ seed: { schedules: [stored([{ id: 'a', label: 'A' } as OtScheduleStep])] } }),
      });
      await store.ready;
      const state = store.getState();
      let error: unknown;
      error = await setStepState(store, { scheduleId: 'nope', stepId: 'a', state: 'done' }).catch((e) => e);
      expect(error).to.be.instanceOf(OtNotFoundError);
      error = await setStepState(store, { scheduleId: 'day', stepId: 'zz', state: 'done' }).catch((e) => e);
      expect((error as OtValidationError).issues[0]!.path).to.deep.equal(['stepId']);
      error = await chooseStepActivity(store, { scheduleId: 'day', stepId: 'a', choiceId: 'x' }).catch((e) => e);
      expect((error as OtValidationError).issues[0]!.path).to.deep.equal(['stepId']);
      expect(store.getState()).to.equal(state);
    });

    it('stores a schedule given as ifMissing together with the first change', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      const result = await setStepState(
        store,
        { scheduleId: 'plain', stepId: 'a', state: 'done' },
        {
          at: T0,
          ifMissing: {
            title: 'Plain',
            steps: [
              { id: 'a', label: 'A' },
              { id: 'b', label: 'B' },
            ],
          },
        },
      );
      expect(result.schedule.title).to.equal('Plain');
      expect(store.schedules.get('plain')!.steps.map((s) => s.state)).to.deep.equal(['done', 'now']);
      expect((await store.changes()).length).to.equal(1);
    });

    it('chooses an activity and resets a schedule', async () => {
      const step = {
        id: 'c',
        label: 'Choice',
        choices: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
      };
      const store = createStore({
        adapter: memoryAdapter({ seed: { schedules: [stored([step as OtScheduleStep])] } }),
      });
      const chosen = await chooseStepActivity(store, { scheduleId: 'day', stepId: 'c', choiceId: 'y' });
      expect(chosen.steps[0]!.chosenId).to.equal('y');
      await setStepState(store, { scheduleId: 'day', stepId: 'c', state: 'done' });
      const reset = await resetSchedule(store, { scheduleId: 'day' });
      expect(reset.steps[0]).to.deep.equal({ ...step, state: 'upcoming' });
      expect(store.schedules.get('day')!.steps[0]!.state).to.equal('upcoming');
    });
  });
});
