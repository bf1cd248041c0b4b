import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createStore,
  goalProgress,
  listRecords,
  memoryAdapter,
  OtNotFoundError,
  OtValidationError,
  type OtGoal,
  type OtStore,
} from '@otkit/sdk';
import '@otkit/elements/ot-provider.js';
import '@otkit/elements/ot-progress-chart.js';
import type { OtProgressChart } from '@otkit/elements/ot-progress-chart.js';
import { elementContract } from '../../helpers/element-contract.js';
import { CASELOAD_CLIENT_ID, PROGRESS_CASELOAD } from '../../../stories/data/progress-caseload.js';

const goals = PROGRESS_CASELOAD.goals as OtGoal[];
const zipEntries = PROGRESS_CASELOAD.progressEntries.filter((entry) => entry.goalId === 'goal-zip');

async function caseloadStore(): Promise<OtStore> {
  const store = createStore({ adapter: memoryAdapter({ seed: PROGRESS_CASELOAD }) });
  await store.ready;
  return store;
}

/** A chart of the demo caseload's client inside a provider, with these attributes. */
async function connected(store: OtStore, attributes: Record<string, string> = {}): Promise<OtProgressChart> {
  const el = document.createElement('ot-progress-chart');
  el.setAttribute('client-id', CASELOAD_CLIENT_ID);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const provider = await fixture(html`<ot-provider .store=${store}></ot-provider>`);
  provider.append(el);
  await el.updateComplete;
  return el;
}

const standalone = (entries: unknown[] = zipEntries) =>
  fixture<OtProgressChart>(html`<ot-progress-chart .goals=${goals} .entries=${entries}></ot-progress-chart>`);

const shadow = (el: OtProgressChart) => el.shadowRoot!;
const points = (el: OtProgressChart) => [...shadow(el).querySelectorAll('[part=point]')];
const labels = (el: OtProgressChart) => points(el).map((point) => point.getAttribute('aria-label')!);
const focused = (el: OtProgressChart) => shadow(el).activeElement;

