import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, logServiceSession, memoryAdapter, type OtSessionEvent } from '@otkit/sdk';
import '@otkit/elements/ot-provider.js';
import '@otkit/elements/ot-session-timer.js';
import '@otkit/elements/ot-service-minutes.js';
import type { OtServiceMinutes, OtSessionChangeEvent } from '@otkit/elements';
import { schoolCaseload } from '../data/school-caseload.js';

/**
 * A school day: the therapist pushes into a classroom with a 30-minute session timer running. When the session
 * ends, its minutes (start to end, pauses left out) are logged as a push-in session in the classroom for the
 * students picked in the caseload — the same `logServiceSession` command a portal would call.
 */
const meta: Meta = { title: 'Examples/School day', parameters: { layout: 'padded' } };
export default meta;

const TODAY = '2026-09-24';
const caseload = schoolCaseload({ students: 12, to: '2026-09-30', loggedUntil: '2026-09-23' });

/** Minutes the session ran: from start to end, without the time it was paused. */
function sessionMinutes(events: readonly OtSessionEvent[]): number {
  let running = 0;
  let since: number | undefined;
  for (const event of events) {
    if ((event.type === 'start' || event.type === 'resume') && since === undefined) since = event.at;
    if ((event.type === 'pause' || event.type === 'end') && since !== undefined) {
      running += event.at - since;
      since = undefined;
    }
  }
  return Math.round(running / 60_000);
}

export const SchoolDay: StoryObj = {
  name: 'School day: log a push-in session from the timer',
  render: () => {
    const store = createStore({
      adapter: memoryAdapter({
        seed: {
          clients: caseload.students.map((s) => ({ ...s, createdAt: 0 })),
          iepServices: caseload.services,
          serviceLogs: caseload.entries,
        },
      }),
      actor: 'storybook',
    });
    let events: readonly OtSessionEvent[] = [];
    const onChange = (e: OtSessionChangeEvent) => (events = e.detail.events);
    const onEnd = async () => {
      const minutes = document.querySelector<OtServiceMinutes>('#school-day-minutes')!;
      const serviceIds = minutes.selected.length ? [...minutes.selected] : ['iep-student-03'];
      const input = {
        serviceIds,
        minutes: Math.max(1, sessionMinutes(events)),
        at: events[0]?.at,
        timeZone: minutes.timeZone,
        date: minutes.todayDate,
        model: 'push-in' as const,
        setting: 'classroom' as const,
      };
      await minutes.run({ action: 'provided', ...input }, (s) => logServiceSession(s, input));
    };
    return html`<ot-provider .store=${store}>
      <p>Pick the students you pushed in for (default: Cedar), start the timer, and end the session.</p>
      <ot-session-timer minutes="30" @ot-session-change=${onChange} @ot-session-end=${onEnd}></ot-session-timer>
      <ot-service-minutes id="school-day-minutes" today=${TODAY} model="push-in"></ot-service-minutes>
    </ot-provider>`;
  },
};
