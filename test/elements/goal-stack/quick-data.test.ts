import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  OT_ASSISTANCE_LEVELS,
  OT_GOAL_SESSION_STATUSES,
  OT_PROMPT_TYPES,
  createManualClock,
  createStore,
  memoryAdapter,
  type OtStore,
} from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProgressChangeEvent, OtProvider } from '@otkit/elements';
import { GOALS, T0, announced, control } from './helpers.js';

const LABELS: Record<string, string> = {
  independent: 'Independent',
  supervision: 'Supervision',
  minimal: 'Minimal',
  moderate: 'Moderate',
  maximal: 'Maximal',
  dependent: 'Dependent',
  verbal: 'Verbal',
  gestural: 'Gestural',
  visual: 'Visual',
  model: 'Model',
  physical: 'Physical',
  met: 'Met',
  progressing: 'Progressing',
  'not-addressed': 'Not addressed',
};

async function connected(): Promise<{ el: OtGoalStack; store: OtStore }> {
  const clock = createManualClock(T0);
  const store = createStore({
    clock,
    adapter: memoryAdapter({
      seed: {
        goals: GOALS.map((g, i) => ({ ...g, order: i, createdAt: 0 })),
        sessionRecords: [
          {
            id: 's1',
            phases: [{ id: 'targeted', minutes: 20 }],
            events: [{ type: 'start', at: T0 - 60_000 }],
            createdAt: 0,
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
  return { el, store };
}

/** Clicks a control and waits for the stored change to show. */
async function tap(el: OtGoalStack, name: string): Promise<OtProgressChangeEvent> {
  const event = oneEvent(el, 'ot-progress-change') as Promise<OtProgressChangeEvent>;
  control(el, name).click();
  const e = await event;
  await el.updateComplete;
  return e;
}

const trials = (el: OtGoalStack) => el.shadowRoot!.querySelector('[part="trials"]')!.textContent!.trim();

describe('<ot-goal-stack> quick data', () => {
  it('counts + and − trials with one tap each, in one progress entry per goal and session', async () => {
    const { el, store } = await connected();
    const first = await tap(el, 'Add a + trial');
    expect(first.detail.previous).to.equal(undefined);
    expect(first.detail.entry).to.include({ goalId: 'shoes', sessionId: 's1', at: T0 });
    await tap(el, 'Add a + trial');
    const third = await tap(el, 'Add a − trial');
    expect(third.detail.entry!.id).to.equal(first.detail.entry!.id);
    expect(trials(el)).to.equal('2 correct, 1 incorrect · 67%');
    expect(store.progressEntries.list()).to.have.length(1);
    expect(store.progressEntries.list()[0]!.trials).to.deep.equal({ plus: 2, minus: 1 });
    await announced(el, 'Trials: 2 correct, 1 incorrect · 67%');
  });

  it('counts trials with the + and - keys too', async () => {
    const { el, store } = await connected();
    control(el, 'Next').focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(trials(el)).to.equal('1 correct, 2 incorrect · 33%');
    expect(store.progressEntries.list()[0]).to.include({ goalId: 'shoes' });
  });

  for (const [field, values] of [
    ['assistance', OT_ASSISTANCE_LEVELS],
    ['prompt', OT_PROMPT_TYPES],
    ['status', OT_GOAL_SESSION_STATUSES],
  ] as const) {
    it(`records the ${field} with one tap on each choice, and a second tap clears it`, async () => {
      const { el, store } = await connected();
      for (const value of values) {
        const e = await tap(el, LABELS[value]!);
        expect(e.detail.entry![field]).to.equal(value);
        expect(store.progressEntries.list()[0]![field]).to.equal(value);
        const pressed = [
          ...el.shadowRoot!.querySelectorAll(`[aria-labelledby="label-${field}"] [aria-pressed="true"]`),
        ].map((b) => b.textContent!.trim());
        expect(pressed).to.deep.equal([LABELS[value]]);
      }
      const last = values[values.length - 1]!;
      await tap(el, LABELS[last]!);
      expect(store.progressEntries.list()[0]![field]).to.equal(undefined);
      expect(control(el, LABELS[last]!).getAttribute('aria-pressed')).to.equal('false');
      expect(store.progressEntries.list()).to.have.length(1);
    });
  }

  it('keeps a short note with the data', async () => {
    const { el, store } = await connected();
    const note = control<HTMLInputElement>(el, 'Short note');
    note.focus();
    await sendKeys({ type: 'Used a loop-and-swoop' });
    const event = oneEvent(el, 'ot-progress-change') as Promise<OtProgressChangeEvent>;
    await sendKeys({ press: 'Tab' });
    expect((await event).detail.entry!.note).to.equal('Used a loop-and-swoop');
    expect(store.progressEntries.list()[0]!.note).to.equal('Used a loop-and-swoop');
  });

  it('undoes the last tap, back to the value before it, and records both in the change log', async () => {
    const { el, store } = await connected();
    await tap(el, 'Add a + trial');
    await tap(el, 'Moderate');
    await tap(el, 'Minimal');
    const undo = await tap(el, 'Undo Minimal');
    expect(undo.detail.undo).to.equal(true);
    expect(undo.detail.entry!.assistance).to.equal('moderate');
    expect(undo.detail.previous!.assistance).to.equal('minimal');
    expect(control(el, 'Moderate').getAttribute('aria-pressed')).to.equal('true');
    await announced(el, 'Undone: Minimal.');
    await tap(el, 'Undo Moderate');
    expect(store.progressEntries.list()[0]!.assistance).to.equal(undefined);
    expect(trials(el)).to.equal('1 correct, 0 incorrect · 100%');
    const lastUndo = await tap(el, 'Undo + trial');
    expect(lastUndo.detail.entry, 'the first tap made the entry; undoing it removes it').to.equal(undefined);
    expect(store.progressEntries.list()).to.have.length(0);
    expect(control(el, 'Undo').getAttribute('aria-disabled')).to.equal('true');
    const log = await store.changes();
    expect(log.map((c) => c.command)).to.deep.equal([
      'progress.tap',
      'progress.tap',
      'progress.tap',
      'progress.undo',
      'progress.undo',
      'progress.undo',
    ]);
  });

  it('undoes with Ctrl+Z outside text fields', async () => {
    const { el, store } = await connected();
    await tap(el, 'Add a + trial');
    await tap(el, 'Add a + trial');
    control(el, 'Next').focus();
    const undone = oneEvent(el, 'ot-progress-change');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await undone;
    expect(store.progressEntries.list()[0]!.trials).to.deep.equal({ plus: 1, minus: 0 });
  });

  it('keeps each goal’s data apart', async () => {
    const { el, store } = await connected();
    await tap(el, 'Add a + trial');
    control(el, 'Next').click();
    await el.updateComplete;
    expect(trials(el)).to.equal('0 correct, 0 incorrect');
    await tap(el, 'Met');
    expect(store.progressEntries.list().map((e) => [e.goalId, e.status ?? null])).to.deep.equal([
      ['shoes', null],
      ['drink', 'met'],
    ]);
  });

  it('works standalone, with data in through the progress property', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack
        .clock=${createManualClock(T0)}
        .goals=${GOALS}
        .progress=${[{ id: 'p1', goalId: 'shoes', trials: { plus: 4, minus: 0 }, at: T0 }]}
      ></ot-goal-stack>`,
    );
    expect(trials(el)).to.equal('4 correct, 0 incorrect · 100%');
    const e = await tap(el, 'Add a − trial');
    expect(e.detail.entry).to.include({ id: 'p1' });
    expect(e.detail.entry!.trials).to.deep.equal({ plus: 4, minus: 1 });
  });
});
