import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@otkit/elements/define.js';
import type { OtErrorEvent, OtGoalChangeEvent, OtGoalStack } from '@otkit/elements';
import { control, listed } from './helpers.js';

/** The next `ot-goal-change`; an `ot-error` first fails at once, with its message. */
const goalChange = (el: OtGoalStack) =>
  Promise.race([
    oneEvent(el, 'ot-goal-change') as Promise<OtGoalChangeEvent>,
    (oneEvent(el, 'ot-error') as Promise<OtErrorEvent>).then((e) => Promise.reject(e.detail.error)),
  ]);

/** Every `ot-error` the element fires from now on. */
function errors(el: OtGoalStack): string[] {
  const seen: string[] = [];
  el.addEventListener('ot-error', (e: OtErrorEvent) => seen.push(e.detail.error.message));
  return seen;
}

async function addGoal(el: OtGoalStack, text: string): Promise<OtGoalChangeEvent['detail']> {
  const change = goalChange(el);
  control<HTMLInputElement>(el, 'New goal').value = text;
  control(el, 'Add goal').click();
  return (await change).detail;
}

// Standalone, the element works on a copy of its own that holds no client record: a client-id must not
// make every new goal fail the store's reference check.
describe('<ot-goal-stack> standalone with a client-id', () => {
  it('adds, promotes and reorders goals for its client on page data', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack
        client-id="c-17"
        .goals=${[
          { id: 'mine', clientId: 'c-17', description: 'Shoe-tying' },
          { id: 'page', description: 'Zipping a coat' },
          { id: 'other', clientId: 'c-2', description: 'Another client’s goal' },
        ]}
        .notes=${[{ id: 'velcro', goalId: 'mine', text: 'Velcro shoes instead?' }]}
      ></ot-goal-stack>`,
    );
    const seen = errors(el);
    expect(listed(el), 'its client’s goals and the page’s goals of no client').to.deep.equal([
      'Shoe-tying',
      'Zipping a coat',
    ]);

    const added = await addGoal(el, 'Writing my name');
    expect(added.action).to.equal('add');
    expect(added.goal).to.include({ description: 'Writing my name', clientId: 'c-17' });

    const promoted = goalChange(el);
    control(el, 'Make a goal').click();
    const { detail } = await promoted;
    expect(detail.action).to.equal('promote');
    expect(detail.goal).to.include({ description: 'Velcro shoes instead?', clientId: 'c-17' });

    const reordered = goalChange(el);
    control(el, 'Move Shoe-tying down').click();
    expect((await reordered).detail.goals.map((g) => g.id)).to.deep.equal([
      'page',
      'mine',
      added.goal.id,
      detail.goal.id,
    ]);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Zipping a coat', 'Shoe-tying', 'Writing my name', 'Velcro shoes instead?']);
    expect(seen).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('adds goals under markup goals, which count as its client’s', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack client-id="c-17"
        ><ol>
          <li>Shoe-tying</li>
        </ol></ot-goal-stack
      >`,
    );
    const seen = errors(el);
    expect(listed(el)).to.deep.equal(['Shoe-tying']);
    expect((await addGoal(el, 'Zipping a coat')).goal.clientId).to.equal('c-17');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Shoe-tying', 'Zipping a coat']);
    expect(seen).to.deep.equal([]);
  });

  it('adds goals with no data and no provider at all', async () => {
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack client-id="c-17"></ot-goal-stack>`);
    const seen = errors(el);
    const { goal, goals } = await addGoal(el, 'Shoe-tying');
    expect(goal.clientId).to.equal('c-17');
    expect(goals.map((g) => g.description)).to.deep.equal(['Shoe-tying']);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Shoe-tying']);
    expect(seen).to.deep.equal([]);
  });
});
