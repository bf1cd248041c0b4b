import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import { board, choice, choices, fakeSpeech, focused, makeBoard } from './helpers.js';

describe('<ot-choice-board>', () => {
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
});
