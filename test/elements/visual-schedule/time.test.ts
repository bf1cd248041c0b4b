import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { createManualClock } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtVisualSchedule } from '@otkit/elements';
import { announced, button, click, items, parts, schoolDay, stateOf } from './helpers.js';

const at = (h: number, m: number, s = 0) => new Date(2026, 0, 5, h, m, s).getTime();

async function timed(start: number): Promise<{ el: OtVisualSchedule; clock: ReturnType<typeof createManualClock> }> {
  const clock = createManualClock(start);
  const el = await fixture<OtVisualSchedule>(
    html`<ot-visual-schedule .clock=${clock} .steps=${schoolDay()}></ot-visual-schedule>`,
  );
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
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule lang="es" .clock=${clock} .steps=${schoolDay()}></ot-visual-schedule>`,
      );
      expect(items(el)[0]!.querySelector('time')!.textContent).to.equal('8:30');
    });
  });

  describe("speaking when a step's time comes", () => {
    let said: string[];
    beforeEach(() => {
      said = [];
      // The page turns speech on with `speak`; the test observes the platform API the element calls.
      const stub = {
        speak: (u: SpeechSynthesisUtterance) => said.push(u.text),
        cancel: () => undefined,
        getVoices: () => [],
      };
      Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
    });
    afterEach(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (document as { visibilityState?: unknown }).visibilityState;
    });

    async function spoken(start: number, steps = schoolDay(), speak = true) {
      const clock = createManualClock(start);
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule ?speak=${speak} .clock=${clock} .steps=${steps}></ot-visual-schedule>`,
      );
      return { el, clock };
    }

    /** Hides or shows the page as the browser does when the tab goes to the background and back. */
    function setVisibility(state: 'hidden' | 'visible'): void {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }

    it('speaks the step (its spoken text, else its label) when the clock makes it current', async () => {
      const { el, clock } = await spoken(at(9, 14));
      expect(said, 'nothing on the first render').to.deep.equal([]);
      await advance(el, clock, at(9, 15));
      expect(said).to.deep.equal(['Time for snack']);
      await announced(el, "It's time for Snack");
      await advance(el, clock, at(9, 16));
      expect(said, 'once per step').to.have.length(1);
      await advance(el, clock, at(9, 30));
      expect(said).to.deep.equal(['Time for snack', 'Recess']);
    });

    it('says nothing on the first render or a reload, or when the steps arrive after it', async () => {
      const { el } = await spoken(at(9, 20));
      expect(items(el)[2]!.getAttribute('aria-current')).to.equal('step');
      const again = await spoken(at(9, 20));
      const late = await spoken(at(9, 20), []);
      late.el.steps = schoolDay();
      await late.el.updateComplete;
      await again.el.updateComplete;
      expect(said).to.deep.equal([]);
      // An announcement lands in the live region 50 ms after it is made.
      await aTimeout(80);
      expect(parts(late.el, 'announcer')[0]!.textContent, 'no "It\'s time" when the data arrives').to.equal('');
    });

    it('says nothing when the time came while the page was hidden, and speaks again once it is seen', async () => {
      const { el, clock } = await spoken(at(9, 14));
      setVisibility('hidden');
      await advance(el, clock, at(9, 20));
      setVisibility('visible');
      await el.updateComplete;
      expect(items(el)[2]!.getAttribute('part')).to.contain('clock');
      expect(said).to.deep.equal([]);
      await advance(el, clock, at(9, 30));
      expect(said).to.deep.equal(['Recess']);
    });

    it('speaks only when asked to, and not for a step already done or under way', async () => {
      const quiet = await spoken(at(9, 14), schoolDay(), false);
      await advance(quiet.el, quiet.clock, at(9, 15));
      const steps = schoolDay();
      Object.assign(steps[2]!, { state: 'done', doneAt: at(9, 10) });
      Object.assign(steps[3]!, { state: 'now', startedAt: at(9, 10) });
      const { el, clock } = await spoken(at(9, 14), steps);
      await advance(el, clock, at(9, 15));
      await advance(el, clock, at(9, 30));
      expect(said).to.deep.equal([]);
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
      parts(el, 'meter-fill')[0]!
        .getAnimations()
        .forEach((a) => a.finish());
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

    /**
     * Drives a manual clock with real time from `start`, and returns, for the first frame that shows `after`, how
     * late it was against `truthAt` (negative: shown too early).
     */
    async function lateness(
      el: OtVisualSchedule,
      clock: ReturnType<typeof createManualClock>,
      start: number,
      after: string,
      truthAt: number,
    ) {
      const realStart = performance.now();
      const countdown = () => parts(el, 'countdown')[0]!.textContent!;
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = start + (performance.now() - realStart);
        clock.set(now);
        if (countdown().includes(after)) return now - truthAt;
        if (now - truthAt > 2000) return Infinity;
      }
    }

    for (const offset of [250, 750]) {
      it(`ticks on the step's own seconds, never more than a frame late (step started ${offset} ms off the clock's second)`, async () => {
        // The clock reads a whole second; the step started `offset` ms before it, so its seconds end off the clock's.
        const start = at(9, 0);
        const startedAt = start - offset;
        const clock = createManualClock(start);
        const el = await fixture<OtVisualSchedule>(
          html`<ot-visual-schedule
            .clock=${clock}
            .steps=${[{ id: 'a', label: 'Swing', minutes: 1, state: 'now', startedAt }]}
          ></ot-visual-schedule>`,
        );
        expect(parts(el, 'countdown')[0]!.textContent).to.contain('1:00 left');
        // 0:59 is the truth from one second after the start on.
        const late = await lateness(el, clock, start, '0:59 left', startedAt + 1000);
        expect(late, 'shown after the truth').to.be.at.least(0);
        expect(late, 'at most about one frame late').to.be.below(50);
      });
    }

    it('has no countdown for a step without minutes', async () => {
      const clock = createManualClock(at(9, 0));
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule
          .clock=${clock}
          .steps=${[{ id: 'a', label: 'Free play', state: 'now', startedAt: at(9, 0) }]}
        ></ot-visual-schedule>`,
      );
      expect(parts(el, 'countdown')).to.have.length(0);
    });
  });
});
