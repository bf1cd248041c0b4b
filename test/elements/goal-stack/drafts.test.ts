import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, draftKey, indexedDbDrafts, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProvider } from '@otkit/elements';
import { control } from './helpers.js';

const SEED = { goals: [{ id: 'shoes', description: 'Shoe-tying', order: 0, createdAt: 0 }] };

async function stackOn(store: OtStore): Promise<OtGoalStack> {
  const provider = await fixture<OtProvider>(
    html`<ot-provider .store=${store}><ot-goal-stack></ot-goal-stack></ot-provider>`,
  );
  const el = provider.querySelector('ot-goal-stack')!;
  await store.ready;
  await el.updateComplete;
  return el;
}

const field = (el: OtGoalStack, name: string) => control<HTMLInputElement>(el, name);

// Issue 16, item 7: typed but unsent text survives a reload.
describe('<ot-goal-stack> drafts', () => {
  it('puts back an unsent note, new goal and short note in the next element on the same store', async () => {
    const store = createStore({ adapter: memoryAdapter({ seed: SEED }) });
    const first = await stackOn(store);
    field(first, 'Add a note').focus();
    await sendKeys({ type: 'Asked about the fire dr' });
    field(first, 'New goal').focus();
    await sendKeys({ type: 'Buttoning a sh' });
    field(first, 'Short note').focus();
    await sendKeys({ type: 'Loop and sw' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    first.closest('ot-provider')!.remove();

    const second = await stackOn(store);
    await waitUntil(() => field(second, 'Add a note').value !== '', 'the note comes back');
    expect(field(second, 'Add a note').value).to.equal('Asked about the fire dr');
    expect(field(second, 'New goal').value).to.equal('Buttoning a sh');
    expect(field(second, 'Short note').value).to.equal('Loop and sw');
    expect(store.notes.list(), 'an unsent note is no record').to.have.length(0);
    expect(store.goals.list(), 'nor an unsent goal').to.have.length(1);
  });

  it('forgets a draft once its text is sent', async () => {
    const store = createStore({ adapter: memoryAdapter({ seed: SEED }) });
    const first = await stackOn(store);
    field(first, 'Add a note').focus();
    await sendKeys({ type: 'Fire drill' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => store.notes.list().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    first.closest('ot-provider')!.remove();
    const second = await stackOn(store);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(field(second, 'Add a note').value).to.equal('');
  });

  it('keeps drafts across a real reload of an IndexedDB store', async () => {
    const database = `otkit-test-drafts-${Date.now()}`;
    const open = async () => {
      const provider = await fixture<OtProvider>(
        html`<ot-provider database=${database}><ot-goal-stack></ot-goal-stack></ot-provider>`,
      );
      const el = provider.querySelector('ot-goal-stack')!;
      await waitUntil(() => el.shadowRoot?.querySelector('#note'), 'the stack is ready', { timeout: 5000 });
      return { provider, el };
    };
    try {
      const first = await open();
      field(first.el, 'Add a note').focus();
      await sendKeys({ type: 'Half a thought' });
      const drafts = indexedDbDrafts(`${database}-drafts`);
      await waitUntil(
        async () => (await drafts.read(draftKey('ot-goal-stack', 'note', '', ''))) === 'Half a thought',
        'kept',
        {
          timeout: 5000,
        },
      );
      first.provider.store!.adapter.close?.();
      first.provider.remove();
      const second = await open();
      await waitUntil(() => field(second.el, 'Add a note').value === 'Half a thought', 'the draft comes back', {
        timeout: 5000,
      });
      second.provider.store!.adapter.close?.();
    } finally {
      indexedDB.deleteDatabase(database);
      indexedDB.deleteDatabase(`${database}-drafts`);
    }
  });
});
