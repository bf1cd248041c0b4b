import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createStore,
  decodeHomeProgramFragment,
  encodePracticeLog,
  listRecords,
  memoryAdapter,
  planHomeProgram,
  planPracticeLog,
  practiceLogFile,
} from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtHomeProgram } from '@otkit/elements';

const T0 = new Date(2026, 11, 7, 9).getTime();
const HOME_PAGE = 'https://widgets.example.org/otkit/home.html';
const PROGRAM = planHomeProgram(
  { activities: [{ libraryId: 'calm-breathing' }, { libraryId: 'putty' }] },
  { at: T0, id: 'p1' },
);

/** The log a family kept on its phone for the program the link carries, as a code. */
async function familyCode(entries = 3): Promise<{ code: string; file: string }> {
  const { program } = await decodeHomeProgramFragment(
    await import('@otkit/sdk').then((sdk) => sdk.encodeHomeProgramFragment(PROGRAM)),
  );
  const logs = ['2026-12-07', '2026-12-08', '2026-12-09'].slice(0, entries).map((date, i) =>
    planPracticeLog(
      program,
      { homeProgramId: program.id, activityId: i % 2 ? 'a2' : 'a1', date },
      {
        at: T0,
        id: `f${i}`,
      },
    ),
  );
  return { code: await encodePracticeLog(program, logs), file: (await practiceLogFile(program, logs)).text };
}

const shadow = (el: OtHomeProgram) => el.shadowRoot!;
const byName = (el: OtHomeProgram, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);
const result = (el: OtHomeProgram) => shadow(el).querySelector('[part~="import-result"]')!.textContent!.trim();

async function connected(homePage = HOME_PAGE) {
  const store = createStore({ adapter: memoryAdapter() });
  await store.homePrograms.put(PROGRAM);
  const provider = await fixture(
    html`<ot-provider .store=${store}>
      <ot-home-program view="therapist" program-id="p1" home-page=${homePage}></ot-home-program>
    </ot-provider>`,
  );
  const el = provider.querySelector<OtHomeProgram>('ot-home-program')!;
  await store.ready;
  await el.updateComplete;
  return { store, el };
}

describe('<ot-home-program> therapist view: share and bring back', () => {
  it('copies the family link on the host’s family page, with a visible field to copy by hand', async () => {
    const { el } = await connected();
    byName(el, 'Copy the family link')!.click();
    const field = () => shadow(el).querySelector<HTMLInputElement>('input[readonly]')!;
    await waitUntil(() => field().value, 'the link is shown');
    const link = field().value;
    expect(link.startsWith(`${HOME_PAGE}#h1.`)).to.equal(true);
    expect(field().closest('label')!.hidden).to.equal(false);
    // Whatever the clipboard allowed, the status says what to do.
    await waitUntil(() => /Link copied\.|Copy the link from the box\./.test(shadow(el).textContent!), 'status');
    const { program } = await decodeHomeProgramFragment(new URL(link).hash);
    expect(program.activities.map((a) => a.name)).to.deep.equal(['Calm breathing', 'Putty hand strengthening']);
  });

  it('without a family page address it explains, and offers no link', async () => {
    const { el } = await connected('');
    expect(byName(el, 'Copy the family link')).to.equal(undefined);
    expect(shadow(el).textContent).to.include('the page sets the address of the family page (home-page)');
  });

  it('imports a pasted code by keyboard; the second time changes nothing', async () => {
    const { store, el } = await connected();
    const { code } = await familyCode();
    const box = shadow(el).querySelector<HTMLTextAreaElement>('textarea[name="code"]')!;
    box.focus();
    box.value = code;
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Import the code');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => result(el), 'first import');
    expect(result(el)).to.equal('3 new entries, 0 already here');
    expect(listRecords(store.getState(), 'practiceLogs')).to.have.length(3);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => result(el).startsWith('0 new'), 'second import');
    expect(result(el)).to.equal('0 new entries, 3 already here');
    expect(listRecords(store.getState(), 'practiceLogs')).to.have.length(3);
  });

  it('imports a chosen file, and names what is wrong with a bad code (nothing stored)', async () => {
    const { store, el } = await connected();
    const { file } = await familyCode(2);
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([file], 'practice-log.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => result(el), 'file import');
    expect(result(el)).to.equal('2 new entries, 0 already here');
    const box = shadow(el).querySelector<HTMLTextAreaElement>('textarea[name="code"]')!;
    box.value = 'L1.not-a-log';
    byName(el, 'Import the code')!.click();
    await waitUntil(() => result(el).startsWith('Not imported'), 'refused');
    expect(result(el)).to.match(/^Not imported: .+/);
    expect(listRecords(store.getState(), 'practiceLogs')).to.have.length(2);
    const other = planHomeProgram({ activities: [{ libraryId: 'scissors' }] }, { at: T0, id: 'p2' });
    box.value = await encodePracticeLog(other, [
      planPracticeLog(other, { homeProgramId: 'p2', activityId: 'a1', date: '2026-12-08' }, { at: T0 }),
    ]);
    byName(el, 'Import the code')!.click();
    await waitUntil(() => /program/.test(result(el)), 'another program');
    expect(result(el)).to.equal('Not imported: program: was kept for another home program (or a changed one)');
  });
});
