import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_ASSISTANCE_LEVELS,
  OT_GAS_LEVELS,
  OT_SETTINGS,
  columnCentres,
  linePath,
  nextPointIndex,
  progressChartView,
  progressFromEntries,
  progressOverview,
  stepPath,
  type OtGoal,
  type OtProgressChartView,
} from '@otkit/sdk';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1, 15);
const goal: OtGoal = {
  id: 'zip',
  description: 'Zip a coat independently',
  order: 1,
  lifecycle: 'active',
  createdAt: 0,
  gas: { levels: { '-2': 'Needs full help', '0': 'Zips with one reminder', '2': 'Zips alone' }, baseline: -2 },
};

const entryArb = fc.record(
  {
    at: fc.integer({ min: T0, max: T0 + 365 * DAY }),
    trials: fc.record({ plus: fc.nat({ max: 40 }), minus: fc.nat({ max: 40 }) }),
    assistance: fc.constantFrom(...OT_ASSISTANCE_LEVELS),
    gasLevel: fc.constantFrom(...OT_GAS_LEVELS),
    setting: fc.constantFrom(...OT_SETTINGS),
  },
  { requiredKeys: ['at'] },
);
const entriesArb = fc
  .array(entryArb, { maxLength: 60 })
  .map((entries) => entries.map((entry, index) => ({ ...entry, id: `e${index}`, goalId: 'zip' })));
const optionsArb = fc.record({
  width: fc.integer({ min: 320, max: 1600 }),
  direction: fc.constantFrom('ltr' as const, 'rtl' as const),
});

function drawnCoordinates(view: OtProgressChartView) {
  return view.points.flatMap((point) =>
    [point.percentY, point.assistanceY, point.gasY].filter((y) => y !== undefined).map((y) => ({ x: point.x, y })),
  );
}

describe('progressChartView', () => {
  it('puts every drawn point inside the plot area', () => {
    fc.assert(
      fc.property(entriesArb, optionsArb, (entries, options) => {
        const view = progressChartView(progressFromEntries(goal, entries), options);
        for (const { x, y } of drawnCoordinates(view)) {
          expect(x).to.be.within(view.plot.left, view.plot.right);
          expect(y).to.be.within(view.plot.top, view.plot.bottom);
        }
        expect(view.plot.bottom).to.be.below(view.height);
      }),
    );
  });

  it('orders x by session: left to right, or right to left for rtl, mirrored', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: 320, max: 1600 }), (entries, width) => {
        const progress = progressFromEntries(goal, entries);
        const ltr = progressChartView(progress, { width });
        const rtl = progressChartView(progress, { width, direction: 'rtl' });
        const times = ltr.points.map((point) => point.at);
        expect(times).to.deep.equal([...times].sort((a, b) => a - b));
        ltr.points.slice(1).forEach((point, index) => expect(point.x).to.be.above(ltr.points[index]!.x));
        ltr.points.forEach((point, index) => expect(rtl.points[index]!.x).to.be.closeTo(width - point.x, 1e-9));
      }),
    );
  });

  it('keeps the values of the series: the same numbers for the chart and the table', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const progress = progressFromEntries(goal, entries);
        const view = progressChartView(progress);
        expect(view.points.map((p) => [p.entryId, p.percentCorrect, p.assistance, p.gasLevel])).to.deep.equal(
          progress.points.map((p) => [p.entryId, p.percentCorrect, p.assistance, p.gasLevel]),
        );
      }),
    );
  });

  it('has exactly one tab stop when it has points: the latest, or the one last focused', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: -3, max: 70 }), (entries, focusIndex) => {
        const view = progressChartView(progressFromEntries(goal, entries), { focusIndex });
        const stops = view.points.filter((point) => point.tabStop).map((point) => point.index);
        const expected = focusIndex >= 0 && focusIndex < entries.length ? focusIndex : entries.length - 1;
        expect(stops).to.deep.equal(entries.length ? [expected] : []);
      }),
    );
  });

  it('draws a higher percent higher up, the more independent level higher up and +2 on top', () => {
    const view = progressChartView(
      progressFromEntries(goal, [
        { id: 'a', goalId: 'zip', at: T0, trials: { plus: 2, minus: 6 }, assistance: 'moderate', gasLevel: -1 },
        { id: 'b', goalId: 'zip', at: T0 + DAY, trials: { plus: 6, minus: 2 }, assistance: 'minimal', gasLevel: 1 },
      ]),
    );
    const [first, second] = view.points;
    expect(second!.percentY).to.be.below(first!.percentY!);
    expect(second!.assistanceY).to.be.below(first!.assistanceY!);
    expect(second!.gasY).to.be.below(first!.gasY!);
    expect(view.gasBands.map((band) => band.level)).to.deep.equal([2, 1, 0, -1, -2]);
    expect(view.gasBands.find((band) => band.level === 0)!.description).to.equal('Zips with one reminder');
    expect(view.gasBands.filter((band) => band.baseline).map((band) => band.level)).to.deep.equal([-2]);
    expect(view.trend.percentCorrect.direction).to.equal('insufficient-data');
  });

  it('leaves out the panels without data', () => {
    const noGas = { ...goal, gas: undefined };
    const onlyTrials = progressChartView(
      progressFromEntries(noGas, [{ id: 'a', goalId: 'zip', at: T0, trials: { plus: 1, minus: 1 } }]),
    );
    expect(onlyTrials.panels.map((panel) => panel.name)).to.deep.equal(['percent']);
    const onlyAssistance = progressChartView(
      progressFromEntries(noGas, [{ id: 'a', goalId: 'zip', at: T0, assistance: 'maximal' }]),
    );
    expect(onlyAssistance.panels.map((panel) => panel.name)).to.deep.equal(['assistance']);
    expect(onlyAssistance.percentPath).to.equal('');
    const empty = progressChartView(progressFromEntries(goal, []));
    expect(empty.panels.map((panel) => panel.name)).to.deep.equal(['percent', 'gas']);
    expect(empty.points).to.deep.equal([]);
    expect(empty.tabStop).to.equal(undefined);
  });

  it('labels at most about eight sessions under the axis, always the first and the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (count) => {
        const entries = Array.from({ length: count }, (_, index) => ({
          id: `e${index}`,
          goalId: 'zip',
          at: T0 + index * DAY,
        }));
        const labels = progressChartView(progressFromEntries(goal, entries)).xLabels.map((label) => label.index);
        expect(labels[0]).to.equal(0);
        expect(labels[labels.length - 1]).to.equal(count - 1);
        expect(labels.length).to.be.at.most(9);
      }),
    );
  });
});

