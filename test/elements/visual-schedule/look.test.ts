import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import type { OtVisualSchedule } from '@otkit/elements';
import { announced, button, click, items, parts, schoolDay } from './helpers.js';

// Issue 16, case 11: "All done!" was shown but not announced, and the horizontal strip's check box sat on the
// picture.

/** Whether two boxes share any area. */
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<ot-visual-schedule> finishing and the strip', () => {
  it('announces "All done!" when the last step is checked off', async () => {
    const steps = schoolDay()
      .slice(0, 2)
      .map((step, i) => (i === 0 ? { ...step, state: 'done' as const } : step));
    const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${steps}></ot-visual-schedule>`);
    await click(button(el, 1));
    await el.updateComplete;
    expect(parts(el, 'all-done')[0]?.textContent).to.include('All done!');
    await announced(el, 'Reading: done. All done!');
  });

  it('keeps the check box of the horizontal strip off the picture', async () => {
    const el = await fixture<OtVisualSchedule>(
      html`<ot-visual-schedule layout="horizontal" .steps=${schoolDay()}></ot-visual-schedule>`,
    );
    for (const item of items(el)) {
      const box = item.querySelector('[part~="box"]')!.getBoundingClientRect();
      const picture = item.querySelector('[part~="picture"]')!.getBoundingClientRect();
      expect(overlap(box, picture), item.textContent!.trim()).to.equal(false);
    }
  });

  it('prints as cut-out cards: no boxes to tick, no done or skipped marks, dashed cutting lines', async () => {
    const steps = schoolDay().map((step, i) => (i === 0 ? { ...step, state: 'done' as const } : step));
    const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${steps}></ot-visual-schedule>`);
    await emulateMedia({ media: 'print' });
    try {
      const done = items(el)[0]!;
      expect(parts(el, 'box').every((box) => !box.checkVisibility())).to.equal(true);
      expect(getComputedStyle(done.querySelector('[part~="picture"]')!).opacity).to.equal('1');
      expect(getComputedStyle(done.querySelector('[part~="label"]')!).textDecorationLine).to.equal('none');
      expect(getComputedStyle(done).borderTopStyle).to.equal('dashed');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
