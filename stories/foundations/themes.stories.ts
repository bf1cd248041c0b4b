import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../helpers/token-table.js';
import './foundations.css';

/**
 * Every design token of `tokens.css` in the light, dark and high-contrast themes. Pick a theme with
 * `data-ot-theme="light|dark|high-contrast"` on any ancestor, or `theme` on `<ot-provider>`; without one the
 * page follows the system's color scheme and contrast settings. Override any token on any ancestor
 * (`--ot-color-accent: #6a1b9a`), and component tokens (`--ot-<component>-<prop>`) the same way.
 */
const meta: Meta = {
  title: 'Foundations/Themes and tokens',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

export const AllThemes: Story = {
  name: 'All themes side by side',
  render: () =>
    html`<div class="otkit-story-columns">
      <otkit-story-token-table theme="light" label="Light"></otkit-story-token-table>
      <otkit-story-token-table theme="dark" label="Dark"></otkit-story-token-table>
      <otkit-story-token-table theme="high-contrast" label="High contrast"></otkit-story-token-table>
    </div>`,
};

export const Light: Story = {
  render: () => html`<otkit-story-token-table theme="light" label="Light"></otkit-story-token-table>`,
};

export const Dark: Story = {
  render: () => html`<otkit-story-token-table theme="dark" label="Dark"></otkit-story-token-table>`,
};

export const HighContrast: Story = {
  name: 'High contrast',
  render: () => html`<otkit-story-token-table theme="high-contrast" label="High contrast"></otkit-story-token-table>`,
};

/** `auto`: the values the page gives right now (the toolbar's theme, or the system's settings). */
export const Auto: Story = {
  name: 'Auto (follows the page)',
  render: () => html`<otkit-story-token-table label="Auto: from the page and the system"></otkit-story-token-table>`,
};

/** A page overrides tokens on an ancestor: here a purple accent and larger targets for one section. */
export const Overridden: Story = {
  name: 'Tokens overridden by the page',
  render: () =>
    html`<div class="otkit-story-override">
      <otkit-story-token-table theme="light" label="Light, with page overrides"></otkit-story-token-table>
    </div>`,
};
