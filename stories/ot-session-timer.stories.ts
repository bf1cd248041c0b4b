import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import {
  createManualClock,
  createStore,
  memoryAdapter,
  type OtAdapter,
  type OtSessionEvent,
  type OtSessionPhase,
} from '@otkit/sdk';
import type { OtSessionTimer, OtTimerAppearance, OtTimerOvertime } from '@otkit/elements';
import '@otkit/elements/define.js';

/** Every story but "Real clock" runs on a stopped clock at this instant, so it looks the same each time. */
const NOW = Date.UTC(2026, 10, 23, 9, 30);
const M = 60_000;

interface TimerArgs {
  appearance: OtTimerAppearance;
  minutes: number;
  compact: boolean;
  locked: boolean;
  child: boolean;
  overtime: OtTimerOvertime;
  minutesOnly: boolean;
  autoAdvance: boolean;
  warnSeconds: number;
  chime: boolean;
  speak: boolean;
  /** Story-only: the log, as minutes before now. */
  log?: { type: OtSessionEvent['type']; ago: number; reason?: string; minutes?: number }[];
  phases?: OtSessionPhase[];
  lang?: string;
  dir?: string;
  realClock?: boolean;
}

const toEvents = (log: TimerArgs['log'], now: number) =>
  log?.map(({ ago, ...rest }) => ({ ...rest, at: now - ago * M }) as OtSessionEvent);

function renderTimer(args: TimerArgs): TemplateResult {
  const now = args.realClock ? Date.now() : NOW;
  return html`<ot-session-timer
    appearance=${args.appearance}
    minutes=${args.minutes}
    ?compact=${args.compact}
    ?locked=${args.locked}
    ?child=${args.child}
    overtime=${args.overtime}
    ?minutes-only=${args.minutesOnly}
    ?auto-advance=${args.autoAdvance}
    warn-seconds=${args.warnSeconds}
    ?chime=${args.chime}
    ?speak=${args.speak}
    lang=${args.lang ?? nothing}
    dir=${args.dir ?? nothing}
    .phases=${args.phases}
    .events=${toEvents(args.log, now)}
    .clock=${args.realClock ? undefined : createManualClock(NOW)}
  ></ot-session-timer>`;
}

/**
 * The session-flow timer: the current phase of a 30–60 minute session as a shrinking disc (a face of 5, 10,
 * 20 or 60 minutes, chosen to hold the phase, like a Time Timer's) or a bar, what comes next, the whole session's progress, and the therapist's
 * controls. Stories run standalone on a stopped clock (the log is set as a property); "Real clock" and
 * "Connected" run for real.
 */
const meta: Meta<TimerArgs> = {
  title: 'Elements/Session timer',
  component: 'ot-session-timer',
  args: {
    appearance: 'disc',
    minutes: 60,
    compact: false,
    locked: false,
    child: false,
    overtime: 'count',
    minutesOnly: false,
    autoAdvance: false,
    warnSeconds: 60,
    chime: false,
    speak: false,
  },
  argTypes: {
    appearance: { control: 'inline-radio', options: ['disc', 'bar'] },
    overtime: { control: 'inline-radio', options: ['count', 'calm'] },
    minutes: { control: 'select', options: [30, 45, 60] },
    log: { table: { disable: true } },
    phases: { table: { disable: true } },
    realClock: { table: { disable: true } },
  },
  render: renderTimer,
};
export default meta;

type Story = StoryObj<TimerArgs>;

const running: NonNullable<TimerArgs['log']> = [
  { type: 'start', ago: 12 },
  { type: 'next', ago: 6 },
];

export const Playground: Story = { args: { log: running } };

export const Template30: Story = { name: 'Template: 30 minutes', args: { minutes: 30 } };
export const Template45: Story = { name: 'Template: 45 minutes', args: { minutes: 45 } };
export const Template60: Story = { name: 'Template: 60 minutes', args: { minutes: 60 } };

export const CustomPlan: Story = {
  args: {
    phases: [
      { id: 'arrive', label: 'Arrive & settle', minutes: 5 },
      { id: 'obstacle', label: 'Obstacle course', minutes: 15 },
      { id: 'fine-motor', label: 'Fine-motor table', minutes: 15 },
      { id: 'cool-down', minutes: 5 },
    ],
    log: [
      { type: 'start', ago: 11 },
      { type: 'next', ago: 6 },
    ],
  },
};

export const Running: Story = { args: { log: running } };

export const Warning: Story = {
  name: 'Warning before the end',
  args: {
    warnSeconds: 120,
    log: [
      { type: 'start', ago: 13 },
      { type: 'next', ago: 8.5 },
    ],
  },
};

export const Paused: Story = {
  args: { log: [...running, { type: 'pause', ago: 2, reason: 'interruption' }] },
};

export const Emergency: Story = {
  name: 'Emergency: incident form',
  args: {
    log: [
      { type: 'start', ago: 25 },
      { type: 'next', ago: 19 },
      { type: 'next', ago: 8 },
      { type: 'pause', ago: 1, reason: 'emergency' },
    ],
  },
  play: async ({ canvasElement }) => {
    const timer = canvasElement.querySelector('ot-session-timer') as OtSessionTimer;
    await timer.updateComplete;
    const record = [...timer.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Record incident',
    );
    record?.click();
  },
};

