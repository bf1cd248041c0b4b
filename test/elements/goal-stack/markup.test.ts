import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@otkit/elements/define.js';
import type { OtErrorEvent, OtGoalStack, OtNoteChangeEvent } from '@otkit/elements';
import { card, control, listed, pile } from './helpers.js';

// A 1 × 1 PNG: a raster data: URL passes the URL policy and needs no network.
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('<ot-goal-stack> declarative markup', () => {
  it('reads goals, pictures and notes from a plain list a teacher can write', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack>
        <ol>
          <li data-symbol="swing">Swing for five minutes</li>
          <li data-id="shoes">
            Shoe-tying <img src=${PIXEL} alt="A shoe" />
            <ul>
              <li>Asked about the fire drill</li>
              <li>Wants <b>velcro</b></li>
            </ul>
          </li>
        </ol>
      </ot-goal-stack>`,
    );
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Swing for five minutes', 'Shoe-tying']);
    expect(el.shadowRoot!.querySelector('[part="card"] svg[part="image"]')).to.exist;
    expect(el.querySelector('ol')!.getBoundingClientRect().height, 'the list itself is not shown twice').to.equal(0);
    control(el, 'Next').click();
    await el.updateComplete;
    expect(card(el)).to.equal('Shoe-tying');
    expect(el.shadowRoot!.querySelector<HTMLImageElement>('[part="card"] img')!.src).to.equal(PIXEL);
    expect(pile(el)).to.deep.equal(['Asked about the fire drill', 'Wants velcro']);
    const event = oneEvent(el, 'ot-note-change') as Promise<OtNoteChangeEvent>;
    control(el, 'Addressed').click();
    expect((await event).detail.note).to.include({ id: 'shoes-note-1', goalId: 'shoes', status: 'addressed' });
    await expect(el).to.be.accessible();
  });

  it('reads the notes of a nested numbered list too, not only of a bulleted one', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack>
        <ol>
          <li>
            Shoe-tying
            <ol>
              <li>Asked about the fire drill</li>
              <li>Wants velcro</li>
            </ol>
            <ul>
              <li>Lunch money</li>
            </ul>
          </li>
        </ol>
      </ot-goal-stack>`,
    );
    await el.updateComplete;
    expect(card(el)).to.equal('Shoe-tying');
    expect(pile(el)).to.deep.equal(['Asked about the fire drill', 'Wants velcro', 'Lunch money']);
  });

  it('keeps what was done when the current goal or the view changes', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack
        ><ol>
          <li>One</li>
          <li>Two</li>
        </ol></ot-goal-stack
      >`,
    );
    control<HTMLInputElement>(el, 'Add a note').value = 'A note';
    control(el, 'Add').click();
    await oneEvent(el, 'ot-note-change');
    control(el, 'Next').click();
    await el.updateComplete;
    control(el, 'Previous').click();
    el.view = 'review';
    await el.updateComplete;
    el.view = 'therapist';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pile(el)).to.deep.equal(['A note']);
  });

  it('follows changes to the list', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack
        ><ol>
          <li>One</li>
        </ol></ot-goal-stack
      >`,
    );
    const ol = el.querySelector('ol')!;
    ol.insertAdjacentHTML('beforeend', '<li>Two</li>');
    await waitUntil(() => listed(el).length === 2);
    ol.firstElementChild!.textContent = 'First';
    await waitUntil(() => listed(el)[0] === 'First');
  });

  it('names an item without text, and a repeated data-id', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack
        ><ol>
          <li>Fine</li>
        </ol></ot-goal-stack
      >`,
    );
    const event = oneEvent(el, 'ot-error') as Promise<OtErrorEvent>;
    el.querySelector('ol')!.innerHTML =
      '<li data-id="a">A</li><li> <img src="" alt=""> </li><li data-id="a">Again</li>';
    const { error } = (await event).detail;
    await el.updateComplete;
    const problems = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(problems).to.include('goals[1].description: must not be empty');
    expect(problems).to.include('goals[2]: repeats id "a" already used at index 0');
    expect(error.message).to.contain('Invalid markup');
    expect(listed(el), 'the last good list stays').to.deep.equal(['Fine']);
  });

  it('lets properties win over markup', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack .goals=${[{ id: 'p', description: 'From the property' }]}
        ><ol>
          <li>From markup</li>
        </ol></ot-goal-stack
      >`,
    );
    expect(listed(el)).to.deep.equal(['From the property']);
  });
});
