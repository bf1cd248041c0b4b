import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@otkit/elements/define.js';
import * as Goals from '../ot-goal-stack.stories.js';
import { inPhone, neverLoadingStore } from './phone.js';

/**
 * States of `<ot-goal-stack>` its own page does not show: on a phone, and waiting for its store. Reviewed in
 * screenshots at 1280 and 390 px in every theme (`npm run screenshots`).
 */
const meta: Meta = {
  ...(Goals.default as Meta),
  title: 'States/Goal stack',
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

export const PhoneSession: Story = {
  ...(Goals.FullSession as Story),
  name: 'Phone, a full session',
  decorators: [inPhone],
};
export const PhoneReview: Story = {
  ...(Goals.Review as Story),
  name: 'Phone, end-of-session review',
  decorators: [inPhone],
};
export const PhoneClientView: Story = {
  ...(Goals.ClientView as Story),
  name: 'Phone, client view (read-only)',
  decorators: [inPhone],
};

/** Connected to a store that has not loaded yet: the stack's loading state. */
export const Loading: Story = {
  render: () =>
    html`<ot-provider storage="memory" .store=${neverLoadingStore()}>
      <ot-goal-stack></ot-goal-stack>
    </ot-provider>`,
};
