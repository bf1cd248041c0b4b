import { expect, html } from '@open-wc/testing';
import { findLowTextContrast } from '../../../scripts/text-contrast.mjs';
import { M, T0, part, timeLeft, tick, timer } from './helpers.js';
import { loadTokens } from '../../helpers/media.js';

// Issue 16: the timer's default over time (overtime="count") counted up in red on an empty disc, an alarm colour
// for the child in the room. The count-up stays (therapists use it), in the text colour, and a full ring in a
// calm colour says the phase's time is over.

/** A colour as [r, g, b]. */
function rgb(color: string): number[] {
  return /rgba?\(([^)]+)\)/
    .exec(color)![1]!
    .split(/[\s,/]+/)
    .slice(0, 3)
    .map(Number);
}
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
/** What a token of the element's theme computes to as a colour. */
function tokenColor(el: HTMLElement, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  el.shadowRoot!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('<ot-session-timer> counted over time', () => {
  before(loadTokens);

  for (const theme of ['light', 'dark', 'high-contrast']) {
    it(`counts up calmly in the ${theme} theme: readable time, no red, a full ring in a calm colour`, async () => {
      const { el, clock } = await timer(
        html`<ot-session-timer data-ot-theme=${theme} .events=${[{ type: 'start', at: T0 }]}></ot-session-timer>`,
      );
      await tick(el, clock, 6 * M);
      expect(timeLeft(el), 'the count-up stays').to.equal('+1:00');
      const danger = tokenColor(el, '--_ot-color-danger');
      const time = getComputedStyle(part(el, 'time')!);
      expect(time.color, 'time not in the danger colour').to.not.equal(danger);
      expect(findLowTextContrast(el), 'every text readable').to.deep.equal([]);
      const face = getComputedStyle(part(el, 'face')!);
      expect(parseFloat(face.borderTopWidth), 'a ring round the face').to.be.at.least(6);
      expect(face.borderTopColor, 'ring not in the danger colour').to.not.equal(danger);
      expect(face.borderTopColor, 'ring in the calm colour').to.equal(tokenColor(el, '--_ot-color-success'));
      const background = getComputedStyle(el).backgroundColor;
      expect(contrast(face.borderTopColor, background), 'the ring stands out (3:1)').to.be.at.least(3);
      // No calm-mode check mark: the counted mode keeps the time.
      expect(part(el, 'done')).to.equal(null);
    });
  }

  it('shows no ring while the phase still has time', async () => {
    const { el, clock } = await timer(
      html`<ot-session-timer .events=${[{ type: 'start', at: T0 }]}></ot-session-timer>`,
    );
    await tick(el, clock, 4 * M);
    expect(parseFloat(getComputedStyle(part(el, 'face')!).borderTopWidth)).to.be.below(2);
  });
});
