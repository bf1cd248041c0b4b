import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/embed/src/builder/define.js';
import type { OtScheduleBuilder } from '../../packages/embed/src/builder/schedule-builder.js';
import { expectLineIcon } from '../helpers/icons.js';

// Issue 16, the builder's look: three loud red Remove buttons, the preview and "Put it in your LMS" touching,
// font arrows for moving a step, and a phone page wider than the phone.

const DANGER = 'rgb(179, 38, 30)';
const $$ = (el: OtScheduleBuilder, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function builder(): Promise<OtScheduleBuilder> {
  const el = await fixture<OtScheduleBuilder>(
    html`<ot-schedule-builder base="https://widgets.example.org/otkit/"></ot-schedule-builder>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'the snippet', { timeout: 5000 });
  return el;
}
const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

describe('<ot-schedule-builder> look', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it("draws each step's move buttons with the kit's line icons, named as before", async () => {
    const el = await builder();
    const buttons = $$(el, 'button[aria-label^="Move step"]');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Move step 1 up',
      'Move step 1 down',
      'Move step 2 up',
      'Move step 2 down',
      'Move step 3 up',
      'Move step 3 down',
    ]);
    for (const button of buttons) expectLineIcon(button, button.getAttribute('aria-label')!);
  });

  it('shows Remove as a quiet secondary action: no red, no frame, still a named 44 px target', async () => {
    const el = await builder();
    const removes = $$(el, 'button[aria-label^="Remove step"]');
    expect(removes.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Remove step 1',
      'Remove step 2',
      'Remove step 3',
    ]);
    for (const remove of removes) {
      const style = getComputedStyle(remove);
      expect(style.color, 'text').to.not.equal(DANGER);
      expect(style.color, 'text as the page text').to.equal(getComputedStyle(el).color);
      expect(transparent(style.borderTopColor), `frame ${style.borderTopColor}`).to.equal(true);
      const box = remove.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(44);
      expect(remove.textContent!.trim()).to.equal('Remove');
    }
    // Away from the move arrows, so a slip of the finger does not remove a step.
    const down = $$(el, 'button[aria-label="Move step 1 down"]')[0]!.getBoundingClientRect();
    expect(removes[0]!.getBoundingClientRect().left - down.right).to.be.at.least(24);
  });

  for (const width of [1280, 390]) {
    it(`leaves room between the preview and "Put it in your LMS" at ${width} px, and fits the screen`, async () => {
      await setViewport({ width, height: 800 });
      const el = await builder();
      const [preview, embed] = $$(el, 'section');
      const gap = embed!.getBoundingClientRect().top - preview!.getBoundingClientRect().bottom;
      expect(gap, 'space between the sections').to.be.at.least(24);
      const heading = embed!.querySelector('h2')!;
      expect(heading.textContent).to.equal('Put it in your LMS');
      // The embed code's buttons do not touch the code above them.
      const code = embed!.querySelector('textarea')!.getBoundingClientRect();
      const copy = [...embed!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy embed code')!;
      expect(copy.getBoundingClientRect().top - code.bottom).to.be.at.least(8);
      expect(el.scrollWidth, 'no sideways scrolling').to.be.at.most(el.clientWidth);
      for (const item of $$(el, 'ol > li, section'))
        expect(item.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    });
  }
});
