import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { createManualClock, createStore, listRecords, OtValidationError, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import { OtElement, StoreController, type OtErrorEvent, type OtProvider } from '@otkit/elements';

/** Shows the goals of whichever store it uses; `goals` set by the page seed its own store. */
class TestGoalList extends OtElement {
  static override properties = { goals: { attribute: false }, dataError: { state: true } };
  goals: unknown[] | undefined;
  readonly data = new StoreController(this, {
    select: (state) => state.goals,
    externalCollections: ['clients'],
    clock: () => createManualClock(Date.UTC(2026, 0, 5, 9)),
  });
  dataError: OtValidationError | undefined;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('goals')) return;
    if (!this.goals) {
      this.data.unseed();
      this.dataError = undefined;
      return;
    }
    this.data.seed({ goals: this.goals }, { subject: 'property "goals"' }).then(
      () => (this.dataError = undefined),
      (error: unknown) => (this.dataError = this.reportError(error) as OtValidationError),
    );
  }

  override render(): TemplateResult {
    const store = this.data.store;
    if (!store) return litHtml`<p role="status">Loading…</p>`;
    const goals = listRecords(store.getState(), 'goals');
    return litHtml`${this.dataError ? this.renderError(this.dataError) : ''}
      <ul part="list">
        ${goals.map((goal) => litHtml`<li>${goal.description}</li>`)}
      </ul>`;
  }
}
customElements.define('test-goal-list', TestGoalList);

/** Keeps its data elsewhere and only looks at the provider's store (as the session timer does). */
class TestNeverAsks extends OtElement {
  readonly data = new StoreController(this, { select: (state) => state.sessionRecords });
  override render(): TemplateResult {
    return litHtml`<p>${this.data.provided ? 'connected' : 'standalone'}</p>`;
  }
}
customElements.define('test-never-asks', TestNeverAsks);

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=list] li')].map((li) => li.textContent);

