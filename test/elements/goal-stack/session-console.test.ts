import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock } from '@otkit/sdk';
import type { OtGoalStack, OtSessionTimer } from '@otkit/elements';
import { consoleLayout } from '../../../stories/examples/session-console.template.js';
import { T0, focused } from './helpers.js';
import { click, settle } from '../session-timer/helpers.js';

/** The Session console story as it renders, on a memory store and a manual clock. */
async function sessionConsole(lang: 'en' | 'es' = 'en') {
  const clock = createManualClock(T0);
  const provider = await fixture<HTMLElement>(consoleLayout({ lang, database: 'memory', clock }));
  const timer = provider.querySelector<OtSessionTimer>('ot-session-timer')!;
  const stack = provider.querySelector<OtGoalStack>('ot-goal-stack')!;
  const schedule = provider.querySelector('ot-visual-schedule')!;
  const board = provider.querySelector('ot-choice-board')!;
  await settle(timer);
  await stack.updateComplete;
  const scheduleText = () => (schedule.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  await waitUntil(() => scheduleText().length > 0, 'the schedule shows its steps');
  return { clock, timer, stack, schedule, board, scheduleText };
}

// Issue 16: what a therapist meets in the Session console.
describe('Session console', () => {
  it('item 5: "/" goes to the note field from anywhere in the console', async () => {
    const { timer, stack } = await sessionConsole();
    timer.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: '/' });
    expect(focused()).to.equal(stack.shadowRoot!.querySelector('#note'));
  });

  it('item 8: the schedule lists the timer plan and follows the timer', async () => {
    const { timer, scheduleText } = await sessionConsole();
    const phaseName = () => timer.shadowRoot!.querySelector('[part~="phase"]')!.textContent!.replace(/\s+/g, ' ');
    expect(phaseName()).to.include('Check-in & plan');
    expect(scheduleText()).to.include('Check-in & plan');
    expect(scheduleText()).not.to.include('Check-in and plan');
    await click(timer, 'Start session');
    await click(timer, 'Next phase');
    expect(phaseName()).to.include('Warm-up & regulation');
    await waitUntil(
      () => /Now:? ?Warm-up & regulation/i.test(scheduleText()),
      `the schedule follows the timer: ${scheduleText()}`,
    );
  });

  it('item 11: the Spanish console shows Spanish schedule and board labels', async () => {
    const { scheduleText, board } = await sessionConsole('es');
    expect(scheduleText()).to.include('Saludo y plan');
    await waitUntil(
      () => (board.shadowRoot?.textContent ?? '').includes('Columpio'),
      `the board is in Spanish: ${board.shadowRoot?.textContent?.replace(/\s+/g, ' ')}`,
    );
    expect(board.shadowRoot!.textContent).not.to.include('Swing');
  });
});
