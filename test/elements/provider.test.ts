import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import { StoreController, type OtProvider } from '@otkit/elements';

class TestGoalCount extends LitElement {
  readonly goals = new StoreController(this, (s) => s.goals);
  override render(): TemplateResult {
    return litHtml`<p>${Object.keys(this.goals.value ?? {}).length} goals</p>`;
  }
}
customElements.define('test-goal-count', TestGoalCount);

describe('<ot-provider>', () => {
  it('hands its store to elements inside it', async () => {
    const store: OtStore = createStore({ adapter: memoryAdapter() });
    const el = await fixture<OtProvider>(html`<ot-provider .store=${store}><test-goal-count></test-goal-count></ot-provider>`);
    const child = el.querySelector('test-goal-count') as TestGoalCount;
    await child.updateComplete;
    expect(child.shadowRoot!.textContent).to.contain('0 goals');
    await store.goals.add({ description: 'Tie shoes', order: 1 });
    await child.updateComplete;
    expect(child.shadowRoot!.textContent).to.contain('1 goals');
  });
});
