import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  createManualClock,
  createStore,
  memoryAdapter,
  sessionTemplate,
  type OtAdapter,
  type OtStore,
} from '@otkit/sdk';
import type { OtSessionChangeEvent, OtSessionTimer } from '@otkit/elements';
import { M, T0, button, click, hasButton, part, settle, text, tick, timeLeft } from './helpers.js';

async function connected(store: OtStore, attrs = html``, clock = createManualClock(T0)) {
  const provider = await fixture<HTMLElement>(html`<ot-provider .store=${store}>${attrs}</ot-provider>`);
  const el = provider.querySelector('ot-session-timer') as OtSessionTimer;
  el.clock = clock;
  await store.ready;
  await settle(el);
  return { el, clock, provider };
}

describe('<ot-session-timer> connected to a store', () => {
  it('creates the session record on Start with a snapshot of the plan, and appends every control', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await store.ready;
    const client = await store.clients.add({ alias: 'Robin' });
    const { el, clock } = await connected(
      store,
      html`<ot-session-timer minutes="45" client-id=${client.id}></ot-session-timer>`,
    );
    setTimeout(() => button(el, 'Start session').click());
    const change = (await oneEvent(el, 'ot-session-change')) as OtSessionChangeEvent;
    const [record] = store.sessionRecords.list();
    expect(change.detail.sessionId).to.equal(record!.id);
    expect(record).to.deep.include({
      clientId: client.id,
      autoAdvance: false,
      phases: sessionTemplate(45),
      events: [{ type: 'start', at: T0 }],
    });
    clock.advance(2 * M);
    await click(el, 'Next phase');
    await click(el, '+5 min');
    await click(el, 'Pause');
    await click(el, 'Interruption');
    expect(store.sessionRecords.get(record!.id)!.events.map((e) => e.type)).to.deep.equal([
      'start',
      'next',
      'extend',
      'pause',
    ]);
    expect(el.events).to.equal(undefined);
  });

  it('resumes the running session with the right time after a reload (a new element on the same data)', async () => {
    const adapter = memoryAdapter();
    const first = createStore({ adapter });
    const a = await connected(first, html`<ot-session-timer auto-advance></ot-session-timer>`);
    await click(a.el, 'Start session');
    await tick(a.el, a.clock, 3 * M);
    await click(a.el, 'Next phase');
    a.provider.remove();
    first.close();

    const second = createStore({ adapter });
    const b = await connected(
      second,
      html`<ot-session-timer minutes="30"></ot-session-timer>`,
      createManualClock(T0 + 10 * M),
    );
    // Same session: the stored plan (60 min, auto-advance) wins over this element's attributes.
    expect(text(b.el, 'phase')).to.equal('Warm-up & regulation');
    expect(timeLeft(b.el)).to.equal('3:00');
    expect(text(b.el, 'status')).to.equal('Phase 2 of 6 · Next: Targeted activities');
    await tick(b.el, b.clock, 4 * M);
    expect(text(b.el, 'phase')).to.equal('Targeted activities');
    await click(b.el, 'End session');
    await click(b.el, 'Completed');
    expect(second.sessionRecords.list()[0]!.events.map((e) => e.type)).to.deep.equal(['start', 'next', 'end']);
    // The ended session stays on screen with its summary until a new one is started.
    expect(text(b.el, 'phase')).to.equal('Session ended: completed');
    await click(b.el, 'New session');
    expect(text(b.el, 'phase')).to.equal('Check-in & plan');
    expect(timeLeft(b.el)).to.equal('3:00');
  });

  it('saves the incident of an emergency, linked to the session', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    const { el, clock } = await connected(store, html`<ot-session-timer></ot-session-timer>`);
    await click(el, 'Start session');
    clock.advance(M);
    await click(el, 'Pause');
    await click(el, 'Emergency');
    const form = el.shadowRoot!.querySelector('form')!;
    (form.querySelector('[name="what"]') as HTMLTextAreaElement).value = 'Seizure';
    (form.querySelector('[name="actions"]') as HTMLTextAreaElement).value = 'Recovery position, called 911';
    form.dispatchEvent(new Event('input', { bubbles: true }));
    await click(el, 'Save incident');
    const record = store.sessionRecords.list()[0]!;
    expect(
      store.incidents
        .list()
        .map(({ sessionId, at, what, actions, followUpNeeded }) => ({ sessionId, at, what, actions, followUpNeeded })),
    ).to.deep.equal([
      {
        sessionId: record.id,
        at: T0 + M,
        what: 'Seizure',
        actions: 'Recovery position, called 911',
        followUpNeeded: false,
      },
    ]);
    expect(hasButton(el, 'Record incident')).to.equal(false);
    await click(el, 'Resume');
    expect(store.sessionRecords.get(record.id)!.events.map((e) => e.type)).to.deep.equal(['start', 'pause', 'resume']);
  });

  it('runs a stored plan by plan-id and records it', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await store.ready;
    const plan = await store.sessionPlans.add({
      name: 'Sensory diet',
      phases: [
        { id: 'swing', label: 'Swing', minutes: 12 },
        { id: 'cool-down', minutes: 8 },
      ],
    });
    const { el } = await connected(store, html`<ot-session-timer plan-id=${plan.id}></ot-session-timer>`);
    expect(text(el, 'phase')).to.equal('Swing');
    expect(timeLeft(el)).to.equal('12:00');
    await click(el, 'Start session');
    expect(store.sessionRecords.list()[0]).to.deep.include({ planId: plan.id, phases: plan.phases });
  });

  it('runs a plan that is not stored, and records its id only once the store holds that plan', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await store.ready;
    const plan = {
      id: 'sensory-20',
      name: 'Sensory diet',
      phases: [
        { id: 'swing', label: 'Swing', minutes: 12 },
        { id: 'cool-down', minutes: 8 },
      ],
      createdAt: T0,
    };
    const { el } = await connected(store, html`<ot-session-timer .plan=${plan}></ot-session-timer>`);
    await click(el, 'Start session');
    expect(text(el, 'error')).to.equal('');
    expect(text(el, 'status')).to.equal('Phase 1 of 2 · Next: Cool-down');
    const [first] = store.sessionRecords.list();
    expect(first!.phases).to.deep.equal(plan.phases);
    expect(first!.planId).to.equal(undefined);
    expect(store.sessionPlans.size).to.equal(0);
    await click(el, 'End session');
    await click(el, 'Completed');
    await click(el, 'New session');
    await store.sessionPlans.put(plan);
    await click(el, 'Start session');
    expect(store.sessionRecords.list().map((r) => r.planId ?? null)).to.have.members([null, 'sensory-20']);
  });

  it('keeps the phases a stored session started with when phases change, and uses the new ones for the next session', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    const { el, clock } = await connected(store, html`<ot-session-timer minutes="30"></ot-session-timer>`);
    await click(el, 'Start session');
    await tick(el, clock, M);
    el.phases = [{ id: 'check-in', minutes: 10 }];
    await settle(el);
    expect(timeLeft(el)).to.equal('2:00');
    expect(text(el, 'status')).to.equal('Phase 1 of 6 · Next: Warm-up & regulation');
    await click(el, 'End session');
    await click(el, 'Completed');
    await click(el, 'New session');
    expect(timeLeft(el)).to.equal('10:00');
  });

  it('lets the page’s own events win over the store, writing nothing to it', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await store.ready;
    await store.sessionRecords.add({ phases: sessionTemplate(30), events: [{ type: 'start', at: T0 - 2 * M }] });
    const { el } = await connected(store, html`<ot-session-timer></ot-session-timer>`);
    expect(timeLeft(el)).to.equal('1:00');
    el.events = [{ type: 'start', at: T0 - M }];
    await settle(el);
    expect(timeLeft(el)).to.equal('4:00');
    await click(el, 'Next phase');
    expect(el.events.map((e) => e.type)).to.deep.equal(['start', 'next']);
    expect(store.sessionRecords.list()[0]!.events).to.have.length(1);
  });

  it('shows a readable error and keeps the stored record when a write fails', async () => {
    const base = memoryAdapter();
    let failing = false;
    const adapter: OtAdapter = {
      ...base,
      kind: 'flaky',
      commit: (change) => (failing ? Promise.reject(new Error('disk full')) : base.commit(change)),
    };
    const store = createStore({ adapter });
    const { el } = await connected(store, html`<ot-session-timer></ot-session-timer>`);
    await click(el, 'Start session');
    failing = true;
    setTimeout(() => button(el, 'Next phase').click());
    const error = await oneEvent(el, 'ot-error');
    expect(error.detail.error.code).to.equal('persistence');
    await settle(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(text(el, 'error')).to.contain('disk full');
    expect(text(el, 'error')).to.contain('Nothing you already had was changed.');
    expect(store.sessionRecords.list()[0]!.events.map((e) => e.type)).to.deep.equal(['start']);
    expect(text(el, 'phase')).to.equal('Check-in & plan');
    failing = false;
    await click(el, 'Next phase');
    expect(part(el, 'error')).to.equal(null);
    expect(text(el, 'phase')).to.equal('Warm-up & regulation');
  });
});
