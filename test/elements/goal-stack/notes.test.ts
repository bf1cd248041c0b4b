import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalChangeEvent, OtGoalStack, OtNoteChangeEvent, OtProvider } from '@otkit/elements';
import { GOALS, T0, announced, control, controls, focused, listed, pile, shown } from './helpers.js';

const SESSION = {
  id: 's1',
  phases: [{ id: 'targeted', minutes: 20 }],
  events: [{ type: 'start' as const, at: T0 - 60_000 }],
  createdAt: 0,
};

async function connected(
  notes: { id: string; goalId: string | null; text: string }[],
): Promise<{ el: OtGoalStack; store: OtStore }> {
  const clock = createManualClock(T0);
  const store = createStore({
    clock,
    adapter: memoryAdapter({
      seed: {
        goals: GOALS.map((g, i) => ({ ...g, order: i, createdAt: 0 })),
        notes: notes.map((n) => ({ ...n, sessionId: 's1', createdAt: T0 - 30_000 })),
        sessionRecords: [SESSION],
      },
    }),
  });
  const provider = await fixture<OtProvider>(
    html`<ot-provider .store=${store}><ot-goal-stack .clock=${clock}></ot-goal-stack></ot-provider>`,
  );
  const el = provider.querySelector('ot-goal-stack')!;
  await el.updateComplete;
  return { el, store };
}

const noteEvent = (el: OtGoalStack) => oneEvent(el, 'ot-note-change') as Promise<OtNoteChangeEvent>;

