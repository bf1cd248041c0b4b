import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OtNotFoundError,
  OtValidationError,
  createStore,
  goalProgress,
  memoryAdapter,
  percentCorrect,
  progressBySetting,
  progressFromEntries,
  progressTrend,
  type OtProgressPoint,
} from '@otkit/sdk';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1, 15);
const goal = {
  id: 'zip',
  description: 'Zip a coat independently',
  order: 1,
  lifecycle: 'active' as const,
  createdAt: 0,
};

async function caseload() {
  const store = createStore({
    adapter: memoryAdapter({
      seed: {
        goals: [goal, { id: 'other', description: 'Other goal', order: 2, createdAt: 0 }],
        progressEntries: [
          // Out of order on purpose: the series is sorted by time.
          {
            id: 'e3',
            goalId: 'zip',
            at: T0 + 14 * DAY,
            trials: { plus: 6, minus: 2 },
            assistance: 'minimal',
            setting: 'clinic',
          },
          {
            id: 'e1',
            goalId: 'zip',
            at: T0,
            trials: { plus: 2, minus: 6 },
            assistance: 'moderate',
            prompt: 'physical',
            setting: 'clinic',
          },
          {
            id: 'e2',
            goalId: 'zip',
            at: T0 + 7 * DAY,
            trials: { plus: 4, minus: 4 },
            assistance: 'moderate',
            setting: 'school',
          },
          {
            id: 'e4',
            goalId: 'zip',
            at: T0 + 21 * DAY,
            trials: { plus: 8, minus: 0 },
            assistance: 'supervision',
            status: 'met',
            gasLevel: 1,
            setting: 'home',
          },
          { id: 'x', goalId: 'other', at: T0, trials: { plus: 1, minus: 0 } },
        ],
      },
    }),
  });
  await store.ready;
  return store;
}

