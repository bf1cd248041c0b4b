import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createManualClock, type OtScheduleStepInput } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtVisualSchedule } from '@otkit/elements';
import '../packages/embed/src/builder/define.js';

/**
 * `<ot-visual-schedule>`: a visual schedule or first–then board. Children check steps off; a choice step
 * lets them pick; steps with a time of day light up from the clock; the current step counts down.
 * Stories that need a time use a manual clock set to 9:20 on a school morning, so they look the same
 * every time. Stories never touch the network.
 */
type Args = Pick<
  OtVisualSchedule,
  'heading' | 'kind' | 'layout' | 'show' | 'view' | 'checkOnly' | 'readonly' | 'speak'
>;

const morning = new Date(2026, 0, 5, 9, 20).getTime();
const clock = createManualClock(morning);

const schoolDay = (): OtScheduleStepInput[] => [
  {
    id: 'bus',
    label: 'Bus',
    image: { symbol: 'bus' },
    timeOfDay: '08:00',
    state: 'done',
    doneAt: morning - 80 * 60_000,
  },
  {
    id: 'circle',
    label: 'Circle time',
    image: { symbol: 'circle-time' },
    timeOfDay: '08:30',
    minutes: 15,
    state: 'done',
    doneAt: morning - 30 * 60_000,
  },
  { id: 'reading', label: 'Reading', image: { symbol: 'reading' }, timeOfDay: '08:45', minutes: 30, state: 'skipped' },
  {
    id: 'snack',
    label: 'Snack',
    image: { symbol: 'snack' },
    timeOfDay: '09:15',
    minutes: 15,
    state: 'now',
    startedAt: morning - 5 * 60_000,
    spokenText: 'Time for snack',
  },
  { id: 'recess', label: 'Recess', image: { symbol: 'recess' }, timeOfDay: '09:30', minutes: 20 },
  { id: 'math', label: 'Math', image: { symbol: 'math' }, timeOfDay: '09:50', minutes: 40 },
  { id: 'lunch', label: 'Lunch', image: { symbol: 'lunch' }, timeOfDay: '10:30', minutes: 30 },
];

const choiceStep: OtScheduleStepInput = {
  id: 'choice',
  label: 'Choice time',
  spokenText: 'Pick what you want to do',
  choices: [
    { id: 'swing', label: 'Swing', image: { symbol: 'swing' } },
    { id: 'trampoline', label: 'Trampoline', image: { symbol: 'trampoline' } },
    { id: 'ball', label: 'Therapy ball', image: { symbol: 'therapy-ball' } },
    { id: 'bin', label: 'Sensory bin', image: { symbol: 'sensory-bin' } },
  ],
};

const schedule = (args: Partial<Args>, steps: OtScheduleStepInput[]): TemplateResult =>
  html`<ot-visual-schedule
    heading=${args.heading ?? ''}
    kind=${args.kind ?? 'list'}
    layout=${args.layout ?? 'vertical'}
    show=${args.show ?? 'both'}
    view=${args.view ?? 'all'}
    ?check-only=${args.checkOnly}
    ?readonly=${args.readonly}
    ?speak=${args.speak}
    .clock=${clock}
    .steps=${steps}
  ></ot-visual-schedule>`;

