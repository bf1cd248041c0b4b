import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@otkit/elements/ot-service-minutes.js';

type Args = { heading: string; layout: 'vertical' | 'horizontal' };

/** Service minutes: say in a sentence what a designer sees here. */
const meta: Meta<Args> = {
  title: 'Elements/Service minutes',
  component: 'ot-service-minutes',
  args: { heading: '', layout: 'vertical' },
  argTypes: { layout: { control: 'inline-radio', options: ['vertical', 'horizontal'] } },
  render: (args) =>
    html`<ot-service-minutes heading=${args.heading || nothing} layout=${args.layout}></ot-service-minutes>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Horizontal: Story = { args: { layout: 'horizontal' } };

/** A bad attribute value: the error names it, and the last good layout stays. */
export const BadAttribute: Story = {
  name: 'Error: a bad attribute',
  render: () => html`<ot-service-minutes layout="diagonal"></ot-service-minutes>`,
};

export const Spanish: Story = {
  render: (args) => html`<div lang="es"><ot-service-minutes layout=${args.layout}></ot-service-minutes></div>`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) =>
    html`<div dir="rtl" lang="ar"><ot-service-minutes layout=${args.layout}></ot-service-minutes></div>`,
};