describe('measures/progress', () => {
  it("gives one goal's series oldest first, with percent correct and ordinal ranks", async () => {
    const store = await caseload();
    const { goal: found, points } = goalProgress(store.getState(), 'zip');
    expect(found.description).to.equal('Zip a coat independently');
    expect(points.map((p) => p.entryId)).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
    expect(points.map((p) => p.percentCorrect)).to.deep.equal([25, 50, 75, 100]);
    expect(points.map((p) => p.assistanceRank)).to.deep.equal([3, 3, 2, 1]);
    expect(points[0]).to.include({ prompt: 'physical', promptRank: 4, setting: 'clinic' });
    expect(points[3]).to.include({ status: 'met', gasLevel: 1 });
  });

  it('keeps only the entries in a range (from inclusive, to exclusive)', async () => {
    const store = await caseload();
    const { points } = goalProgress(store.getState(), 'zip', { from: T0 + 7 * DAY, to: T0 + 21 * DAY });
    expect(points.map((p) => p.entryId)).to.deep.equal(['e2', 'e3']);
  });

  it('names an unknown goal, including ids that are Object.prototype names', async () => {
    const store = await caseload();
    for (const id of ['nope', 'constructor', '__proto__', 'toString'])
      expect(() => goalProgress(store.getState(), id)).to.throw(OtNotFoundError, id);
  });

  it('checks entries a portal hands in and names the malformed one', () => {
    const ok = progressFromEntries(goal, [{ id: 'a', goalId: 'zip', at: T0, trials: { plus: 1, minus: 1 } }]);
    expect(ok.points[0]!.percentCorrect).to.equal(50);
    try {
      progressFromEntries(goal, [
        { id: 'a', goalId: 'zip', at: T0 },
        { id: 'b', goalId: 'zip', at: T0, trials: { plus: -1, minus: 0 } },
      ]);
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(OtValidationError);
      expect((error as OtValidationError).issues[0]!.path).to.deep.equal(['entries', 1, 'trials', 'plus']);
    }
    expect(() => progressFromEntries(goal, 'not a list')).to.throw(OtValidationError, /entries/);
  });

  it('reads the trend of the last sessions: percent up, assistance down, both improving', async () => {
    const store = await caseload();
    const { points } = goalProgress(store.getState(), 'zip');
    const percent = progressTrend(points, 'percentCorrect');
    expect(percent).to.include({ direction: 'improving', slopePerSession: 25, points: 4, first: 25, last: 100 });
    const assistance = progressTrend(points, 'assistance');
    expect(assistance.direction).to.equal('improving');
    expect(assistance.slopePerSession).to.be.below(0);
    expect(progressTrend(points, 'prompt').direction).to.equal('insufficient-data');
    expect(progressTrend(points, 'percentCorrect', 3).first).to.equal(50);
    expect(() => progressTrend(points, 'percentCorrect', 0)).to.throw(OtValidationError, /sessions/);
  });

  it('splits the data by setting, pooling trials', async () => {
    const store = await caseload();
    const split = progressBySetting(goalProgress(store.getState(), 'zip').points);
    expect(split.clinic).to.deep.equal({
      entries: 2,
      trials: { plus: 8, minus: 8 },
      percentCorrect: 50,
      latestAssistance: 'minimal',
    });
    expect(split.school?.percentCorrect).to.equal(50);
    expect(split.home?.latestAssistance).to.equal('supervision');
    expect(split.unspecified).to.equal(undefined);
  });

  describe('properties', () => {
    const trials = fc.record({ plus: fc.nat(50), minus: fc.nat(50) });

    it('percent correct stays within 0–100 and is undefined only with no trials', () => {
      fc.assert(
        fc.property(trials, (t) => {
          const value = percentCorrect(t);
          if (t.plus + t.minus === 0) expect(value).to.equal(undefined);
          else expect(value).to.be.within(0, 100);
        }),
      );
    });

    it('a constant series shows no change; reversing a rising series turns improving into worsening', () => {
      const point = (percent: number, i: number): OtProgressPoint => ({
        entryId: `e${i}`,
        sessionId: undefined,
        at: i,
        trials: undefined,
        percentCorrect: percent,
        assistance: undefined,
        assistanceRank: undefined,
        prompt: undefined,
        promptRank: undefined,
        status: undefined,
        gasLevel: undefined,
        setting: undefined,
      });
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 3, max: 10 }), (value, n) => {
          const flat = Array.from({ length: n }, (_, i) => point(value, i));
          expect(progressTrend(flat, 'percentCorrect', n).direction).to.equal('no-change');
        }),
      );
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 8 }), (values) => {
          const rising = [...values].sort((a, b) => a - b);
          if (rising[rising.length - 1]! - rising[0]! < 20) return;
          const up = progressTrend(rising.map(point), 'percentCorrect', rising.length);
          const down = progressTrend([...rising].reverse().map(point), 'percentCorrect', rising.length);
          expect(up.direction).to.equal('improving');
          expect(down.direction).to.equal('worsening');
          expect(down.slopePerSession).to.be.closeTo(-up.slopePerSession!, 1e-9);
        }),
      );
    });

    it('the per-setting split accounts for every entry and every trial', () => {
      const settings = fc.constantFrom(undefined, 'clinic', 'school', 'home');
      fc.assert(
        fc.property(fc.array(fc.record({ trials, setting: settings }), { maxLength: 20 }), (rows) => {
          const entries = rows.map((row, i) => ({
            id: `e${i}`,
            goalId: 'zip',
            at: T0 + i,
            trials: row.trials,
            ...(row.setting ? { setting: row.setting } : {}),
          }));
          const split = Object.values(progressBySetting(progressFromEntries(goal, entries).points));
          expect(split.reduce((sum, s) => sum + s!.entries, 0)).to.equal(rows.length);
          const plus = rows.reduce((sum, r) => sum + r.trials.plus, 0);
          expect(split.reduce((sum, s) => sum + s!.trials.plus, 0)).to.equal(plus);
        }),
      );
    });
  });
});
