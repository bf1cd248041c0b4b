import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, createStore, draftKey, indexedDbAdapter, indexedDbDrafts, type OtStore } from '@otkit/sdk';
import '@otkit/elements/ot-service-minutes.js';
import '@otkit/elements/ot-provider.js';
import type { OtServiceMinutes } from '@otkit/elements';
import { STUDENTS, T0, TODAY, services } from './helpers.js';

const part = <T extends HTMLElement>(el: OtServiceMinutes, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

/** A caseload on the IndexedDB database `database`: a page load (a new store, a new element). */
async function caseloadOn(database: string, lang = 'en'): Promise<{ el: OtServiceMinutes; store: OtStore }> {
  const store = createStore({ adapter: indexedDbAdapter({ name: database }) });
  await store.ready;
  if (!store.iepServices.size) {
    for (const student of STUDENTS) await store.clients.put({ ...student, createdAt: T0 });
    for (const service of services()) await store.iepServices.put(service as never);
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
  const database = `otkit-minutes-drafts-${Math.random().toString(36).slice(2)}`;
  const drafts = indexedDbDrafts(`${database}-drafts`);
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
    expect(store.serviceLogs.size, 'an unlogged session is no record').to.equal(0);

    el.shadowRoot!.querySelector<HTMLInputElement>('[part="pick"]')!.click();
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, 'minutes-input').value, 'the draft wins over the mandate').to.equal('25');
    part<HTMLButtonElement>(el, 'log-button').click();
    await waitUntil(() => store.serviceLogs.size === 1, 'logged');
    expect(store.serviceLogs.list()[0]).to.include({ minutes: 25, note: 'Recortó con tijeras: señal verbal' });
    await waitUntil(async () => (await drafts.read(key('note'))) === undefined, 'the note draft outlived the log');
    expect(await drafts.read(key('minutes'))).to.equal(undefined);
    await el.updateComplete;
    expect(part<HTMLTextAreaElement>(el, 'note-input').value, 'the logged note leaves the form').to.equal('');
  });
});
