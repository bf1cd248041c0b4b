import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import type { OtStepCheckEvent } from '@otkit/elements';
import { announced, button, click, items, parts, record, schedule, schoolDay, stateOf } from './helpers.js';

describe('<ot-visual-schedule>', () => {
  describe('pointer', () => {
    it('checks a step off with a click, and undoes it with another', async () => {
      const el = await schedule();
      const checks = record(el, 'ot-step-check');
      const changes = record(el, 'ot-step-change');
      await click(button(el, 0));
      await el.updateComplete;
      expect(stateOf(el, 0)).to.equal('done');
      expect(button(el, 0).getAttribute('aria-checked')).to.equal('true');
      expect(checks.map((e) => [e.detail.index, e.detail.state])).to.deep.equal([[0, 'done']]);
      expect(changes[0]!.detail.step.state).to.equal('done');
      expect(changes[0]!.detail.previous).to.equal('upcoming');
      expect(changes[0]!.detail.step.doneAt).to.be.a('number');
      expect(parts(el, 'progress')[0]!.textContent!.trim()).to.equal('1 of 4 done');
      await click(button(el, 0));
      await el.updateComplete;
      expect(stateOf(el, 0)).to.equal('upcoming');
      expect(changes.at(-1)!.detail.step.doneAt).to.equal(undefined);
    });

    it('makes a step current with Now, and moves on to the next step when the current one is checked off', async () => {
      const el = await schedule();
      const changes = record(el, 'ot-step-change');
      await click(button(el, 1, 'now-button'));
      await el.updateComplete;
      expect(stateOf(el, 1)).to.equal('now');
      expect(button(el, 1, 'now-button').getAttribute('aria-pressed')).to.equal('true');
      await announced(el, 'Now: Reading');
      await click(button(el, 1));
      await el.updateComplete;
      expect([stateOf(el, 1), stateOf(el, 2)]).to.deep.equal(['done', 'now']);
      expect(changes.map((e) => [e.detail.index, e.detail.previous, e.detail.step.state])).to.deep.equal([
        [1, 'upcoming', 'now'],
        [1, 'now', 'done'],
        [2, 'upcoming', 'now'],
      ]);
      expect(changes.at(-1)!.detail.steps.map((s) => s.state)).to.deep.equal(['upcoming', 'done', 'now', 'upcoming']);
      await announced(el, 'Reading: done. Now: Snack');
    });

    it('keeps only one current step', async () => {
      const el = await schedule();
      await click(button(el, 0, 'now-button'));
      await el.updateComplete;
      await click(button(el, 3, 'now-button'));
      await el.updateComplete;
      expect(items(el).map((_, i) => stateOf(el, i))).to.deep.equal(['upcoming', 'upcoming', 'upcoming', 'now']);
      await click(button(el, 3, 'now-button'));
      await el.updateComplete;
      expect(stateOf(el, 3)).to.equal('upcoming');
    });

    it('skips a step and brings it back', async () => {
      const el = await schedule();
      await click(button(el, 2, 'skip-button'));
      await el.updateComplete;
      expect(stateOf(el, 2)).to.equal('skipped');
      expect(items(el)[2]!.querySelector('[part~="status"]')!.textContent).to.equal('Skipped');
      await announced(el, 'Snack: skipped');
      await click(button(el, 2, 'skip-button'));
      await el.updateComplete;
      expect(stateOf(el, 2)).to.equal('upcoming');
    });

    it('changes nothing when the page cancels the intent', async () => {
      const el = await schedule();
      const changes = record(el, 'ot-step-change');
      el.addEventListener('ot-step-check', (e: OtStepCheckEvent) => e.preventDefault());
      await click(button(el, 0));
      await click(button(el, 1, 'skip-button'));
      await el.updateComplete;
      expect([stateOf(el, 0), stateOf(el, 1)]).to.deep.equal(['upcoming', 'upcoming']);
      expect(changes).to.have.length(0);
    });

    it('says "All done!" when every step is done or skipped', async () => {
      const el = await schedule(schoolDay().slice(0, 2));
      await click(button(el, 0));
      await el.updateComplete;
      expect(parts(el, 'all-done')).to.have.length(0);
      await click(button(el, 1, 'skip-button'));
      await el.updateComplete;
      expect(parts(el, 'all-done')[0]!.textContent).to.contain('All done!');
    });

    it('hides the Now and Skip buttons in check-only mode and every control when read-only', async () => {
      const el = await schedule();
      el.checkOnly = true;
      await el.updateComplete;
      expect(parts(el, 'now-button')).to.have.length(0);
      expect(parts(el, 'check')).to.have.length(4);
      el.readonly = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    it('checks off with Space and Enter, and moves between steps with the arrow keys, Home and End', async () => {
      const el = await schedule();
      button(el, 0).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(stateOf(el, 0)).to.equal('done');
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 1));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(stateOf(el, 1)).to.equal('done');
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 3));
      await sendKeys({ press: 'ArrowUp' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 2));
      await sendKeys({ press: 'Home' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 0));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(stateOf(el, 0)).to.equal('upcoming');
    });

    it('makes a step current and skips it from the keyboard (Tab to its buttons)', async () => {
      const el = await schedule();
      button(el, 0).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 0, 'now-button'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(stateOf(el, 0)).to.equal('now');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 0, 'skip-button'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect([stateOf(el, 0), stateOf(el, 1)]).to.deep.equal(['skipped', 'now']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(stateOf(el, 0)).to.equal('upcoming');
    });
  });
});
