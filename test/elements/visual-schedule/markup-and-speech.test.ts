import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '@otkit/elements/define.js';
import type { OtVisualSchedule } from '@otkit/elements';
import { button, click, items, parts, schedule, schoolDay, stateOf } from './helpers.js';

describe('<ot-visual-schedule>', () => {
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
});