describe('StoreController', () => {
  describe('standalone', () => {
    it('works on a memory store of its own, made once; updateComplete waits for it', async () => {
      const el = await fixture<TestGoalList>(html`<test-goal-list></test-goal-list>`);
      const store = el.data.store!;
      expect(store).to.not.equal(undefined);
      expect(el.shadowRoot!.querySelector('[role=status]')).to.equal(null);
      expect(el.data.isOwn).to.equal(true);
      expect(el.data.provided).to.equal(undefined);
      await store.goals.add({ description: 'Tie shoes', order: 1 });
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Tie shoes']);
      expect(el.data.store).to.equal(store);
    });

    it('lets its own store hold references into external collections', async () => {
      const el = await fixture<TestGoalList>(html`<test-goal-list></test-goal-list>`);
      const store = await el.data.loadedStore();
      const goal = await store.goals.add({ description: 'Zip coat', order: 1, clientId: 'held-by-portal' });
      expect(goal.clientId).to.equal('held-by-portal');
      expect(store.clients.size).to.equal(0);
    });

    it("stamps its own store's records with the element's clock", async () => {
      const el = await fixture<TestGoalList>(html`<test-goal-list></test-goal-list>`);
      const goal = await (await el.data.loadedStore()).goals.add({ description: 'Tie shoes', order: 1 });
      expect(goal.createdAt).to.equal(Date.UTC(2026, 0, 5, 9));
    });

    it('makes no store of its own for an element that never asks for one', async () => {
      const el = document.createElement('test-never-asks') as TestNeverAsks;
      document.body.append(el);
      await el.updateComplete;
      expect(el.data.isOwn).to.equal(false);
      expect(el.data.provided).to.equal(undefined);
      el.remove();
    });

    it('gives page records without a time the time they came in', async () => {
      const el = await fixture<TestGoalList>(html`<test-goal-list></test-goal-list>`);
      el.goals = [{ id: 'g1', description: 'Tie shoes', order: 1 }];
      await el.updateComplete;
      expect(el.data.store!.goals.get('g1')?.createdAt).to.equal(Date.UTC(2026, 0, 5, 9));
    });
  });

  describe('page data', () => {
    it('seeds a store of its own; updateComplete waits until it has loaded', async () => {
      const el = await fixture<TestGoalList>(html`<test-goal-list></test-goal-list>`);
      el.goals = [{ id: 'g1', description: 'Tie shoes', order: 1, createdAt: 0 }];
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Tie shoes']);
      expect(el.data.isSeeded).to.equal(true);
    });

    it('wins over the provider, and the provider comes back when the data goes', async () => {
      const provided: OtStore = createStore();
      await provided.goals.add({ description: 'From the store', order: 1 });
      const provider = await fixture<OtProvider>(html`
        <ot-provider .store=${provided}><test-goal-list></test-goal-list></ot-provider>
      `);
      const el = provider.querySelector<TestGoalList>('test-goal-list')!;
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['From the store']);
      expect(el.data.isOwn).to.equal(false);

      el.goals = [{ id: 'g1', description: 'From the page', order: 1, createdAt: 0 }];
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['From the page']);
      expect(el.data.provided).to.equal(provided);
      await el.data.store!.goals.add({ description: 'Added to the page data', order: 2 });
      expect(provided.goals.size).to.equal(1);

      el.goals = undefined;
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['From the store']);
      expect(el.data.store).to.equal(provided);
    });

    it('refuses bad page data with every problem named, and keeps what it held', async () => {
      const el = await fixture<TestGoalList>(html`<test-goal-list></test-goal-list>`);
      el.goals = [{ id: 'g1', description: 'Tie shoes', order: 1, createdAt: 0 }];
      await el.updateComplete;
      const errors: OtErrorEvent[] = [];
      el.addEventListener('ot-error', (e) => errors.push(e));
      el.goals = [
        { id: 'g2', description: '', order: 1, createdAt: 0 },
        { id: 'g3', description: 'Fine', order: 'first', createdAt: 0 },
      ];
      await el.updateComplete;
      expect(errors).to.have.length(1);
      const error = errors[0]!.detail.error as OtValidationError;
      expect(error.subject).to.equal('property "goals"');
      expect(error.issues.map((i) => i.path)).to.deep.equal([
        ['goals', 0, 'description'],
        ['goals', 1, 'order'],
      ]);
      expect(items(el)).to.deep.equal(['Tie shoes']);
      expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.include('goals[0].description');
    });

    it('checks references between the records given, and names repeated ids', async () => {
      const el = await fixture<TestGoalList>(html`<test-goal-list></test-goal-list>`);
      let error: unknown;
      try {
        await el.data.seed(
          {
            goals: [
              { id: 'g1', description: 'A', order: 1, createdAt: 0 },
              { id: 'g1', description: 'B', order: 2, createdAt: 0 },
            ],
            progressEntries: [{ id: 'p1', goalId: 'g9', at: 0 }],
          },
          { names: { progressEntries: 'progress' } },
        );
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(OtValidationError);
      const issues = (error as OtValidationError).issues;
      expect(issues.map((i) => [i.path, i.code])).to.deep.equal([
        [['goals', 1, 'id'], 'duplicate'],
        [['progress', 0, 'goalId'], 'reference'],
      ]);
      expect((error as OtValidationError).subject).to.equal('page data');
      expect(el.data.isSeeded).to.equal(false);
    });

    it('puts only the latest page data in use when several come at once', async () => {
      const el = await fixture<TestGoalList>(html`<test-goal-list></test-goal-list>`);
      const first = el.data.seed({ goals: [{ id: 'g1', description: 'First', order: 1 }] });
      const second = el.data.seed({ goals: [{ id: 'g2', description: 'Second', order: 1 }] });
      await Promise.all([first, second]);
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Second']);
    });
  });

  describe('connected', () => {
    it("uses the provider's store and never makes one of its own", async () => {
      const provided: OtStore = createStore();
      const provider = await fixture<OtProvider>(html`
        <ot-provider .store=${provided}><test-goal-list></test-goal-list></ot-provider>
      `);
      const el = provider.querySelector<TestGoalList>('test-goal-list')!;
      expect(el.data.store).to.equal(provided);
      await provided.goals.add({ description: 'Live', order: 1 });
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Live']);
    });
  });
});
