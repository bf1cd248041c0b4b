import { expect, fixture, html } from '@open-wc/testing';
import { createManualClock, createStore, formatTimerTime, memoryAdapter, type OtClock } from '@otkit/sdk';
import type { OtPhaseChangeEvent, OtSessionTimer } from '@otkit/elements';
import { M, T0, button, click, root, settle, text, timeLeft, timer } from './helpers.js';

/** Waits until the wall clock is `offset` ms past a whole second. */
async function waitForOffset(offset: number): Promise<void> {
  while (Math.abs((Date.now() % 1000) - offset) > 15) await new Promise((r) => setTimeout(r, 5));
}

describe('<ot-session-timer> against the truth', () => {
  it('shows the time left of the session at sub-second offsets, never ahead of it', async () => {
    const { el, clock } = await timer(html`<ot-session-timer minutes="30"></ot-session-timer>`);
    clock.advance(400); // the session's seconds are not the clock's
    await click(el, 'Start session');
    const start = T0 + 400;
    for (const offset of [0, 1, 399, 400, 999, 1000, 1001, 1600, 59_999, 60_000, 60_001, 179_999, 180_000, 180_001]) {
      clock.set(start + offset);
      el.requestUpdate();
      await el.updateComplete;
      const left = 3 * M - offset;
      expect(timeLeft(el), `at +${offset} ms`).to.equal(formatTimerTime(Math.abs(left), left < 0, false));
    }
  });

  it('changes the display when the session’s second ticks over, not on the clock’s whole seconds', async () => {
    const clock: OtClock = { now: () => Date.now() };
    const { el } = await timer(html`<ot-session-timer minutes="30"></ot-session-timer>`);
    el.clock = clock;
    // Start half-way through a wall-clock second: a tick on whole seconds would be about 500 ms late.
    await waitForOffset(500);
    button(el, 'Start session').click();
    await el.updateComplete;
    const start = (el.events ?? [])[0]!.at;
    const changes: { at: number; shown: string }[] = [];
    const observer = new MutationObserver(() => changes.push({ at: clock.now(), shown: timeLeft(el) }));
    observer.observe(root(el), { subtree: true, characterData: true, childList: true });
    await new Promise((r) => setTimeout(r, 3300));
    observer.disconnect();
    const ticks = changes.filter((c, i) => c.shown !== (changes[i - 1]?.shown ?? '3:00'));
    expect(ticks.map((c) => c.shown)).to.deep.equal(['2:59', '2:58', '2:57']);
    ticks.forEach((tick, i) => {
      const due = start + (i + 1) * 1000;
      // Never early (that would show less time than is left), and at most a few frames late on a busy machine.
      expect(tick.at - due, `${tick.shown} is shown ${tick.at - due} ms after it is due`).to.be.within(0, 100);
    });
  });

  it('moves from the phase current when the therapist clicks, not the one on screen since the last draw', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    const provider = await fixture<HTMLElement>(
      html`<ot-provider .store=${store}><ot-session-timer auto-advance minutes="30"></ot-session-timer></ot-provider>`,
    );
    const el = provider.querySelector('ot-session-timer') as OtSessionTimer;
    const clock = createManualClock(T0);
    el.clock = clock;
    await store.ready;
    await settle(el);
    await click(el, 'Start session');
    // Check-in (3 min) ran out a second ago, but nothing has drawn since.
    clock.advance(3 * M + 1000);
    expect(text(el, 'phase')).to.equal('Check-in & plan');
    const changes: OtPhaseChangeEvent[] = [];
    el.addEventListener('ot-phase-change', (event) => changes.push(event));
    button(el, 'Next phase').click();
    await settle(el);
    // (A tick that drew in between also reports the automatic move check-in → warm-up, not cancelable.)
    const therapists = changes.filter((change) => change.cancelable);
    expect(therapists.map((c) => [c.detail.from, c.detail.to])).to.deep.equal([['warm-up', 'targeted']]);
    expect(store.sessionRecords.list()[0]!.events.at(-1)).to.deep.equal({ type: 'next', at: T0 + 3 * M + 1000 });
    expect(text(el, 'phase')).to.equal('Targeted activities');
  });
});
