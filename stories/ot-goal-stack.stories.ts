import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createManualClock, createStore, memoryAdapter, type OtMemoryAdapterOptions } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStackGoal } from '@otkit/elements';

/** Stories run at a fixed time (a manual clock), so note times and sessions look the same on every visit. */
const T0 = Date.UTC(2026, 10, 23, 15, 10);
const MIN = 60_000;
const clock = () => createManualClock(T0);

const GOALS: OtGoalStackGoal[] = [
  { id: 'shoes', description: 'Shoe-tying', image: { symbol: 'shoes', alt: '' } },
  { id: 'drink', description: 'Getting a drink from the cafeteria line' },
  { id: 'zip', description: 'Zipping a coat' },
  { id: 'write', description: 'Writing my name on the worksheet' },
  { id: 'scissors', description: 'Cutting on a curved line' },
];

const SESSION = {
  id: 'session-1',
  phases: [
    { id: 'check-in', minutes: 5 },
    { id: 'warm-up', minutes: 10 },
    { id: 'targeted', minutes: 20 },
    { id: 'coaching', minutes: 10 },
    { id: 'cool-down', minutes: 7 },
    { id: 'home-plan', minutes: 8 },
  ],
  events: [
    { type: 'start' as const, at: T0 - 30 * MIN },
    { type: 'next' as const, at: T0 - 25 * MIN },
    { type: 'next' as const, at: T0 - 15 * MIN },
  ],
  createdAt: T0 - 30 * MIN,
};

const CONCERNS = [
  'Worried about the fire drill on Friday',
  'Lost a tooth at lunch',
  'Wants to bring the dog to school',
  'Big brother has a soccer game tonight',
  'The new shoes squeak',
  'Does not like the smell of the art room',
  'Asked if we can swing first next time',
  'Friend moved to another table',
  'Forgot the water bottle again',
  'Wants to show a drawing of a dragon',
];

/** A store seeded for a story: one client's goals, a running session, notes and data. */
function seeded(seed: OtMemoryAdapterOptions['seed']) {
  return createStore({ adapter: memoryAdapter({ seed }), clock: clock() });
}

function connected(seed: OtMemoryAdapterOptions['seed'], attrs: { view?: string } = {}): TemplateResult {
  return html`<ot-provider storage="memory" .store=${seeded(seed)}>
    <ot-goal-stack .clock=${clock()} view=${attrs.view ?? 'therapist'}></ot-goal-stack>
  </ot-provider>`;
}

const fullSession = {
  goals: GOALS.map((g, i) => ({ ...g, order: i, createdAt: 0 })),
  sessionRecords: [SESSION],
  notes: [
    {
      id: 'n1',
      goalId: 'shoes',
      text: CONCERNS[0]!,
      sessionId: SESSION.id,
      phaseId: 'warm-up',
      createdAt: T0 - 20 * MIN,
    },
    {
      id: 'n2',
      goalId: 'shoes',
      text: CONCERNS[1]!,
      sessionId: SESSION.id,
      phaseId: 'targeted',
      createdAt: T0 - 9 * MIN,
    },
    {
      id: 'n3',
      goalId: 'shoes',
      text: `${CONCERNS[2]}. ${'The dog is called Biscuit and is very good at sitting, and the class would love him, and he could sit under the table during math. '.repeat(6)}`,
      sessionId: SESSION.id,
      phaseId: 'targeted',
      createdAt: T0 - 6 * MIN,
    },
    {
      id: 'n4',
      goalId: 'drink',
      text: CONCERNS[3]!,
      status: 'addressed' as const,
      addressedAt: T0 - 2 * MIN,
      sessionId: SESSION.id,
      phaseId: 'targeted',
      createdAt: T0 - 8 * MIN,
    },
  ],
  progressEntries: [
    {
      id: 'p1',
      goalId: 'shoes',
      sessionId: SESSION.id,
      at: T0 - 12 * MIN,
      trials: { plus: 4, minus: 2 },
      assistance: 'minimal' as const,
      prompt: 'verbal' as const,
    },
    {
      id: 'p2',
      goalId: 'drink',
      sessionId: SESSION.id,
      at: T0 - 5 * MIN,
      status: 'progressing' as const,
      note: 'Carried the tray with two hands',
    },
  ],
};

