import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OtPersistenceError, createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtErrorEvent } from '@otkit/elements';
import { controlledAdapter, deferred } from '../../helpers/sdk-testing.js';
import { choice, choices, fakeSpeech, focused, makeBoard, record } from './helpers.js';

describe('<ot-choice-board>', () => {
  describe('connected to the store', () => {
    async function connected(store: OtStore, attrs = '') {
      const wrapper = await fixture<HTMLElement>(
        html`<ot-provider .store=${store}
          ><ot-choice-board board-id="break" session-id=${attrs || ''}></ot-choice-board
        ></ot-provider>`,
      );
      const el = wrapper.querySelector('ot-choice-board')!;
      el.speech.synth = fakeSpeech();
      await el.updateComplete;
      return el;
    }

    it('shows the board from the store and records each selection with its access method', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      await store.choiceBoards.add(makeBoard(3) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const el = await connected(store);
      expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Swing', 'Trampoline', 'Snack']);
      choice(el, 'Trampoline').click();
      choice(el, 'Trampoline').focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(0);
      expect(store.selections.list().map((s) => [s.boardId, s.choiceId, s.method])).to.deep.equal([
        ['break', 'c1', 'pointer'],
        ['break', 'c1', 'keyboard'],
      ]);
      expect(store.selections.list()[0]!.at).to.be.a('number');
    });

    it('fires ot-selection-change only after the store accepted the selection', async () => {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      await store.choiceBoards.add(makeBoard(3) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const el = await connected(store);
      const hold = deferred();
      adapter.hold = hold.promise;
      let released = false;
      const seen: boolean[] = [];
      el.addEventListener('ot-selection-change', () => seen.push(released));
      choice(el, 'Swing').click();
      await aTimeout(20);
      expect(seen, 'no change event while the store has not accepted the selection').to.deep.equal([]);
      released = true;
      hold.resolve();
      await waitUntil(() => seen.length === 1, 'ot-selection-change');
      expect(seen).to.deep.equal([true]);
      expect((await adapter.changes()).at(-1)!.ops[0]).to.deep.include({ collection: 'selections' });
    });

    it('follows changes to the board in the store', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      await store.choiceBoards.add(makeBoard(2) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const el = await connected(store);
      await store.choiceBoards.update('break', (b) => ({ choices: [...b.choices, { id: 'c9', label: 'Slide' }] }));
      await el.updateComplete;
      expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Swing', 'Trampoline', 'Slide']);
    });

    it('lets a board set by the page win over the store, and says when the store has no such board', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      const el = await connected(store);
      expect(el.shadowRoot!.textContent).to.contain('No choices to show.');
      el.board = makeBoard(1, { choices: [{ id: 'x', label: 'Page board' }] });
      await el.updateComplete;
      expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Page board']);
    });

    /** A stored board of 3 in a form, showing `value`; the adapter fails or holds commits when told. */
    async function refusing(value: string, multiple = false) {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      await store.choiceBoards.add(makeBoard(3) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <ot-provider .store=${store}
            ><ot-choice-board board-id="break" name="activity" value=${value} ?multiple=${multiple}></ot-choice-board
          ></ot-provider>
        </form>`,
      );
      const el = form.querySelector('ot-choice-board')!;
      el.speech.synth = fakeSpeech();
      await el.updateComplete;
      adapter.failWith = new Error('disk full');
      return { adapter, store, form, el, seen: record(el, 'ot-selection-change', 'ot-error') };
    }
    const chosen = (el: OtChoiceBoard) =>
      choices(el)
        .filter((c) => c.getAttribute('aria-selected') === 'true')
        .map((c) => c.textContent!.trim());
    const errorShown = (el: OtChoiceBoard) => el.shadowRoot!.querySelector('[part="error"]');

    it('undoes a selection the store refuses: the choice shown, the form value and the page all go back', async () => {
      const { adapter, store, form, el, seen } = await refusing('c1');
      choice(el, 'Swing').click();
      await waitUntil(() => seen.types.includes('ot-error'), 'ot-error');
      await el.updateComplete;
      // Nothing changed for the page: no ot-selection-change, only the error.
      expect(seen.types).to.deep.equal(['ot-error']);
      const error = (seen[0] as unknown as OtErrorEvent).detail.error;
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect(error.message).to.contain('disk full');
      expect(el.value).to.equal('c1');
      expect(chosen(el)).to.deep.equal(['Trampoline']);
      expect(new FormData(form).getAll('activity')).to.deep.equal(['c1']);
      expect(store.selections.size).to.equal(0);
      expect(errorShown(el)!.getAttribute('role')).to.equal('alert');
      expect(errorShown(el)!.textContent).to.contain('Could not save. Your last change was undone.');
      expect(choices(el), 'the board stays').to.have.length(3);
      await expect(el).to.be.accessible();
      // The next selection that is saved takes the notice away.
      adapter.failWith = undefined;
      choice(el, 'Snack').click();
      await waitUntil(() => store.selections.size === 1, 'saved');
      await el.updateComplete;
      expect(errorShown(el)).to.equal(null);
      expect(el.value).to.equal('c2');
    });

    it('undoes every refused selection, also several in flight, and only them', async () => {
      const single = await refusing('c1');
      const hold = deferred();
      single.adapter.hold = hold.promise;
      choice(single.el, 'Swing').click();
      choice(single.el, 'Snack').click();
      await single.el.updateComplete;
      expect(chosen(single.el)).to.deep.equal(['Snack']);
      hold.resolve();
      await waitUntil(() => single.seen.types.filter((t) => t === 'ot-error').length === 2, 'two ot-error');
      await single.el.updateComplete;
      expect(single.el.value).to.equal('c1');
      expect(chosen(single.el)).to.deep.equal(['Trampoline']);
      expect(new FormData(single.form).getAll('activity')).to.deep.equal(['c1']);

      const multiple = await refusing('c1', true);
      choice(multiple.el, 'Swing').click();
      await waitUntil(() => multiple.seen.types.includes('ot-error'), 'ot-error');
      expect(multiple.el.value).to.deep.equal(['c1']);
      // Unchoosing is not recorded, so it cannot be refused.
      choice(multiple.el, 'Trampoline').click();
      await aTimeout(0);
      expect(multiple.el.value).to.deep.equal([]);
    });

    it('undoes a selection the store refuses as invalid (a session-id it does not hold), naming the field', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      await store.choiceBoards.add(makeBoard(2) as Parameters<OtStore['choiceBoards']['add']>[0]);
      const wrapper = await fixture<HTMLElement>(
        html`<ot-provider .store=${store}
          ><ot-choice-board board-id="break" session-id="no-such-session"></ot-choice-board
        ></ot-provider>`,
      );
      const el = wrapper.querySelector('ot-choice-board')!;
      await el.updateComplete;
      const error = oneEvent(el, 'ot-error');
      choice(el, 'Swing').click();
      expect((await error).detail.error.message).to.contain('sessionId');
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(store.selections.size).to.equal(0);
      expect(errorShown(el)!.textContent).to.contain('sessionId');
      choice(el, 'Trampoline').focus();
      expect(focused(el)!.textContent!.trim(), 'the board stays usable').to.equal('Trampoline');
    });
  });
});
