import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, localDate, memoryAdapter, planHomeProgram, planPracticeLog } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProgressChart } from '@otkit/elements';
import { control, shown } from '../goal-stack/helpers.js';

const DAY = 86_400_000;
const NOW = Date.now();
const MADE = NOW - 7 * DAY; // the last session, a week ago

/** A store where the family took a program home at the last session and logged three days of it. */
async function storeWithPractice() {
  const store = createStore({ adapter: memoryAdapter() });
  await store.clients.put({ id: 'c1', alias: 'Blue fox', createdAt: MADE - DAY });
  const program = planHomeProgram(
    { clientId: 'c1', activities: [{ libraryId: 'calm-breathing', timesPerPeriod: 1 }] },
    { at: MADE, id: 'p1' },
  );
  await store.homePrograms.put(program);
  const days = [1, 2, 4].map((n) => localDate(MADE + n * DAY));
  for (const [i, date] of days.entries())
    await store.practiceLogs.put(
      planPracticeLog(
        program,
        { homeProgramId: 'p1', activityId: 'a1', date, rating: 'good', ...(i === 0 && { helped: 'Music on' }) },
        { at: MADE + DAY, id: `l${i}` },
      ),
    );
  await store.goals.put({
    id: 'g1',
    clientId: 'c1',
    description: 'Calm body',
    order: 0,
    lifecycle: 'active',
    createdAt: MADE,
  });
  return store;
}

describe('home practice in the session', () => {
  it('the goal stack’s end-of-session review shows the home practice since the last session, by keyboard', async () => {
    const store = await storeWithPractice();
    const provider = await fixture(
      html`<ot-provider .store=${store}><ot-goal-stack client-id="c1"></ot-goal-stack></ot-provider>`,
    );
    const stack = provider.querySelector<OtGoalStack>('ot-goal-stack')!;
    await store.ready;
    await stack.updateComplete;
    control(stack, 'End of session').focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await stack.updateComplete;
    const text = shown(stack);
    expect(text).to.include('Home practice since the last session');
    expect(text).to.match(/practised on 3 of 8 days; 3 of 8 planned practices done \(38%\), 6 min/);
    expect(text).to.include('Calm breathing: 3 of 8 planned, 6 min; how it went: went well 3; what helped: Music on');
    const note = stack.shadowRoot!.querySelector('[part="session-note"]')!.textContent!;
    expect(note).to.include('Home practice since the last session:\n- Since');
  });

  it('in Spanish too', async () => {
    const store = await storeWithPractice();
    const provider = await fixture(
      html`<ot-provider .store=${store}><ot-goal-stack client-id="c1" lang="es"></ot-goal-stack></ot-provider>`,
    );
    const stack = provider.querySelector<OtGoalStack>('ot-goal-stack')!;
    await store.ready;
    await stack.updateComplete;
    control(stack, 'Fin de la sesión').focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await stack.updateComplete;
    expect(shown(stack)).to.include('Práctica en casa desde la última sesión');
    expect(shown(stack)).to.include('qué ayudó: Music on');
  });

  it('the progress chart’s report view shows it', async () => {
    const store = await storeWithPractice();
    const provider = await fixture(
      html`<ot-provider .store=${store}
        ><ot-progress-chart view="report" client-id="c1"></ot-progress-chart
      ></ot-provider>`,
    );
    const chart = provider.querySelector<OtProgressChart>('ot-progress-chart')!;
    await store.ready;
    await chart.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 30));
    await chart.updateComplete;
    const report = chart.shadowRoot!.querySelector('[part="report"]')!.textContent!;
    expect(report).to.include('Home practice since the last session:');
    expect(report).to.include('- Calm breathing: 3 of');
    expect(report).to.include('what helped: Music on');
  });
});