describe('chart geometry', () => {
  it('draws lines with gaps and steps, as its examples say', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: 0 }, undefined, { x: 20, y: 4 }])).to.equal('M0 10L5 0M20 4h0');
    expect(
      stepPath(
        [
          { x: 50, y: 10 },
          { x: 150, y: 30 },
        ],
        100,
      ),
    ).to.equal('M0 10H100V30H200');
    expect(stepPath([{ x: 350, y: 10 }, undefined, { x: 150, y: 30 }], -100)).to.equal('M400 10H300M200 30H100');
    expect(columnCentres(4, 0, 400)).to.deep.equal({ centres: [50, 150, 250, 350], step: 100 });
  });
});

describe('nextPointIndex', () => {
  it('stays on a point, and mirrors the horizontal arrows right to left', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'),
        (start, count, key) => {
          const index = Math.min(start, count - 1);
          const ltr = nextPointIndex(index, key, count, 'ltr')!;
          expect(ltr).to.be.within(0, count - 1);
          const mirrored = ({ ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' } as Record<string, string>)[key] ?? key;
          expect(nextPointIndex(index, mirrored, count, 'rtl')).to.equal(ltr);
        },
      ),
    );
    expect(nextPointIndex(3, 'ArrowRight', 12, 'rtl')).to.equal(2);
    expect(nextPointIndex(3, 'Enter', 12)).to.equal(undefined);
    expect(nextPointIndex(0, 'End', 0)).to.equal(undefined);
  });
});

describe('progressOverview', () => {
  it('gives each goal its latest values and a trend in one word', () => {
    const entries = [40, 55, 70, 80].map((percent, index) => ({
      id: `e${index}`,
      goalId: 'zip',
      at: T0 + index * DAY,
      trials: { plus: percent / 5, minus: 20 - percent / 5 },
      assistance: index < 2 ? ('moderate' as const) : ('minimal' as const),
      gasLevel: index === 3 ? (0 as const) : undefined,
    }));
    const other = { ...goal, id: 'other', description: 'Other' };
    const overview = progressOverview([progressFromEntries(goal, entries), progressFromEntries(other, [])]);
    const [zip, empty] = overview.rows;
    expect(zip).to.include({ entries: 4, latestPercent: 80, latestAssistance: 'minimal', latestGasLevel: 0 });
    expect(zip!.trend).to.equal('improving');
    expect(zip!.sparkline.match(/[ML]/g)).to.have.length(4);
    expect(empty).to.include({ entries: 0, sparkline: '', trend: 'insufficient-data', latestPercent: undefined });
  });
});
