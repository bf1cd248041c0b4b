import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { OT_IDB_VERSION, createStore, indexedDbAdapter, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import { StoreController, type OtErrorEvent, type OtProvider } from '@otkit/elements';

class TestGoalCount extends LitElement {
  readonly goals = new StoreController(this, (s) => s.goals);
  renders = 0;
  override render(): TemplateResult {
    this.renders++;
    return litHtml`<p>${this.goals.store ? `${this.goals.value?.size ?? 0} goals` : 'no store'}</p>`;
  }
}
customElements.define('test-goal-count', TestGoalCount);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

function uniqueDb(): string {
  return `otkit-test-provider-${Math.random().toString(36).slice(2)}`;
}

async function deleteDb(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

// This page loads hundreds of modules (the unbundled test build): past the default buffer of 250 entries the
// browser records no more, so the check below would miss the store code's fetch.
performance.setResourceTimingBufferSize(100_000);

/** Whether this page has fetched the provider's store code (its module file, in this unbundled test build). */
const storeCodeLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/provider/open-store.'));

/** Lets the current task and the provider's removal check (a timer of 0 ms) run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('<ot-provider>', () => {
  // First in the file, on purpose: once any provider in this page has made a store, the code stays loaded.
  describe('loading the store code', () => {
    it('never loads the store code when the page gives the provider a store', async () => {
      const store = createStore();
      const el = await fixture<OtProvider>(
        html`<ot-provider .store=${store}><test-goal-count></test-goal-count></ot-provider>`,
      );
      await nextTask();
      expect(el.store).to.equal(store);
      expect(storeCodeLoaded(), 'the store code was fetched').to.equal(false);
    });

    it('loads it when it has to make a store, and provides the store once updateComplete settles', async () => {
      const el = await fixture<OtProvider>(
        html`<ot-provider storage="memory"><test-goal-count></test-goal-count></ot-provider>`,
      );
      expect(storeCodeLoaded(), 'the store code was not fetched').to.equal(true);
      expect(el.store?.adapter.kind).to.equal('memory');
      const child = el.querySelector('test-goal-count') as TestGoalCount;
      await child.updateComplete;
      expect(text(child)).to.equal('0 goals');
    });
  });

  describe('accessibility', () => {
    it('is accessible with content inside', async () => {
      const el = await fixture<OtProvider>(html`<ot-provider storage="memory"><p>Hello</p></ot-provider>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('the store it provides', () => {
    it('hands a store set by the page to elements inside it, and they follow its changes', async () => {
      const store: OtStore = createStore({ adapter: memoryAdapter() });
      const el = await fixture<OtProvider>(
        html`<ot-provider .store=${store}><test-goal-count></test-goal-count></ot-provider>`,
      );
      const child = el.querySelector('test-goal-count') as TestGoalCount;
      await child.updateComplete;
      expect(text(child)).to.equal('0 goals');
      await store.goals.add({ description: 'Tie shoes', order: 1 });
      await child.updateComplete;
      expect(text(child)).to.equal('1 goals');
    });

    it('re-renders a consumer only when its slice changes', async () => {
      const store = createStore();
      const el = await fixture<OtProvider>(
        html`<ot-provider .store=${store}><test-goal-count></test-goal-count></ot-provider>`,
      );
      const child = el.querySelector('test-goal-count') as TestGoalCount;
      await child.updateComplete;
      const before = child.renders;
      await store.clients.add({ alias: 'Blue fox' });
      await child.updateComplete;
      expect(child.renders).to.equal(before);
      await store.goals.add({ description: 'Zip a coat', order: 1 });
      await child.updateComplete;
      expect(child.renders).to.equal(before + 1);
    });

    it('switches consumers to a new store when the page replaces it', async () => {
      const first = createStore({
        adapter: memoryAdapter({ seed: { goals: [{ id: 'g1', description: 'A', order: 1, createdAt: 1 }] } }),
      });
      const second = createStore();
      await first.ready;
      const el = await fixture<OtProvider>(
        html`<ot-provider .store=${first}><test-goal-count></test-goal-count></ot-provider>`,
      );
      const child = el.querySelector('test-goal-count') as TestGoalCount;
      await child.updateComplete;
      expect(text(child)).to.equal('1 goals');
      el.store = second;
      await el.updateComplete;
      await child.updateComplete;
      expect(text(child)).to.equal('0 goals');
      // the old store no longer drives the consumer
      await first.goals.add({ description: 'B', order: 2 });
      await child.updateComplete;
      expect(text(child)).to.equal('0 goals');
    });

    it('leaves elements outside any provider without a store', async () => {
      const child = await fixture<TestGoalCount>(html`<test-goal-count></test-goal-count>`);
      expect(text(child)).to.equal('no store');
    });

    it('creates a memory store with storage="memory"', async () => {
      const el = await fixture<OtProvider>(html`<ot-provider storage="memory"></ot-provider>`);
      expect(el.store?.adapter.kind).to.equal('memory');
    });

    it('creates a store persisted in IndexedDB by default, which a new provider on the same database reads back', async () => {
      const name = uniqueDb();
      try {
        const first = await fixture<OtProvider>(html`<ot-provider database=${name}></ot-provider>`);
        expect(first.store?.adapter.kind).to.equal(`indexeddb:${name}`);
        await first.store!.goals.add({ description: 'Cut on a line', order: 1 });
        first.store!.close();
        const second = await fixture<OtProvider>(html`<ot-provider database=${name}></ot-provider>`);
        await second.store!.ready;
        expect(second.store!.goals.list().map((g) => g.description)).to.deep.equal(['Cut on a line']);
        second.store!.close();
      } finally {
        await deleteDb(name);
      }
    });
  });

  describe('lifecycle', () => {
    it('closes the store it made when it is removed for good', async () => {
      const el = await fixture<OtProvider>(html`<ot-provider storage="memory"></ot-provider>`);
      const store = el.store!;
      await store.ready;
      el.remove();
      await nextTask();
      expect(store.status).to.equal('closed');
      expect(el.store).to.equal(undefined);
    });

    it('keeps its store when it is only moved (removed and put back in the same task)', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <section><ot-provider storage="memory"></ot-provider></section>
          <section></section>
        </div>`,
      );
      const el = wrapper.querySelector('ot-provider')!;
      await el.updateComplete;
      const store = el.store!;
      await store.goals.add({ description: 'Button a shirt', order: 1 });
      el.remove();
      wrapper.lastElementChild!.append(el);
      await nextTask();
      expect(store.status).to.equal('ready');
      expect(el.store).to.equal(store);
      expect(store.goals.list().map((g) => g.description)).to.deep.equal(['Button a shirt']);
    });

    it('makes a new store when it comes back after being removed for good', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><ot-provider storage="memory"></ot-provider></div>`);
      const el = wrapper.querySelector('ot-provider')!;
      await el.updateComplete;
      const first = el.store!;
      el.remove();
      await nextTask();
      wrapper.append(el);
      await el.updateComplete;
      expect(first.status).to.equal('closed');
      expect(el.store?.status).to.not.equal('closed');
      expect(el.store).to.not.equal(first);
    });

    it('never closes a store the page gave it', async () => {
      const store = createStore();
      const el = await fixture<OtProvider>(html`<ot-provider .store=${store}></ot-provider>`);
      await store.ready;
      el.remove();
      await nextTask();
      expect(store.status).to.equal('ready');
      expect(el.store).to.equal(store);
    });

    it('closes the store it made and opens another when the database changes', async () => {
      const el = await fixture<OtProvider>(html`<ot-provider storage="memory"></ot-provider>`);
      const first = el.store!;
      el.storage = 'indexeddb';
      el.database = uniqueDb();
      await el.updateComplete;
      try {
        expect(first.status).to.equal('closed');
        expect(el.store?.adapter.kind).to.equal(`indexeddb:${el.database}`);
      } finally {
        el.store?.close();
        await deleteDb(el.database);
      }
    });
  });

  describe('when storage cannot be opened', () => {
    let saved: PropertyDescriptor | undefined;
    beforeEach(() => {
      saved = Object.getOwnPropertyDescriptor(window, 'indexedDB');
      const broken = {
        open() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      };
      Object.defineProperty(window, 'indexedDB', { value: broken, configurable: true });
    });
    afterEach(() => {
      if (saved) Object.defineProperty(window, 'indexedDB', saved);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    });

    it('falls back to memory, says so in a status notice, and fires ot-error', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('ot-provider');
      const errored = oneEvent(el, 'ot-error') as Promise<OtErrorEvent>;
      wrapper.append(el);
      const event = await errored;
      expect(event.detail.error.code).to.equal('persistence');
      await waitUntil(() => el.store?.adapter.kind === 'memory', 'provider fell back to memory');
      await el.updateComplete;
      const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.contain('Storage is not available');
      // the page keeps working: writes go to memory
      await el.store!.goals.add({ description: 'Still works', order: 1 });
      expect(el.store!.goals.size).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('words the notice in Spanish on a Spanish page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const el = document.createElement('ot-provider');
      wrapper.append(el);
      await waitUntil(() => el.store?.adapter.kind === 'memory');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('No hay almacenamiento');
    });
  });
});

describe('<ot-provider> tells of stored data it cannot change or read', () => {
  /** Fixtures a provider on `name` and collects the ot-error events it fires while it opens. */
  async function providerOn(name: string): Promise<{ el: OtProvider; errors: OtErrorEvent[] }> {
    const errors: OtErrorEvent[] = [];
    const collect = (event: Event) => errors.push(event as OtErrorEvent);
    document.addEventListener('ot-error', collect);
    const el = await fixture<OtProvider>(html`<ot-provider database=${name}></ot-provider>`);
    await el.store!.ready;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="notice"]'), 'no notice');
    document.removeEventListener('ot-error', collect);
    return { el, errors };
  }

  it('a record that fails its checks: ot-error and a status notice; the record is kept aside in store.quarantine', async () => {
    const name = uniqueDb();
    try {
      const seed = createStore({ adapter: indexedDbAdapter({ name }) });
      await seed.ready;
      seed.close();
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => {
          const tx = req.result.transaction('goals', 'readwrite');
          tx.objectStore('goals').put({ id: 'bad', description: 'Tie shoes', order: 'first', createdAt: 1 });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      const { el, errors } = await providerOn(name);
      expect(errors.map((e) => e.detail.error.code)).to.deep.equal(['validation']);
      const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent!.trim()).to.equal('1 saved record could not be read. It is kept aside, not lost.');
      expect(el.store!.quarantine.map((q) => q.key)).to.deep.equal(['bad']);
      el.store!.close();
    } finally {
      await deleteDb(name);
    }
  });

  it('a database a newer version wrote: ot-error (newer-version), a notice, and the store stays read-only', async () => {
    const name = uniqueDb();
    try {
      const newer = createStore({ adapter: indexedDbAdapter({ name, version: OT_IDB_VERSION + 1 }) });
      await newer.goals.add({ description: 'Written by a newer OT Kit', order: 1 });
      newer.close();
      const { el, errors } = await providerOn(name);
      expect(errors.map((e) => e.detail.error.code)).to.deep.equal(['newer-version']);
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent!.trim()).to.equal(
        'This data was saved by a newer version of OT Kit. It is shown read-only: update to change it.',
      );
      expect(el.store!.status).to.equal('read-only');
      expect(el.store!.goals.size).to.equal(1);
      el.store!.close();
    } finally {
      await deleteDb(name);
    }
  });
});
