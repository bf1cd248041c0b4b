// What framework form bindings rely on: native input/change, one value type per mode, labels, refused values.
import { expect, fixture, html } from '@open-wc/testing';
import '@otkit/elements/ot-choice-board.js';
import type { OtChoiceBoard, OtErrorEvent, OtSelectionChangeEvent } from '@otkit/elements';
import { choice, makeBoard } from './helpers.js';

const board = () => fixture<OtChoiceBoard>(html`<ot-choice-board no-speech .board=${makeBoard(4)}></ot-choice-board>`);

describe('<ot-choice-board> form bindings', () => {
  it('fires ot-selection-change, input and change in that order, with a string value for a single choice', async () => {
    const el = await fixture<OtChoiceBoard>(html`<ot-choice-board no-speech .board=${makeBoard(4)}></ot-choice-board>`);
    const seen: string[] = [];
    let detailValue: unknown;
    el.addEventListener('ot-selection-change', (event: OtSelectionChangeEvent) => {
      seen.push(event.type);
      detailValue = event.detail.value;
    });
    el.addEventListener('input', (event) =>
      seen.push(`${event.type}:${String((event.target as OtChoiceBoard).value)}`),
    );
    el.addEventListener('change', (event) =>
      seen.push(`${event.type}:${String((event.target as OtChoiceBoard).value)}`),
    );
    choice(el, 'Snack').click();
    await el.updateComplete;
    expect(seen).to.deep.equal(['ot-selection-change', 'input:c2', 'change:c2']);
    expect(detailValue).to.equal('c2');
    expect(el.value).to.equal('c2');
  });

  it('gives an array as value and detail.value with multiple', async () => {
    const el = await fixture<OtChoiceBoard>(
      html`<ot-choice-board no-speech multiple value="c0" .board=${makeBoard(4)}></ot-choice-board>`,
    );
    let detailValue: unknown;
    el.addEventListener('ot-selection-change', (event: OtSelectionChangeEvent) => (detailValue = event.detail.value));
    choice(el, 'Snack').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['c0', 'c2']);
    expect(detailValue).to.deep.equal(['c0', 'c2']);
    el.value = ['c1'];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[aria-selected="true"]')).to.have.length(1);
  });

  it('fires no input or change for a value set by the page', async () => {
    const el = await board();
    let fired = 0;
    el.addEventListener('input', () => fired++);
    el.addEventListener('change', () => fired++);
    el.value = 'c1';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('refuses an unknown value with a named error and keeps the last good one', async () => {
    const el = await board();
    el.value = 'c1';
    await el.updateComplete;
    const errors: OtErrorEvent[] = [];
    el.addEventListener('ot-error', (event: OtErrorEvent) => errors.push(event));
    el.value = 'pizza';
    await el.updateComplete;
    expect(el.value).to.equal('c1');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.error.name).to.equal('OtValidationError');
    expect(errors[0]!.detail.error.message).to.contain('value[0]').and.contain('"pizza"');
  });

  it('refuses several ids without multiple', async () => {
    const el = await board();
    el.value = ['c0', 'c1'];
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.error?.message).to.contain('one choice only');
  });

  it('is named by <label for> and lists it in .labels', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <label for="pick">Pick a break</label>
        <ot-choice-board id="pick" no-speech .board=${makeBoard(4)}></ot-choice-board>
      </div>`,
    );
    const el = wrapper.querySelector<OtChoiceBoard>('ot-choice-board')!;
    await el.updateComplete;
    expect([...el.labels].map((label) => label.textContent)).to.deep.equal(['Pick a break']);
    expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-label')).to.equal('Pick a break');
    await expect(el).to.be.accessible();
  });

  it('submits the chosen id under its name in a form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <ot-choice-board name="activity" no-speech .board=${makeBoard(4)}></ot-choice-board>
      </form>`,
    );
    const el = form.querySelector<OtChoiceBoard>('ot-choice-board')!;
    choice(el, 'Trampoline').click();
    await el.updateComplete;
    expect(new FormData(form).getAll('activity')).to.deep.equal(['c1']);
  });
});
