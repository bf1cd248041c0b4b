import { expect, html } from '@open-wc/testing';
import type { OtPhaseChangeEvent, OtSessionTimer } from '@otkit/elements';
import type { createManualClock } from '@otkit/sdk';
import { M, T0, announced, click, part, settle, speakingTimer, text, tick, timeLeft, timer } from './helpers.js';

/** Pretends the tab is hidden (or visible again) the way the browser says so. */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<ot-session-timer> time', () => {
  afterEach(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('derives the time from the log: a log set later shows the right phase and time at once', async () => {
    const { el } = await timer();
    el.events = [
      { type: 'start', at: T0 - 17 * M - 30_000 },
      { type: 'pause', at: T0 - 12 * M, reason: 'break' },
      { type: 'resume', at: T0 - 10 * M },
    ];
    await settle(el);
    // 15.5 active minutes, all in check-in (5 planned) while the timer waits for the therapist…
    expect(text(el, 'phase')).to.equal('Check-in & plan');
    expect(timeLeft(el)).to.equal('+10:30');
    expect(text(el, 'time')).to.contain('over time');
    // …or check-in (5), warm-up (10) and half a minute of targeted activities with auto-advance.
    el.autoAdvance = true;
    await settle(el);
    expect(text(el, 'phase')).to.equal('Targeted activities');
    expect(timeLeft(el)).to.equal('19:30');
  });

  it('shows whole minutes only when asked, rounding the time left up', async () => {
    const { el, clock } = await timer(html`<ot-session-timer minutes-only></ot-session-timer>`);
    expect(timeLeft(el)).to.equal('5 min');
    await click(el, 'Start session');
    await tick(el, clock, 61_000);
    expect(timeLeft(el)).to.equal('4 min');
    await tick(el, clock, 58_000);
    expect(timeLeft(el)).to.equal('4 min'); // 3:01 left
    await tick(el, clock, 1000);
    expect(timeLeft(el)).to.equal('3 min');
  });

  it('warns before a phase ends, with the configured lead time, then says when time is up', async () => {
    const { el, clock } = await timer(html`<ot-session-timer warn-seconds="120"></ot-session-timer>`);
    await click(el, 'Start session');
    await tick(el, clock, 2 * M);
    expect(part(el, 'base')!.classList.contains('warn')).to.equal(false);
    await tick(el, clock, M + 1000);
    expect(part(el, 'base')!.classList.contains('warn')).to.equal(true);
    await announced(el, /^1:59 left in Check-in & plan\.$/);
    await tick(el, clock, 2 * M);
    await announced(el, /^Time is up for Check-in & plan\.$/);
    expect(part(el, 'base')!.classList.contains('over')).to.equal(true);
    expect(text(el, 'phase')).to.equal('Check-in & plan');
  });

  it('moves on by itself with auto-advance, telling the page and the screen reader', async () => {
    const { el, clock } = await timer(html`<ot-session-timer auto-advance minutes="30"></ot-session-timer>`);
    await click(el, 'Start session');
    await tick(el, clock, 3 * M - 1000);
    const changes: OtPhaseChangeEvent[] = [];
    el.addEventListener('ot-phase-change', (e) => changes.push(e));
    await tick(el, clock, 1000);
    expect(text(el, 'phase')).to.equal('Warm-up & regulation');
    expect(changes.map((e) => [e.detail.from, e.detail.to, e.detail.event, e.cancelable])).to.deep.equal([
      ['check-in', 'warm-up', undefined, false],
    ]);
    await announced(el, /^Time is up for Check-in & plan\. Now: Warm-up & regulation\.$/);
    // Auto-advance does not write to the log: the time alone decides.
    expect(el.events!.map((e) => e.type)).to.deep.equal(['start']);
  });

  it('shows the right phase as soon as a hidden tab is visible again, and says what ended while hidden', async () => {
    const { el, clock } = await timer(html`<ot-session-timer auto-advance speak></ot-session-timer>`);
    await click(el, 'Start session');
    await tick(el, clock, M);
    setVisibility('hidden');
    await settle(el);
    clock.advance(7 * M); // check-in ended 3 minutes ago
    setVisibility('visible');
    await el.updateComplete;
    expect(text(el, 'phase')).to.equal('Warm-up & regulation');
    expect(timeLeft(el)).to.equal('7:00');
    expect(text(el, 'status')).to.equal('Phase 2 of 6 · Check-in & plan ended 3 min ago.');
    await announced(el, /^Check-in & plan ended 3 min ago\. Now: Warm-up & regulation\.$/);
  });

  it('reports a phase that ran out while hidden instead of replaying its cues, when waiting for the therapist', async () => {
    const spoken: string[] = [];
    const stub = { speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text), cancel() {}, getVoices: () => [] };
    const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: stub });
    let el: OtSessionTimer;
    try {
      ({ el } = await timer(html`<ot-session-timer speak></ot-session-timer>`));
    } finally {
      if (original) Object.defineProperty(window, 'speechSynthesis', original);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
    const clock = el.clock as ReturnType<typeof createManualClock>;
    await click(el, 'Start session');
    await tick(el, clock, 4 * M);
    // Visible: the warning is spoken when it is due.
    await announced(el, /^1:00 left in Check-in & plan\.$/);
    expect(spoken).to.deep.equal(['1:00 left in Check-in & plan.']);
    setVisibility('hidden');
    clock.advance(4 * M);
    setVisibility('visible');
    await settle(el);
    await announced(el, /^Check-in & plan ended 3 min ago\.$/);
    expect(text(el, 'status')).to.equal('Phase 1 of 6 · Check-in & plan ended 3 min ago.');
    expect(spoken).to.have.length(1);
    // The therapist moves on: the catch-up note goes.
    await click(el, 'Next phase');
    expect(text(el, 'status')).to.equal('Phase 2 of 6 · Next: Targeted activities');
  });

  it("speaks every phase change: the therapist's own, one made on another screen, and one time made; not pauses", async () => {
    const { el, clock, spoken } = await speakingTimer(html`<ot-session-timer speak minutes="30"></ot-session-timer>`);
    await click(el, 'Start session');
    await tick(el, clock, M);
    await click(el, 'Next phase');
    await announced(el, /^Now: Warm-up & regulation\.$/);
    expect(spoken).to.deep.equal(['Now: Warm-up & regulation.']);
    await click(el, 'Previous phase');
    await click(el, 'Skip phase');
    expect(spoken.slice(1)).to.deep.equal(['Now: Check-in & plan.', 'Now: Warm-up & regulation.']);
    // Pausing, resuming and extending are not phase changes: the status region says them, the room does not hear them.
    await click(el, 'Pause');
    await click(el, 'Break');
    await click(el, 'Resume');
    await click(el, '+1 min');
    expect(spoken).to.have.length(3);
    // The log moved on elsewhere (the therapist's screen, the page): a client-facing screen says so.
    el.locked = true;
    el.events = [...el.events!, { type: 'next', at: clock.now() }];
    await settle(el);
    expect(spoken.at(-1)).to.equal('Now: Targeted activities.');
    // A change seen only long after it was made (a hidden tab) is not spoken late.
    el.events = [...el.events, { type: 'next', at: clock.now() }];
    clock.advance(M);
    await settle(el);
    expect(text(el, 'phase')).to.equal('Coaching & modeling');
    expect(spoken).to.have.length(4);
  });

  it('replays a standalone log against the phases set now', async () => {
    const { el } = await timer(
      html`<ot-session-timer .events=${[{ type: 'start', at: T0 - 2 * M }]}></ot-session-timer>`,
    );
    expect(timeLeft(el)).to.equal('3:00');
    // The page owns both the plan and the log: a longer check-in set mid-session applies to this session.
    el.phases = [
      { id: 'check-in', minutes: 10 },
      { id: 'home-plan', minutes: 5 },
    ];
    await settle(el);
    expect(timeLeft(el)).to.equal('8:00');
    expect(text(el, 'status')).to.equal('Phase 1 of 2 · Next: Home plan');
    // Phases the log no longer fits are named as an error; the last good plan and log stay.
    await click(el, 'Next phase');
    el.phases = [{ id: 'check-in', minutes: 10 }];
    await settle(el);
    expect(text(el, 'error')).to.match(/events\[1\]: cannot next: /);
    expect(text(el, 'phase')).to.equal('Home plan');
  });

  it('schedules the chime ahead on the audio clock from the Start click, and reschedules after changes', async () => {
    const tones: { hz: number; at: number; stopped: boolean }[] = [];
    class FakeAudioContext {
      currentTime = 100;
      destination = {};
      resume = () => Promise.resolve();
      close = () => Promise.resolve();
      createGain() {
        return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (x: unknown) => x };
      }
      createOscillator() {
        const tone = { hz: 0, at: -1, stopped: false };
        tones.push(tone);
        return {
          frequency: {
            set value(v: number) {
              tone.hz = v;
            },
          },
          connect: (gain: unknown) => gain,
          start: (at: number) => (tone.at = at),
          stop() {},
          disconnect: () => (tone.stopped = true),
        };
      }
    }
    const original = window.AudioContext;
    window.AudioContext = FakeAudioContext as unknown as typeof AudioContext;
    try {
      const { el, clock } = await timer(html`<ot-session-timer chime></ot-session-timer>`);
      expect(tones).to.have.length(0);
      await click(el, 'Start session');
      const live = () => tones.filter((t) => !t.stopped).map((t) => [t.hz, t.at]);
      // Warning 60 s before the 5-minute check-in ends (one tone), and the end (two tones).
      expect(live()).to.deep.equal([
        [660, 340],
        [660, 400],
        [880, 400.4],
      ]);
      await tick(el, clock, 30_000);
      await click(el, '+1 min');
      // Now 5.5 minutes are left: warning at +270 s, end at +330 s on the audio clock.
      expect(live()).to.deep.equal([
        [660, 370],
        [660, 430],
        [880, 430.4],
      ]);
      await click(el, 'Pause');
      await click(el, 'Break');
      expect(live()).to.deep.equal([]);
    } finally {
      window.AudioContext = original;
    }
  });
});
