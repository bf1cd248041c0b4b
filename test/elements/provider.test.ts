import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import { StoreController, type OtErrorEvent, type OtProvider } from '@otkit/elements';

class TestGoalCount extends LitElement {
  readonly goals = new StoreController(this, (s) => s.goals);
  renders = 0;
  override render(): TemplateResult {
    this.renders++;
    return litHtml`<p>${this.goals.store ? `${Object.keys(this.goals.value ?? {}).length} goals` : 'no store'}</p>`;
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