// The docs page shows the element's own description (its JSDoc, shortcuts included) from the manifest.
// Stories run connected to an in-memory store with a fixed clock; nothing leaves the page.
const meta: Meta = {
  title: 'Elements/Goal stack',
  component: 'ot-goal-stack',
  parameters: { layout: 'padded' },
  argTypes: {
    view: { control: 'inline-radio', options: ['therapist', 'client', 'review'] },
  },
  args: { view: 'therapist' },
  render: (args) => connected(fullSession, { view: args.view as string }),
};
export default meta;

type Story = StoryObj;

export const Playground: Story = {};

export const Empty: Story = {
  name: 'States / Empty',
  render: () => connected({}),
};

export const OneGoal: Story = {
  name: 'States / One goal',
  render: () =>
    connected({
      goals: [{ id: 'shoes', description: 'Shoe-tying', order: 0, createdAt: 0, image: { symbol: 'shoes', alt: '' } }],
    }),
};

export const FullSession: Story = {
  name: 'States / A full session',
  render: () => connected(fullSession),
};

export const TangentialSession: Story = {
  name: 'States / A tangential session (40 notes)',
  render: () =>
    connected({
      ...fullSession,
      notes: Array.from({ length: 40 }, (_, i) => ({
        id: `t${i}`,
        goalId: i % 4 === 3 ? 'drink' : 'shoes',
        text:
          CONCERNS[i % CONCERNS.length]! +
          (i >= CONCERNS.length ? ` (again, ${Math.floor(i / CONCERNS.length) + 1})` : ''),
        sessionId: SESSION.id,
        phaseId: i < 10 ? 'warm-up' : 'targeted',
        createdAt: T0 - (40 - i) * 40_000,
      })),
    }),
};

export const ClientView: Story = {
  name: 'States / Client view',
  render: () => connected(fullSession, { view: 'client' }),
};

export const Review: Story = {
  name: 'States / End-of-session review',
  render: () => connected(fullSession, { view: 'review' }),
};

export const BadData: Story = {
  name: 'States / Bad data',
  render: () =>
    html`<ot-goal-stack
      .goals=${[
        { id: 'shoes', description: 'Shoe-tying' },
        { id: 'shoes', description: 'Shoe-tying, again' },
        { id: 'zip', description: '' },
      ]}
    ></ot-goal-stack>`,
};

/**
 * A store that takes two seconds to save each change (a slow disk, a busy tablet): a new note and the quick
 * data after a tap say "Saving…" (and are `aria-busy`) until the store has saved them, then "Saved".
 */
export const SlowStore: Story = {
  name: 'Behaviors / Saving… then Saved (slow store)',
  render: () => {
    const memory = memoryAdapter({ seed: fullSession });
    const slow = {
      ...memory,
      commit: (change: Parameters<typeof memory.commit>[0]) =>
        new Promise<void>((resolve) => setTimeout(resolve, 2000)).then(() => memory.commit(change)),
    };
    return html`<ot-provider storage="memory" .store=${createStore({ adapter: slow, clock: clock() })}>
      <ot-goal-stack .clock=${clock()}></ot-goal-stack>
    </ot-provider>`;
  },
};

export const Markup: Story = {
  name: 'Behaviors / Plain HTML markup',
  render: () =>
    html`<ot-goal-stack>
      <ol>
        <li data-symbol="swing">Swing for five minutes</li>
        <li>
          Shoe-tying
          <ul>
            <li>Asked about the fire drill</li>
          </ul>
        </li>
        <li>Zipping a coat</li>
      </ol>
    </ot-goal-stack>`,
};

export const Spanish: Story = {
  name: 'Accessibility / Spanish',
  render: () => html`<div lang="es">${connected(fullSession)}</div>`,
};

export const RightToLeft: Story = {
  name: 'Accessibility / Right to left',
  render: () => html`<div dir="rtl" lang="ar">${connected(fullSession)}</div>`,
};

/**
 * The high-contrast theme. For the operating system's forced-colors mode, turn on DevTools → Rendering →
 * "Emulate CSS media feature forced-colors: active": cards, notes and the current goal keep visible
 * borders and outlines in system colours.
 */
export const ForcedColors: Story = {
  name: 'Accessibility / Forced colors and high contrast',
  render: () =>
    html`<ot-provider storage="memory" theme="high-contrast" .store=${seeded(fullSession)}>
      <ot-goal-stack .clock=${clock()}></ot-goal-stack>
    </ot-provider>`,
};
