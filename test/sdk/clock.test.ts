import { expect } from '@open-wc/testing';
import { createManualClock, createStore, systemClock } from '@otkit/sdk';

describe('clock', () => {
  it('systemClock reads Date.now()', () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).to.be.at.least(before);
    expect(now).to.be.at.most(Date.now());
  });

  it('a manual clock moves only when told', () => {
    const clock = createManualClock(1000);
    expect(clock.now()).to.equal(1000);
    expect(clock.now()).to.equal(1000);
    clock.advance(500);
    expect(clock.now()).to.equal(1500);
    clock.set(10);
    expect(clock.now()).to.equal(10);
    expect(createManualClock().now()).to.equal(0);
  });

  it('drives the times a store writes', async () => {
    const clock = createManualClock(Date.UTC(2040, 0, 1));
    const store = createStore({ clock });
    const goal = await store.goals.add({ description: 'Tie shoes', order: 1 });
    clock.advance(60_000);
    const updated = await store.goals.update(goal.id, { order: 2 });
    expect(goal.createdAt).to.equal(Date.UTC(2040, 0, 1));
    expect(updated.updatedAt).to.equal(Date.UTC(2040, 0, 1, 0, 1));
    expect((await store.changes()).map((c) => c.at)).to.deep.equal([Date.UTC(2040, 0, 1), Date.UTC(2040, 0, 1, 0, 1)]);
  });
});
