import { expect } from '@open-wc/testing';
import { type OtStore } from '@otkit/sdk';
import { rejection } from '../helpers/sdk-testing.js';

export { rejection };

/** Runs `act` and checks that the store's state, change log and subscribers saw nothing. */
export async function expectUnchanged(store: OtStore, act: () => Promise<unknown>): Promise<unknown> {
  await store.ready;
  const state = store.getState();
  const log = await store.changes();
  let calls = 0;
  const stop = store.subscribe(
    (s) => s,
    () => calls++,
  );
  const error = await rejection(act());
  stop();
  expect(store.getState(), 'state').to.equal(state);
  expect(await store.changes(), 'change log').to.deep.equal(log);
  expect(calls, 'subscriber calls').to.equal(0);
  return error;
}