describe('<ot-goal-stack> notes', () => {
  it('marks a note addressed and opens it again', async () => {
    const { el, store } = await connected([{ id: 'fire', goalId: 'shoes', text: 'Fire drill' }]);
    const addressed = control(el, 'Addressed');
    let event = noteEvent(el);
    addressed.click();
    expect((await event).detail).to.include({ action: 'address' });
    await el.updateComplete;
    expect(store.notes.get('fire')).to.include({ status: 'addressed', addressedAt: T0 });
    expect(control(el, 'Addressed').getAttribute('aria-pressed')).to.equal('true');
    expect(pile(el), 'an addressed note stays in the pile of this session').to.deep.equal(['Fire drill']);
    expect(shown(el)).to.contain('To Get To 0');
    event = noteEvent(el);
    control(el, 'Addressed').click();
    expect((await event).detail.action).to.equal('reopen');
    expect(store.notes.get('fire')!.status).to.equal('open');
    expect(store.notes.get('fire')!.addressedAt).to.equal(undefined);
  });

  it('keeps focus on the note it marked addressed, which moves below the open notes', async () => {
    const { el } = await connected([
      { id: 'fire', goalId: 'shoes', text: 'Fire drill' },
      { id: 'lunch', goalId: 'shoes', text: 'Lunch money' },
    ]);
    controls(el, 'Addressed')[0]!.click();
    await waitUntil(() => pile(el)[0] === 'Lunch money');
    await el.updateComplete;
    expect(pile(el)).to.deep.equal(['Lunch money', 'Fire drill']);
    expect(focused()).to.equal(controls(el, 'Addressed')[1]);
    expect(focused()!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('moves a note to another goal', async () => {
    const { el, store } = await connected([{ id: 'fire', goalId: 'shoes', text: 'Fire drill' }]);
    expect(el.shadowRoot!.querySelectorAll('select'), 'no goal list until asked for').to.have.length(0);
    control(el, 'Move to…').click();
    await el.updateComplete;
    const select = controls<HTMLSelectElement>(el, 'Move to…').find((c) => c.localName === 'select')!;
    expect(focused()).to.equal(select);
    await expect(el).to.be.accessible();
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Move to…',
      ...GOALS.slice(1).map((g) => g.description),
    ]);
    const event = noteEvent(el);
    select.value = 'zip';
    select.dispatchEvent(new Event('change'));
    const { detail } = await event;
    expect(detail).to.include({ action: 'move' });
    expect(detail.note.goalId).to.equal('zip');
    expect(detail.previous!.goalId).to.equal('shoes');
    await el.updateComplete;
    expect(store.notes.get('fire')!.goalId).to.equal('zip');
    expect(pile(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="item"][data-goal="zip"] [part="count"]')!.textContent).to.contain('1');
    controls(el, 'Zipping a coat', true)[0]!.click();
    await el.updateComplete;
    expect(pile(el)).to.deep.equal(['Fire drill']);
  });

  it('puts the Move button back, focused, when Escape closes the goal list', async () => {
    const { el, store } = await connected([{ id: 'fire', goalId: 'shoes', text: 'Fire drill' }]);
    control(el, 'Move to…').click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('select')).to.have.length(0);
    expect(focused()).to.equal(control(el, 'Move to…'));
    expect(store.notes.get('fire')!.goalId).to.equal('shoes');
  });

  it('promotes a note to a new goal at the end of the stack', async () => {
    const { el, store } = await connected([{ id: 'velcro', goalId: 'shoes', text: 'Velcro shoes instead?' }]);
    const goalChange = oneEvent(el, 'ot-goal-change') as Promise<OtGoalChangeEvent>;
    const change = noteEvent(el);
    control(el, 'Make a goal').click();
    const goal = (await goalChange).detail;
    expect(goal.action).to.equal('promote');
    expect(goal.goal.description).to.equal('Velcro shoes instead?');
    expect(goal.goals.at(-1)!.id).to.equal(goal.goal.id);
    const note = (await change).detail;
    expect(note.action).to.equal('promote');
    expect(note.note).to.include({ status: 'promoted', promotedGoalId: goal.goal.id });
    await el.updateComplete;
    expect(listed(el).at(-1)).to.equal('Velcro shoes instead?');
    expect(pile(el)).to.deep.equal([]);
    expect(store.goals.get(goal.goal.id)!.order).to.equal(5);
    await announced(el, 'Goal added: Velcro shoes instead?');
    expect(focused()).to.equal(control(el, 'Add a note'));
  });

  it('clips a long note to the 500 characters a goal holds when promoting it', async () => {
    const { el, store } = await connected([{ id: 'long', goalId: 'shoes', text: 'x'.repeat(9000) }]);
    const goalChange = oneEvent(el, 'ot-goal-change') as Promise<OtGoalChangeEvent>;
    control(el, 'Make a goal').click();
    const { goal } = (await goalChange).detail;
    expect(goal.description).to.have.length(500);
    expect(store.notes.get('long')!.text, 'the note itself is kept whole').to.have.length(9000);
  });

  it('carries a note over to the next session', async () => {
    const { el, store } = await connected([{ id: 'fire', goalId: 'shoes', text: 'Fire drill' }]);
    const event = noteEvent(el);
    control(el, 'Carry over').click();
    const { detail } = await event;
    expect(detail.action).to.equal('carry-over');
    expect(detail.note.status).to.equal('carried-over');
    expect(detail.carried).to.include({ text: 'Fire drill', goalId: 'shoes', status: 'open', carriedFromId: 'fire' });
    await el.updateComplete;
    expect(pile(el), 'the copy waits for the next session').to.deep.equal([]);
    expect(store.notes.list()).to.have.length(2);
    await announced(el, 'Carried over to the next session.');
    const log = await store.changes();
    expect(log.at(-1)!.command).to.equal('notes.carryOver');
  });

  it('reviews the session: goals worked on with their data, notes addressed, notes to carry over', async () => {
    const { el, store } = await connected([
      { id: 'fire', goalId: 'shoes', text: 'Fire drill' },
      { id: 'lunch', goalId: 'shoes', text: 'Lunch money' },
      { id: 'recess', goalId: 'zip', text: 'Recess rules' },
    ]);
    control(el, 'Add a + trial').click();
    control(el, 'Minimal').click();
    await waitUntil(() => store.progressEntries.list()[0]?.assistance === 'minimal');
    control(el, 'Addressed').click();
    await waitUntil(() => store.notes.get('fire')!.status === 'addressed');
    control(el, 'End of session').click();
    await el.updateComplete;
    const review = el.shadowRoot!.querySelector('[part="review"]')!;
    const lists = [...review.querySelectorAll('h3')].map((h) => [
      h.textContent,
      ...[...(h.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    ]);
    expect(lists).to.deep.equal([
      ['Goals worked on', 'Shoe-tying: 1 correct, 0 incorrect (100%); assistance: minimal'],
      ['Notes addressed', 'Fire drill'],
      ['To carry over', 'Lunch money', 'Recess rules'],
      ['Session note'],
    ]);
    let carried = 0;
    el.addEventListener('ot-note-change', (e) => (e.detail.action === 'carry-over' ? carried++ : 0));
    control(el, 'Carry all over').click();
    await waitUntil(() => carried === 2);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="review"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'To carry over None',
    );
    expect(controls(el, 'Carry all over')).to.have.length(0);
    expect(store.notes.get('lunch')!.status).to.equal('carried-over');
    expect(store.notes.get('recess')!.status).to.equal('carried-over');
    await announced(el, '2 notes carried over to the next session.');
    await expect(el).to.be.accessible();
  });

  it('keeps a 10,000-character note whole but clamps it on screen until "Show all"', async () => {
    const long = `${'a'.repeat(4000)}\n${'b '.repeat(2998)}end`;
    expect(long).to.have.length(10_000);
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack .goals=${GOALS} .notes=${[{ id: 'n', goalId: 'shoes', text: long }]}></ot-goal-stack>`,
    );
    const text = el.shadowRoot!.querySelector('[part="note"] p')! as HTMLElement;
    expect(text.textContent === long, 'the whole note is in the page').to.equal(true);
    const clamped = text.getBoundingClientRect().height;
    expect(clamped).to.be.below(200);
    expect(text.scrollHeight).to.be.above(clamped * 2);
    const toggle = control(el, 'Show all');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(text.id);
    toggle.click();
    await el.updateComplete;
    expect(text.getBoundingClientRect().height).to.be.above(clamped * 2);
    expect(control(el, 'Show less').getAttribute('aria-expanded')).to.equal('true');
  });

  it('shows HTML and script in notes and goals as text', async () => {
    let alerted = false;
    const original = window.alert;
    window.alert = () => (alerted = true);
    try {
      const el = await fixture<OtGoalStack>(
        html`<ot-goal-stack
          .goals=${[{ id: 'g', description: '<b>bold</b><script>alert(1)</script>' }]}
          .notes=${[{ id: 'n', goalId: 'g', text: '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">hi</a>' }]}
        ></ot-goal-stack>`,
      );
      expect(el.shadowRoot!.querySelector('[part="card-title"]')!.textContent).to.equal(
        '<b>bold</b><script>alert(1)</script>',
      );
      expect(pile(el)).to.deep.equal(['<img src=x onerror="alert(1)"><a href="javascript:alert(1)">hi</a>']);
      expect(el.shadowRoot!.querySelectorAll('b, script, a, img, [onerror]')).to.have.length(0);
      await new Promise((r) => setTimeout(r, 20));
      expect(alerted).to.equal(false);
    } finally {
      window.alert = original;
    }
  });
});
