import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createManualClock } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtStepChangeEvent, OtVisualSchedule } from '@otkit/elements';
import { button, choiceStep, click, items, parts, record, schedule, schoolDay, stateOf } from './helpers.js';

describe('<ot-visual-schedule>', () => {
  describe('accessibility', () => {
    it('is an ordered list named by its heading, axe-clean with steps in every state', async () => {
      const steps = schoolDay();
      Object.assign(steps[0]!, { state: 'done' });
      Object.assign(steps[1]!, { state: 'now', startedAt: Date.now() });
      Object.assign(steps[2]!, { state: 'skipped' });
      const el = await schedule([...steps, choiceStep]);
      const list = parts(el, 'list')[0]!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('aria-label')).to.equal('Monday');
      expect(items(el)).to.have.length(5);
      expect(items(el).map((li) => li.localName)).to.deep.equal(['li', 'li', 'li', 'li', 'li']);
      expect(items(el)[1]!.getAttribute('aria-current')).to.equal('step');
      await expect(el).to.be.accessible();
    });

    it('is axe-clean as a first–then board, in now/next view, picture-only, text-only, read-only and empty', async () => {
      for (const attrs of [
        { kind: 'first-then', steps: schoolDay().slice(0, 2) },
        { view: 'now-next', steps: schoolDay() },
        { show: 'picture', steps: schoolDay() },
        { show: 'text', layout: 'horizontal', steps: schoolDay() },
        { readonly: true, steps: [...schoolDay(), choiceStep] },
        { steps: [] },
      ]) {
        const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule></ot-visual-schedule>`);
        Object.assign(el, attrs);
        await el.updateComplete;
        await expect(el, JSON.stringify(Object.keys(attrs))).to.be.accessible();
      }
    });

    it('gives every control a target of at least 44 × 44 px', async () => {
      const el = await schedule([...schoolDay(), choiceStep]);
      for (const b of el.shadowRoot!.querySelectorAll('button')) {
        const r = b.getBoundingClientRect();
        expect(r.width, b.textContent!).to.be.at.least(44);
        expect(r.height, b.textContent!).to.be.at.least(44);
      }
    });

    it('names each control with its step, and exposes check-off as a checkbox', async () => {
      const el = await schedule();
      expect(button(el, 0).getAttribute('role')).to.equal('checkbox');
      expect(button(el, 0).getAttribute('aria-checked')).to.equal('false');
      expect(button(el, 0).textContent).to.contain('Circle time');
      expect(button(el, 2, 'now-button').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Now: Snack');
      expect(button(el, 2, 'skip-button').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Skip: Snack');
    });
  });

  describe('properties', () => {
    it('shows each step with its picture, words, time of day and minutes', async () => {
      const el = await schedule();
      const first = items(el)[0]!;
      expect(first.querySelector('[part~="label"]')!.textContent).to.equal('Circle time');
      expect(first.querySelector('svg[part~="picture"]')).to.exist;
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('08:30');
      expect(first.querySelector('time')!.textContent).to.match(/8:30/);
      expect(first.querySelector('[part~="minutes"]')!.textContent).to.equal('15 min');
      expect(parts(el, 'progress')[0]!.textContent!.trim()).to.equal('0 of 4 done');
    });

    it('shows pictures from image URLs with no referrer, and never an unsafe one', async () => {
      const el = await schedule([
        { id: 'a', label: 'Photo', image: { src: 'https://example.org/swing.png', alt: 'Our swing' } },
      ]);
      const img = items(el)[0]!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('https://example.org/swing.png');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    });

    it('shows "No steps yet" for an empty schedule', async () => {
      const el = await schedule([]);
      expect(parts(el, 'empty')[0]!.textContent).to.contain('No steps yet');
    });

    it('fires no step event when the page sets properties', async () => {
      const el = await schedule();
      const changes = record(el, 'ot-step-change');
      const checks = record(el, 'ot-step-check');
      const steps = schoolDay();
      Object.assign(steps[0]!, { state: 'done' });
      el.steps = steps;
      el.view = 'now-next';
      await el.updateComplete;
      expect(stateOf(el, 0)).to.equal('done');
      expect(changes).to.have.length(0);
      expect(checks).to.have.length(0);
    });
  });

  it('uses a clock given as a property for the times it stores', async () => {
    const clock = createManualClock(new Date(2026, 0, 5, 9, 0).getTime());
    const el = await schedule();
    el.clock = clock;
    const changed = oneEvent(el, 'ot-step-change');
    await click(button(el, 0, 'now-button'));
    expect(((await changed) as OtStepChangeEvent).detail.step.startedAt).to.equal(clock.now());
  });
});
