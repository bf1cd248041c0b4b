import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtSelectEvent } from '@otkit/elements';
import { storyBoard } from '../../../stories/data/choice-boards.js';
import { manualScheduler } from '../../helpers/manual-scheduler.js';
import { fakeSpeech, highlightedLabels, makeBoard, record } from './helpers.js';

describe('<ot-choice-board> switch use from page load (issue 16, item 3)', () => {
  it('a switch-only run: from page load, with focus on the page, to a selection, and a restart after it stops', async () => {
    const time = manualScheduler();
    const el = await fixture<OtChoiceBoard>(
      html`<ot-choice-board
        scan="auto"
        switch-anywhere
        scan-interval="1000"
        scan-first-delay="0"
        scan-rounds="1"
        .scheduler=${time}
        .board=${makeBoard(3)}
      ></ot-choice-board>`,
    );
    el.speech.synth = fakeSpeech();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).to.equal(document.body);
    const seen = record(el, 'ot-select');
    time.advance(1000);
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal(['Trampoline']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(seen.map((e) => (e as unknown as OtSelectEvent).detail)).to.deep.include.members([
      { ...(seen[0] as unknown as OtSelectEvent).detail, choiceId: 'c1', method: 'auto-scan' },
    ]);
    expect(el.value).to.equal('c1');
    // The scan runs out of rounds and stops; a press (focus still on the page) starts it again.
    time.advance(3000);
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal(['Swing']);
  });

  it('leaves the keys of other controls alone, and does nothing unless the host allows it', async () => {
    const time = manualScheduler();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <input aria-label="Note" />
        <ot-choice-board scan="auto" .scheduler=${time} .board=${makeBoard(3)}></ot-choice-board>
      </div>`,
    );
    const el = wrapper.querySelector('ot-choice-board')!;
    el.speech.synth = fakeSpeech();
    const seen = record(el, 'ot-select');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Space' });
    expect(seen).to.have.length(0);
    el.switchAnywhere = true;
    await el.updateComplete;
    wrapper.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
    expect(seen).to.have.length(0);
    expect(wrapper.querySelector('input')!.value).to.equal(' ');
  });

  it('puts the scanning toolbar after the grid, so the first Tab reaches the choices', async () => {
    const el = await fixture<OtChoiceBoard>(
      html`<ot-choice-board scan="step" .board=${makeBoard(3)}></ot-choice-board>`,
    );
    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    const toolbar = el.shadowRoot!.querySelector('[part="toolbar"]')!;
    expect(grid.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('names the confirm step with the choice: "You chose Swing", not "You chose"', async () => {
    const el = await fixture<OtChoiceBoard>(html`<ot-choice-board confirm .board=${makeBoard(3)}></ot-choice-board>`);
    el.speech.synth = fakeSpeech();
    el.shadowRoot!.querySelector<HTMLElement>('[data-choice-id="c0"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('You chose Swing');
  });
});

describe('<ot-choice-board> on a phone (issue 16, item 4)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 390 px the 24-choice board breaks no word, keeps tiles ≥ 44 px and pictures ≥ 60 % of the tile', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<OtChoiceBoard>(html`<ot-choice-board .board=${storyBoard(24)}></ot-choice-board>`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="choice"]')];
    expect(cells).to.have.length(24);
    for (const cell of cells) {
      const label = cell.querySelector<HTMLElement>('[part="label"]')!;
      const text = label.firstChild?.nodeType === Node.TEXT_NODE ? label.firstChild : label.childNodes[1]!;
      // Each word of the label lies on one line: a word broken inside has client rects on two lines.
      let at = 0;
      for (const word of label.textContent!.trim().split(/\s+/)) {
        const start = text.textContent!.indexOf(word, at);
        at = start + word.length;
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, at);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        expect(tops.size, `"${word}" in "${label.textContent}"`).to.equal(1);
      }
      expect(label.scrollWidth, `"${label.textContent}" is cut`).to.be.at.most(label.clientWidth + 1);
      const box = cell.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      const picture = cell.querySelector('[part~="image"]')!.getBoundingClientRect();
      expect(picture.height / box.height, `picture of "${label.textContent}"`).to.be.at.least(0.6);
    }
    expect(el.getBoundingClientRect().width).to.be.at.most(390);
  });
});
