import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './session-console.css';
import { consoleLayout } from './session-console.template.js';

/**
 * The therapist's session console: every OT Kit element wired to one store persisted in IndexedDB (the
 * embedded default of `<ot-provider>`), exactly as a portal page would embed them. What you change here
 * survives a reload of the story. The schedule is the timer's 45-minute plan and follows the timer; `/`
 * anywhere on the page goes to the goal stack's note field. The layout (session-console.css) stacks on a
 * phone, pairs goals and schedule on a tablet, and gives the timer its own column on a wide screen.
 */
const meta: Meta = {
  title: 'Examples/Session console',
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const SessionConsole: StoryObj = {
  name: 'Session console',
  render: () => consoleLayout(),
};

export const SpanishConsole: StoryObj = {
  name: 'Session console (Spanish)',
  render: () => consoleLayout({ lang: 'es' }),
};
