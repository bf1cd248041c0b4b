import { expect, fixture, html } from '@open-wc/testing';
import '@otkit/elements/ot-progress-chart.js';
import type { OtProgressChart } from '@otkit/elements/ot-progress-chart.js';
import { elementContract } from '../../helpers/element-contract.js';

describe('<ot-progress-chart>', () => {
  describe('contract', () => {
    elementContract<OtProgressChart>({
      tag: 'ot-progress-chart',
      states: {
        plain: () => fixture(html`<ot-progress-chart heading="Today"></ot-progress-chart>`),
        'bad layout': () => fixture(html`<ot-progress-chart layout="diagonal"></ot-progress-chart>`),
      },
      badAttributes: { layout: 'diagonal' },
      propertySets: { heading: 'Tomorrow', layout: 'horizontal' },
    });
  });

  describe('properties', () => {
    it('shows its heading, and its own name in the page language without one', async () => {
      const el = await fixture<OtProgressChart>(html`<ot-progress-chart heading="Today"></ot-progress-chart>`);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today');
      const spanish = await fixture<OtProgressChart>(html`<ot-progress-chart lang="es"></ot-progress-chart>`);
      expect(spanish.shadowRoot!.querySelector('p')!.textContent).to.equal('Todavía no hay nada aquí.');
    });
  });
});
