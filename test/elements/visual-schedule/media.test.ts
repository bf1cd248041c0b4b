import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import type { OtVisualSchedule } from '@otkit/elements';
import { button, click, items, parts, schoolDay, shown, stateOf } from './helpers.js';

function steps() {
  const list = schoolDay();
  Object.assign(list[0]!, { state: 'done' });
  Object.assign(list[1]!, { state: 'now', startedAt: Date.now(), minutes: 30 });
  return list;
}

describe('<ot-visual-schedule> media, languages and direction', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  describe('print', () => {
    it('prints a clean paper schedule: every step as a card, no controls, no timer, no ticks', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule heading="Monday" view="now-next" .steps=${steps()}></ot-visual-schedule>`,
      );
      expect(items(el).filter(shown)).to.have.length(2);
      expect(parts(el, 'controls').some(shown)).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(items(el).filter(shown), 'every step on paper').to.have.length(4);
      expect(parts(el, 'controls').some(shown), 'controls').to.equal(false);
      expect(parts(el, 'countdown').some(shown), 'countdown').to.equal(false);
      expect(parts(el, 'heading')[0]!.textContent).to.equal('Monday');
      // Cut-out cards (issue 16): no boxes or marks of the day on paper.
      expect(parts(el, 'box').some(shown), 'boxes').to.equal(false);
      const li = getComputedStyle(items(el)[1]!);
      expect(li.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(li.breakInside).to.equal('avoid');
      expect(parts(el, 'mark').filter(shown)).to.have.length(0);
      await emulateMedia({ media: 'screen' });
      expect(items(el).filter(shown)).to.have.length(2);
    });
  });

  describe('forced colors', () => {
    it('keeps states visible with system colours and stays axe-clean', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${steps()}></ot-visual-schedule>`);
      const now = getComputedStyle(items(el)[1]!);
      const other = getComputedStyle(items(el)[2]!);
      expect(now.borderTopWidth).to.equal('4px');
      expect(now.borderTopColor).to.not.equal(other.borderTopColor);
      expect(parts(el, 'mark')[0]!.getBoundingClientRect().width).to.be.above(20);
      expect(items(el)[0]!.querySelector('[part~="status"]')!.textContent).to.equal('Done');
      await expect(el).to.be.accessible();
    });
  });

  describe('reduced motion', () => {
    it('drops the entrance animation of the current step and the glide of the timer bar', async () => {
      const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${steps()}></ot-visual-schedule>`);
      expect(parseFloat(getComputedStyle(items(el)[1]!).animationDuration)).to.be.above(0.1);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(parseFloat(getComputedStyle(items(el)[1]!).animationDuration)).to.be.below(0.001);
      expect(parseFloat(getComputedStyle(parts(el, 'meter-fill')[0]!).transitionDuration)).to.be.below(0.001);
    });
  });

  describe('Spanish', () => {
    it('shows and announces every word in Spanish', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule lang="es-MX" view="now-next" .steps=${steps()}></ot-visual-schedule>`,
      );
      expect(parts(el, 'progress')[0]!.textContent!.trim()).to.equal('1 de 4 hechos');
      expect(
        parts(el, 'caption')
          .filter(shown)
          .map((c) => c.textContent!.trim()),
      ).to.deep.equal(['Ahora', 'Siguiente']);
      expect(button(el, 1, 'skip-button').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Omitir: Reading');
      expect(parts(el, 'list')[0]!.getAttribute('aria-label')).to.equal('Horario');
      expect(parts(el, 'countdown')[0]!.textContent).to.contain('quedan');
      await click(button(el, 1));
      await el.updateComplete;
      const region = parts(el, 'announcer')[0]!;
      await waitUntil(() => region.textContent === 'Reading: hecho. Ahora: Snack', `announced "${region.textContent}"`);
      await expect(el).to.be.accessible();
    });

    it('captions a first–then board Primero / Después', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule lang="es" kind="first-then" .steps=${schoolDay().slice(0, 2)}></ot-visual-schedule>`,
      );
      expect(parts(el, 'caption').map((c) => c.textContent!.trim())).to.deep.equal(['Primero', 'Después']);
    });
  });

  describe('right to left', () => {
    it('lays a strip out from the right, flips the arrow keys and mirrors the first–then arrow', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule dir="rtl" layout="horizontal" .steps=${schoolDay()}></ot-visual-schedule>`,
      );
      const [a, b] = items(el).map((li) => li.getBoundingClientRect());
      expect(b!.right).to.be.below(a!.left + 1);
      button(el, 0).focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 1));
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 0));
      el.kind = 'first-then';
      el.steps = schoolDay().slice(0, 2);
      await el.updateComplete;
      const arrow = parts(el, 'caption')[1]!.querySelector('g')!;
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      await click(button(el, 0));
      await el.updateComplete;
      expect(stateOf(el, 0)).to.equal('done');
      await expect(el).to.be.accessible();
    });
  });
});
