import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtNoteAddEvent, OtNoteChangeEvent, OtProvider } from '@otkit/elements';
import { GOALS, T0, announced, control, focused, pile, shown } from './helpers.js';

const field = (el: OtGoalStack) => control<HTMLInputElement>(el, 'Add a note');
/** The accessible description of the note field: the hint. */
const hint = (el: OtGoalStack) =>
  el.shadowRoot!.getElementById(field(el).getAttribute('aria-describedby')!)!.textContent!.trim();

describe('<ot-goal-stack> "To Get To" capture', () => {
  it('takes a note from anywhere in the element with /, typing and Enter, under the current goal', async () => {
    const clock = createManualClock(T0);
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack .clock=${clock} .goals=${GOALS}></ot-goal-stack>`);
    control(el, 'Next').focus();
    await sendKeys({ press: '/' });
    expect(focused()).to.equal(field(el));
    expect(field(el).value, 'the slash is not typed into the field').to.equal('');
    await sendKeys({ type: 'Asked about the fire drill' });
    const change = oneEvent(el, 'ot-note-change') as Promise<OtNoteChangeEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await change;
    expect(detail.action).to.equal('add');
    expect(detail.note).to.include({
      text: 'Asked about the fire drill',
      goalId: 'shoes',
      status: 'open',
      createdAt: T0,
    });
    await el.updateComplete;
    expect(pile(el)).to.deep.equal(['Asked about the fire drill']);
    expect(field(el).value).to.equal('');
    expect(focused(), 'focus stays in the field for the next note').to.equal(field(el));
    const time = new Date(T0).toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' });
    expect(el.shadowRoot!.querySelector('[part="note"] time')!.textContent).to.equal(time);
    expect(shown(el)).to.contain('To Get To 1');
    await announced(el, 'Note added. 1 to get to.');
  });

  it('also jumps to the field with N, and Escape goes back where focus was', async () => {
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack .goals=${GOALS}></ot-goal-stack>`);
    const minimal = control(el, 'Minimal');
    minimal.focus();
    await sendKeys({ press: 'n' });
    expect(focused()).to.equal(field(el));
    await sendKeys({ press: 'Escape' });
    expect(focused()).to.equal(minimal);
  });

  it('leaves / alone in text fields and outside the element, unless global-shortcut is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="outside">Outside</button>
        <ot-goal-stack .goals=${GOALS}></ot-goal-stack>
      </div>`,
    );
    const el = wrapper.querySelector('ot-goal-stack')!;
    await el.updateComplete;
    const note = control<HTMLInputElement>(el, 'Short note');
    note.focus();
    await sendKeys({ type: 'a/n' });
    expect(note.value).to.equal('a/n');
    wrapper.querySelector<HTMLButtonElement>('#outside')!.focus();
    await sendKeys({ press: '/' });
    expect(focused()!.id).to.equal('outside');
    el.globalShortcut = true;
    await el.updateComplete;
    await sendKeys({ press: '/' });
    expect(focused()).to.equal(field(el));
    await sendKeys({ type: 'From the page' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pile(el)).to.deep.equal(['From the page']);
    await sendKeys({ press: 'Escape' });
    expect(focused()!.id).to.equal('outside');
  });

  it('offers focusCapture() to the page', async () => {
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack .goals=${GOALS}></ot-goal-stack>`);
    el.focusCapture();
    expect(focused()).to.equal(field(el));
  });

  it('does not save an empty note and gives a gentle hint', async () => {
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack .goals=${GOALS}></ot-goal-stack>`);
    let events = 0;
    el.addEventListener('ot-note-add', () => events++);
    el.addEventListener('ot-note-change', () => events++);
    field(el).focus();
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.equal(0);
    expect(pile(el)).to.deep.equal([]);
    expect(hint(el)).to.equal('Type something first.');
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'a hint, not an error').to.equal(null);
    expect(focused()).to.equal(field(el));
    await announced(el, 'Type something first.');
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(hint(el)).to.equal('Press / to write a note.');
  });

  it('lets the page cancel a note; the text stays in the field', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack .goals=${GOALS} session-id="s1" phase-id="warm-up"></ot-goal-stack>`,
    );
    let add: OtNoteAddEvent | undefined;
    el.addEventListener('ot-note-add', (e) => {
      add = e;
      e.preventDefault();
    });
    field(el).focus();
    await sendKeys({ type: 'Kept by the portal' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(add!.detail).to.deep.equal({
      text: 'Kept by the portal',
      goalId: 'shoes',
      sessionId: 's1',
      phaseId: 'warm-up',
    });
    expect(pile(el)).to.deep.equal([]);
    expect(field(el).value).to.equal('Kept by the portal');
  });

  it('records and shows the phase of the session running in the store', async () => {
    const clock = createManualClock(T0);
    const store: OtStore = createStore({
      clock,
      adapter: memoryAdapter({
        seed: {
          goals: [{ id: 'shoes', description: 'Shoe-tying', order: 0, createdAt: 0 }],
          sessionRecords: [
            {
              id: 'today',
              phases: [
                { id: 'check-in', minutes: 5 },
                { id: 'warm-up', minutes: 10 },
              ],
              events: [
                { type: 'start', at: T0 - 10 * 60_000 },
                { type: 'next', at: T0 - 60_000 },
              ],
              createdAt: T0 - 10 * 60_000,
            },
          ],
        },
      }),
    });
    const provider = await fixture<OtProvider>(
      html`<ot-provider .store=${store}><ot-goal-stack .clock=${clock}></ot-goal-stack></ot-provider>`,
    );
    const el = provider.querySelector('ot-goal-stack')!;
    await el.updateComplete;
    field(el).focus();
    await sendKeys({ type: 'Needs a break card' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const [note] = store.notes.list();
    expect(note).to.include({ text: 'Needs a break card', goalId: 'shoes', sessionId: 'today', phaseId: 'warm-up' });
    expect(el.shadowRoot!.querySelector('[part="note"] .meta')!.textContent).to.contain('Warm-up & regulation');
  });

  it('keeps a note without a goal when the stack is empty', async () => {
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack></ot-goal-stack>`);
    field(el).focus();
    await sendKeys({ type: 'Before any goal' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pile(el)).to.deep.equal(['Before any goal']);
    expect(el.shadowRoot!.querySelector('[part="note"] .meta')!.textContent).to.contain('No goal');
  });
});
