import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProvider } from '@otkit/elements';
import { GOALS, card, control, listed, pile } from './helpers.js';

async function inProvider(attrs: { database?: string; store?: OtStore; clientId?: string }): Promise<OtGoalStack> {
  const provider = await fixture<OtProvider>(
    attrs.store
      ? html`<ot-provider .store=${attrs.store}
          ><ot-goal-stack client-id=${attrs.clientId ?? ''}></ot-goal-stack
        ></ot-provider>`
      : html`<ot-provider database=${attrs.database!}><ot-goal-stack></ot-goal-stack></ot-provider>`,
  );
  const el = provider.querySelector('ot-goal-stack')!;
  await provider.store!.ready;
  await el.updateComplete;
  return el;
}

describe('<ot-goal-stack> connected to a store', () => {
  it('keeps every change across a reload (a second provider on the same IndexedDB database)', async () => {
    const database = `otkit-goal-stack-test-${Date.now()}`;
    try {
      let el = await inProvider({ database });
      for (const goal of ['Shoe-tying', 'Zipping a coat', 'Writing my name']) {
        control<HTMLInputElement>(el, 'New goal').value = goal;
        control(el, 'Add goal').click();
        await oneEvent(el, 'ot-goal-change');
      }
      control(el, 'Move Writing my name up').click();
      await oneEvent(el, 'ot-goal-change');
      control(el, 'Add a + trial').click();
      await oneEvent(el, 'ot-progress-change');
      control(el, 'Maximal').click();
      await oneEvent(el, 'ot-progress-change');
      control(el, 'Add a note').focus();
      await sendKeys({ type: 'Fire drill on Friday' });
      const added = oneEvent(el, 'ot-note-change');
      await sendKeys({ press: 'Enter' });
      await added;
      control(el, 'Next').click();
      await el.updateComplete;
      expect(card(el)).to.equal('Writing my name');
      fixtureCleanup();
      el = await inProvider({ database });
      expect(listed(el)).to.deep.equal(['Shoe-tying', 'Writing my name', 'Zipping a coat']);
      expect(card(el), 'the card on top before the reload is on top again').to.equal('Writing my name');
      control(el, 'Previous').click();
      await el.updateComplete;
      expect(pile(el)).to.deep.equal(['Fire drill on Friday']);
      expect(el.shadowRoot!.querySelector('[part="trials"]')!.textContent).to.contain('1 correct, 0 incorrect');
      expect(control(el, 'Maximal').getAttribute('aria-pressed')).to.equal('true');
    } finally {
      fixtureCleanup();
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(database);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
    }
  });

  it('shows what the store holds and follows changes made elsewhere', async () => {
    const store = createStore({
      adapter: memoryAdapter({ seed: { goals: [{ id: 'a', description: 'Stored goal', order: 0, createdAt: 0 }] } }),
    });
    const el = await inProvider({ store });
    expect(listed(el)).to.deep.equal(['Stored goal']);
    await store.goals.add({ description: 'Added by the portal', order: 1 });
    await store.notes.add({ goalId: 'a', text: 'From another tab' });
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Stored goal', 'Added by the portal']);
    expect(pile(el)).to.deep.equal(['From another tab']);
  });

  it('shows only the goals of its client and gives new goals to that client', async () => {
    const store = createStore({
      adapter: memoryAdapter({
        seed: {
          clients: [
            { id: 'c1', alias: 'Blue', createdAt: 0 },
            { id: 'c2', alias: 'Green', createdAt: 0 },
          ],
          goals: [
            { id: 'a', clientId: 'c1', description: 'Blue’s goal', order: 0, createdAt: 0 },
            { id: 'b', clientId: 'c2', description: 'Green’s goal', order: 0, createdAt: 0 },
            { id: 'c', clientId: 'c1', description: 'Blue’s old goal', order: 1, lifecycle: 'completed', createdAt: 0 },
          ],
        },
      }),
    });
    const el = await inProvider({ store, clientId: 'c1' });
    expect(listed(el)).to.deep.equal(['Blue’s goal']);
    control<HTMLInputElement>(el, 'New goal').value = 'Blue’s new goal';
    control(el, 'Add goal').click();
    await oneEvent(el, 'ot-goal-change');
    expect(store.goals.list().find((g) => g.description === 'Blue’s new goal')!.clientId).to.equal('c1');
  });

  it('lets page data win over the store, and leaves the store alone', async () => {
    const store = createStore({
      adapter: memoryAdapter({ seed: { goals: [{ id: 'a', description: 'Stored goal', order: 0, createdAt: 0 }] } }),
    });
    const el = await inProvider({ store });
    el.goals = GOALS;
    await el.updateComplete;
    expect(listed(el)).to.have.length(5);
    control(el, 'Add a + trial').click();
    await oneEvent(el, 'ot-progress-change');
    control(el, 'Move Shoe-tying down').click();
    await oneEvent(el, 'ot-goal-change');
    expect(store.progressEntries.size).to.equal(0);
    expect(await store.changes()).to.have.length(0);
    el.goals = undefined;
    await el.updateComplete;
    await waitUntil(() => listed(el).length === 1);
    expect(listed(el)).to.deep.equal(['Stored goal']);
  });
});
