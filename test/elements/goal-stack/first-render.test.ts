import { expect, fixture, html } from '@open-wc/testing';
import '@otkit/elements/define.js';
import type { OtGoalStack } from '@otkit/elements';
import { GOALS } from './helpers.js';

/** The element's text after each of its updates, from the first one on (what each frame could show). */
function recordRenders(el: OtGoalStack): string[] {
  const renders: string[] = [];
  const host = el as unknown as { updated: (changed: unknown) => void };
  const updated = host.updated;
  host.updated = function (this: OtGoalStack, changed: unknown) {
    renders.push((this.shadowRoot!.textContent ?? '').replace(/\s+/g, ' '));
    updated.call(this, changed);
  };
  return renders;
}

// Issue 15: the page data shows from the first render (a server render shows it too): no loading state first, so
// the browser's first render takes over server HTML without a flash.
describe('<ot-goal-stack> first render', () => {
  it('shows the goals and notes given as properties from its very first render', async () => {
    const el = document.createElement('ot-goal-stack');
    const renders = recordRenders(el);
    el.goals = GOALS;
    el.notes = [{ id: 'n1', goalId: 'shoes', text: 'Asked about the fire drill' }];
    const parent = await fixture(html`<div></div>`);
    parent.append(el);
    await el.updateComplete;
    expect(renders.length).to.be.greaterThan(0);
    expect(renders[0]).to.contain('Shoe-tying').and.contain('Asked about the fire drill');
    expect(
      renders.filter((text) => text.includes('Loading')),
      'no render showed a loading state',
    ).to.deep.equal([]);
  });
});
