import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, createStore, memoryAdapter } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtProvider } from '@otkit/elements';
import { T0, control } from './helpers.js';

const MIN = 60_000;

// Issue 9's reproduction: the phase of a note is the phase running when the note is typed, not the one
// running when the stack last rendered. An auto-advancing session changes phase with time alone: nothing in
// the store changes, so nothing re-renders the element.
describe('<ot-goal-stack> session phase of a note', () => {
  it('stamps the phase running when the note is added, after the session moved on by itself', async () => {
    const clock = createManualClock(T0 + MIN);
    const store = createStore({
      clock,
      adapter: memoryAdapter({
        seed: {
          goals: [{ id: 'shoes', description: 'Shoe-tying', order: 0, createdAt: 0 }],
          sessionRecords: [
            {
              id: 'today',
              autoAdvance: true,
              phases: [
                { id: 'check-in', minutes: 5 },
                { id: 'warm-up', minutes: 10 },
              ],
              events: [{ type: 'start', at: T0 }],
              createdAt: T0,
            },
          ],
        },
      }),
    });
    const provider = await fixture<OtProvider>(
      html`<ot-provider .store=${store}><ot-goal-stack .clock=${clock}></ot-goal-stack></ot-provider>`,
    );
    const el = provider.querySelector('ot-goal-stack')!;
    await store.ready;
    await el.updateComplete;
    // On screen during check-in; six minutes later the session is in warm-up.
    clock.set(T0 + 6 * MIN);
    control(el, 'Add a note').focus();
    await sendKeys({ type: 'Asked for the swing' });
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [note] = store.notes.list();
    expect(note, 'the note is stored').to.exist;
    expect(note).to.include({
      text: 'Asked for the swing',
      sessionId: 'today',
      phaseId: 'warm-up',
      createdAt: T0 + 6 * MIN,
    });
  });
});
