import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProvider } from '@otkit/elements';
import { T0, announced, card, control, controls, focused, listed, pile } from './helpers.js';

async function connected(): Promise<{ el: OtGoalStack; store: OtStore }> {
  const clock = createManualClock(T0);
  const store = createStore({
    clock,
    adapter: memoryAdapter({
      seed: {
        goals: [
          { id: 'shoes', description: 'Shoe-tyng', order: 0, createdAt: 0 },
          { id: 'zip', description: 'Zipping a coat', order: 1, createdAt: 0 },
        ],
        notes: [{ id: 'drill', goalId: 'shoes', text: 'Fire drll', createdAt: T0 }],
      },
    }),
  });
  const provider = await fixture<OtProvider>(
    html`<ot-provider .store=${store}><ot-goal-stack .clock=${clock}></ot-goal-stack></ot-provider>`,
  );
  const el = provider.querySelector('ot-goal-stack')!;
  await store.ready;
  await el.updateComplete;
  return { el, store };
}

/** Clicks the control named `name` and lets the store write and the element settle. */
async function press(el: OtGoalStack, name: string): Promise<void> {
  control(el, name).click();
  await new Promise((resolve) => setTimeout(resolve, 30));
  await el.updateComplete;
}

/** Types `text` over the whole of the focused field (the editor focuses its field when it opens). */
async function retype(text: string): Promise<void> {
  const field = focused() as HTMLInputElement;
  expect(field.id, 'the editor has focus').to.equal('edit-text');
  field.select();
  await sendKeys({ type: text });
}

// Issue 16, item 6: mistakes can be corrected, and Undo says what it will undo.
describe('<ot-goal-stack> corrections', () => {
  it('names what Undo will undo', async () => {
    const { el } = await connected();
    expect(control(el, 'Undo').getAttribute('aria-disabled')).to.equal('true');
    await press(el, 'Add a + trial');
    expect(controls(el, 'Undo + trial')).to.have.length(1);
    await press(el, 'Moderate');
    await press(el, 'Undo Moderate');
    await announced(el, 'Undone: Moderate.');
    expect(controls(el, 'Undo + trial')).to.have.length(1);
  });

  it('renames a goal in place, and undoes the rename', async () => {
    const { el, store } = await connected();
    await press(el, 'Edit Shoe-tyng');
    await retype('Shoe-tying');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => store.goals.get('shoes')!.description === 'Shoe-tying');
    await el.updateComplete;
    expect(card(el)).to.equal('Shoe-tying');
    await press(el, 'Undo rename');
    expect(store.goals.get('shoes')!.description).to.equal('Shoe-tyng');
  });

  it('archives and deletes goals, each undone by Undo', async () => {
    const { el, store } = await connected();
    await press(el, 'Edit Zipping a coat');
    await press(el, 'Archive');
    expect(listed(el)).to.deep.equal(['Shoe-tyng']);
    expect(store.goals.get('zip')!.lifecycle).to.equal('on-hold');
    await press(el, 'Undo archive');
    expect(listed(el)).to.deep.equal(['Shoe-tyng', 'Zipping a coat']);
    await press(el, 'Edit Shoe-tyng');
    await press(el, 'Delete');
    expect(listed(el)).to.deep.equal(['Zipping a coat']);
    expect(pile(el), 'its note stays, under no goal').to.deep.equal(['Fire drll']);
    await press(el, 'Undo delete goal');
    expect(listed(el)).to.deep.equal(['Shoe-tyng', 'Zipping a coat']);
    expect(store.notes.get('drill')!.goalId).to.equal('shoes');
  });

  it('edits and deletes a note, and takes back "Make a goal"', async () => {
    const { el, store } = await connected();
    await press(el, 'Edit note');
    await retype('Fire drill');
    await press(el, 'Save');
    expect(pile(el)).to.deep.equal(['Fire drill']);
    await press(el, 'Make a goal');
    expect(listed(el)).to.deep.equal(['Shoe-tyng', 'Zipping a coat', 'Fire drill']);
    await press(el, 'Undo Make a goal');
    expect(listed(el)).to.deep.equal(['Shoe-tyng', 'Zipping a coat']);
    expect(store.notes.get('drill')!.status).to.equal('open');
    await press(el, 'Edit note');
    await press(el, 'Delete');
    expect(pile(el)).to.deep.equal([]);
    await press(el, 'Undo delete note');
    expect(pile(el)).to.deep.equal(['Fire drill']);
    await expect(el).to.be.accessible();
  });
});
