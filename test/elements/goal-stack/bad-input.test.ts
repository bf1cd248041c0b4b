import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  OtPersistenceError,
  OtValidationError,
  createStore,
  memoryAdapter,
  type OtAdapter,
  type OtStore,
} from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtErrorEvent, OtGoalStack, OtGoalStackGoal, OtProvider } from '@otkit/elements';
import { GOALS, card, control, listed, pile } from './helpers.js';

/** The readable error state: its title and each problem listed. */
function errorShown(el: OtGoalStack): string[] {
  const box = el.shadowRoot!.querySelector('[part="error"][role="alert"]');
  if (!box) return [];
  return [
    box.querySelector('strong')!.textContent!,
    ...[...box.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
  ];
}

async function withBadGoals(goals: unknown): Promise<{ el: OtGoalStack; error: OtValidationError }> {
  const el = await fixture<OtGoalStack>(html`<ot-goal-stack .goals=${GOALS}></ot-goal-stack>`);
  const event = oneEvent(el, 'ot-error') as Promise<OtErrorEvent>;
  el.goals = goals as OtGoalStackGoal[];
  const error = (await event).detail.error as OtValidationError;
  await el.updateComplete;
  return { el, error };
}

describe('<ot-goal-stack> bad input', () => {
  it('names a goal without text, keeps the last good goals, and stays accessible', async () => {
    const { el, error } = await withBadGoals([
      { id: 'a', description: 'Fine' },
      { id: 'b', description: '   ' },
      { id: 'c' },
    ]);
    expect(error).to.be.instanceOf(OtValidationError);
    expect(error.issues.map((i) => [i.path.join('.'), i.message])).to.deep.equal([
      ['goals.1.description', 'must not be empty'],
      ['goals.2.description', 'is required'],
    ]);
    expect(errorShown(el)).to.deep.equal([
      'Something is wrong with the data',
      'goals[1].description: must not be empty',
      'goals[2].description: is required',
    ]);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'Nothing you already had was changed.',
    );
    expect(listed(el)).to.deep.equal(GOALS.map((g) => g.description));
    await expect(el).to.be.accessible();
  });

  it('names goals with duplicate ids', async () => {
    const { el, error } = await withBadGoals([
      { id: 'shoes', description: 'Shoe-tying' },
      { id: 'zip', description: 'Zipping' },
      { id: 'shoes', description: 'Shoe-tying again' },
    ]);
    expect(error.issues).to.have.length(1);
    expect(errorShown(el)[1]).to.equal('goals[2]: repeats id "shoes" already used at index 0');
    expect(card(el)).to.equal('Shoe-tying');
    expect(listed(el)).to.have.length(5);
  });

  it('names a goals value that is not a list, and notes that point at no goal or are too long', async () => {
    let { error } = await withBadGoals('Shoe-tying');
    expect(error.issues[0]!.message).to.equal('must be an array (got a string)');
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack></ot-goal-stack>`);
    const event = oneEvent(el, 'ot-error') as Promise<OtErrorEvent>;
    el.goals = [{ id: 'g', description: 'Goal' }];
    el.notes = [
      { id: 'n1', goalId: 'g', text: '<b>ok</b>' },
      { id: 'n2', goalId: 'g', text: 'x'.repeat(10_001) },
    ];
    error = (await event).detail.error as OtValidationError;
    expect(error.issues).to.have.length(1);
    await el.updateComplete;
    expect(errorShown(el).slice(1)).to.deep.equal(['notes[1].text: must be at most 10000 characters (got 10001)']);
    expect(pile(el)).to.deep.equal([]);
    el.notes = [{ id: 'n1', goalId: 'nope', text: 'Lost' }];
    await el.updateComplete;
    expect(errorShown(el).slice(1)).to.deep.equal(['notes[0].goalId: names no goal with id "nope"']);
    el.notes = [{ id: 'n1', goalId: 'g', text: 'x'.repeat(10_000) }];
    await el.updateComplete;
    expect(errorShown(el)).to.deep.equal([]);
    expect(pile(el)[0]).to.have.length(10_000);
  });

  it('names a view attribute it does not know and keeps the view it had', async () => {
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack view="client" .goals=${GOALS}></ot-goal-stack>`);
    const event = oneEvent(el, 'ot-error') as Promise<OtErrorEvent>;
    el.setAttribute('view', 'teacher');
    expect((await event).detail.error.message).to.contain(
      'view: must be one of therapist, client, review (got "teacher")',
    );
    await el.updateComplete;
    expect(el.view).to.equal('client');
    expect(errorShown(el)[1]).to.equal('view: must be one of therapist, client, review (got "teacher")');
    expect(card(el)).to.equal('Shoe-tying');
  });

  it('clears the error when good data comes', async () => {
    const { el } = await withBadGoals([{ id: 'x', description: '' }]);
    el.goals = [{ id: 'x', description: 'Better' }];
    await el.updateComplete;
    expect(errorShown(el)).to.deep.equal([]);
    expect(card(el)).to.equal('Better');
  });

  it('changes nothing stored when the page hands bad goals to a connected stack', async () => {
    const store: OtStore = createStore({
      adapter: memoryAdapter({ seed: { goals: [{ id: 'kept', description: 'Kept', order: 0, createdAt: 0 }] } }),
    });
    const provider = await fixture<OtProvider>(
      html`<ot-provider .store=${store}><ot-goal-stack></ot-goal-stack></ot-provider>`,
    );
    const el = provider.querySelector('ot-goal-stack')!;
    await el.updateComplete;
    const before = store.getState();
    el.goals = [
      { id: 'kept', description: '' },
      { id: 'kept', description: 'Twice' },
    ];
    await el.updateComplete;
    expect(errorShown(el)).to.include('goals[0].description: must not be empty');
    expect(card(el), 'the stored goals stay on screen').to.equal('Kept');
    expect(store.getState()).to.equal(before);
    expect(await store.changes()).to.have.length(0);
  });

  it('shows a readable error and rolls back when a change cannot be saved', async () => {
    const failing: OtAdapter = {
      ...memoryAdapter({ seed: { goals: [{ id: 'g', description: 'Goal', order: 0, createdAt: 0 }] } }),
      kind: 'failing',
      commit: () => Promise.reject(new Error('disk full')),
    };
    const store = createStore({ adapter: failing });
    const provider = await fixture<OtProvider>(
      html`<ot-provider .store=${store}><ot-goal-stack></ot-goal-stack></ot-provider>`,
    );
    const el = provider.querySelector('ot-goal-stack')!;
    await el.updateComplete;
    const event = oneEvent(el, 'ot-error') as Promise<OtErrorEvent>;
    control(el, 'Add a + trial').click();
    expect((await event).detail.error).to.be.instanceOf(OtPersistenceError);
    await el.updateComplete;
    expect(errorShown(el)[0]).to.equal('Could not save. Your last change was undone.');
    expect(store.progressEntries.size).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="trials"]')!.textContent).to.contain('0 correct');
    expect(control(el, 'Undo').getAttribute('aria-disabled'), 'a failed tap leaves nothing to undo').to.equal('true');
    await expect(el).to.be.accessible();
  });
});
