import { expect, fixture, html } from '@open-wc/testing';
import { createManualClock } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtVisualSchedule } from '@otkit/elements';
import { announced, button, click, items, parts, schoolDay, stateOf } from './helpers.js';

const at = (h: number, m: number, s = 0) => new Date(2026, 0, 5, h, m, s).getTime();

async function timed(start: number): Promise<{ el: OtVisualSchedule; clock: ReturnType<typeof createManualClock> }> {
  const clock = createManualClock(start);
  const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .clock=${clock} .steps=${schoolDay()}></ot-visual-schedule>`);
  return { el, clock };
}

/** Moves the manual clock and lets the element read it (what its own tick does with the real clock). */
async function advance(el: OtVisualSchedule, clock: ReturnType<typeof createManualClock>, to: number): Promise<void> {
  clock.set(to);
  el.requestUpdate();
  await el.updateComplete;
}

describe('<ot-visual-schedule> time', () => {
  describe('time of day', () => {
    it('highlights the step whose time has come, from the clock', async () => {
      const { el, clock } = await timed(at(8, 50));
      const clockStep = () => items(el).findIndex((li) => li.getAttribute('part')!.split(' ').includes('clock'));
      expect(clockStep()).to.equal(1);
      expect(items(el)[1]!.getAttribute('aria-current')).to.equal('step');
      expect(items(el)[1]!.querySelector('[part~="status"]')!.textContent).to.equal("It's time");
      await advance(el, clock, at(9, 16));
      expect(clockStep()).to.equal(2);
      await announced(el, "It's time for Snack");
      await advance(el, clock, at(8, 0));
      expect(clockStep()).to.equal(-1);
      await expect(el).to.be.accessible();
    });

    it('highlights nothing after the last step has ended', async () => {
      const { el, clock } = await timed(at(9, 45));
      expect(items(el)[3]!.getAttribute('part')).to.contain('clock');
      await advance(el, clock, at(9, 50));
      expect(items(el).some((li) => li.getAttribute('part')!.includes('clock'))).to.equal(false);
    });

    it('marks the clock step as "time" when another step is the current one', async () => {
      const { el } = await timed(at(9, 20));
      await click(button(el, 0, 'now-button'));
      await el.updateComplete;
      expect(items(el)[0]!.getAttribute('aria-current')).to.equal('step');
      expect(items(el)[2]!.getAttribute('aria-current')).to.equal('time');
    });

    it('shows times in the page language', async () => {
      const clock = createManualClock(at(8, 0));
      const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule lang="es" .clock=${clock} .steps=${schoolDay()}></ot-visual-schedule>`);
      expect(items(el)[0]!.querySelector('time')!.textContent).to.equal('8:30');
    });
  });

  describe('countdown', () => {
    it('counts down the current step from when it started, derived from the clock', async () => {
      const { el, clock } = await timed(at(9, 0));
      await click(button(el, 2, 'now-button'));
      await el.updateComplete;
      const countdown = () => parts(el, 'countdown')[0]!;
      expect(countdown().getAttribute('role')).to.equal('timer');
      expect(countdown().textContent).to.contain('15:00 left');
      await advance(el, clock, at(9, 1, 30));
      expect(countdown().textContent).to.contain('13:30 left');
      // The bar glides between ticks (a CSS transition); jump to where it is going.
      parts(el, 'meter-fill')[0]!.getAnimations().forEach((a) => a.finish());
      const fill = parts(el, 'meter-fill')[0]!.getBoundingClientRect().width;
      const meter = parts(el, 'meter')[0]!.getBoundingClientRect().width - 2;
      expect(fill / meter).to.be.closeTo(0.9, 0.02);
      await advance(el, clock, at(9, 15));
      expect(countdown().textContent).to.contain('Time is up');
      await announced(el, 'Time is up: Snack');
      await expect(el).to.be.accessible();
    });

    it('restarts when a step becomes current again, and is exact after the page was away', async () => {
      const { el, clock } = await timed(at(9, 0));
      await click(button(el, 3, 'now-button'));
      await el.updateComplete;
      // An hour later (a sleeping laptop): derived, not counted.
      await advance(el, clock, at(10, 0));
      expect(parts(el, 'countdown')[0]!.textContent).to.contain('Time is up');
      await click(button(el, 3, 'now-button'));
      await click(button(el, 3, 'now-button'));
      await el.updateComplete;
      expect(stateOf(el, 3)).to.equal('now');
      expect(parts(el, 'countdown')[0]!.textContent).to.contain('20:00 left');
    });

    it('has no countdown for a step without minutes', async () => {
      const clock = createManualClock(at(9, 0));
      const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .clock=${clock} .steps=${[{ id: 'a', label: 'Free play', state: 'now', startedAt: at(9, 0) }]}></ot-visual-schedule>`);
      expect(parts(el, 'countdown')).to.have.length(0);
    });
  });
});
