import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, createStore, memoryAdapter, type OtAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProvider } from '@otkit/elements';
import { GOALS, T0, control, pile } from './helpers.js';

/** A store whose commits wait until the test lets them through: the window between "shown" and "durable". */
async function gatedStack(): Promise<{ el: OtGoalStack; store: OtStore; release: () => void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const memory = memoryAdapter({ seed: { goals: GOALS.map((g, i) => ({ ...g, order: i, createdAt: 0 })) } });
  const adapter: OtAdapter = {
    ...memory,
    commit: async (change) => {
      await gate;
      return memory.commit(change);
    },
  };
  const clock = createManualClock(T0);
  const store = createStore({ adapter, clock });
  const provider = await fixture<OtProvider>(
    html`<ot-provider .store=${store}><ot-goal-stack .clock=${clock}></ot-goal-stack></ot-provider>`,
  );
  const el = provider.querySelector('ot-goal-stack')!;
  await store.ready;
  await el.updateComplete;
  return { el, store, release };
}

const noteItem = (el: OtGoalStack) => el.shadowRoot!.querySelector('[part="note"]')!;
const quickData = (el: OtGoalStack) => el.shadowRoot!.querySelector('[part="data"]')!;

// Issue 17, item 5: what the therapist sees as kept must be kept. Until the store's commit resolves a new
// note or trial says it is being saved (and is busy); after, that it is saved.
describe('<ot-goal-stack> saving state', () => {
  it('shows a new note as saving until the store has saved it, then as saved', async () => {
    const { el, store, release } = await gatedStack();
    control(el, 'Add a note').focus();
    await sendKeys({ type: 'Asked about the fire drill' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pile(el).length === 1, 'the note shows at once');
    expect(noteItem(el).getAttribute('aria-busy')).to.equal('true');
    expect(noteItem(el).querySelector('.meta')!.textContent).to.contain('Saving…');
    expect(await store.changes(), 'not yet durable').to.have.length(0);
    const saved = oneEvent(el, 'ot-note-change');
    release();
    await saved;
    await el.updateComplete;
    expect(await store.changes()).to.have.length(1);
    expect(noteItem(el).getAttribute('aria-busy')).to.equal('false');
    expect(noteItem(el).querySelector('.meta')!.textContent).to.contain('Saved');
    expect(noteItem(el).querySelector('.meta')!.textContent).not.to.contain('Saving');
  });

  it('shows a trial as saving until the store has saved it, then as saved', async () => {
    const { el, store, release } = await gatedStack();
    control(el, 'Add a + trial').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="trials"]')!.textContent?.startsWith('1 correct'));
    await el.updateComplete;
    expect(quickData(el).getAttribute('aria-busy')).to.equal('true');
    expect(quickData(el).textContent).to.contain('Saving…');
    const saved = oneEvent(el, 'ot-progress-change');
    release();
    await saved;
    await el.updateComplete;
    expect(await store.changes()).to.have.length(1);
    expect(quickData(el).getAttribute('aria-busy')).to.equal('false');
    expect(quickData(el).textContent).to.contain('Saved');
    await expect(el).to.be.accessible();
  });
});
