import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@otkit/elements/define.js';
import * as Schedule from '../ot-visual-schedule.stories.js';
import { inPhone, neverLoadingStore } from './phone.js';

/**
 * States of `<ot-visual-schedule>` its own page does not show: on a phone, and waiting for its store. Reviewed
 * in screenshots at 1280 and 390 px in every theme (`npm run screenshots`).
 */
const meta: Meta = {
  ...(Schedule.default as Meta),
  title: 'States/Visual schedule',
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

export const Phone: Story = { ...(Schedule.Playground as Story), name: 'Phone', decorators: [inPhone] };
export const PhoneFirstThen: Story = {
  ...(Schedule.FirstThen as Story),
  name: 'Phone, first–then',
  decorators: [inPhone],
};
export const PhoneStrip: Story = {
  ...(Schedule.HorizontalStrip as Story),
  name: 'Phone, horizontal strip',
  decorators: [inPhone],
};
export const PhoneBuilder: Story = {
  ...(Schedule.Builder as Story),
  name: 'Phone, builder',
  decorators: [inPhone],
};

/** Connected to a store that has not loaded yet: the schedule's loading state. */
export const Loading: Story = {
  render: () =>
    html`<ot-provider storage="memory" .store=${neverLoadingStore()}>
      <ot-visual-schedule schedule-id="story-schedule"></ot-visual-schedule>
    </ot-provider>`,
};
