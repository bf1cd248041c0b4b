import { expect, fixture, html } from '@open-wc/testing';
import { createManualClock, createStore, memoryAdapter } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProvider } from '@otkit/elements';
import { GOALS, T0 } from './helpers.js';

const DAY = 24 * 60 * 60_000;
/** A session three days before T0 (20 November), whose open note was carried over at its end. */
const EARLIER = T0 - 3 * DAY;

/** The times shown beside the pile's notes, by note text, in a stack whose page language is `lang`. */
async function noteTimes(lang: string): Promise<Record<string, string>> {
  const clock = createManualClock(T0);
  const store = createStore({
    clock,
    adapter: memoryAdapter({
      seed: {
        goals: GOALS.map((g, i) => ({ ...g, order: i, createdAt: 0 })),
        sessionRecords: [
          {
            id: 'before',
            phases: [{ id: 'warm-up', minutes: 45 }],
            events: [{ type: 'start', at: EARLIER }],
            createdAt: 0,
          },
          {
            id: 'today',
            phases: [{ id: 'warm-up', minutes: 45 }],
            events: [{ type: 'start', at: T0 - 60_000 }],
            createdAt: 0,
          },
        ],
        notes: [
          {
            id: 'old',
            goalId: 'shoes',
            text: 'Fire drill',
            sessionId: 'before',
            createdAt: EARLIER + 60_000,
            status: 'carried-over',
          },
          {
            id: 'copy',
            goalId: 'shoes',
            text: 'Fire drill',
            sessionId: 'before',
            createdAt: EARLIER + 40 * 60_000,
            carriedFromId: 'old',
          },
          { id: 'new', goalId: 'shoes', text: 'New shoes', sessionId: 'today', createdAt: T0 - 30_000 },
        ],
      },
    }),
  });
  const provider = await fixture<OtProvider>(
    html`<div lang=${lang}>
      <ot-provider .store=${store}><ot-goal-stack .clock=${clock}></ot-goal-stack></ot-provider>
    </div>`,
  );
  const el = provider.querySelector<OtGoalStack>('ot-goal-stack')!;
  await el.updateComplete;
  return Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((note) => [
      note.querySelector('.text')!.textContent,
      note.querySelector('time')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );
}

describe('<ot-goal-stack> note times', () => {
  it('shows the date of a note carried over from an earlier day, and only the time of one from today', async () => {
    const times = await noteTimes('en');
    expect(times['Fire drill'], 'the day the note was written').to.match(/\bNov(ember)? 20\b/);
    expect(times['New shoes']).to.match(/^\d{1,2}:\d{2}\s?[AP]M$/);
  });

  it('writes the date in the page language', async () => {
    const times = await noteTimes('es');
    expect(times['Fire drill']).to.match(/\b20 (de )?nov/);
    expect(times['New shoes']).to.match(/^\d{1,2}:\d{2}$/);
  });
});