export const Overrun: Story = {
  name: 'Over time (waiting for the therapist)',
  args: { log: [{ type: 'start', ago: 8 }] },
};

export const CalmOverTime: Story = {
  name: 'Over time, calm',
  args: { overtime: 'calm', log: [{ type: 'start', ago: 8 }] },
};

/** Faces: a 4-minute phase fills most of a 5-minute face; 8 minutes a 10-minute face; 15 a 20-minute one. */
export const Faces: Story = {
  name: 'Face scaled to the phase',
  args: {
    phases: [
      { id: 'shoes', label: 'Tie shoes', minutes: 4 },
      { id: 'swing', label: 'Swing', minutes: 8 },
      { id: 'puzzle', label: 'Puzzle', minutes: 15 },
    ],
  },
};

export const ChildView: Story = { name: 'Child view', args: { child: true, log: running } };

export const ChildViewPaused: Story = {
  name: 'Child view, paused',
  args: { child: true, log: [...running, { type: 'pause', ago: 2, reason: 'break' }] },
};

export const ChildViewTimeUp: Story = {
  name: 'Child view, time is up',
  args: { child: true, log: [{ type: 'start', ago: 8 }] },
};

export const AutoAdvance: Story = { args: { autoAdvance: true, log: [{ type: 'start', ago: 8 }] } };

export const Ended: Story = {
  args: {
    log: [
      { type: 'start', ago: 58 },
      { type: 'next', ago: 52 },
      { type: 'pause', ago: 45, reason: 'break' },
      { type: 'resume', ago: 41 },
      { type: 'skip', ago: 38 },
      { type: 'extend', ago: 30, minutes: 5 },
      { type: 'next', ago: 13 },
      { type: 'next', ago: 3 },
      { type: 'end', ago: 1, reason: 'completed' },
    ],
  },
};

export const Bar: Story = { args: { appearance: 'bar', log: running } };

export const LockedClientView: Story = {
  name: 'Locked client view',
  args: { locked: true, minutesOnly: true, log: running },
};

export const Compact: Story = { args: { compact: true, log: running } };

export const CompactBar: Story = { args: { compact: true, appearance: 'bar', log: running } };

export const MinutesOnly: Story = { args: { minutesOnly: true, log: running } };

export const Spanish: Story = { args: { lang: 'es', log: [...running, { type: 'pause', ago: 2, reason: 'break' }] } };

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { lang: 'ar', dir: 'rtl', appearance: 'bar', log: running },
};

export const ForcedColors: Story = {
  name: 'Forced colors',
  args: { appearance: 'bar', log: running },
  parameters: {
    docs: {
      description: {
        story:
          'To see forced colors, turn them on in the browser (DevTools → Rendering → Emulate CSS media feature forced-colors: active, or Windows contrast themes). The disc, bar and progress are drawn in system colours (Highlight, CanvasText); the tests check this with forced colors emulated. Shown here in the high-contrast theme.',
      },
    },
  },
  render: (args) => html`<ot-provider storage="memory" theme="high-contrast">${renderTimer(args)}</ot-provider>`,
};

export const RealClock: Story = {
  name: 'Real clock (1-minute phases)',
  args: {
    realClock: true,
    autoAdvance: true,
    warnSeconds: 20,
    phases: [
      { id: 'check-in', minutes: 1 },
      { id: 'warm-up', minutes: 1 },
      { id: 'targeted', minutes: 2 },
      { id: 'cool-down', minutes: 1 },
    ],
  },
};

export const Connected: Story = {
  name: 'Connected to a store',
  parameters: {
    docs: {
      description: {
        story:
          'Inside `<ot-provider>` every control adds to the session record in the store; Start creates the record.',
      },
    },
  },
  render: (args) => html`<ot-provider storage="memory">${renderTimer({ ...args, realClock: true })}</ot-provider>`,
};

/** A memory store whose every save takes `delay` ms, like a slow disk or a server round trip. */
function slowStore(delay: number) {
  const base = memoryAdapter();
  const adapter: OtAdapter = {
    ...base,
    kind: 'slow memory',
    commit: (change) => new Promise((resolve) => setTimeout(resolve, delay)).then(() => base.commit(change)),
  };
  return createStore({ adapter });
}

export const SavingSlowly: Story = {
  name: 'Connected: a slow store (Saving… then Saved)',
  parameters: {
    docs: {
      description: {
        story:
          'Every save takes 1.5 s: a control shows its change at once, with "Saving…" until the store has saved it, then "Saved".',
      },
    },
  },
  render: (args) =>
    html`<ot-provider .store=${slowStore(1500)}>${renderTimer({ ...args, realClock: true })}</ot-provider>`,
};

export const BadInput: Story = {
  name: 'Error: a plan with zero minutes',
  args: {
    phases: [
      { id: 'check-in', minutes: 0 },
      { id: 'swing', minutes: 10 },
    ],
  },
};
