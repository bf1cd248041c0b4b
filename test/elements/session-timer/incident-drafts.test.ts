import { expect, waitUntil } from '@open-wc/testing';
import { draftKey, indexedDbDrafts } from '@otkit/sdk';
import type { OtProvider, OtSessionTimer } from '@otkit/elements';
import { button } from './helpers.js';
import { pageTimer, reload } from './reload-page.js';

const field = (el: OtSessionTimer, name: string) =>
  el.shadowRoot!.querySelector<HTMLTextAreaElement>(`[part="panel"] textarea[name="${name}"]`);

/** Types into an incident field the way a keyboard does: the value changes, then `input` bubbles. */
function type(el: OtSessionTimer, name: string, text: string): void {
  const textarea = field(el, name)!;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

// Issue 16, item 7: a half-written incident is not lost on reload.
describe('<ot-session-timer> incident drafts', () => {
  const db = `otkit-timer-drafts-${Math.random().toString(36).slice(2)}`;
  let frame: HTMLIFrameElement;

  afterEach(async () => {
    frame?.remove();
    for (const name of [db, `${db}-drafts`])
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
  });

  it('keeps the typed incident across a real reload, and forgets it once the incident is saved', async () => {
    frame = document.createElement('iframe');
    frame.src = `/test/fixtures/session-timer-reload.html?db=${db}`;
    document.body.append(frame);
    let el = await pageTimer(frame);
    const store = () => (el.parentElement as OtProvider).store!;
    button(el, 'Start session').click();
    await waitUntil(() => store().sessionRecords.size === 1, 'the session was not stored');
    const sessionId = store().sessionRecords.list()[0]!.id;
    button(el, 'Pause').click();
    await el.updateComplete;
    button(el, 'Emergency').click();
    await waitUntil(() => field(el, 'what'), 'the incident form did not open');
    type(el, 'what', 'Fell from the swing');
    type(el, 'actions', 'Ice pack, called the nurse');
    const drafts = indexedDbDrafts(`${db}-drafts`);
    const key = (name: string) => draftKey('ot-session-timer', `incident-${name}`, '', sessionId);
    await waitUntil(async () => (await drafts.read(key('actions'))) !== undefined, 'the draft was not kept');

    await reload(frame);
    el = await pageTimer(frame);
    expect(store().incidents.size, 'an unsent incident is no record').to.equal(0);
    button(el, 'Record incident').click();
    await waitUntil(() => field(el, 'what')?.value, 'the draft did not come back');
    expect(field(el, 'what')!.value).to.equal('Fell from the swing');
    expect(field(el, 'actions')!.value).to.equal('Ice pack, called the nurse');

    button(el, 'Save incident').click();
    await waitUntil(() => store().incidents.size === 1, 'the incident was not saved');
    expect(store().incidents.list()[0]).to.include({
      what: 'Fell from the swing',
      actions: 'Ice pack, called the nurse',
    });
    await waitUntil(async () => (await drafts.read(key('what'))) === undefined, 'the draft outlived the save');
    expect(await drafts.read(key('actions'))).to.equal(undefined);
  });
});
