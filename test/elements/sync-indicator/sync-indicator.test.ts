import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@otkit/elements/ot-provider.js';
import '@otkit/elements/ot-sync-indicator.js';
import type { OtSyncIndicator } from '@otkit/elements/ot-sync-indicator.js';
import { createStore, httpSync, memoryAdapter, type OtStore, type OtSyncStatus } from '@otkit/sdk';
import { elementContract } from '../../helpers/element-contract.js';

const synced: OtSyncStatus = {
  state: 'idle',
  pending: 0,
  rejected: 0,
  overwritten: 0,
  lastSuccess: 1,
  error: undefined,
  leader: true,
};
const offline: OtSyncStatus = { ...synced, state: 'offline', pending: 3 };

/** A store whose server always answers 401 (through the host's own fetch, as a portal's expired session does). */
function signedOutStore(requests: { count: number }): OtStore {
  return createStore({
    adapter: memoryAdapter(),
    sync: httpSync({
      url: 'https://portal.example/api/sync',
      fetch: async () => {
        requests.count += 1;
        return new Response('{"error":{"code":"unauthorized","message":"Sign in"}}', {
          status: 401,
          headers: { 'content-type': 'application/json' },
        });
      },
      pullIntervalMs: 0,
    }),
  });
}

async function inProvider(store: OtStore): Promise<OtSyncIndicator> {
  const provider = await fixture(
    html`<ot-provider .store=${store}><ot-sync-indicator></ot-sync-indicator></ot-provider>`,
  );
  const el = provider.querySelector('ot-sync-indicator')!;
  await store.goals.add({ description: 'Tie shoes', order: 1 });
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="retry"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
  return el;
}

const label = (el: OtSyncIndicator) =>
  [...el.shadowRoot!.querySelectorAll('[part="label"]')].map((p) => p.textContent).join(' ');
const announced = (el: OtSyncIndicator) => el.shadowRoot!.querySelector('[part="announcer"]')!.textContent;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<ot-sync-indicator>', () => {
  describe('contract', () => {
    elementContract<OtSyncIndicator>({
      tag: 'ot-sync-indicator',
      states: {
        synced: () => fixture(html`<ot-sync-indicator .status=${synced}></ot-sync-indicator>`),
        'offline, in Spanish': () =>
          fixture(html`<ot-sync-indicator lang="es" .status=${offline}></ot-sync-indicator>`),
        'signed out': () => inProvider(signedOutStore({ count: 0 })),
      },
      badAttributes: {},
      propertySets: { status: offline },
    });
  });

  describe('properties', () => {
    it('says where the changes are, in the page language', async () => {
      const el = await fixture<OtSyncIndicator>(html`<ot-sync-indicator .status=${synced}></ot-sync-indicator>`);
      expect(label(el)).to.equal('Saved to the portal');
      el.status = { ...offline, rejected: 2 };
      await el.updateComplete;
      expect(label(el)).to.equal('Offline: 3 changes wait 2 changes were refused');
      const spanish = await fixture<OtSyncIndicator>(
        html`<ot-sync-indicator lang="es" .status=${offline}></ot-sync-indicator>`,
      );
      expect(label(spanish)).to.equal('Sin conexión: 3 cambios en espera');
    });

    it('shows nothing for a store that does not sync, and hides with `hidden`', async () => {
      const provider = await fixture(
        html`<ot-provider .store=${createStore()}><ot-sync-indicator></ot-sync-indicator></ot-provider>`,
      );
      const el = provider.querySelector('ot-sync-indicator')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
      const hidden = await fixture(html`<ot-sync-indicator hidden .status=${synced}></ot-sync-indicator>`);
      expect(getComputedStyle(hidden).display).to.equal('none');
    });
  });

  describe('live region', () => {
    it('stays quiet through ordinary rounds and speaks when sync goes offline or is back', async () => {
      const el = await fixture<OtSyncIndicator>(html`<ot-sync-indicator .status=${synced}></ot-sync-indicator>`);
      for (const state of ['syncing', 'idle', 'syncing', 'idle'] as const) {
        el.status = { ...synced, state };
        await el.updateComplete;
      }
      await sleep(100);
      expect(announced(el)).to.equal('');
      el.status = offline;
      await el.updateComplete;
      await sleep(100);
      expect(announced(el)).to.equal('Offline: 3 changes wait');
      el.status = synced;
      await el.updateComplete;
      await sleep(100);
      expect(announced(el)).to.equal('Saved to the portal');
    });
  });

  describe('connected to a store', () => {
    it('follows the store, asks to sign in on a 401 and tries again on "Try now"', async () => {
      const requests = { count: 0 };
      const el = await inProvider(signedOutStore(requests));
      expect(label(el)).to.equal('Sign in again to send changes to the portal');
      const before = requests.count;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      for (let i = 0; i < 100 && requests.count === before; i++) await sleep(20);
      expect(requests.count).to.be.greaterThan(before);
    });

    it('<ot-provider> fires ot-sync-status with the store status', async () => {
      const store = signedOutStore({ count: 0 });
      const provider = await fixture(html`<ot-provider .store=${store}></ot-provider>`);
      const event = oneEvent(provider, 'ot-sync-status');
      await store.goals.add({ description: 'Tie shoes', order: 1 });
      const { detail } = await event;
      expect(detail.status).to.have.property('state');
      expect(['idle', 'syncing', 'error']).to.include(detail.status.state);
    });
  });
});
