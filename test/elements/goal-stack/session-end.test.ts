import { expect, fixture, html } from '@open-wc/testing';
import { createManualClock, createStore, memoryAdapter } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProvider, OtSessionTimer } from '@otkit/elements';
import { T0, control, shown } from './helpers.js';
import { click, settle } from '../session-timer/helpers.js';

const MIN = 60_000;

async function console45() {
  const clock = createManualClock(T0);
  const store = createStore({ clock, adapter: memoryAdapter() });
  const provider = await fixture<OtProvider>(
    html`<ot-provider .store=${store}>
      <ot-session-timer minutes="45" .clock=${clock}></ot-session-timer>
      <ot-goal-stack .clock=${clock}></ot-goal-stack>
    </ot-provider>`,
  );
  const timer = provider.querySelector<OtSessionTimer>('ot-session-timer')!;
  const stack = provider.querySelector<OtGoalStack>('ot-goal-stack')!;
  await store.ready;
  await stack.updateComplete;
  return { clock, store, timer, stack };
}

const settleStack = async (stack: OtGoalStack) => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await stack.updateComplete;
};

// Issue 16, item 1: in the Session console, ending the session on the timer made the goal stack's data
// seem to vanish ("Goals worked on: None", the card at +0 / −0) though the store held it.
describe('<ot-goal-stack> after the timer ends the session', () => {
  it('keeps the data of the session just ended on the card and in the review', async () => {
    const { clock, store, timer, stack } = await console45();
    control<HTMLInputElement>(stack, 'New goal').value = 'Shoe-tying';
    control(stack, 'Add goal').click();
    await settleStack(stack);
    await click(timer, 'Start session');
    clock.advance(5 * MIN);
    control(stack, 'Add a + trial').click();
    await settleStack(stack);
    control(stack, 'Add a + trial').click();
    await settleStack(stack);
    control(stack, 'Moderate').click();
    await settleStack(stack);
    clock.advance(MIN);
    await click(timer, 'End session');
    await click(timer, 'Completed');
    await settleStack(stack);
    stack.requestUpdate();
    await settleStack(stack);

    expect(store.progressEntries.list(), 'the store holds the entry').to.have.length(1);
    expect(shown(stack)).to.include('2 correct, 0 incorrect');
    control(stack, 'End of session').click();
    await settleStack(stack);
    const text = shown(stack);
    expect(text).to.include('Shoe-tying');
    expect(text).to.match(/moderate/i);
    expect(text).to.include('100%');
    expect(text).not.to.match(/Goals worked on:? None/);
    const note = stack.shadowRoot!.querySelector('[part="session-note"]')!.textContent!;
    expect(note).to.include('Session summary');
    expect(note).to.include('Shoe-tying: 2 correct, 0 incorrect (100%); assistance: moderate');
  });

  it('starts a clean card when the next session starts', async () => {
    const { clock, timer, stack } = await console45();
    control<HTMLInputElement>(stack, 'New goal').value = 'Shoe-tying';
    control(stack, 'Add goal').click();
    await settleStack(stack);
    await click(timer, 'Start session');
    control(stack, 'Add a + trial').click();
    await settleStack(stack);
    await click(timer, 'End session');
    await click(timer, 'Completed');
    clock.advance(10 * MIN);
    await click(timer, 'New session');
    await settleStack(stack);
    expect(shown(stack), 'until the next one starts').to.include('1 correct, 0 incorrect');
    await click(timer, 'Start session');
    await settle(timer);
    await settleStack(stack);
    stack.requestUpdate();
    await settleStack(stack);
    expect(shown(stack)).to.include('0 correct, 0 incorrect');
  });
});
