import { expect, html, oneEvent } from '@open-wc/testing';
import { OtValidationError, formatPath } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtErrorEvent } from '@otkit/elements';
import { board, choice, choices, makeBoard, record, rows } from './helpers.js';

describe('<ot-choice-board>', () => {
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
