import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { OtSyncStatus } from '@otkit/sdk';
import { OtSyncError } from '@otkit/sdk';
import '@otkit/elements/ot-sync-indicator.js';

type Args = { state: OtSyncStatus['state']; pending: number; rejected: number };

const status = ({ state, pending, rejected }: Args): OtSyncStatus => ({
  state,
  pending,
  rejected,
  overwritten: 0,
  lastSuccess: Date.UTC(2026, 0, 5, 9),
  error: state === 'error' ? new OtSyncError('unauthorized', 'Sign in again', { status: 401 }) : undefined,
  leader: true,
});

/** The quiet line that says whether the therapist's changes reached the portal (here with a status the story sets). */
const meta: Meta<Args> = {
  title: 'Elements/Sync indicator',
  component: 'ot-sync-indicator',
  args: { state: 'idle', pending: 0, rejected: 0 },
  argTypes: { state: { control: 'inline-radio', options: ['idle', 'syncing', 'offline', 'error'] } },
  render: (args) => html`<ot-sync-indicator .status=${status(args)}></ot-sync-indicator>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Offline: Story = { args: { state: 'offline', pending: 3 } };

export const Refused: Story = { name: 'Changes refused', args: { rejected: 2 } };

export const Spanish: Story = {
  args: { state: 'offline', pending: 1 },
  render: (args) => html`<div lang="es"><ot-sync-indicator .status=${status(args)}></ot-sync-indicator></div>`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { state: 'offline', pending: 2 },
  render: (args) =>
    html`<div dir="rtl" lang="ar"><ot-sync-indicator .status=${status(args)}></ot-sync-indicator></div>`,
};
