import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@otkit/elements/define.js';
import type { OtChoiceBoard } from '@otkit/elements';
import { manualScheduler } from '../../helpers/manual-scheduler.js';
import { emulateMedia } from '../../helpers/media.js';
import { fakeSpeech, highlighted, makeBoard, rows } from './helpers.js';

// Issue 16, forced colours: scanning by rows, the outline of the highlighted row was partly hidden — cut off at
// the edges of the grid (which scrolls sideways, so it clips) and drawn into the neighbouring rows' tiles.

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box the outline of `element` paints: its border box grown by the outline's offset and width. */
function outlineBox(element: Element): Box {
  const style = getComputedStyle(element);
  const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  const r = element.getBoundingClientRect();
  return { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
}

/** The boxes that clip what `element` paints: the padding boxes of its ancestors that do not let overflow show. */
function clips(element: Element): Box[] {
  const boxes: Box[] = [];
  for (let node = element.parentElement ?? (element.getRootNode() as ShadowRoot).host; node;) {
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = node.getBoundingClientRect();
      const left = r.left + node.clientLeft;
      const top = r.top + node.clientTop;
      boxes.push({ left, top, right: left + node.clientWidth, bottom: top + node.clientHeight });
    }
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return boxes;
}

const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Fails unless the whole outline of the highlighted row shows: nothing clips it and no other tile lies under it. */
function expectWholeOutline(el: OtChoiceBoard, index: number): void {
  const row = rows(el)[index]!;
  expect(highlighted(el), `row ${index + 1} highlighted`).to.deep.equal([row]);
  const outline = outlineBox(row);
  expect(parseFloat(getComputedStyle(row).outlineWidth), 'a thick outline').to.be.at.least(4);
  for (const clip of clips(row)) {
    expect(outline.left, `row ${index + 1}: left edge`).to.be.at.least(clip.left - 0.5);
    expect(outline.top, `row ${index + 1}: top edge`).to.be.at.least(clip.top - 0.5);
    expect(outline.right, `row ${index + 1}: right edge`).to.be.at.most(clip.right + 0.5);
    expect(outline.bottom, `row ${index + 1}: bottom edge`).to.be.at.most(clip.bottom + 0.5);
  }
  for (const tile of el.shadowRoot!.querySelectorAll('[role="gridcell"]')) {
    if (row.contains(tile)) continue;
    expect(overlaps(outline, tile.getBoundingClientRect()), `row ${index + 1} over a tile of another row`).to.equal(
      false,
    );
  }
}

describe('<ot-choice-board> row scanning outline', () => {
  afterEach(() => emulateMedia({}));

  for (const forcedColors of ['none', 'active'] as const) {
    it(`shows the whole outline of every highlighted row (forced colours ${forcedColors})`, async () => {
      await emulateMedia({ forcedColors });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(forcedColors === 'active');
      const time = manualScheduler();
      const el = await fixture<OtChoiceBoard>(
        html`<ot-choice-board
          scan="auto"
          scan-pattern="row-column"
          scan-interval="100"
          scan-first-delay="0"
          .scheduler=${time}
          .board=${makeBoard(9)}
        ></ot-choice-board>`,
      );
      el.speech.synth = fakeSpeech();
      await el.updateComplete;
      const count = rows(el).length;
      expect(count, 'rows').to.be.at.least(2);
      for (let index = 0; index < count; index++) {
        expectWholeOutline(el, index);
        time.advance(100);
        await el.updateComplete;
      }
    });
  }

  it('keeps one whole row highlighted when the board narrows while a row is highlighted', async () => {
    const time = manualScheduler();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 900px">
        <ot-choice-board
          scan="auto"
          scan-pattern="row-column"
          scan-interval="100"
          scan-first-delay="0"
          .scheduler=${time}
          .board=${makeBoard(9)}
        ></ot-choice-board>
      </div>`,
    );
    const el = wrapper.querySelector<OtChoiceBoard>('ot-choice-board')!;
    el.speech.synth = fakeSpeech();
    await el.updateComplete;
    expect(rows(el).length, 'three rows of three').to.equal(3);
    expect(highlighted(el)).to.deep.equal([rows(el)[0]]);
    // A phone turned to portrait: the tiles reflow into more, shorter rows.
    wrapper.style.inlineSize = '390px';
    await waitUntil(() => rows(el).length > 3, 'the board reflowed');
    await el.updateComplete;
    expectWholeOutline(el, 0);
    time.advance(100);
    await el.updateComplete;
    expectWholeOutline(el, 1);
  });
});
