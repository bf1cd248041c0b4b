import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import type { OtStepChangeEvent, OtStepChooseEvent, OtVisualSchedule } from '@otkit/elements';
import { announced, button, choiceStep, click, items, parts, schedule, schoolDay, shown, stateOf } from './helpers.js';

describe('<ot-visual-schedule>', () => {
  describe('choice step', () => {
    it('offers 2–4 activities, and once one is picked shows it as a normal step', async () => {
      const el = await schedule([schoolDay()[0]!, choiceStep]);
      const group = items(el)[1]!.querySelector('[part~="choices"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Choice time: pick one');
      const choices = [...group.querySelectorAll<HTMLButtonElement>('[part~="choice"]')];
      expect(choices.map((c) => c.textContent!.trim())).to.deep.equal(['Swing', 'Slide', 'Therapy ball']);
      await expect(el).to.be.accessible();
      const chose = oneEvent(el, 'ot-step-choose');
      const changed = oneEvent(el, 'ot-step-change');
      await click(choices[1]!);
      expect(((await chose) as OtStepChooseEvent).detail.choiceId).to.equal('slide');
      expect(((await changed) as OtStepChangeEvent).detail.step.chosenId).to.equal('slide');
      await el.updateComplete;
      expect(items(el)[1]!.querySelector('[part~="choices"]')).to.equal(null);
      expect(button(el, 1).textContent).to.contain('Slide');
      await announced(el, 'Chosen: Slide');
      await click(button(el, 1, 'change-button'));
      await el.updateComplete;
      expect(items(el)[1]!.querySelectorAll('[part~="choice"]')).to.have.length(3);
    });

    it('can pick from the keyboard, and a cancelled choice changes nothing', async () => {
      const el = await schedule([choiceStep]);
      const cancel = (e: OtStepChooseEvent) => e.preventDefault();
      el.addEventListener('ot-step-choose', cancel);
      items(el)[0]!.querySelector<HTMLButtonElement>('[part~="choice"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(items(el)[0]!.querySelectorAll('[part~="choice"]')).to.have.length(3);
      el.removeEventListener('ot-step-choose', cancel);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button(el, 0).textContent).to.contain('Slide');
    });
  });

  describe('first–then board', () => {
    it('shows two steps side by side, captioned First and Then', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule kind="first-then" .steps=${schoolDay().slice(0, 2)}></ot-visual-schedule>`,
      );
      expect(parts(el, 'caption').map((c) => c.textContent!.trim())).to.deep.equal(['First', 'Then']);
      const [a, b] = items(el).map((li) => li.getBoundingClientRect());
      expect(b!.left).to.be.above(a!.right - 1);
      expect(Math.abs(b!.top - a!.top)).to.be.below(2);
      await click(button(el, 0));
      await el.updateComplete;
      // The reward comes next: it becomes the current step.
      expect([stateOf(el, 0), stateOf(el, 1)]).to.deep.equal(['done', 'now']);
    });

    it('refuses a first–then board without exactly two steps', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule kind="first-then" .steps=${schoolDay()}></ot-visual-schedule>`,
      );
      const error = parts(el, 'error')[0]!;
      expect(error.textContent).to.contain('exactly 2 steps');
      await expect(el).to.be.accessible();
    });
  });

  describe('views and layouts', () => {
    it('shows only the current and the next step in now/next view', async () => {
      const steps = schoolDay();
      Object.assign(steps[0]!, { state: 'done' });
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule view="now-next" .steps=${steps}></ot-visual-schedule>`,
      );
      expect(
        items(el)
          .filter(shown)
          .map((li) => li.querySelector('[part~="label"]')!.textContent),
      ).to.deep.equal(['Reading', 'Snack']);
      expect(
        parts(el, 'caption')
          .filter(shown)
          .map((c) => c.textContent!.trim()),
      ).to.deep.equal(['Now', 'Next']);
      await click(button(el, 1));
      await el.updateComplete;
      expect(
        items(el)
          .filter(shown)
          .map((li) => li.querySelector('[part~="label"]')!.textContent),
      ).to.deep.equal(['Snack', 'Recess']);
    });

    it('stacks steps vertically by default and in a row when horizontal', async () => {
      const el = await schedule();
      let [a, b] = items(el).map((li) => li.getBoundingClientRect());
      expect(b!.top).to.be.above(a!.bottom - 1);
      el.layout = 'horizontal';
      await el.updateComplete;
      [a, b] = items(el).map((li) => li.getBoundingClientRect());
      expect(b!.left).to.be.above(a!.right - 1);
      expect(Math.abs(b!.top - a!.top)).to.be.below(2);
    });

    it('shows pictures only (words kept for screen readers) or words only', async () => {
      const el = await schedule();
      el.show = 'picture';
      await el.updateComplete;
      const label = items(el)[0]!.querySelector('[part~="label"]')!;
      expect(label.getBoundingClientRect().width).to.be.at.most(1);
      expect(button(el, 0).textContent).to.contain('Circle time');
      expect(items(el)[0]!.querySelector('[part~="picture"]')!.getBoundingClientRect().width).to.be.above(40);
      el.show = 'text';
      await el.updateComplete;
      expect(items(el)[0]!.querySelector('[part~="picture"]')).to.equal(null);
      expect(items(el)[0]!.querySelector('[part~="label"]')!.getBoundingClientRect().width).to.be.above(20);
    });
  });
});
