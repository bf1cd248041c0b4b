import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@otkit/elements/ot-service-minutes.js';
import { withStore } from './decorators/with-store.js';
import { schoolCaseload } from './data/school-caseload.js';

type Args = { heading: string; model: string; setting: string; today: string };

/** Thursday 24 September 2026, in a caseload logged from 1 September up to that day. */
const TODAY = '2026-09-24';
const caseload = schoolCaseload({ students: 30, to: '2026-09-30', loggedUntil: TODAY });
const seed = {
  clients: caseload.students.map((s) => ({ ...s, createdAt: 0 })),
  iepServices: caseload.services,
  serviceLogs: caseload.entries,
};

/**
 * A school OT's caseload of 30 students over September 2026: push-in, pull-out individual and group sessions,
 * consultation, a holiday, student and provider absences, and make-ups. Pick students and log a session or a
 * missed one; open a student for the month's entries, the minute math in words and the make-ups owed.
 */
const meta: Meta<Args> = {
  title: 'Elements/Service minutes',
  component: 'ot-service-minutes',
  decorators: [withStore],
  parameters: { otSeed: seed },
  args: { heading: '', model: '', setting: '', today: TODAY },
  argTypes: {
    model: { control: 'select', options: ['', 'consultation', 'push-in', 'small-group', 'individual'] },
    setting: {
      control: 'select',
      options: ['', 'classroom', 'cafeteria', 'gym', 'playground', 'therapy-room', 'other'],
    },
  },
  render: (args) =>
    html`<ot-service-minutes
      heading=${args.heading || nothing}
      model=${args.model || nothing}
      setting=${args.setting || nothing}
      today=${args.today}
      time-zone="America/Chicago"
    ></ot-service-minutes>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Only the push-in services. */
export const PushIn: Story = { name: 'Filtered: push-in', args: { model: 'push-in' } };

/** A student's detail: the period's entries, the math in words, make-ups owed; "Print report" prints it. */
export const StudentDetail: Story = {
  name: 'A student’s detail',
  render: (args) => html`<ot-service-minutes today=${args.today} open-service="iep-student-02"></ot-service-minutes>`,
};

/** Standalone: the page's data through properties, no provider; changes come out as events. */
export const Standalone: Story = {
  decorators: [],
  render: (args) =>
    html`<ot-service-minutes
      today=${args.today}
      .services=${caseload.services.slice(0, 8)}
      .entries=${caseload.entries.filter((e) => caseload.services.slice(0, 8).some((s) => s.id === e.serviceId))}
      .students=${caseload.students.slice(0, 8)}
    ></ot-service-minutes>`,
};

export const Empty: Story = {
  decorators: [],
  render: (args) => html`<ot-service-minutes today=${args.today} .services=${[]}></ot-service-minutes>`,
};

/** Bad page data: the error names the property and the field; nothing is lost. */
export const BadData: Story = {
  name: 'Error: bad data',
  decorators: [],
  render: (args) =>
    html`<ot-service-minutes
      today=${args.today}
      .services=${[{ ...caseload.services[0], minutesPerSession: -30 }]}
    ></ot-service-minutes>`,
};

export const Spanish: Story = {
  render: (args) => html`<div lang="es"><ot-service-minutes today=${args.today}></ot-service-minutes></div>`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl" lang="ar"><ot-service-minutes today=${args.today}></ot-service-minutes></div>`,
};
