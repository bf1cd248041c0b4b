import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { OtGoal } from '@otkit/sdk';
import '@otkit/elements/ot-progress-chart.js';
import { withStore, type OtStoreParameters } from './decorators/with-store.js';
import { CASELOAD_CLIENT_ID, PROGRESS_CASELOAD } from './data/progress-caseload.js';

type Args = { view: 'chart' | 'table' | 'overview' | 'report'; goalId: string; clientName: string };

const parameters: OtStoreParameters = { otSeed: PROGRESS_CASELOAD };
const goals = PROGRESS_CASELOAD.goals as OtGoal[];
const zipEntries = PROGRESS_CASELOAD.progressEntries.filter((entry) => entry.goalId === 'goal-zip');

/**
 * A goal's progress over twelve weekly sessions: percent correct as a line, help needed as steps, GAS levels as
 * bands; the same numbers as a table; all goals at a glance; the report to print. Connected stories read a demo
 * caseload (stories/data/progress-caseload.ts) from a memory store; arrow keys go from session to session.
 */
const meta: Meta<Args> = {
  title: 'Elements/Progress chart',
  component: 'ot-progress-chart',
  decorators: [withStore],
  parameters,
  args: { view: 'chart', goalId: 'goal-zip', clientName: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['chart', 'table', 'overview', 'report'] },
    goalId: { control: 'select', options: ['goal-zip', 'goal-cut', 'goal-calm'] },
  },
  render: (args) => html`
    <ot-progress-chart
      client-id=${CASELOAD_CLIENT_ID}
      goal-id=${args.goalId}
      view=${args.view}
      client-name=${args.clientName || nothing}
    ></ot-progress-chart>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every goal of the client: a small line each, the latest values, the trend in words. */
export const Overview: Story = { args: { view: 'overview' } };

/** The data table: the same numbers as the chart, in the same order. */
export const TableView: Story = { name: 'Table view', args: { view: 'table' } };

/** A goal with no trials, only help needed and prompts: the chart shows the steps alone. */
export const AssistanceOnly: Story = { name: 'Help needed only', args: { goalId: 'goal-calm' } };

/** The report to share, as plain text: no name unless the host passes one. */
export const Report: Story = { args: { view: 'report' } };

export const ReportWithName: Story = { name: 'Report with a name', args: { view: 'report', clientName: 'Sam' } };

/** Standalone: goals and entries set as properties, no store. */
export const Standalone: Story = {
  render: () => html`<ot-progress-chart .goals=${goals} .entries=${zipEntries}></ot-progress-chart>`,
};

export const Empty: Story = {
  name: 'State: empty',
  render: () => html`<ot-progress-chart .goals=${goals.slice(0, 1)} .entries=${[]}></ot-progress-chart>`,
};

export const OnePoint: Story = {
  name: 'State: one point',
  render: () => html`<ot-progress-chart .goals=${goals} .entries=${zipEntries.slice(0, 1)}></ot-progress-chart>`,
};

/** Three years of twice-weekly sessions: markers shrink, session numbers thin out. */
export const Many: Story = {
  name: 'State: many points',
  render: () => {
    const entries = Array.from({ length: 300 }, (_, index) => ({
      id: `many-${index}`,
      goalId: 'goal-zip',
      at: Date.UTC(2024, 0, 1) + index * 3.5 * 86_400_000,
      trials: { plus: Math.round(3 + 6 * (index / 300) + 2 * Math.sin(index / 5)), minus: 4 },
      assistance: (['maximal', 'moderate', 'minimal', 'supervision'] as const)[Math.floor((index / 300) * 4)],
    }));
    return html`<ot-progress-chart .goals=${goals} .entries=${entries}></ot-progress-chart>`;
  },
};

/** A malformed entry: the error names the entry and the field. */
export const BadEntry: Story = {
  name: 'Error: a malformed entry',
  render: () => {
    const entries = [...zipEntries.slice(0, 3), { ...zipEntries[3], trials: { plus: -1, minus: 2 } }];
    return html`<ot-progress-chart .goals=${goals} .entries=${entries}></ot-progress-chart>`;
  },
};

export const UnknownGoal: Story = { name: 'Error: an unknown goal', args: { goalId: 'goal-nope' } };

export const BadAttribute: Story = {
  name: 'Error: a bad attribute',
  render: () => html`<ot-progress-chart view="pie"></ot-progress-chart>`,
};

export const Spanish: Story = {
  render: (args) => html`
    <div lang="es">
      <ot-progress-chart client-id=${CASELOAD_CLIENT_ID} goal-id=${args.goalId} view=${args.view}></ot-progress-chart>
    </div>
  `,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`
    <div dir="rtl" lang="es">
      <ot-progress-chart client-id=${CASELOAD_CLIENT_ID} goal-id=${args.goalId} view=${args.view}></ot-progress-chart>
    </div>
  `,
};

export const Dark: Story = {
  render: (args) => html`
    <div data-ot-theme="dark">
      <ot-progress-chart client-id=${CASELOAD_CLIENT_ID} goal-id=${args.goalId} view=${args.view}></ot-progress-chart>
    </div>
  `,
};

export const HighContrast: Story = {
  name: 'High contrast',
  render: (args) => html`
    <div data-ot-theme="high-contrast">
      <ot-progress-chart client-id=${CASELOAD_CLIENT_ID} goal-id=${args.goalId} view=${args.view}></ot-progress-chart>
    </div>
  `,
};
