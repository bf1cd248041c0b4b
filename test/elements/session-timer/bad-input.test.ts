import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { OtValidationError, createStore, memoryAdapter, type OtSessionEvent, type OtSessionPhase } from '@otkit/sdk';
import type { OtSessionTimer } from '@otkit/elements';
import { M, T0, announced, click, part, settle, text, tick, timeLeft, timer } from './helpers.js';

/** The problems listed in the error state, as `path: message`. */
const problems = (el: OtSessionTimer) =>
  [...part(el, 'error')!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<ot-session-timer> bad input', () => {
  for (const minutes of ['0', '-20', '5', 'soon']) {
    it(`names the problem with minutes="${minutes}" and shows a readable error`, async () => {
      const { el } = await timer(html`<ot-session-timer minutes=${minutes}></ot-session-timer>`);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(el, 'error')).to.contain('Something is wrong with the data');
      expect(problems(el)[0]).to.match(
        /^minutes: must be a whole number of minutes from 6 to 240 \(got (-?\d+|NaN)\)$/,
      );
      // The bad value is put back to the last good one (the default 60 minutes), as for every checked property.
      expect(el.minutes).to.equal(60);
    });
  }

  it('fires ot-error naming the property and every problem of a plan with zero or negative minutes or unknown ids', async () => {
    const el = await fixture<OtSessionTimer>(html`<ot-session-timer></ot-session-timer>`);
    setTimeout(() => {
      el.phases = [
        { id: 'check-in', minutes: 0 },
        { id: 'swing', minutes: 10 },
        { id: 'cool-down', minutes: -4 },
      ];
    });
    const { detail } = await oneEvent(el, 'ot-error');
    expect(detail.error).to.be.instanceOf(OtValidationError);
    expect(detail.error.message).to.match(/^Invalid session timer input: phases\[0\]\.minutes: must be greater than 0/);
    await el.updateComplete;
    expect(problems(el)).to.deep.equal([
      'phases[0].minutes: must be greater than 0 (got 0)',
      'phases[2].minutes: must be greater than 0 (got -4)',
      'phases[1].id: is not a default phase id (check-in, warm-up, targeted, coaching, cool-down, home-plan); a custom phase needs a label (got "swing")',
    ]);
  });

  it('keeps the last good plan and log on screen when bad ones arrive', async () => {
    const phases: OtSessionPhase[] = [
      { id: 'swing', label: 'Swing', minutes: 10 },
      { id: 'cool-down', minutes: 5 },
    ];
    const events: OtSessionEvent[] = [{ type: 'start', at: T0 - 2 * M }];
    const { el } = await timer(html`<ot-session-timer .phases=${phases} .events=${events}></ot-session-timer>`);
    expect(timeLeft(el)).to.equal('8:00');
    el.phases = [{ id: 'swing', label: 'Swing', minutes: -1 }];
    await settle(el);
    expect(problems(el)).to.deep.equal(['phases[0].minutes: must be greater than 0 (got -1)']);
    expect(text(el, 'phase')).to.equal('Swing');
    expect(timeLeft(el)).to.equal('8:00');
    el.phases = phases;
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
  });

  it('rejects a log out of time order, naming the event', async () => {
    const { el } = await timer(
      html`<ot-session-timer .events=${[{ type: 'start', at: T0 - 2 * M }]}></ot-session-timer>`,
    );
    el.events = [
      { type: 'start', at: T0 - 2 * M },
      { type: 'pause', at: T0 - 3 * M, reason: 'break' },
    ];
    await settle(el);
    expect(text(el, 'error')).to.contain('events[1].at: is earlier than the event before it');
    expect(timeLeft(el)).to.equal('3:00');
    expect(text(el, 'status')).to.equal('Phase 1 of 6 · Next: Warm-up & regulation');
  });

  it('rejects an event that makes no sense at its point (resume when not paused) and keeps the log it had', async () => {
    const good: OtSessionEvent[] = [
      { type: 'start', at: T0 - 4 * M },
      { type: 'pause', at: T0 - 3 * M, reason: 'break' },
    ];
    const { el } = await timer(html`<ot-session-timer .events=${good}></ot-session-timer>`);
    el.events = [
      { type: 'start', at: T0 - 4 * M },
      { type: 'resume', at: T0 - 3 * M },
    ];
    await settle(el);
    expect(problems(el)).to.deep.equal(['events[1]: cannot resume: the session is not paused']);
    expect(text(el, 'status')).to.equal('Phase 1 of 6 · Paused: break');
    expect(timeLeft(el)).to.equal('4:00');
    // The held log is still the one acted on.
    await click(el, 'Resume');
    expect(el.events!.map((e) => e.type)).to.deep.equal(['start', 'pause', 'resume']);
  });

  it('rejects events that are not events at all', async () => {
    const { el } = await timer();
    el.events = [
      { type: 'start', at: 'nine o’clock' } as unknown as OtSessionEvent,
      { type: 'jump', at: T0 } as unknown as OtSessionEvent,
    ];
    await settle(el);
    const list = problems(el);
    expect(list[0]).to.equal('events[0].at: must be a finite number (got a string)');
    expect(list[1]).to.match(/^events\[1\]\.type: must be one of "start", .* \(got "jump"\)$/);
  });

  it('names an unknown appearance, fires ot-error, and keeps the last good one on screen', async () => {
    const { el } = await timer(
      html`<ot-session-timer appearance="bar" .events=${[{ type: 'start', at: T0 - M }]}></ot-session-timer>`,
    );
    setTimeout(() => el.setAttribute('appearance', 'ring'));
    const { detail } = await oneEvent(el, 'ot-error');
    expect(detail.error).to.be.instanceOf(OtValidationError);
    expect(detail.error.issues.map((i: { path: unknown[] }) => i.path)).to.deep.equal([['appearance']]);
    await settle(el);
    expect(problems(el)).to.deep.equal(['appearance: must be one of "disc", "bar" (got "ring")']);
    expect(part(el, 'bar')).to.not.equal(null);
    expect(part(el, 'face')).to.equal(null);
    expect(timeLeft(el)).to.equal('4:00');
    el.appearance = 'disc';
    await settle(el);
    expect(text(el, 'error')).to.equal('');
    expect(part(el, 'face')).to.not.equal(null);
  });

  it('shows the disc with an error when the first appearance is unknown', async () => {
    const { el } = await timer(html`<ot-session-timer appearance="Bar"></ot-session-timer>`);
    expect(problems(el)).to.deep.equal(['appearance: must be one of "disc", "bar" (got "Bar")']);
    expect(part(el, 'face')).to.not.equal(null);
    expect(text(el, 'phase')).to.equal('Check-in & plan');
  });

  for (const [value, message] of [
    ['-10', 'must be at least 0 (got -10)'],
    ['soon', 'must be a finite number (got NaN)'],
    ['1.5', 'must be a whole number (got 1.5)'],
  ]) {
    it(`names warn-seconds="${value}" and keeps warning with the last good lead time`, async () => {
      const { el, clock } = await timer(html`<ot-session-timer warn-seconds="120" minutes="30"></ot-session-timer>`);
      await click(el, 'Start session');
      el.setAttribute('warn-seconds', value);
      await settle(el);
      expect(problems(el)).to.deep.equal([`warn-seconds: ${message}`]);
      // Check-in has 3 minutes: the 2-minute warning still comes.
      await tick(el, clock, M);
      await announced(el, /^2:00 left in Check-in & plan\.$/);
      expect(part(el, 'base')!.classList.contains('warn')).to.equal(true);
    });
  }

  it('names a bad minutes even while phases (or a running session) decide the plan', async () => {
    const phases: OtSessionPhase[] = [{ id: 'swing', label: 'Swing', minutes: 10 }];
    const { el } = await timer(html`<ot-session-timer minutes="5" .phases=${phases}></ot-session-timer>`);
    expect(problems(el)).to.deep.equal(['minutes: must be a whole number of minutes from 6 to 240 (got 5)']);
    expect(text(el, 'phase')).to.equal('Swing');
    expect(timeLeft(el)).to.equal('10:00');
  });

  it('names a stored plan that does not exist', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await store.ready;
    const provider = await fixture<HTMLElement>(
      html`<ot-provider .store=${store}><ot-session-timer plan-id="no-such-plan"></ot-session-timer></ot-provider>`,
    );
    const el = provider.querySelector('ot-session-timer')!;
    await settle(el);
    expect(problems(el)).to.deep.equal(['plan-id: names no stored session plan (got "no-such-plan")']);
  });
});
