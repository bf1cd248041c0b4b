/**
 * The family page as built (packages/embed/dist/home.html): a note typed and not saved yet is kept on the
 * phone (the drafts of the page's IndexedDB store, otkit-home) and is back after a reload.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { draftKey, encodeHomeProgramFragment, indexedDbDrafts, listRecords, planHomeProgram } from '@otkit/sdk';
import type { OtHomeProgram, OtProvider } from '@otkit/elements';
import { openHomePage } from './home-page-frame.js';

let iframe: HTMLIFrameElement | undefined;
afterEach(() => iframe?.remove());

/** Opens (or reloads) the page in a phone-wide frame and waits until it says it is ready. */
async function open(src?: string): Promise<HTMLIFrameElement> {
  const opened = await openHomePage(iframe, src);
  iframe = opened.frame;
  expect(opened.ready.storage, 'the page keeps data in IndexedDB').to.equal('indexeddb');
  return iframe;
}

const family = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<OtHomeProgram>('ot-home-program')!;
const note = (frame: HTMLIFrameElement) =>
  family(frame).shadowRoot!.querySelector<HTMLTextAreaElement>('[part~="note"] textarea');

describe('home.html drafts', () => {
  it('keeps the family’s unsaved note over a reload, in Spanish, and forgets it once saved', async () => {
    const name = `Respiración ${Math.random().toString(36).slice(2, 8)}`;
    const program = planHomeProgram(
      { activities: [{ libraryId: 'calm-breathing', name }], language: 'es' },
      { at: Date.now(), id: 'p1' },
    );
    let frame = await open(`/packages/embed/dist/home.html${await encodeHomeProgramFragment(program)}`);
    family(frame).shadowRoot!.querySelector<HTMLButtonElement>('[part~="log-button"]')!.click();
    await waitUntil(() => note(frame), 'the note form of today’s practice');
    const store = () => (family(frame).closest('ot-provider') as OtProvider).store!;
    const [entry] = listRecords(store().getState(), 'practiceLogs');
    note(frame)!.closest('details')!.open = true;
    note(frame)!.focus();
    await sendKeys({ type: 'Se calmó rápido' });
    const drafts = indexedDbDrafts('otkit-home-drafts');
    const key = draftKey('ot-home-program', family(frame).programId, `note:${entry!.id}`);
    await waitUntil(async () => (await drafts.read(key)) === 'Se calmó rápido', 'the note is kept');

    frame = await open();
    await waitUntil(() => note(frame)?.value === 'Se calmó rápido', 'the note is back after the reload');
    expect(note(frame)!.closest('details')!.open, 'and shown').to.equal(true);
    expect(listRecords(store().getState(), 'practiceLogs')[0]!.note, 'not saved yet').to.equal(undefined);
    // "Guardar nota" saves in a frame sandboxed without allow-forms too (no form submission there).
    note(frame)!.form!.querySelector('button')!.click();
    await waitUntil(() => listRecords(store().getState(), 'practiceLogs')[0]!.note === 'Se calmó rápido', 'saved', {
      timeout: 5000,
    });
    await waitUntil(async () => (await drafts.read(key)) === undefined, 'the draft is gone once saved');
  });
});
