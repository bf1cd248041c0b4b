import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { planHomeProgram, planPracticeLog, type OtHomeProgram, type OtPracticeLogEntry } from '@otkit/sdk';
import '@otkit/elements/ot-home-program.js';

type Args = { view: 'family' | 'therapist' };

const AT = Date.UTC(2026, 11, 7, 9);
const TODAY = '2026-12-10';
const program = (language: 'en' | 'es' = 'en'): OtHomeProgram =>
  planHomeProgram(
    { activities: [{ libraryId: 'calm-breathing' }, { libraryId: 'putty' }], language },
    { at: AT, id: `story-${language}` },
  );
const logOf = (p: OtHomeProgram): OtPracticeLogEntry[] =>
  ['2026-12-07', '2026-12-08', '2026-12-08', '2026-12-09'].map((date, i) =>
    planPracticeLog(p, { homeProgramId: p.id, activityId: i % 3 ? 'a1' : 'a2', date, rating: 'good' }, { at: AT + i }),
  );

/**
 * The session's home plan: a therapist builds one or two practice ideas from the library in under a minute; a
 * family logs practice on a phone with one tap and sees the week. Every story runs on its own memory store.
 */
const meta: Meta<Args> = {
  title: 'Elements/Home program',
  component: 'ot-home-program',
  args: { view: 'family' },
  argTypes: { view: { control: 'inline-radio', options: ['family', 'therapist'] } },
  render: (args) => {
    const p = program();
    return html`<ot-home-program view=${args.view} today=${TODAY} .program=${p} .log=${logOf(p)}></ot-home-program>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The family's view: pictures and words, one big button per activity, the week strip. */
export const Family: Story = { args: { view: 'family' } };

/** The therapist's builder with two ideas chosen: reorder, how often, how long, when. */
export const Therapist: Story = { args: { view: 'therapist' } };

/**
 * The builder with the sharing box: **Copy the family link** (the program on the host's family page, `home-page`)
 * and **Bring back the practice log** (paste the family's `L1.` code or choose the file; importing twice changes
 * nothing).
 */
export const TherapistSharing: Story = {
  render: () => {
    const p = program();
    return html`<ot-home-program
      view="therapist"
      today=${TODAY}
      home-page="https://widgets.example.org/otkit/home.html"
      .program=${p}
      .log=${logOf(p)}
    ></ot-home-program>`;
  },
};

/** The builder before anything is chosen: the library. */
export const TherapistEmpty: Story = {
  render: () => html`<ot-home-program view="therapist"></ot-home-program>`,
};

/** On a 390 px wide phone. */
export const Phone: Story = {
  parameters: { viewport: { defaultViewport: 'mobile2' } },
  render: (args) => {
    const p = program();
    return html`<ot-home-program view=${args.view} today=${TODAY} .program=${p} .log=${logOf(p)}></ot-home-program>`;
  },
};

/** Bad program data: the error names the field. */
export const BadData: Story = {
  name: 'Error',
  render: () => html`<ot-home-program .program=${{ ...program(), activities: [] }}></ot-home-program>`,
};

/** Spanish: the program made in Spanish, the element's words in Spanish. */
export const Spanish: Story = {
  render: (args) => {
    const p = program('es');
    return html`<div lang="es">
      <ot-home-program view=${args.view} today=${TODAY} .program=${p} .log=${logOf(p)}></ot-home-program>
    </div>`;
  },
};

/** Right to left. */
export const RightToLeft: Story = {
  render: (args) => {
    const p = program();
    return html`<div dir="rtl" lang="ar">
      <ot-home-program view=${args.view} today=${TODAY} .program=${p} .log=${logOf(p)}></ot-home-program>
    </div>`;
  },
};
