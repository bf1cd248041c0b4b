import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createStore,
  draftKey,
  getRecord,
  indexedDbAdapter,
  indexedDbDrafts,
  planHomeProgram,
  planPracticeLog,
  type OtStore,
} from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtHomeProgram } from '@otkit/elements';

const T0 = new Date(2026, 11, 7, 9).getTime();
const TODAY = '2026-12-09';
const PROGRAM = planHomeProgram(
  { activities: [{ libraryId: 'calm-breathing' }, { libraryId: 'putty' }], language: 'es' },
  { at: T0, id: 'p1' },
);
const ENTRY = planPracticeLog(PROGRAM, { homeProgramId: 'p1', activityId: 'a1', date: TODAY }, { at: T0, id: 'l1' });

/** A page load on the IndexedDB database `database`: a new store, the therapist's and the family's views. */
async function open(database: string): Promise<{ store: OtStore; therapist: OtHomeProgram; family: OtHomeProgram }> {
  const store = createStore({ adapter: indexedDbAdapter({ name: database }) });
  await store.ready;
  if (!store.homePrograms.size) {
    await store.homePrograms.put(PROGRAM);
    await store.practiceLogs.put(ENTRY);
  }
  const provider = await fixture(
    html`<ot-provider .store=${store}>
      <ot-home-program lang="es" view="therapist" program-id="p1" home-page="https://example.org/home.html">
      </ot-home-program>
      <ot-home-program lang="es" view="family" program-id="p1" today=${TODAY}></ot-home-program>
    </ot-provider>`,
  );
  const [therapist, family] = provider.querySelectorAll('ot-home-program');
  await waitUntil(() => family!.shadowRoot!.querySelector('[name="note"]'), 'the family view');
  await waitUntil(() => therapist!.shadowRoot!.querySelector('[name="when"]'), 'the builder');
  return { store, therapist: therapist!, family: family! };
}

/** The field named `name` (of activity `a1`, the calm breathing, where there is one per activity). */
const field = (el: OtHomeProgram, name: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`[data-activity="a1"] [name="${name}"], form [name="${name}"]`)!;

async function type(el: OtHomeProgram, name: string, text: string): Promise<void> {
  const input = field(el, name);
  input.closest('details')?.setAttribute('open', '');
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

// Issue 16: what a therapist or a family typed and did not save yet survives a reload (device-local drafts).
describe('<ot-home-program> drafts', () => {
  const database = `otkit-home-drafts-${Math.random().toString(36).slice(2)}`;
  const drafts = indexedDbDrafts(`${database}-drafts`);
  let store: OtStore | undefined;

  afterEach(async () => {
    store?.adapter.close?.();
    for (const name of [database, `${database}-drafts`])
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
  });

  it('puts back unsaved minutes, when, an import code and a family note after a reload, and forgets them once saved', async () => {
    const first = await open(database);
    await type(first.family, 'helped', 'La música');
    await type(first.family, 'note', 'Le costó empezar, luego bien');
    await type(first.therapist, 'code', 'L1.abc');
    // Leaving the minutes saves them (change); "when" is still being typed into when the page goes.
    await type(first.therapist, 'minutes', '12');
    await type(first.therapist, 'when', 'Después de cenar');
    const key = (field: string) => draftKey('ot-home-program', 'p1', field);
    await waitUntil(async () => (await drafts.read(key('when:a1'))) === 'Después de cenar', 'kept');
    expect(await drafts.read(key('minutes:a1')), 'saved minutes leave no draft').to.equal(undefined);
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);
    first.store.adapter.close?.();
    first.therapist.closest('ot-provider')!.remove();

    const { therapist, family, ...reloaded } = await open(database);
    store = reloaded.store;
    await waitUntil(() => field(family, 'note').value !== '', 'the family note comes back');
    expect(field(family, 'note').value).to.equal('Le costó empezar, luego bien');
    expect(field(family, 'helped').value).to.equal('La música');
    expect(field(family, 'note').closest('details')!.open, 'the note is unfolded').to.equal(true);
    await waitUntil(() => field(therapist, 'when').value !== '', 'the builder’s text comes back');
    expect(field(therapist, 'when').value).to.equal('Después de cenar');
    expect(field(therapist, 'minutes').value).to.equal('12');
    expect(field(therapist, 'code').value).to.equal('L1.abc');
    const stored = () => getRecord(store!.getState(), 'homePrograms', 'p1')!.activities[0]!;
    expect(stored(), 'unsaved text is no record').to.include({ minutes: 12, when: PROGRAM.activities[0]!.when });
    expect(getRecord(store.getState(), 'practiceLogs', 'l1')!.note).to.equal(undefined);

    // Saving: a field's change event for the builder, "Save note" for the family.
    field(therapist, 'when').dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => stored().when === 'Después de cenar', 'when is saved');
    await waitUntil(async () => (await drafts.read(key('when:a1'))) === undefined, 'the saved text’s draft goes');
    expect(await drafts.read(key('code')), 'an unsent code keeps its draft').to.equal('L1.abc');
    field(family, 'note').form!.querySelector('button')!.click();
    await waitUntil(() => getRecord(store!.getState(), 'practiceLogs', 'l1')!.note === 'Le costó empezar, luego bien');
    await waitUntil(async () => (await drafts.read(key('note:l1'))) === undefined, 'the note’s draft goes');
    expect(await drafts.read(key('helped:l1'))).to.equal(undefined);
  });
});
