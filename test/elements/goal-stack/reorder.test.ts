import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalChangeEvent, OtGoalStack, OtProvider, OtReorderEvent } from '@otkit/elements';
import { GOALS, announced, card, control, focused, listed, shown } from './helpers.js';

const NAMES = GOALS.map((g) => g.description);

async function connected(): Promise<{ el: OtGoalStack; store: OtStore }> {
  const store = createStore({
    adapter: memoryAdapter({ seed: { goals: GOALS.map((g, i) => ({ ...g, order: i * 10, createdAt: 0 })) } }),
  });
  const provider = await fixture<OtProvider>(
    html`<ot-provider .store=${store}><ot-goal-stack></ot-goal-stack></ot-provider>`,
  );
  const el = provider.querySelector('ot-goal-stack')!;
  await el.updateComplete;
  return { el, store };
}

const storedOrder = (store: OtStore) =>
  store.goals
    .list()
    .sort((a, b) => a.order - b.order)
    .map((g) => g.description);

async function altPress(key: 'ArrowUp' | 'ArrowDown'): Promise<void> {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Alt' });
}

describe('<ot-goal-stack> reordering', () => {
  afterEach(() => resetMouse());

  it('moves a goal with Alt+Arrow keys, keeps focus on it, stores the order and announces the move', async () => {
    const { el, store } = await connected();
    const shoe = control(el, 'Shoe-tying');
    shoe.focus();
    const change = oneEvent(el, 'ot-goal-change') as Promise<OtGoalChangeEvent>;
    await altPress('ArrowDown');
    const { detail } = await change;
    expect(detail.action).to.equal('reorder');
    expect(detail.goal.id).to.equal('shoes');
    expect(detail.goals.map((g) => g.description)).to.deep.equal([NAMES[1], NAMES[0], ...NAMES.slice(2)]);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal([NAMES[1], NAMES[0], ...NAMES.slice(2)]);
    expect(storedOrder(store)).to.deep.equal(listed(el));
    await announced(el, 'Shoe-tying moved to position 2 of 5');
    expect(focused()).to.equal(control(el, 'Shoe-tying'));
    await altPress('ArrowDown');
    await altPress('ArrowDown');
    await el.updateComplete;
    expect(listed(el).indexOf('Shoe-tying')).to.equal(3);
    await announced(el, 'Shoe-tying moved to position 4 of 5');
    await altPress('ArrowUp');
    await el.updateComplete;
    expect(listed(el).indexOf('Shoe-tying')).to.equal(2);
    expect(storedOrder(store)).to.deep.equal(listed(el));
    expect(focused()).to.equal(control(el, 'Shoe-tying'));
  });

  it('moves a goal with the Move up and Move down buttons (no dragging needed)', async () => {
    const { el, store } = await connected();
    control(el, 'Move Zipping a coat up').click();
    await oneEvent(el, 'ot-goal-change');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal([NAMES[0], NAMES[2], NAMES[1], NAMES[3], NAMES[4]]);
    await announced(el, 'Zipping a coat moved to position 2 of 5');
    expect(focused()).to.equal(control(el, 'Move Zipping a coat up'));
    control(el, 'Move Shoe-tying down').click();
    await oneEvent(el, 'ot-goal-change');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal([NAMES[2], NAMES[0], NAMES[1], NAMES[3], NAMES[4]]);
    expect(storedOrder(store)).to.deep.equal(listed(el));
  });

  it('keeps the card the client is looking at when a move puts another goal first (current unset)', async () => {
    const { el } = await connected();
    let currentChanges = 0;
    el.addEventListener('ot-current-change', () => currentChanges++);
    expect(el.current).to.equal(undefined);
    expect(card(el)).to.equal('Shoe-tying');
    control(el, 'Move Shoe-tying down').click();
    await oneEvent(el, 'ot-goal-change');
    await el.updateComplete;
    expect(listed(el)[0]).to.equal(NAMES[1]);
    expect(card(el), 'the same goal stays on the card').to.equal('Shoe-tying');
    expect(shown(el)).to.contain('Goal 2 of 5 · 3 to go');
    control(el, 'Move Zipping a coat up').click();
    await oneEvent(el, 'ot-goal-change');
    control(el, 'Move Zipping a coat up').click();
    await oneEvent(el, 'ot-goal-change');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal([NAMES[2], NAMES[1], NAMES[0], NAMES[3], NAMES[4]]);
    expect(card(el)).to.equal('Shoe-tying');
    expect(el.shadowRoot!.querySelector('[aria-current="true"]')!.textContent).to.contain('Shoe-tying');
    expect(currentChanges, 'the current goal did not change, so no ot-current-change').to.equal(0);
    control(el, 'Next').click();
    await el.updateComplete;
    expect(card(el), 'Next goes on from there in the new order').to.equal(NAMES[3]);
    expect(currentChanges).to.equal(1);
  });

  it('keeps the client view on its goal when another stack on the same store reorders', async () => {
    const store = createStore({
      adapter: memoryAdapter({ seed: { goals: GOALS.map((g, i) => ({ ...g, order: i, createdAt: 0 })) } }),
    });
    const provider = await fixture<OtProvider>(
      html`<ot-provider .store=${store}
        ><ot-goal-stack></ot-goal-stack><ot-goal-stack view="client"></ot-goal-stack
      ></ot-provider>`,
    );
    const [therapist, client] = [...provider.querySelectorAll('ot-goal-stack')] as [OtGoalStack, OtGoalStack];
    await client.updateComplete;
    expect(card(client)).to.equal('Shoe-tying');
    control(therapist, 'Move Shoe-tying down').click();
    await oneEvent(therapist, 'ot-goal-change');
    control(therapist, 'Move Shoe-tying down').click();
    await oneEvent(therapist, 'ot-goal-change');
    await client.updateComplete;
    expect(storedOrder(store).slice(0, 3)).to.deep.equal([NAMES[1], NAMES[2], NAMES[0]]);
    expect(card(therapist)).to.equal('Shoe-tying');
    expect(card(client)).to.equal('Shoe-tying');
  });

  it('does not move past either end', async () => {
    const { el, store } = await connected();
    let fired = 0;
    el.addEventListener('ot-reorder', () => fired++);
    const up = control(el, 'Move Shoe-tying up');
    expect(up.getAttribute('aria-disabled')).to.equal('true');
    up.click();
    control(el, 'Move Cutting on a line down').click();
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(storedOrder(store)).to.deep.equal(NAMES);
  });

  it('lets the page cancel a move', async () => {
    const { el, store } = await connected();
    el.addEventListener('ot-reorder', (e: OtReorderEvent) => {
      expect(e.detail).to.include({ from: 0, to: 1 });
      e.preventDefault();
    });
    control(el, 'Move Shoe-tying down').click();
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(NAMES);
    expect(storedOrder(store)).to.deep.equal(NAMES);
    expect(await store.changes()).to.have.length(0);
  });

  it('moves a goal by dragging its handle', async () => {
    const { el, store } = await connected();
    el.shadowRoot!.querySelector('[part="list"]')!.scrollIntoView();
    const items = [...el.shadowRoot!.querySelectorAll('[part="item"]')];
    const handle = items[0]!.querySelector('[part="handle"]')!.getBoundingClientRect();
    const target = items[2]!.getBoundingClientRect();
    const x = Math.round(handle.left + handle.width / 2);
    const change = oneEvent(el, 'ot-goal-change') as Promise<OtGoalChangeEvent>;
    await sendMouse({ type: 'move', position: [x, Math.round(handle.top + handle.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(target.top + target.height / 2 + 5)] });
    expect(items[0]!.hasAttribute('data-dragging')).to.equal(true);
    await sendMouse({ type: 'move', position: [x, Math.round(target.bottom - 2)] });
    await sendMouse({ type: 'up' });
    const { detail } = await change;
    expect(detail.goals.map((g) => g.description)).to.deep.equal([NAMES[1], NAMES[2], NAMES[0], NAMES[3], NAMES[4]]);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(detail.goals.map((g) => g.description));
    expect(storedOrder(store)).to.deep.equal(listed(el));
    expect(items[0]!.hasAttribute('data-dragging')).to.equal(false);
    await announced(el, 'Shoe-tying moved to position 3 of 5');
  });

  it('leaves the order alone when a drag ends where it started', async () => {
    const { el, store } = await connected();
    el.shadowRoot!.querySelector('[part="list"]')!.scrollIntoView();
    const handle = el.shadowRoot!.querySelector('[part="handle"]')!.getBoundingClientRect();
    const at: [number, number] = [
      Math.round(handle.left + handle.width / 2),
      Math.round(handle.top + handle.height / 2),
    ];
    await sendMouse({ type: 'move', position: at });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [at[0], at[1] + 8] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(storedOrder(store)).to.deep.equal(NAMES);
    expect(await store.changes()).to.have.length(0);
  });
});
