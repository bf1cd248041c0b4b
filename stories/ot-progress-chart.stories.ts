import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@otkit/elements/ot-progress-chart.js';

type Args = { heading: string; layout: 'vertical' | 'horizontal' };

/** Progress chart: say in a sentence what a designer sees here. */
const meta: Meta<Args> = {
  title: 'Elements/Progress chart',
  component: 'ot-progress-chart',
  args: { heading: '', layout: 'vertical' },
  argTypes: { layout: { control: 'inline-radio', options: ['vertical', 'horizontal'] } },
  render: (args) =>
    html`<ot-progress-chart heading=${args.heading || nothing} layout=${args.layout}></ot-progress-chart>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Horizontal: Story = { args: { layout: 'horizontal' } };

/** A bad attribute value: the error names it, and the last good layout stays. */
export const BadAttribute: Story = {
  name: 'Error: a bad attribute',
  render: () => html`<ot-progress-chart layout="diagonal"></ot-progress-chart>`,
};

export const Spanish: Story = {
  render: (args) => html`<div lang="es"><ot-progress-chart layout=${args.layout}></ot-progress-chart></div>`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl" lang="ar"><ot-progress-chart layout=${args.layout}></ot-progress-chart></div>`,
};
