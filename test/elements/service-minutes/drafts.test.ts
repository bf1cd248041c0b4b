import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, createStore, draftKey, indexedDbAdapter, indexedDbDrafts, type OtStore } from '@otkit/sdk';
import '@otkit/elements/ot-service-minutes.js';
import '@otkit/elements/ot-provider.js';
import type { OtServiceMinutes } from '@otkit/elements';
import { STUDENTS, T0, TODAY, entries, services } from './helpers.js';

const part = <T extends HTMLElement>(el: OtServiceMinutes, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

/** A caseload on the IndexedDB database `database`: a page load (a new store, a new element). */
async function caseloadOn(database: string, lang = 'en'): Promise<{ el: OtServiceMinutes; store: OtStore }> {
  const store = createStore({ adapter: indexedDbAdapter({ name: database }) });
  await store.ready;
  if (!store.iepServices.size) {
    for (const student of STUDENTS) await store.clients.put({ ...student, createdAt: T0 });
    for (const service of services()) await store.iepServices.put(service as never);
    for (const entry of entries()) await store.serviceLogs.put(entry as never);
  }
  const provider = await fixture(
    html`<ot-provider .store=${store}>
      <ot-service-minutes lang=${lang} today=${TODAY} time-zone="America/Chicago" .clock=${createManualClock(T0)}>
      </ot-service-minutes>
    </ot-provider>`,
  );
  const el = provider.querySelector('ot-service-minutes')!;
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="student"]').length === 3, 'the caseload');
  return { el, store };
}

async function type(el: OtServiceMinutes, name: string, text: string): Promise<void> {
  const field = part<HTMLInputElement>(el, name);
  field.focus();
  field.select();
  await sendKeys({ type: text });
}

// Issue 16: typed but unlogged minutes and notes survive a reload (device-local drafts, not localStorage).
describe('<ot-service-minutes> drafts', () => {
  // A database per test: the drafts database of one test, still open here, would hold up deleting it.
  let database = '';
  let drafts = indexedDbDrafts('');
  beforeEach(() => {
    database = `otkit-minutes-drafts-${Math.random().toString(36).slice(2)}`;
    drafts = indexedDbDrafts(`${database}-drafts`);
  });
  const key = (field: string) => draftKey('ot-service-minutes', field);
  let open: OtStore | undefined;

  afterEach(async () => {
    open?.adapter.close?.();
    for (const name of [database, `${database}-drafts`])
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
  });

  it('puts back the typed minutes and note after a reload, and forgets them once the session is logged', async () => {
    const first = await caseloadOn(database, 'es');
    await type(first.el, 'minutes-input', '25');
    await type(first.el, 'note-input', 'Recortó con tijeras: señal verbal');
    await waitUntil(async () => (await drafts.read(key('note'))) === 'Recortó con tijeras: señal verbal', 'kept');
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);
    first.store.adapter.close?.();
    first.el.closest('ot-provider')!.remove();

    const { el, store } = await caseloadOn(database, 'es');
    open = store;
    await waitUntil(() => part<HTMLTextAreaElement>(el, 'note-input').value !== '', 'the note comes back');
    expect(part<HTMLTextAreaElement>(el, 'note-input').value).to.equal('Recortó con tijeras: señal verbal');
    expect(part<HTMLInputElement>(el, 'minutes-input').value).to.equal('25');
    const before = store.serviceLogs.size;

    el.shadowRoot!.querySelector<HTMLInputElement>('[part="pick"]')!.click();
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, 'minutes-input').value, 'the draft wins over the mandate').to.equal('25');
    part<HTMLButtonElement>(el, 'log-button').click();
    await waitUntil(() => store.serviceLogs.size === before + 1, 'logged');
    expect(store.serviceLogs.list().find((entry) => entry.note)).to.include({
      minutes: 25,
      note: 'Recortó con tijeras: señal verbal',
    });
    await waitUntil(async () => (await drafts.read(key('note'))) === undefined, 'the note draft outlived the log');
    expect(await drafts.read(key('minutes'))).to.equal(undefined);
    await el.updateComplete;
    expect(part<HTMLTextAreaElement>(el, 'note-input').value, 'the logged note leaves the form').to.equal('');
  });

  it('puts back the minutes typed into a log entry being corrected once the entry is edited again', async () => {
    const button = (el: OtServiceMinutes, words: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="entry"] button')].find(
        (b) => b.textContent!.trim() === words,
      )!;
    const editField = (el: OtServiceMinutes) =>
      el.shadowRoot!.querySelector<HTMLInputElement>('[part~="entry"] input')!;
    const first = await caseloadOn(database);
    first.el.openService = 's-ana';
    await first.el.updateComplete;
    button(first.el, 'Edit').click();
    await first.el.updateComplete;
    expect(editField(first.el).value).to.equal('30');
    editField(first.el).focus();
    editField(first.el).select();
    await sendKeys({ type: '25' });
    const entryKey = draftKey('ot-service-minutes', 'entry-minutes', 'e1');
    await waitUntil(async () => (await drafts.read(entryKey)) === '25', 'kept');
    first.store.adapter.close?.();
    first.el.closest('ot-provider')!.remove();

    const { el, store } = await caseloadOn(database);
    open = store;
    el.openService = 's-ana';
    await el.updateComplete;
    button(el, 'Edit').click();
    await waitUntil(() => editField(el)?.value === '25', 'the typed minutes come back');
    expect(store.serviceLogs.get('e1')!.minutes, 'not saved before Save').to.equal(30);
    button(el, 'Save').click();
    await waitUntil(() => store.serviceLogs.get('e1')!.minutes === 25, 'saved');
    await waitUntil(async () => (await drafts.read(entryKey)) === undefined, 'the draft goes once saved');
  });
});
