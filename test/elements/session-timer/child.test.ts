import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { M, T0, click, part, root, text, tick, timeLeft, timer } from './helpers.js';

// Issue 16, case 9: the disc was always a 60-minute face (a 4-minute phase a 24° sliver a child cannot see
// move), and over time showed an empty disc with a red count-up.

const at = (minutes: number) => T0 + minutes * M;
/** The angles of the two half discs of the sector, in degrees (the first shows up to 180°). */
function sector(el: HTMLElement): number[] {
  return [...part(el, 'face')!.querySelectorAll('.half')].map((half) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(half).transform);
    return Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI + 360) % 360;
  });
}
/** The numbers printed on the face, in the order the sector shrinks toward them. */
const faceNumbers = (el: HTMLElement) => [...part(el, 'face')!.querySelectorAll('text')].map((t) => t.textContent);
const visible = (el: HTMLElement | null) => !!el && el.checkVisibility();

describe('<ot-session-timer> for children', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('a face scaled to the phase', () => {
    for (const [minutes, face, numbers, degrees] of [
      [4, 5, ['0', '1', '2', '3', '4'], [180, 108]],
      [8, 10, ['0', '2', '4', '6', '8'], [180, 108]],
      [15, 20, ['0', '5', '10', '15'], [180, 90]],
      [45, 60, ['0', '15', '30', '45'], [180, 90]],
    ] as const) {
      it(`draws a ${minutes}-minute phase on a ${face}-minute face`, async () => {
        const { el } = await timer(
          html`<ot-session-timer .phases=${[{ id: 'a', label: 'Swing', minutes }]}></ot-session-timer>`,
        );
        expect(faceNumbers(el)).to.deep.equal(numbers);
        expect(sector(el)).to.deep.equal(degrees);
      });
    }

    it('fills the whole disc for a phase longer than an hour', async () => {
      const { el } = await timer(
        html`<ot-session-timer .phases=${[{ id: 'a', label: 'Long', minutes: 90 }]}></ot-session-timer>`,
      );
      expect(sector(el)).to.deep.equal([180, 180]);
    });
  });

  describe('the child view', () => {
    it('shows only the disc and the phase picture, large', async () => {
      const { el } = await timer(
        html`<ot-session-timer child .events=${[{ type: 'start', at: at(0) }]}></ot-session-timer>`,
      );
      const picture = root(el).querySelector('[part~="picture"]');
      expect(picture?.getAttribute('role')).to.equal('img');
      expect(picture?.getAttribute('aria-label')).to.equal('Check-in & plan');
      expect(root(el).querySelectorAll('button').length, 'no buttons').to.equal(0);
      for (const name of ['status', 'progress', 'controls']) expect(visible(part(el, name)), name).to.equal(false);
      expect(part(el, 'face')!.getBoundingClientRect().width).to.be.greaterThan(300);
      // The time stays for screen readers, as the timer role.
      expect(timeLeft(el)).to.equal('5:00');
      await expect(el).to.be.accessible();
    });
  });

  describe('paused', () => {
    for (const child of [false, true]) {
      it(`says "Paused" on the disc and stills it${child ? ' (child view)' : ''}`, async () => {
        const { el } = await timer(
          html`<ot-session-timer
            ?child=${child}
            .events=${[
              { type: 'start', at: at(0) },
              { type: 'pause', at: at(1), reason: 'break' },
            ]}
          ></ot-session-timer>`,
        );
        const badge = part(el, 'paused');
        expect(visible(badge)).to.equal(true);
        expect(badge!.textContent!.trim()).to.equal('Paused');
        expect(part(el, 'face')!.contains(badge) || badge!.parentElement === part(el, 'face')).to.equal(true);
      });
    }

    it('has no pause badge while running', async () => {
      const { el } = await timer(html`<ot-session-timer .events=${[{ type: 'start', at: at(0) }]}></ot-session-timer>`);
      expect(visible(part(el, 'paused'))).to.equal(false);
    });
  });

  describe('over time', () => {
    const danger = 'rgb(179, 38, 30)';

    it('counts up by default, in the text colour rather than the danger colour', async () => {
      const { el, clock } = await timer(html`<ot-session-timer></ot-session-timer>`);
      await click(el, 'Start session');
      await tick(el, clock, 6 * M);
      expect(timeLeft(el)).to.equal('+1:00');
      expect(getComputedStyle(part(el, 'time')!).color).to.not.equal(danger);
      expect(getComputedStyle(part(el, 'time')!).color).to.equal(getComputedStyle(el).color);
    });

    for (const attribute of ['overtime="calm"', 'child']) {
      it(`with ${attribute}: "Time is up" in calm colours, no count-up, a full ring`, async () => {
        const { el, clock } = await timer(
          attribute === 'child'
            ? html`<ot-session-timer child></ot-session-timer>`
            : html`<ot-session-timer overtime="calm"></ot-session-timer>`,
        );
        el.events = [{ type: 'start', at: at(0) }];
        await el.updateComplete;
        await tick(el, clock, 6 * M);
        expect(timeLeft(el)).to.equal('Time is up');
        expect(text(el, 'time')).to.not.match(/\+/);
        expect(getComputedStyle(part(el, 'time')!).color).to.not.equal(danger);
        expect(visible(part(el, 'done'))).to.equal(true);
      });
    }

    it('refuses an unknown overtime with a named error', async () => {
      const { el } = await timer(html`<ot-session-timer overtime="loud"></ot-session-timer>`);
      expect(text(el, 'error')).to.include('overtime');
    });
  });
});
