import { expect, waitUntil } from '@open-wc/testing';
import { createManualClock } from '@otkit/sdk';
import type { OtProvider, OtSessionTimer } from '@otkit/elements';
import { pageTimer, reload } from './reload-page.js';

const M = 60_000;

const shadowText = (el: OtSessionTimer, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

describe('<ot-session-timer> real page reload', () => {
  const db = `otkit-timer-reload-${Math.random().toString(36).slice(2)}`;
  let frame: HTMLIFrameElement;

  afterEach(async () => {
    frame?.remove();
    await new Promise((resolve) => {
      const req = indexedDB.deleteDatabase(db);
      req.onsuccess = req.onerror = req.onblocked = resolve;
    });
  });

  it('resumes the same session mid-phase with the right time left', async () => {
    frame = document.createElement('iframe');
    frame.src = `/test/fixtures/session-timer-reload.html?db=${db}`;
    document.body.append(frame);
    let el = await pageTimer(frame);
    (el.shadowRoot!.querySelector('[part="controls"] button') as HTMLButtonElement).click();
    const provider = () => el.parentElement as OtProvider;
    await waitUntil(() => provider().store!.sessionRecords.size === 1, 'the session was not stored');
    const started = provider().store!.sessionRecords.list()[0]!;
    const startAt = started.events[0]!.at;
    (el.shadowRoot!.querySelector('[part="controls"] button') as HTMLButtonElement).click(); // Pause
    await el.updateComplete;
    const breakButton = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Break')!;
    breakButton.click();
    await waitUntil(
      () => provider().store!.sessionRecords.get(started.id)!.events.length === 2,
      'the pause was not stored',
    );

    await reload(frame);
    el = await pageTimer(frame);
    await waitUntil(
      () => shadowText(el, '[part="status"]').includes('Paused'),
      'the reloaded page did not resume the paused session',
    );
    expect(provider().store!.sessionRecords.size).to.equal(1);
    expect(shadowText(el, '[part="status"]')).to.equal('Phase 1 of 6 · Paused: break');

    // Resume it, then read the time left two and a half minutes of running later, on the page's own clock.
    const resumeAt = provider().store!.sessionRecords.list()[0]!.events[1]!.at + 30 * M;
    el.clock = createManualClock(resumeAt);
    (el.shadowRoot!.querySelector('[part="controls"] button') as HTMLButtonElement).click();
    await waitUntil(() => provider().store!.sessionRecords.list()[0]!.events.length === 3, 'the resume was not stored');
    await reload(frame);
    el = await pageTimer(frame);
    const pausedFor = provider().store!.sessionRecords.list()[0]!.events[1]!.at - startAt;
    el.clock = createManualClock(resumeAt + 2.5 * M);
    await el.updateComplete;
    const left = 5 * M - pausedFor - 2.5 * M;
    const expected = `${Math.floor(Math.ceil(left / 1000) / 60)}:${String(Math.ceil(left / 1000) % 60).padStart(2, '0')}`;
    expect(shadowText(el, '[role="timer"]')).to.equal(expected);
    expect(shadowText(el, '[part="phase"]')).to.equal('Check-in & plan');
  });
});