describe('<ot-progress-chart>', () => {
  describe('contract', () => {
    elementContract<OtProgressChart>({
      tag: 'ot-progress-chart',
      states: {
        chart: () => standalone(),
        table: () =>
          fixture(html`<ot-progress-chart view="table" .goals=${goals} .entries=${zipEntries}></ot-progress-chart>`),
        overview: () =>
          fixture(html`<ot-progress-chart view="overview" .goals=${goals} .entries=${zipEntries}></ot-progress-chart>`),
        report: () =>
          fixture(
            html`<ot-progress-chart view="report" .goals=${goals} .report=${'Progress report'}></ot-progress-chart>`,
          ),
        'bad view': () => fixture(html`<ot-progress-chart view="pie"></ot-progress-chart>`),
      },
      badAttributes: { view: 'pie' },
      smallTargets: {
        '[part=point]':
          'a session of the chart: arrow keys reach every one, and the table view shows the same values (WCAG 2.5.8, equivalent)',
      },
      propertySets: { heading: 'Zipping', view: 'table', goalId: 'goal-cut', entries: zipEntries.slice(0, 2) },
    });
  });

  describe('the chart, the table and the store', () => {
    it('draws one point per stored entry, in session order, with the same numbers the table shows', async () => {
      const store = await caseloadStore();
      const el = await connected(store);
      const stored = goalProgress(store.getState(), 'goal-zip').points;
      expect(points(el)).to.have.length(stored.length);
      labels(el).forEach((label, index) => {
        const { plus, minus } = stored[index]!.trials!;
        expect(label).to.contain(`Session ${index + 1},`);
        expect(label).to.contain(`${Math.round((100 * plus) / (plus + minus))}% (${plus} of ${plus + minus})`);
      });
      el.view = 'table';
      await el.updateComplete;
      const rows = [...shadow(el).querySelectorAll('tbody tr')];
      expect(rows).to.have.length(stored.length);
      rows.forEach((row, index) => {
        const cells = [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
        expect(cells[0]).to.equal(String(index + 1));
        expect(cells[2]).to.equal(
          `${Math.round(stored[index]!.percentCorrect!)}% (${stored[index]!.trials!.plus} of ${stored[index]!.trials!.plus + stored[index]!.trials!.minus})`,
        );
        const plainTerms: Record<string, string> = { independent: 'independent', supervision: 'supervision' };
        const term = plainTerms[stored[index]!.assistance!];
        expect(cells[3]).to.contain(`(${term ?? `${stored[index]!.assistance} assistance`})`);
      });
    });

    it('puts the table numbers in the point labels too: each row is in its point', async () => {
      const chart = await standalone();
      const table = await fixture<OtProgressChart>(
        html`<ot-progress-chart view="table" .goals=${goals} .entries=${zipEntries}></ot-progress-chart>`,
      );
      const rows = [...shadow(table).querySelectorAll('tbody tr')];
      expect(rows.length).to.equal(points(chart).length);
      rows.forEach((row, index) => {
        const [, date, correct, assistance] = [...row.children].map((cell) =>
          cell.textContent!.replace(/\s+/g, ' ').trim(),
        );
        const label = labels(chart)[index]!;
        for (const value of [date!, correct!, assistance!.split(' (')[0]!]) expect(label).to.contain(value);
      });
    });

    it('redraws when an entry is added to the store', async () => {
      const store = await caseloadStore();
      const el = await connected(store);
      const before = points(el).length;
      await store.progressEntries.add({
        goalId: 'goal-zip',
        at: PROGRESS_CASELOAD.progressEntries.at(-1)!.at + 86_400_000,
        trials: { plus: 9, minus: 0 },
      });
      await el.updateComplete;
      expect(points(el)).to.have.length(before + 1);
      expect(labels(el).at(-1)).to.contain('100% (9 of 9)');
    });

    it('shows only the period between from and to', async () => {
      const el = await standalone();
      el.from = zipEntries[6]!.at;
      el.to = zipEntries[10]!.at;
      await el.updateComplete;
      expect(labels(el)).to.have.length(4);
      expect(labels(el)[0]).to.contain('50% (4 of 8)');
    });

    it('says the progress in plain words above the chart', async () => {
      const el = await standalone();
      const summary = shadow(el).querySelector('[part=summary]')!.textContent!;
      expect(summary).to.contain('Correct answers went from 25% to 89% over 12 sessions.');
      expect(summary).to.contain('Help needed went from “Some help” to “On their own”.');
      expect(summary).to.contain('Trend: Getting better.');
    });
  });

  describe('keyboard', () => {
    it('has one tab stop, and arrows, Home and End move between sessions with their values read out', async () => {
      const el = await standalone();
      const tabStops = points(el).filter((point) => point.getAttribute('tabindex') === '0');
      expect(tabStops).to.have.length(1);
      (tabStops[0] as SVGElement).focus();
      expect(focused(el)?.getAttribute('aria-label')).to.match(/^Session 12,/);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)?.getAttribute('aria-label')).to.match(/^Session 11,.*Correct: 88% \(7 of 8\)/);
      expect(shadow(el).querySelector('[part=readout]')!.textContent).to.equal(focused(el)?.getAttribute('aria-label'));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)?.getAttribute('aria-label')).to.match(/^Session 1,.*Help needed: Some help/);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.getAttribute('aria-label')).to.match(/^Session 2,/);
      expect(points(el).filter((point) => point.getAttribute('tabindex') === '0')).to.deep.equal([focused(el)]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)?.getAttribute('aria-label')).to.match(/^Session 12,/);
    });

    it('mirrors the arrows right to left', async () => {
      const wrapper = await fixture(html`<div dir="rtl"><ot-progress-chart></ot-progress-chart></div>`);
      const el = wrapper.querySelector<OtProgressChart>('ot-progress-chart')!;
      el.goals = goals;
      el.entries = zipEntries;
      await el.updateComplete;
      (points(el).find((point) => point.getAttribute('tabindex') === '0') as SVGElement).focus();
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)?.getAttribute('aria-label')).to.match(/^Session 2,/);
    });
  });

  describe('views and events', () => {
    it('opens a goal from the overview, telling the page with ot-view-change', async () => {
      const store = await caseloadStore();
      const el = await connected(store, { view: 'overview' });
      const goalsShown = [...shadow(el).querySelectorAll('[part=overview-goal] h3')].map((h) => h.textContent);
      const byOrder = listRecords(store.getState(), 'goals').sort((a, b) => a.order - b.order);
      expect(goalsShown).to.deep.equal(byOrder.map((goal) => goal.description));
      const open = shadow(el).querySelectorAll<HTMLButtonElement>('[part=overview-goal] button')[1]!;
      setTimeout(() => open.click());
      const event = await oneEvent(el, 'ot-view-change');
      expect(event.detail).to.deep.equal({ view: 'chart', goalId: 'goal-cut' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=heading]')!.textContent).to.equal('Cut along a curved line with scissors');
      expect(points(el)).to.have.length(10);
    });

    it('shows the progress report, naming nobody unless the host passes a name', async () => {
      const store = await caseloadStore();
      const el = await connected(store, { view: 'report' });
      const text = shadow(el).querySelector('[part=report]')!.textContent!;
      expect(text).to.contain('Zip a coat on their own');
      expect(text).not.to.contain('Blue Fox');
      el.clientName = 'Sam';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=report]')!.textContent).to.contain('Sam');
    });

    it('speaks Spanish', async () => {
      const wrapper = await fixture(
        html`<div lang="es"><ot-progress-chart .goals=${goals} .entries=${zipEntries}></ot-progress-chart></div>`,
      );
      const el = wrapper.querySelector<OtProgressChart>('ot-progress-chart')!;
      await el.updateComplete;
      expect(labels(el)[0]).to.match(/^Sesión 1,.*Aciertos: 25\s%\s\(2 de 8\)/);
      expect(shadow(el).querySelector('[part=summary]')!.textContent).to.contain('Tendencia: Mejorando.');
    });
  });

  describe('bad input', () => {
    it('names a malformed entry in its error state and in ot-error', async () => {
      const bad = [...zipEntries.slice(0, 3), { ...zipEntries[3], trials: { plus: -1, minus: 2 } }];
      const el = await fixture<OtProgressChart>(html`<ot-progress-chart .goals=${goals}></ot-progress-chart>`);
      setTimeout(() => (el.entries = bad));
      const { detail } = await oneEvent(el, 'ot-error');
      expect(detail.error).to.be.instanceOf(OtValidationError);
      await el.updateComplete;
      const error = shadow(el).querySelector('[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('entries[3].trials.plus');
      expect(points(el)).to.have.length(0);
    });

    it('names an unknown goal, standalone and connected', async () => {
      const el = await fixture<OtProgressChart>(
        html`<ot-progress-chart goal-id="goal-nope" .goals=${goals} .entries=${zipEntries}></ot-progress-chart>`,
      );
      expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('goal-nope');
      const store = await caseloadStore();
      const inProvider = await connected(store, { 'goal-id': 'goal-nope' });
      setTimeout(() => (inProvider.goalId = 'goal-gone'));
      const { detail } = await oneEvent(inProvider, 'ot-error');
      expect(detail.error).to.be.instanceOf(OtNotFoundError);
      await inProvider.updateComplete;
      expect(shadow(inProvider).querySelector('[part=error]')!.textContent).to.contain('goal-gone');
    });
  });
});
