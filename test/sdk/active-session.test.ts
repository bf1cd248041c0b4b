import { expect } from '@open-wc/testing';
import {
  activeSession,
  createManualClock,
  createStore,
  getRecord,
  memoryAdapter,
  type OtSessionEvent,
} from '@otkit/sdk';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;
const phases = [
  { id: 'check-in', minutes: 5 },
  { id: 'warm-up', minutes: 10 },
  { id: 'targeted', minutes: 20 },
];

async function storeWith(...records: { id: string; events: OtSessionEvent[] }[]) {
  const store = createStore({
    adapter: memoryAdapter({ seed: { sessionRecords: records.map((r) => ({ ...r, phases, createdAt: T0 })) } }),
    clock: createManualClock(T0),
  });
  await store.ready;
  return store.getState();
}

describe('activeSession', () => {
  it('is undefined when no session has started', async () => {
    const state = await storeWith({ id: 's1', events: [] });
    expect(activeSession(state, T0)).to.equal(undefined);
  });

  it('finds the started session in its first phase', async () => {
    const state = await storeWith({ id: 's1', events: [{ type: 'start', at: T0 }] });
    const running = activeSession(state, T0 + MIN);
    expect(running?.record.id).to.equal('s1');
    expect(running?.phaseId).to.equal('check-in');
  });

  it('follows next, skip and back', async () => {
    const events: OtSessionEvent[] = [
      { type: 'start', at: T0 },
      { type: 'next', at: T0 + 2 * MIN },
      { type: 'skip', at: T0 + 3 * MIN },
      { type: 'back', at: T0 + 5 * MIN },
    ];
    const state = await storeWith({ id: 's1', events });
    expect(activeSession(state, T0 + MIN)?.phaseId).to.equal('check-in');
    expect(activeSession(state, T0 + 2 * MIN)?.phaseId).to.equal('warm-up');
    expect(activeSession(state, T0 + 3 * MIN)?.phaseId).to.equal('targeted');
    expect(activeSession(state, T0 + 5 * MIN)?.phaseId).to.equal('warm-up');
  });

  it('does not take a log that moves past the plan (the store refuses it)', async () => {
    const state = await storeWith({
      id: 's1',
      events: [
        { type: 'start', at: T0 },
        { type: 'back', at: T0 + 1 },
      ],
    });
    expect(getRecord(state, 'sessionRecords', 's1')).to.equal(undefined);
    expect(activeSession(state, T0 + MIN)).to.equal(undefined);
  });

  it('ignores events after now, and a session that has ended', async () => {
    const state = await storeWith({
      id: 's1',
      events: [
        { type: 'start', at: T0 },
        { type: 'end', at: T0 + 10 * MIN, reason: 'completed' },
      ],
    });
    expect(activeSession(state, T0 - 1)).to.equal(undefined);
    expect(activeSession(state, T0 + 5 * MIN)?.record.id).to.equal('s1');
    expect(activeSession(state, T0 + 10 * MIN)).to.equal(undefined);
  });

  it('picks the latest started session when two are open', async () => {
    const state = await storeWith(
      { id: 'old', events: [{ type: 'start', at: T0 }] },
      { id: 'new', events: [{ type: 'start', at: T0 + MIN }] },
    );
    expect(activeSession(state, T0 + 2 * MIN)?.record.id).to.equal('new');
  });
});