const meta: Meta<Args> = {
  title: 'Elements/Visual schedule',
  component: 'ot-visual-schedule',
  args: {
    heading: 'Monday',
    kind: 'list',
    layout: 'vertical',
    show: 'both',
    view: 'all',
    checkOnly: false,
    readonly: false,
    speak: false,
  },
  argTypes: {
    kind: { control: 'inline-radio', options: ['list', 'first-then'] },
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    show: { control: 'inline-radio', options: ['both', 'picture', 'text'] },
    view: { control: 'inline-radio', options: ['all', 'now-next'] },
  },
  render: (args) => schedule(args, schoolDay()),
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** A school day with times: the clock (9:20) lights up Snack, which counts down its 15 minutes. */
export const SchoolDayWithTimes: Story = { name: 'School day with times' };

/**
 * A therapy session's steps, written as plain markup and kept in the store: `schedule-id` names the stored
 * schedule, saved at the first tick (here in memory; a page's `<ot-provider>` keeps it in IndexedDB).
 */
export const TherapySession: Story = {
  name: 'Therapy session (connected)',
  render: () =>
    html`<ot-provider storage="memory">
      <ot-visual-schedule schedule-id="story-therapy-session" heading="Today with your OT" check-only>
        <ot-step symbol="calm-breathing" minutes="5">Check-in and breathing</ot-step>
        <ot-step symbol="trampoline" minutes="10">Warm-up: trampoline</ot-step>
        <ot-step symbol="scissors" minutes="15">Cutting practice</ot-step>
        <ot-step symbol="break" minutes="3">Break</ot-step>
        <ot-step symbol="handwriting" minutes="10">Handwriting</ot-step>
        <ot-step symbol="all-done">All done</ot-step>
      </ot-visual-schedule>
    </ot-provider>`,
};

/** First–then: two steps, the second the reward. */
export const FirstThen: Story = {
  name: 'First–then',
  args: { heading: '', kind: 'first-then', checkOnly: true },
  render: (args) =>
    schedule(args, [
      { id: 'work', label: 'Handwriting', image: { symbol: 'handwriting' } },
      { id: 'reward', label: 'Trampoline', image: { symbol: 'trampoline' } },
    ]),
};

/** A choice step: the child picks one of 2–4 activities; it is then shown as a normal step. */
export const ChoiceStep: Story = {
  name: 'Choice step',
  args: { heading: 'Sensory break' },
  render: (args) =>
    schedule(args, [
      { id: 'shoes', label: 'Shoes off', image: { symbol: 'shoes' } },
      choiceStep,
      { id: 'water', label: 'Drink water', image: { symbol: 'drink-water' } },
    ]),
};

/** A horizontal strip, for the top of a desk or a board. */
export const HorizontalStrip: Story = { name: 'Horizontal strip', args: { layout: 'horizontal', checkOnly: true } };

/** Pictures only, for children who do not read yet (the words stay for screen readers). */
export const PictureOnly: Story = {
  name: 'Picture only',
  args: { layout: 'horizontal', show: 'picture', checkOnly: true },
};

/** Words only. */
export const TextOnly: Story = { name: 'Text only', args: { show: 'text' } };

/** Now and next only: the fewest things to look at. */
export const NowNext: Story = { name: 'Now / next', args: { view: 'now-next', checkOnly: true } };

/**
 * The paper schedule: print this story (Ctrl+P / ⌘P) or open the browser's print preview. The print
 * stylesheet shows every step with a box to tick by pen, and no buttons, timers or colours.
 */
export const PrintPreview: Story = {
  name: 'Print preview',
  args: { readonly: true },
  render: (args) =>
    html`<p><button type="button" @click=${() => window.print()}>Print this schedule</button></p>
      ${schedule(
        args,
        schoolDay().map((s) => ({ ...s, state: 'upcoming' as const })),
      )}`,
};

/** Read-only, for a display board. */
export const ReadOnly: Story = { name: 'Read-only', args: { readonly: true } };

/** An empty schedule. */
export const Empty: Story = { render: (args) => schedule(args, []) };

/** Bad steps: the readable error state names the field (a step without a label, a javascript: picture). */
export const BadInput: Story = {
  name: 'Error: bad steps',
  render: (args) =>
    schedule(args, [
      { id: 'a', label: 'Snack' },
      { id: 'b', label: '  ' },
      { id: 'c', label: 'Link', image: { src: 'javascript:alert(1)' } },
    ]),
};

/** Spanish: every word of the element is translated (step labels are the page's). */
export const Spanish: Story = {
  args: { heading: 'Lunes', view: 'now-next' },
  render: (args) =>
    html`<div lang="es">
      ${schedule(args, [
        { id: 'a', label: 'Asamblea', image: { symbol: 'circle-time' }, state: 'done' },
        {
          id: 'b',
          label: 'Merienda',
          image: { symbol: 'snack' },
          minutes: 15,
          state: 'now',
          startedAt: morning - 60_000,
        },
        { id: 'c', label: 'Recreo', image: { symbol: 'recess' } },
      ])}
    </div>`,
};

/** Right to left: a strip runs from the right, the arrow keys follow, the first–then arrow turns round. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { heading: 'الاثنين', layout: 'horizontal', kind: 'first-then' },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      ${schedule(args, [
        { id: 'a', label: 'الكتابة', image: { symbol: 'handwriting' } },
        { id: 'b', label: 'الترامبولين', image: { symbol: 'trampoline' } },
      ])}
    </div>`,
};

/** A teacher's own picture, drawn here (a story never touches the network) as a scaled-down picture would be stored. */
function ownPicture(): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 256;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#cfe8ff';
  context.fillRect(0, 0, 256, 256);
  context.fillStyle = '#2f7d32';
  context.fillRect(0, 180, 256, 76);
  context.fillStyle = '#f4b400';
  context.beginPath();
  context.arc(190, 70, 36, 0, 2 * Math.PI);
  context.fill();
  return canvas.toDataURL('image/webp', 0.8);
}

/**
 * Own pictures: a step's picture can be the teacher's own photo (an https address, or a file scaled down to
 * 512 px in the builder and stored as a data URL), shown with a plain `<img>`. A step with its own sound plays
 * it when tapped.
 */
export const OwnPictures: Story = {
  name: 'Own pictures',
  args: { checkOnly: true },
  render: (args) =>
    schedule(args, [
      { id: 'outside', label: 'Play outside', image: { src: ownPicture(), alt: 'Our playground' }, minutes: 15 },
      { id: 'snack', label: 'Snack', image: { symbol: 'snack' } },
    ]),
};

/**
 * The schedule builder of `@otkit/embed` (builder.html): it writes the `<iframe>` snippet a teacher pastes
 * into Canvas, Moodle or Schoology. `base` is where the embed pages would be published.
 */
export const Builder: Story = {
  name: 'Builder (LMS embed)',
  parameters: { layout: 'fullscreen', controls: { disable: true } },
  render: () => html`<ot-schedule-builder base="https://widgets.example.org/otkit/"></ot-schedule-builder>`,
};
