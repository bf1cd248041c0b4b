import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  OtPersistenceError,
  OtValidationError,
  createStore,
  formatPath,
  memoryAdapter,
  type OtStore,
} from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtErrorEvent, OtSelectEvent, OtSelectionChangeEvent } from '@otkit/elements';
import { controlledAdapter, deferred } from '../../helpers/sdk-testing.js';
import { announced, choice, choices, fakeSpeech, focused, makeBoard, record, rows } from './helpers.js';

async function board(markup = html`<ot-choice-board .board=${makeBoard(3)}></ot-choice-board>`) {
  const el = await fixture<OtChoiceBoard>(markup);
  el.speech.synth = fakeSpeech();
  return el;
}

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

  describe('keyboard', () => {
    it('has one tab stop and moves with the arrow keys, skipping empty cells', async () => {
      const b = makeBoard(5, {
        grid: {
          rows: 2,
          columns: 3,
          order: [
            ['c0', null, 'c1'],
            ['c2', 'c3', 'c4'],
          ],
        },
      });
      const el = await board(html`<ot-choice-board .board=${b}></ot-choice-board>`);
      expect(choices(el).filter((c) => c.tabIndex === 0)).to.have.length(1);
      choice(el, 'Swing').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)!.textContent).to.contain('Trampoline');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)!.textContent).to.contain('Bubbles');
      await sendKeys({ press: 'Home' });
      expect(focused(el)!.textContent).to.contain('Snack');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)!.textContent).to.contain('Swing');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)!.textContent).to.contain('Swing');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      expect(focused(el)!.textContent).to.contain('Bubbles');
      await sendKeys({ press: 'End' });
      expect(focused(el)!.textContent).to.contain('Bubbles');
      expect(
        choices(el)
          .filter((c) => c.tabIndex === 0)
          .map((c) => c.textContent!.trim()),
      ).to.deep.equal(['Bubbles']);
    });

    it('flips left and right in a right-to-left page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar"><ot-choice-board .board=${makeBoard(3)}></ot-choice-board></div>`,
      );
      const el = wrapper.querySelector('ot-choice-board')!;
      await el.updateComplete;
      choice(el, 'Trampoline').focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)!.textContent).to.contain('Snack');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)!.textContent).to.contain('Swing');
      expect(choice(el, 'Swing').getBoundingClientRect().left).to.be.greaterThan(
        choice(el, 'Snack').getBoundingClientRect().left,
      );
    });

    it('chooses with Enter and Space', async () => {
      const el = await board(html`<ot-choice-board multiple .board=${makeBoard(3)}></ot-choice-board>`);
      choice(el, 'Swing').focus();
      const first = oneEvent(el, 'ot-select');
      await sendKeys({ press: 'Enter' });
      expect((await first).detail.method).to.equal('keyboard');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      expect(el.value).to.deep.equal(['c0', 'c1']);
    });

    it('leaves Tab alone, and answers the confirm step with the keyboard (Escape goes back)', async () => {
      const el = await board(html`<ot-choice-board confirm .board=${makeBoard(3)}></ot-choice-board>`);
      choice(el, 'Swing').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="confirm"]')).to.exist;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="confirm"]')).to.equal(null);
      expect(focused(el)!.textContent).to.contain('Swing');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      expect(el.value).to.equal('c0');
    });
  });

  describe('speech', () => {
    it('speaks the spoken text (or label) of a choice in its language, at the rate set, with the voice asked for', async () => {
      const b = makeBoard(2, { language: 'es' });
      b.choices[0]!.spokenText = 'Quiero el columpio';
      b.choices[1]!.language = 'ar';
      const el = await board(html`<ot-choice-board voice="Paulina" rate="0.8" .board=${b}></ot-choice-board>`);
      const speech = el.speech.synth as ReturnType<typeof fakeSpeech>;
      const asked: unknown[] = [];
      const speak = el.speech.speak.bind(el.speech);
      el.speech.speak = (text, options) => (asked.push(options?.voice), speak(text, options));
      choice(el, 'Swing').click();
      choice(el, 'Trampoline').click();
      expect(speech.said).to.deep.equal([
        { text: 'Quiero el columpio', lang: 'es', rate: 0.800000011920929 },
        { text: 'Trampoline', lang: 'ar', rate: 0.800000011920929 },
      ]);
      expect(asked).to.deep.equal(['Paulina', 'Paulina']);
    });

    it('speaks in the page language when the board has none, and not at all with `no-speech`', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es-MX"><ot-choice-board .board=${makeBoard(2)}></ot-choice-board></div>`,
      );
      const el = wrapper.querySelector('ot-choice-board')!;
      const speech = fakeSpeech();
      el.speech.synth = speech;
      await el.updateComplete;
      choice(el, 'Swing').click();
      expect(speech.said.map((s) => [s.text, s.lang])).to.deep.equal([['Swing', 'es-MX']]);
      el.noSpeech = true;
      choice(el, 'Trampoline').click();
      expect(speech.said).to.have.length(1);
    });

    it('plays a choice’s recorded sound instead of speaking it', async () => {
      const b = makeBoard(1);
      b.choices[0]!.sound = {
        src: 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEARKwAAIhYAQACABAAZGF0YQAAAAA=',
      };
      const el = await board(html`<ot-choice-board .board=${b}></ot-choice-board>`);
      const played: string[] = [];
      const original = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        played.push(this.src);
        return Promise.resolve();
      };
      try {
        choice(el, 'Swing').click();
      } finally {
        HTMLMediaElement.prototype.play = original;
      }
      expect(played).to.deep.equal([b.choices[0]!.sound!.src]);
      expect((el.speech.synth as ReturnType<typeof fakeSpeech>).said).to.deep.equal([]);
    });

    it('speaks the label of the choice the keyboard moves to with cue="speech"', async () => {
      const el = await board(html`<ot-choice-board cue="speech" .board=${makeBoard(3)}></ot-choice-board>`);
      choice(el, 'Swing').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect((el.speech.synth as ReturnType<typeof fakeSpeech>).said.map((s) => s.text)).to.deep.equal(['Trampoline']);
    });

    it('keeps working when the speech engine throws or is missing', async () => {
      const el = await board();
      el.speech.synth = {
        speak: () => {
          throw new Error('no voices');
        },
        cancel: () => undefined,
        getVoices: () => [],
      };
      choice(el, 'Swing').click();
      el.speech.synth = null;
      choice(el, 'Snack').click();
      expect(el.value).to.equal('c2');
    });
  });

  describe('forms', () => {
    it('submits the chosen id under its name', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><ot-choice-board name="activity" .board=${makeBoard(3)}></ot-choice-board></form>`,
      );
      const el = form.querySelector('ot-choice-board')!;
      await el.updateComplete;
      expect(new FormData(form).has('activity')).to.equal(false);
      choice(el, 'Snack').click();
      await el.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([['activity', 'c2']]);
    });

    it('submits every chosen id with `multiple`', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><ot-choice-board multiple name="tools" .board=${makeBoard(3)}></ot-choice-board></form>`,
      );
      const el = form.querySelector('ot-choice-board')!;
      await el.updateComplete;
      choice(el, 'Swing').click();
      choice(el, 'Snack').click();
      await el.updateComplete;
      expect(new FormData(form).getAll('tools')).to.deep.equal(['c0', 'c2']);
    });

    it('is invalid while `required` and nothing is chosen, with a message', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><ot-choice-board required name="a" .board=${makeBoard(2)}></ot-choice-board></form>`,
      );
      const el = form.querySelector('ot-choice-board')!;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      expect((el as unknown as { matches(s: string): boolean }).matches(':invalid')).to.equal(true);
      choice(el, 'Swing').click();
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
    });

    it('says what is missing, in Spanish too', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <ot-choice-board required name="a" .board=${makeBoard(2)}></ot-choice-board
          ><ot-choice-board lang="es" required name="b" .board=${makeBoard(2)}></ot-choice-board>
        </form>`,
      );
      const [en, es] = [...form.querySelectorAll('ot-choice-board')];
      await en!.updateComplete;
      await es!.updateComplete;
      expect(en!.validity.valueMissing).to.equal(true);
      expect(en!.validationMessage).to.equal('Choose one of the choices.');
      expect(es!.validationMessage).to.equal('Elige una de las opciones.');
      const invalid = oneEvent(en!, 'invalid');
      expect(en!.checkValidity()).to.equal(false);
      await invalid;
      expect(en!.form).to.equal(form);
    });

    it('goes back to the value attribute when the form is reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><ot-choice-board name="a" value="c1" .board=${makeBoard(3)}></ot-choice-board></form>`,
      );
      const el = form.querySelector('ot-choice-board')!;
      await el.updateComplete;
      choice(el, 'Snack').click();
      await el.updateComplete;
      expect(new FormData(form).get('a')).to.equal('c2');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('c1');
      expect(new FormData(form).get('a')).to.equal('c1');
    });

    it('cannot be used inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><ot-choice-board name="a" .board=${makeBoard(2)}></ot-choice-board></fieldset>
        </form>`,
      );
      const el = form.querySelector('ot-choice-board')!;
      await el.updateComplete;
      choice(el, 'Swing').click();
      expect(el.value).to.equal('');
      expect(choice(el, 'Swing').getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('connected to the store', () => {
    async function connected(store: OtStore, attrs = '') {
      const wrapper = await fixture<HTMLElement>(
        html`<ot-provider .store=${store}
          ><ot-choice-board board-id="break" session-id=${attrs || ''}></ot-choice-board
        ></ot-provider>`,
      );
      const el = wrapper.querySelector('ot-choice-board')!;
      el.speech.synth = fakeSpeech();
      await el.updateComplete;
      return el;
    }

    it('shows the board from the store and records each selection with its access method', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      await store.choiceBoards.add(makeBoard(3) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const el = await connected(store);
      expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Swing', 'Trampoline', 'Snack']);
      choice(el, 'Trampoline').click();
      choice(el, 'Trampoline').focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(0);
      expect(store.selections.list().map((s) => [s.boardId, s.choiceId, s.method])).to.deep.equal([
        ['break', 'c1', 'pointer'],
        ['break', 'c1', 'keyboard'],
      ]);
      expect(store.selections.list()[0]!.at).to.be.a('number');
    });

    it('fires ot-selection-change only after the store accepted the selection', async () => {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      await store.choiceBoards.add(makeBoard(3) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const el = await connected(store);
      const hold = deferred();
      adapter.hold = hold.promise;
      let released = false;
      const seen: boolean[] = [];
      el.addEventListener('ot-selection-change', () => seen.push(released));
      choice(el, 'Swing').click();
      await aTimeout(20);
      expect(seen, 'no change event while the store has not accepted the selection').to.deep.equal([]);
      released = true;
      hold.resolve();
      await waitUntil(() => seen.length === 1, 'ot-selection-change');
      expect(seen).to.deep.equal([true]);
      expect((await adapter.changes()).at(-1)!.ops[0]).to.deep.include({ collection: 'selections' });
    });

    it('follows changes to the board in the store', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      await store.choiceBoards.add(makeBoard(2) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const el = await connected(store);
      await store.choiceBoards.update('break', (b) => ({ choices: [...b.choices, { id: 'c9', label: 'Slide' }] }));
      await el.updateComplete;
      expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Swing', 'Trampoline', 'Slide']);
    });

    it('lets a board set by the page win over the store, and says when the store has no such board', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      const el = await connected(store);
      expect(el.shadowRoot!.textContent).to.contain('No choices to show.');
      el.board = makeBoard(1, { choices: [{ id: 'x', label: 'Page board' }] });
      await el.updateComplete;
      expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Page board']);
    });

    /** A stored board of 3 in a form, showing `value`; the adapter fails or holds commits when told. */
    async function refusing(value: string, multiple = false) {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      await store.choiceBoards.add(makeBoard(3) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <ot-provider .store=${store}
            ><ot-choice-board board-id="break" name="activity" value=${value} ?multiple=${multiple}></ot-choice-board
          ></ot-provider>
        </form>`,
      );
      const el = form.querySelector('ot-choice-board')!;
      el.speech.synth = fakeSpeech();
      await el.updateComplete;
      adapter.failWith = new Error('disk full');
      return { adapter, store, form, el, seen: record(el, 'ot-selection-change', 'ot-error') };
    }
    const chosen = (el: OtChoiceBoard) =>
      choices(el)
        .filter((c) => c.getAttribute('aria-selected') === 'true')
        .map((c) => c.textContent!.trim());
    const errorShown = (el: OtChoiceBoard) => el.shadowRoot!.querySelector('[part="error"]');

    it('undoes a selection the store refuses: the choice shown, the form value and the page all go back', async () => {
      const { adapter, store, form, el, seen } = await refusing('c1');
      choice(el, 'Swing').click();
      await waitUntil(() => seen.types.includes('ot-error'), 'ot-error');
      await el.updateComplete;
      // Nothing changed for the page: no ot-selection-change, only the error.
      expect(seen.types).to.deep.equal(['ot-error']);
      const error = (seen[0] as unknown as OtErrorEvent).detail.error;
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect(error.message).to.contain('disk full');
      expect(el.value).to.equal('c1');
      expect(chosen(el)).to.deep.equal(['Trampoline']);
      expect(new FormData(form).getAll('activity')).to.deep.equal(['c1']);
      expect(store.selections.size).to.equal(0);
      expect(errorShown(el)!.getAttribute('role')).to.equal('alert');
      expect(errorShown(el)!.textContent).to.contain('Could not save. Your last change was undone.');
      expect(choices(el), 'the board stays').to.have.length(3);
      await expect(el).to.be.accessible();
      // The next selection that is saved takes the notice away.
      adapter.failWith = undefined;
      choice(el, 'Snack').click();
      await waitUntil(() => store.selections.size === 1, 'saved');
      await el.updateComplete;
      expect(errorShown(el)).to.equal(null);
      expect(el.value).to.equal('c2');
    });

    it('undoes every refused selection, also several in flight, and only them', async () => {
      const single = await refusing('c1');
      const hold = deferred();
      single.adapter.hold = hold.promise;
      choice(single.el, 'Swing').click();
      choice(single.el, 'Snack').click();
      await single.el.updateComplete;
      expect(chosen(single.el)).to.deep.equal(['Snack']);
      hold.resolve();
      await waitUntil(() => single.seen.types.filter((t) => t === 'ot-error').length === 2, 'two ot-error');
      await single.el.updateComplete;
      expect(single.el.value).to.equal('c1');
      expect(chosen(single.el)).to.deep.equal(['Trampoline']);
      expect(new FormData(single.form).getAll('activity')).to.deep.equal(['c1']);

      const multiple = await refusing('c1', true);
      choice(multiple.el, 'Swing').click();
      await waitUntil(() => multiple.seen.types.includes('ot-error'), 'ot-error');
      expect(multiple.el.value).to.deep.equal(['c1']);
      // Unchoosing is not recorded, so it cannot be refused.
      choice(multiple.el, 'Trampoline').click();
      await aTimeout(0);
      expect(multiple.el.value).to.deep.equal([]);
    });

    it('undoes a selection the store refuses as invalid (a session-id it does not hold), naming the field', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      await store.choiceBoards.add(makeBoard(2) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const wrapper = await fixture<HTMLElement>(
        html`<ot-provider .store=${store}
          ><ot-choice-board board-id="break" session-id="no-such-session"></ot-choice-board
        ></ot-provider>`,
      );
      const el = wrapper.querySelector('ot-choice-board')!;
      await el.updateComplete;
      const error = oneEvent(el, 'ot-error');
      choice(el, 'Swing').click();
      expect((await error).detail.error.message).to.contain('sessionId');
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(store.selections.size).to.equal(0);
      expect(errorShown(el)!.textContent).to.contain('sessionId');
      choice(el, 'Trampoline').focus();
      expect(focused(el)!.textContent!.trim(), 'the board stays usable').to.equal('Trampoline');
    });
  });

  describe('bad input', () => {
    it('shows a readable error naming the field, fires ot-error, and keeps the last good board', async () => {
      const el = await board();
      const error = oneEvent(el, 'ot-error');
      el.board = {
        name: 'Broken',
        choices: [
          { id: 'a', label: '' },
          { id: 'b', label: 'Twice' },
        ],
      } as never;
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.error.code).to.equal('validation');
      const shown = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(shown.getAttribute('role')).to.equal('alert');
      expect(shown.textContent).to.contain('choices[0].label');
      expect(shown.textContent).to.contain('must not be empty');
      expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Swing', 'Trampoline', 'Snack']);
      el.board = makeBoard(1);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });

    const attrError = (el: OtChoiceBoard) => el.shadowRoot!.querySelector('[part="error"]');
    const paths = (e: CustomEvent) =>
      ((e as unknown as OtErrorEvent).detail.error as OtValidationError).issues.map((i) => formatPath(i.path));

    it('names an unknown scan, scan-pattern or cue, fires ot-error, and keeps the last good value in effect', async () => {
      const el = await board(html`<ot-choice-board .board=${makeBoard(4)} scan="step" cue="speech"></ot-choice-board>`);
      const errors = record(el, 'ot-error');
      el.setAttribute('scan', 'sideways');
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect((errors[0] as unknown as OtErrorEvent).detail.error).to.be.instanceOf(OtValidationError);
      expect(paths(errors[0]!)).to.deep.equal(['scan']);
      expect(attrError(el)!.getAttribute('role')).to.equal('alert');
      expect(attrError(el)!.textContent).to.contain('scan: must be one of "off", "auto", "step" (got "sideways")');
      expect(el.scan).to.equal('step');
      const toolbar = el.shadowRoot!.querySelector('[part="toolbar"] button')!;
      expect(toolbar.textContent!.trim(), 'step scanning goes on').to.equal('Pause scanning');
      await expect(el).to.be.accessible();

      el.setAttribute('scan-pattern', 'diagonal');
      el.setAttribute('cue', 'loud');
      await el.updateComplete;
      expect(errors).to.have.length(2);
      expect(paths(errors[1]!)).to.deep.equal(['scan', 'scan-pattern', 'cue']);
      expect([el.scanPattern, el.cue]).to.deep.equal(['linear', 'speech']);
      // A good value takes its own problem away; the others stay until they are fixed.
      el.setAttribute('scan', 'auto');
      el.setAttribute('scan-pattern', 'row-column');
      await el.updateComplete;
      expect(errors).to.have.length(2);
      expect(attrError(el)!.textContent).not.to.contain('scan-pattern');
      expect(attrError(el)!.textContent).to.contain('cue: must be one of "none", "tone", "speech" (got "loud")');
      el.cue = 'tone';
      await el.updateComplete;
      expect(attrError(el)).to.equal(null);
      expect([el.scan, el.scanPattern, el.cue]).to.deep.equal(['auto', 'row-column', 'tone']);
    });

    it('names bad numbers, keys and values the same way, and a removed attribute goes back to its default', async () => {
      const el = await board(
        html`<ot-choice-board .board=${makeBoard(6)} columns="2" dwell-time="500" next-keys="1"></ot-choice-board>`,
      );
      const errors = record(el, 'ot-error');
      for (const [name, value] of Object.entries({
        columns: '-3',
        'scan-interval': 'fast',
        'scan-first-delay': '-1',
        'scan-rounds': '1.5',
        'dwell-time': '-5',
        rate: '0',
        'next-keys': '  ',
      }))
        el.setAttribute(name, value);
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(paths(errors[0]!)).to.deep.equal([
        'columns',
        'scan-interval',
        'scan-first-delay',
        'scan-rounds',
        'next-keys',
        'dwell-time',
        'rate',
      ]);
      const text = attrError(el)!.textContent!;
      for (const problem of [
        'columns: must be at least 0 (got -3)',
        'scan-interval: must be a finite number (got NaN)',
        'rate: must be at least 0.1 (got 0)',
      ])
        expect(text).to.contain(problem);
      expect([
        el.columns,
        el.scanInterval,
        el.scanFirstDelay,
        el.scanRounds,
        el.dwellTime,
        el.rate,
        el.nextKeys,
      ]).to.deep.equal([2, 2000, 1000, 3, 500, 1, '1']);
      expect(rows(el), 'still two columns').to.have.length(3);
      for (const name of [
        'columns',
        'scan-interval',
        'scan-first-delay',
        'scan-rounds',
        'dwell-time',
        'rate',
        'next-keys',
      ])
        el.removeAttribute(name);
      el.value = null as never;
      await el.updateComplete;
      expect(errors, 'removing an attribute is no mistake').to.have.length(1);
      expect(attrError(el)).to.equal(null);
      expect([
        el.columns,
        el.scanInterval,
        el.scanFirstDelay,
        el.scanRounds,
        el.dwellTime,
        el.rate,
        el.nextKeys,
        el.value,
      ]).to.deep.equal([0, 2000, 1000, 3, 0, 1, 'Space', '']);
      expect(rows(el)).to.have.length(2);
    });

    it('shows a bad attribute given from the start, and works with its default', async () => {
      const errors: CustomEvent[] = [];
      const el = await board(
        html`<ot-choice-board
          .board=${makeBoard(3)}
          scan="sideways"
          columns="many"
          @ot-error=${(e: CustomEvent) => errors.push(e)}
        ></ot-choice-board>`,
      );
      expect(errors).to.have.length(1);
      expect(paths(errors[0]!)).to.deep.equal(['columns', 'scan']);
      expect([el.scan, el.columns]).to.deep.equal(['off', 0]);
      expect(el.shadowRoot!.querySelector('[part="toolbar"]')).to.equal(null);
      expect(rows(el)).to.have.length(1);
      choice(el, 'Snack').click();
      expect(el.value).to.equal('c2');
      await el.updateComplete;
      expect(attrError(el), 'a choice does not hide the problem').to.exist;
      await expect(el).to.be.accessible();
    });

    it('never throws, whatever it is given', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const el = await board();
        const bad: unknown[] = [
          'a string',
          42,
          null,
          [],
          { choices: 'x' },
          { name: 'x', choices: [{ id: 'a', label: 'A', image: { src: 'javascript:alert(1)' } }] },
        ];
        for (const value of bad) {
          el.board = value as never;
          await el.updateComplete;
        }
        for (const odd of [
          { scan: 'sideways', columns: Number.NaN, value: 'nope nope', dwellTime: -5, cue: 'loud' },
          {
            board: makeBoard(5),
            columns: -3,
            value: null,
            scan: 'auto',
            scanInterval: 'x',
            scanFirstDelay: -1,
            scanRounds: 0,
            nextKeys: 7,
          },
        ]) {
          Object.assign(el, odd);
          await el.updateComplete;
          choices(el)[0]?.click();
          await el.updateComplete;
        }
        expect(choices(el)).to.have.length(5);
        expect(el.shadowRoot!.querySelector('[part="toolbar"]')).to.exist;
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  });
});
