import { expect } from '@open-wc/testing';
import { OtNotFoundError, OtValidationError, createStore, memoryAdapter, progressReport } from '@otkit/sdk';

const DAY = 86_400_000;
const FROM = Date.UTC(2026, 8, 1);
const TO = Date.UTC(2026, 9, 1);

async function caseload() {
  const store = createStore({
    adapter: memoryAdapter({
      seed: {
        clients: [
          { id: 'c1', alias: 'Blue Fox', createdAt: 0 },
          { id: 'c2', alias: 'Green Owl', createdAt: 0 },
        ],
        goals: [
          { id: 'zip', clientId: 'c1', description: 'Zip a coat', order: 1, createdAt: 0, gas: { weight: 2 } },
          { id: 'cut', clientId: 'c1', description: 'Cut a curve', order: 2, createdAt: 0 },
          { id: 'line', clientId: 'c1', description: 'Wait in line', order: 3, createdAt: 0 },
          { id: 'other', clientId: 'c2', description: 'Not this client', order: 1, createdAt: 0 },
        ],
        progressEntries: [
          { id: 'before', goalId: 'zip', at: FROM - DAY, trials: { plus: 0, minus: 8 } },
          {
            id: 'z1',
            goalId: 'zip',
            at: FROM + DAY,
            trials: { plus: 2, minus: 6 },
            assistance: 'moderate',
            gasLevel: -1,
          },
          { id: 'z2', goalId: 'zip', at: FROM + 8 * DAY, trials: { plus: 4, minus: 4 }, assistance: 'minimal' },
          {
            id: 'z3',
            goalId: 'zip',
            at: FROM + 15 * DAY,
            trials: { plus: 6, minus: 2 },
            assistance: 'supervision',
            gasLevel: 1,
          },
          { id: 'c1', goalId: 'cut', at: FROM + DAY, status: 'met', gasLevel: 0 },
        ],
        notes: [
          { id: 'n1', goalId: 'zip', text: 'Asked about recess', createdAt: FROM },
          { id: 'n2', goalId: 'other', text: 'Another client', createdAt: FROM },
        ],
        homePrograms: [
          {
            id: 'h1',
            clientId: 'c1',
            title: 'Home',
            startDate: '2026-09-01',
            createdAt: FROM,
            activities: [{ id: 'a1', name: 'Zip practice', timesPerPeriod: 1, period: 'day', minutes: 5 }],
          },
        ],
        practiceLogs: [
          {
            id: 'l1',
            homeProgramId: 'h1',
            activityId: 'a1',
            date: '2026-09-02',
            minutes: 5,
            done: true,
            createdAt: FROM,
          },
          {
            id: 'l2',
            homeProgramId: 'h1',
            activityId: 'a1',
            date: '2026-09-02',
            minutes: 4,
            done: true,
            createdAt: FROM,
          },
          {
            id: 'l3',
            homeProgramId: 'h1',
            activityId: 'a1',
            date: '2026-09-03',
            minutes: 0,
            done: false,
            createdAt: FROM,
          },
          {
            id: 'l4',
            homeProgramId: 'h1',
            activityId: 'a1',
            date: '2026-10-01',
            minutes: 5,
            done: true,
            createdAt: FROM,
          },
        ],
      },
    }),
  });
  await store.ready;
  return store;
}

describe('progressReport', () => {
  it("summarises one client's goals, GAS, home practice and next steps for the period", async () => {
    const report = progressReport(await caseload(), { clientId: 'c1', from: FROM, to: TO });
    expect(report.goals.map((g) => g.goal.id)).to.deep.equal(['zip', 'cut', 'line']);
    const [zip, cut, line] = report.goals;
    expect(zip).to.include({ entries: 3, trend: 'improving', gasLevel: 1, met: false });
    expect(zip!.percentCorrect).to.deep.equal({ first: 25, last: 75 });
    expect(zip!.assistance).to.deep.equal({ first: 'moderate', last: 'supervision' });
    expect(cut).to.include({ met: true, gasLevel: 0 });
    expect(line).to.include({ entries: 0, trend: 'insufficient-data' });
    // Weighted 2 (zip, +1) and 1 (cut, 0): T = 50 + 10·2 / √(0.7·5 + 0.3·9).
    expect(report.gas!.tScore).to.be.closeTo(50 + 20 / Math.sqrt(0.7 * 5 + 0.3 * 9), 1e-9);
    expect(report.practice).to.deep.equal({ logged: 3, done: 2, minutes: 9, days: 1 });
    expect(report.nextSteps).to.deep.equal([
      { kind: 'keep-going', goalId: 'zip' },
      { kind: 'celebrate-met', goalId: 'cut' },
      { kind: 'collect-data', goalId: 'line' },
      { kind: 'open-notes', count: 1 },
    ]);
  });

  it('writes plain text in English and Spanish, with no name unless the host gives one', async () => {
    const store = await caseload();
    const en = progressReport(store, { clientId: 'c1', from: FROM, to: TO });
    expect(en.text).to.contain('Progress report, 2026-09-01 to 2026-09-30');
    expect(en.text).to.contain(
      '- Zip a coat: 3 sessions; trials correct 25% → 75%; moderate help → supervision; improving.',
    );
    expect(en.text).to.contain('Goal Attainment Scaling: T-score 58.0 (2 goals scored');
    expect(en.text).to.contain('Home practice: 2 of 3 logged practices done, 9 minutes on 1 day.');
    expect(en.text).to.not.contain('Blue Fox');
    const es = progressReport(store.getState(), {
      clientId: 'c1',
      from: FROM,
      to: TO,
      language: 'es',
      clientName: 'Ana',
    });
    expect(es.text).to.contain('Informe de progreso de Ana, del 2026-09-01 al 2026-09-30');
    expect(es.text).to.contain('- Cut a curve: 1 sesión; objetivo logrado.');
    expect(es.text).to.contain('1 inquietud pendiente para hablar en la próxima sesión.');
  });

  it('names an unknown client and a bad period or language', async () => {
    const store = await caseload();
    expect(() => progressReport(store, { clientId: 'nobody', from: FROM, to: TO })).to.throw(OtNotFoundError);
    expect(() => progressReport(store, { clientId: 'toString', from: FROM, to: TO })).to.throw(OtNotFoundError);
    try {
      progressReport(store, { clientId: 'c1', from: TO, to: FROM, language: 'fr' as 'en' });
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(OtValidationError);
      expect((error as OtValidationError).issues.map((i) => i.path[0])).to.deep.equal(['to', 'language']);
    }
  });
});
