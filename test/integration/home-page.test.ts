/**
 * The family's home practice page as built (packages/embed/dist/home.html): opened with a real `#h1.` link in
 * a phone-wide frame, practice logged by a tap, the log kept on the device across a reload, the return code
 * made and imported into a therapist's store twice (the second time changes nothing).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  createStore,
  decodePracticeLog,
  encodeHomeProgramFragment,
  importPracticeLog,
  listRecords,
  memoryAdapter,
  planHomeProgram,
} from '@otkit/sdk';
import type { OtHomeProgram } from '@otkit/elements';
import { openHomePage } from './home-page-frame.js';

const DIST = '/packages/embed/dist/';
let iframe: HTMLIFrameElement | undefined;
afterEach(async () => {
  iframe?.remove();
  await resetMouse();
});

/** Opens (or reloads) the page in a 390 px wide same-origin frame and waits for it to say it is ready. */
async function open(src: string | undefined): Promise<HTMLIFrameElement> {
  const opened = await openHomePage(iframe, src);
  iframe = opened.frame;
  expect(opened.ready.storage).to.equal('indexeddb');
  return iframe;
}

const family = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<OtHomeProgram>('ot-home-program')!;
const logButton = (frame: HTMLIFrameElement, name: string) =>
  family(frame).shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="Done today: ${name}"]`);

/** A tap at the middle of `target` inside the frame, in the test page's coordinates. */
async function tap(frame: HTMLIFrameElement, target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const outer = frame.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(outer.x + box.x + box.width / 2), Math.round(outer.y + box.y + box.height / 2)],
  });
}

describe('home.html, the family page', () => {
  it('logs today’s practice by tap at 390 px, keeps it over a reload, and sends it back for a therapist to import twice', async () => {
    // A name of its own, so the program (whose device id comes from its content) starts with an empty log.
    const name = `Calm breathing ${Math.random().toString(36).slice(2, 8)}`;
    const program = planHomeProgram(
      { activities: [{ libraryId: 'calm-breathing', name, timesPerPeriod: 1 }, { libraryId: 'putty' }] },
      { at: Date.now(), id: 'p1' },
    );
    const frame = await open(`${DIST}home.html${await encodeHomeProgramFragment(program)}`);
    expect(frame.contentDocument!.documentElement.clientWidth).to.be.at.most(390);
    await family(frame).updateComplete;
    const first = logButton(frame, name)!;
    expect(first.getBoundingClientRect().height).to.be.at.least(44);
    await tap(frame, first);
    await waitUntil(() => /1 of 1 today/.test(family(frame).shadowRoot!.textContent!), 'logged today');

    // Give the IndexedDB write its moment, then reload: the log is still on the device.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await open(undefined);
    await family(again).updateComplete;
    await waitUntil(() => /1 of 1 today/.test(family(again).shadowRoot!.textContent!), 'still logged after a reload');

    // The return code: made on screen (whatever the clipboard allows).
    const doc = again.contentDocument!;
    await tap(again, doc.querySelector('#copy-code')!);
    await waitUntil(() => doc.querySelector<HTMLTextAreaElement>('#log-code')!.value.startsWith('L1.'), 'a code');
    const code = doc.querySelector<HTMLTextAreaElement>('#log-code')!.value;
    const returned = await decodePracticeLog(code);
    expect(returned.entries.map((entry) => entry.activityId)).to.deep.equal(['a1']);

    // The therapist's store holds the program as made; importing twice adds the entry once.
    const store = createStore({ adapter: memoryAdapter() });
    await store.homePrograms.put(program);
    const once = await importPracticeLog(store, { homeProgramId: 'p1', text: code });
    const twice = await importPracticeLog(store, { homeProgramId: 'p1', text: code });
    expect([once.added.length, once.skipped]).to.deep.equal([1, 0]);
    expect([twice.added.length, twice.skipped]).to.deep.equal([0, 1]);
    expect(listRecords(store.getState(), 'practiceLogs')).to.have.length(1);
  });
});
