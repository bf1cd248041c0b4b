import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../../helpers/media.js';
import { createManualClock } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtCurrentChangeEvent, OtGoalStack } from '@otkit/elements';
import { GOALS, T0, announced, card, control, controls, focused, listed, pile, shown } from './helpers.js';

const NOTES = [
  { id: 'fire', goalId: 'shoes', text: 'Worried about the fire drill on Friday', createdAt: T0 },
  { id: 'lunch', goalId: 'drink', text: 'Lunch money', createdAt: T0 },
];

async function stack(view = 'therapist'): Promise<OtGoalStack> {
  return fixture<OtGoalStack>(
    html`<ot-goal-stack .clock=${createManualClock(T0)} .goals=${GOALS} .notes=${NOTES} view=${view}></ot-goal-stack>`,
  );
}

describe('<ot-goal-stack>', () => {
  describe('accessibility', () => {
    it('is accessible empty', async () => {
      const el = await fixture<OtGoalStack>(html`<ot-goal-stack></ot-goal-stack>`);
      expect(shown(el)).to.contain('No goals yet.');
      await expect(el).to.be.accessible();
    });

    it('is accessible with goals, notes and data, in every view', async () => {
      const el = await stack();
      control(el, 'Minimal').click();
      control(el, 'Add a + trial').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.view = 'review';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.view = 'client';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible with a long note opened, and with the empty-note hint', async () => {
      const el = await fixture<OtGoalStack>(
        html`<ot-goal-stack
          .goals=${GOALS}
          .notes=${[{ id: 'long', goalId: 'shoes', text: 'word '.repeat(400) }]}
        ></ot-goal-stack>`,
      );
      control(el, 'Show all').click();
      control(el, 'Add').click();
      await el.updateComplete;
      expect(shown(el)).to.contain('Type something first.');
      await expect(el).to.be.accessible();
    });

    it('gives every control a target of at least 44 × 44 px', async () => {
      const el = await stack();
      for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, select, [part="handle"]')) {
        const r = c.getBoundingClientRect();
        expect(r.height, `${c.outerHTML.slice(0, 60)} height`).to.be.at.least(44);
        expect(r.width, `${c.outerHTML.slice(0, 60)} width`).to.be.at.least(44);
      }
    });

    it('keeps borders and the current goal visible in forced colors', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await stack();
        const current = el.shadowRoot!.querySelector('[aria-current="true"]')!;
        expect(getComputedStyle(current).outlineStyle).to.equal('solid');
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).borderStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({});
      }
    });

    it('does not animate the card when reduced motion is asked for', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await stack();
        const duration = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).animationDuration);
        expect(duration).to.be.below(0.001);
      } finally {
        await emulateMedia({});
      }
      const el = await stack();
      expect(
        parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).animationDuration),
      ).to.be.above(0.05);
    });

    it('keeps the card’s words at full contrast while it comes in (it slides, it does not fade)', async () => {
      const el = await stack();
      const cardElement = el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
      const entrance = cardElement.getAnimations()[0]!;
      entrance.pause();
      entrance.currentTime = 0;
      expect(getComputedStyle(cardElement).opacity).to.equal('1');
      await expect(el).to.be.accessible();
    });

    it('plays the card entrance again when another goal comes on top', async () => {
      const el = await stack();
      const entrance = () => el.shadowRoot!.querySelector('[part="card"]')!.getAnimations()[0]!;
      entrance().finish();
      expect(entrance().playState).to.equal('finished');
      control(el, 'Next').click();
      await el.updateComplete;
      expect(card(el)).to.equal('Getting a drink from the cafeteria line');
      expect(entrance().playState).to.equal('running');
    });
  });

  describe('properties', () => {
    it('shows the goals in order with the first on top, its picture, and how many remain', async () => {
      const el = await stack();
      expect(card(el)).to.equal('Shoe-tying');
      expect(el.shadowRoot!.querySelector('[part="card"] svg[part="image"]')).to.exist;
      expect(shown(el)).to.contain('Goal 1 of 5 · 4 to go');
      expect(listed(el)).to.deep.equal(GOALS.map((g) => g.description));
      expect(pile(el)).to.deep.equal(['Worried about the fire drill on Friday']);
    });

    it('orders goals by their order field and starts on the goal named by current', async () => {
      const el = await fixture<OtGoalStack>(
        html`<ot-goal-stack
          current="b"
          .goals=${[
            { id: 'a', description: 'Second', order: 5 },
            { id: 'b', description: 'First', order: 1 },
          ]}
        ></ot-goal-stack>`,
      );
      expect(listed(el)).to.deep.equal(['First', 'Second']);
      expect(card(el)).to.equal('First');
      expect(shown(el)).to.contain('Goal 1 of 2 · 1 to go');
    });

    it('shows only the current goal and its picture in the client view, read-only and large', async () => {
      const el = await stack('client');
      expect(card(el)).to.equal('Shoe-tying');
      expect(el.shadowRoot!.querySelector('[part="image"]')).to.exist;
      expect(el.shadowRoot!.querySelectorAll('button, input, select')).to.have.length(0);
      expect(shown(el)).not.to.contain('Worried about the fire drill');
      expect(shown(el)).not.to.contain('Getting a drink');
      const size = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).fontSize);
      expect(size).to.be.at.least(36);
    });

    it('follows the current goal in the client view when the view attribute switches', async () => {
      const el = await stack();
      control(el, 'Next').click();
      el.setAttribute('view', 'client');
      await el.updateComplete;
      expect(card(el)).to.equal('Getting a drink from the cafeteria line');
      el.setAttribute('view', 'therapist');
      await el.updateComplete;
      expect(controls(el, 'Next')).to.have.length(1);
    });

    it('fires no event when the page sets properties', async () => {
      let fired = 0;
      const count = () => fired++;
      const el = await stack();
      for (const type of ['ot-current-change', 'ot-goal-change', 'ot-note-change', 'ot-progress-change', 'ot-reorder'])
        el.addEventListener(type, count);
      el.current = 'zip';
      el.goals = [...GOALS].reverse();
      el.notes = [];
      await el.updateComplete;
      expect(card(el)).to.equal('Zipping a coat');
      expect(fired).to.equal(0);
    });
  });

  describe('navigation', () => {
    it('moves through the stack with Next and Previous and announces the goal', async () => {
      const el = await stack();
      const next = control(el, 'Next');
      setTimeout(() => next.click());
      const event = (await oneEvent(el, 'ot-current-change')) as OtCurrentChangeEvent;
      expect(event.detail.goal.id).to.equal('drink');
      expect(event.detail.index).to.equal(1);
      await el.updateComplete;
      expect(card(el)).to.equal('Getting a drink from the cafeteria line');
      expect(el.current).to.equal('drink');
      expect(shown(el)).to.contain('Goal 2 of 5 · 3 to go');
      expect(pile(el), 'the pile shows the notes of the current goal').to.deep.equal(['Lunch money']);
      await announced(el, 'Goal 2 of 5: Getting a drink from the cafeteria line');
      control(el, 'Previous').click();
      await el.updateComplete;
      expect(card(el)).to.equal('Shoe-tying');
      expect(control(el, 'Previous').getAttribute('aria-disabled')).to.equal('true');
    });

    it('makes any goal of the list current, by keyboard', async () => {
      const el = await stack();
      const item = controls(el, 'Cutting on a line', true)[0]!;
      item.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(card(el)).to.equal('Cutting on a line');
      expect(item.getAttribute('aria-current')).to.equal('true');
      expect(shown(el)).to.contain('Last goal');
      expect(control(el, 'Next').getAttribute('aria-disabled')).to.equal('true');
      control(el, 'Next').click();
      await aTimeout(10);
      expect(card(el)).to.equal('Cutting on a line');
    });

    it('opens the end-of-session review and comes back, moving focus along', async () => {
      const el = await stack();
      control(el, 'End of session').click();
      await el.updateComplete;
      expect(el.view).to.equal('review');
      expect(focused()?.textContent).to.equal('End of session');
      control(el, 'Back to goals').click();
      await el.updateComplete;
      expect(el.view).to.equal('therapist');
      expect(focused()).to.equal(control(el, 'End of session'));
    });
  });

  describe('languages and direction', () => {
    it('speaks Spanish when the page does', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es-MX">
          <ot-goal-stack .clock=${createManualClock(T0)} .goals=${GOALS} .notes=${NOTES}></ot-goal-stack>
        </div>`,
      );
      const el = wrapper.querySelector('ot-goal-stack')!;
      await el.updateComplete;
      expect(shown(el)).to.contain('Objetivo 1 de 5 · Faltan 4');
      expect(shown(el)).to.contain('Para más tarde');
      expect(controls(el, 'Siguiente')).to.have.length(1);
      expect(controls(el, 'Mínima')).to.have.length(1);
      expect(controls(el, 'Bajar Shoe-tying')).to.have.length(1);
      expect(shown(el)).not.to.contain('Previous');
      await expect(el).to.be.accessible();
    });

    it('lays out right to left when the page does', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl" lang="ar">
          <ot-goal-stack .goals=${GOALS}></ot-goal-stack>
        </div>`,
      );
      const el = wrapper.querySelector('ot-goal-stack')!;
      await el.updateComplete;
      const item = el.shadowRoot!.querySelector('[part="item"]')!;
      const handle = item.querySelector('[part="handle"]')!.getBoundingClientRect();
      const down = item.querySelector('.down')!.getBoundingClientRect();
      expect(handle.left, 'the handle starts the row on the right').to.be.greaterThan(down.left);
      const stackBox = el.shadowRoot!.querySelector('[part="stack"]')!.getBoundingClientRect();
      const pileBox = el.shadowRoot!.querySelector('[part="pile"]')!.getBoundingClientRect();
      if (stackBox.top === pileBox.top) expect(stackBox.left).to.be.greaterThan(pileBox.left);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });
});
