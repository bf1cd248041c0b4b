import { expect, html, oneEvent } from '@open-wc/testing';
import '@otkit/elements/define.js';
import type { OtSelectEvent, OtSelectionChangeEvent } from '@otkit/elements';
import { announced, board, choice, choices, type fakeSpeech, focused, makeBoard, record, rows } from './helpers.js';

describe('<ot-choice-board>', () => {
  describe('properties', () => {
    it('shows each choice with its picture and label in a grid', async () => {
      const el = await board(
        html`<ot-choice-board
          .board=${makeBoard(2, {
            choices: [
              { id: 'swing', label: 'Swing', image: { symbol: 'swing' } },
              { id: 'snack', label: 'Snack' },
            ],
          })}
        ></ot-choice-board>`,
      );
      const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-label')).to.equal('Break time');
      expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Swing', 'Snack']);
      expect(choice(el, 'Swing').querySelector('[part="image"]')).to.exist;
      expect(choices(el).map((c) => c.getAttribute('aria-selected'))).to.deep.equal(['false', 'false']);
    });

    it('lays out the board grid with its empty cells, and hides hidden choices', async () => {
      const b = makeBoard(4, {
        grid: {
          rows: 2,
          columns: 3,
          order: [
            ['c0', null, 'c1'],
            [null, 'c2', 'c3'],
          ],
        },
      });
      b.choices[3]!.hidden = true;
      const el = await board(html`<ot-choice-board .board=${b}></ot-choice-board>`);
      expect(
        rows(el).map((r) => [...r.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent!.trim())),
      ).to.deep.equal([
        ['Swing', '', 'Trampoline'],
        ['', 'Snack', ''],
      ]);
    });

    it('lays out a board without a grid about as wide as high, or in `columns`', async () => {
      const el = await board(html`<ot-choice-board .board=${makeBoard(7)}></ot-choice-board>`);
      expect(rows(el).map((r) => r.querySelectorAll('[part~="choice"]').length)).to.deep.equal([3, 3, 1]);
      el.columns = 4;
      await el.updateComplete;
      expect(rows(el).map((r) => r.querySelectorAll('[part~="choice"]').length)).to.deep.equal([4, 3]);
      const two = await board(html`<ot-choice-board .board=${makeBoard(2)}></ot-choice-board>`);
      expect(rows(two)).to.have.length(1);
    });

    it('crosses out unavailable choices and keeps them visible', async () => {
      const b = makeBoard(2);
      b.choices[1]!.unavailable = true;
      const el = await board(html`<ot-choice-board .board=${b}></ot-choice-board>`);
      const off = choice(el, 'Trampoline');
      expect(off.getAttribute('aria-disabled')).to.equal('true');
      expect(off.part.contains('unavailable')).to.equal(true);
      expect(off.querySelector('[part="cross"]')).to.exist;
      expect(getComputedStyle(off.querySelector('[part="label"]')!).textDecorationLine).to.equal('line-through');
    });

    it('paints the background colour of a choice without a style attribute in the template', async () => {
      const b = makeBoard(1);
      b.choices[0]!.background = 'rgb(255, 204, 0)';
      const el = await board(html`<ot-choice-board .board=${b}></ot-choice-board>`);
      expect(getComputedStyle(choice(el, 'Swing')).backgroundColor).to.equal('rgb(255, 204, 0)');
    });

    it('draws pictures light on dark backgrounds and dark on light ones, in every colour notation', async () => {
      const b = makeBoard(4);
      ['#000', '#ffff00', 'rgb(20, 40, 90)', 'rgba(250, 250, 250, 0.5)'].forEach(
        (bg, i) => (b.choices[i]!.background = bg),
      );
      const el = await board(html`<ot-choice-board .board=${b}></ot-choice-board>`);
      expect(choices(el).map((c) => getComputedStyle(c).color)).to.deep.equal([
        'rgb(255, 255, 255)',
        'rgb(27, 31, 36)',
        'rgb(255, 255, 255)',
        'rgb(27, 31, 36)',
      ]);
      expect(getComputedStyle(choice(el, 'Swing')).backgroundColor).to.equal('rgb(0, 0, 0)');
    });

    it('shows the selection set by `value`, without firing events', async () => {
      const el = await board(html`<ot-choice-board multiple value="c0 c2" .board=${makeBoard(3)}></ot-choice-board>`);
      const seen = record(el, 'ot-select', 'ot-selection-change');
      expect(choices(el).map((c) => c.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'true']);
      el.value = 'c1';
      await el.updateComplete;
      expect(choices(el).map((c) => c.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false']);
      expect(seen).to.have.length(0);
    });

    it('renders labels in other scripts in their own language and direction', async () => {
      const el = await board(
        html`<ot-choice-board
          .board=${makeBoard(2, {
            language: 'en',
            choices: [
              { id: 'a', label: 'صرخة', language: 'ar' },
              { id: 'b', label: '水很酷哟', language: 'zh' },
            ],
          })}
        ></ot-choice-board>`,
      );
      expect(choices(el).map((c) => c.lang)).to.deep.equal(['ar', 'zh']);
      expect(choice(el, 'صرخة').querySelector('[part="label"]')!.getAttribute('dir')).to.equal('auto');
    });
  });

  describe('pointer', () => {
    it('chooses on click: cancelable ot-select, then ot-selection-change, then the choice shows as chosen', async () => {
      const el = await board();
      const seen = record(el, 'ot-select', 'ot-selection-change');
      choice(el, 'Snack').click();
      await el.updateComplete;
      expect(seen.types).to.deep.equal(['ot-select', 'ot-selection-change']);
      const select = seen[0] as unknown as OtSelectEvent;
      expect(select.cancelable).to.equal(true);
      expect(select.detail).to.include({ boardId: 'break', choiceId: 'c2', selected: true, method: 'pointer' });
      expect(select.detail.choice.label).to.equal('Snack');
      expect((seen[1] as unknown as OtSelectionChangeEvent).detail.value).to.equal('c2');
      expect(el.value).to.equal('c2');
      expect(choice(el, 'Snack').getAttribute('aria-selected')).to.equal('true');
      expect(choice(el, 'Snack').querySelector('[part="check"]')).to.exist;
      await announced(el, 'Snack chosen');
    });

    it('changes nothing when the page cancels ot-select', async () => {
      const el = await board();
      el.addEventListener('ot-select', (e) => e.preventDefault());
      const seen = record(el, 'ot-selection-change');
      choice(el, 'Swing').click();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(seen).to.have.length(0);
      expect((el.speech.synth as ReturnType<typeof fakeSpeech>).said).to.deep.equal([]);
    });

    it('does not choose an unavailable choice, and says so', async () => {
      const b = makeBoard(2);
      b.choices[0]!.unavailable = true;
      const el = await board(html`<ot-choice-board .board=${b}></ot-choice-board>`);
      const seen = record(el, 'ot-select');
      choice(el, 'Swing').click();
      expect(seen).to.have.length(0);
      await announced(el, 'Swing is not available');
    });

    it('toggles choices with `multiple`', async () => {
      const el = await board(html`<ot-choice-board multiple .board=${makeBoard(3)}></ot-choice-board>`);
      expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-multiselectable')).to.equal('true');
      choice(el, 'Swing').click();
      choice(el, 'Snack').click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(['c0', 'c2']);
      const unselect = oneEvent(el, 'ot-select');
      choice(el, 'Swing').click();
      expect((await unselect).detail.selected).to.equal(false);
      await el.updateComplete;
      expect(el.value).to.deep.equal(['c2']);
      await announced(el, 'Swing no longer chosen');
    });

    it('asks for confirmation with `confirm`: Yes counts the choice, Go back does not', async () => {
      const el = await board(html`<ot-choice-board confirm .board=${makeBoard(3)}></ot-choice-board>`);
      const seen = record(el, 'ot-select', 'ot-selection-change');
      choice(el, 'Snack').click();
      await el.updateComplete;
      const panel = el.shadowRoot!.querySelector('[part="confirm"]')!;
      expect(panel.textContent!.replace(/\s+/g, ' ').trim()).to.equal('You chose Snack Yes Go back');
      expect(seen).to.have.length(0);
      await el.updateComplete;
      expect(focused(el)!.textContent!.trim()).to.equal('Yes');
      const [yes, back] = panel.querySelectorAll('button');
      back!.click();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(seen).to.have.length(0);
      choice(el, 'Snack').click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"] button')!.click();
      await el.updateComplete;
      expect(el.value).to.equal('c2');
      expect(seen.types).to.deep.equal(['ot-select', 'ot-selection-change']);
      expect((seen[0] as unknown as OtSelectEvent).detail.method).to.equal('pointer');
      void yes;
    });
  });
});
