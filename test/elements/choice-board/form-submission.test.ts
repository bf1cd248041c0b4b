import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@otkit/elements/define.js';
import { choice, makeBoard } from './helpers.js';

describe('<ot-choice-board>', () => {
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
});
