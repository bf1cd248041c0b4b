import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, type OtScheduleStepInput } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtStepChangeEvent, OtStepCheckEvent, OtStepChooseEvent, OtVisualSchedule } from '@otkit/elements';
import { announced, button, click, items, parts, schoolDay, shown, stateOf } from './helpers.js';

const choiceStep: OtScheduleStepInput = {
  id: 'choice',
  label: 'Choice time',
  choices: [
    { id: 'swing', label: 'Swing', image: { symbol: 'swing' } },
    { id: 'slide', label: 'Slide', image: { symbol: 'slide' } },
    { id: 'ball', label: 'Therapy ball', image: { symbol: 'therapy-ball' } },
  ],
};

async function schedule(steps = schoolDay(), attrs = html``): Promise<OtVisualSchedule> {
  const el = await fixture<OtVisualSchedule>(
    html`<ot-visual-schedule heading="Monday" .steps=${steps}>${attrs}</ot-visual-schedule>`,
  );
  return el;
}

/** Collects the events of a kind fired by `el`. */
function record<K extends keyof GlobalEventHandlersEventMap>(el: Element, type: K): GlobalEventHandlersEventMap[K][] {
  const list: GlobalEventHandlersEventMap[K][] = [];
  el.addEventListener(type, (e) => list.push(e as GlobalEventHandlersEventMap[K]));
  return list;
}

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

  describe('declarative markup', () => {
    it('reads <ot-step> and <ot-step-choice> children, and follows changes to them', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule heading="Morning">
          <ot-step symbol="circle-time" time="08:30" minutes="15">Circle time</ot-step>
          <ot-step src="https://example.org/snack.png" alt="Apple slices" spoken="Snack time">Snack</ot-step>
          <ot-step label="Choice time"
            ><ot-step-choice symbol="swing">Swing</ot-step-choice
            ><ot-step-choice symbol="slide">Slide</ot-step-choice></ot-step
          >
        </ot-visual-schedule>`,
      );
      expect(items(el).map((li) => li.querySelector('[part~="label"]')!.textContent)).to.deep.equal([
        'Circle time',
        'Snack',
        'Choice time: pick one',
      ]);
      expect(items(el)[1]!.querySelector('img')!.getAttribute('src')).to.equal('https://example.org/snack.png');
      expect(parts(el, 'choice').map((c) => c.textContent!.trim())).to.deep.equal(['Swing', 'Slide']);
      const added = document.createElement('ot-step');
      added.setAttribute('symbol', 'bus');
      added.textContent = 'Bus';
      el.append(added);
      await aTimeout(0);
      await el.updateComplete;
      expect(items(el)).to.have.length(4);
      expect(items(el)[3]!.textContent).to.contain('Bus');
      await expect(el).to.be.accessible();
    });

    it('works from plain markup with no script of the page (check-off by click)', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule
          ><ot-step symbol="toilet">Toilet</ot-step
          ><ot-step symbol="wash-hands">Wash hands</ot-step></ot-visual-schedule
        >`,
      );
      await click(button(el, 0));
      await el.updateComplete;
      expect([stateOf(el, 0), stateOf(el, 1)]).to.deep.equal(['done', 'now']);
    });
  });

  describe('speech', () => {
    it('speaks a step (its spoken text) when it becomes current, only when asked to', async () => {
      const el = await schedule();
      const said: string[] = [];
      const stub = {
        speak: (u: SpeechSynthesisUtterance) => said.push(u.text),
        cancel: () => undefined,
        getVoices: () => [],
      };
      // The speech controller is private; the page turns speech on with the `speak` property and the test
      // observes the platform API it calls.
      Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
      try {
        const spoken = await fixture<OtVisualSchedule>(
          html`<ot-visual-schedule speak .steps=${schoolDay()}></ot-visual-schedule>`,
        );
        await click(button(spoken, 2, 'now-button'));
        expect(said).to.deep.equal(['Time for snack']);
        await click(button(el, 1, 'now-button'));
        expect(said).to.have.length(1);
      } finally {
        delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      }
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
