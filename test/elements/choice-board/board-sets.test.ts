import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, getRecord, memoryAdapter, putBoardSet, type OtAdapter, type OtStore } from '@otkit/sdk';
import { importObzSet, type OtBoardSet } from '@otkit/sdk/obf';
import '@otkit/elements/define.js';
import type { OtBoardChangeEvent, OtChoiceBoard, OtProvider } from '@otkit/elements';
import { manualScheduler } from '../../helpers/manual-scheduler.js';
import { announced, choices, fakeSpeech, highlightedLabels, record } from './helpers.js';

// Issue 14, item 2: a real multi-board package (links.obz, CoughDrop's MIT sample: see test/fixtures/obf) opens in
// the element, a linked choice opens its board, Back and Home return, and connected the path survives a reload.

const bytesOf = async (name: string) => new Uint8Array(await (await fetch(`/test/fixtures/obf/${name}`)).arrayBuffer());
const linksSet = async (): Promise<OtBoardSet> =>
  (await importObzSet(await bytesOf('links.obz'), { setId: 'links', now: 1 })).set;

const labels = (el: OtChoiceBoard) => choices(el).map((c) => c.textContent!.trim());
const navButton = (el: OtChoiceBoard, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="navigation"] button')].find(
    (b) => b.textContent!.trim() === name,
  );
const trail = (el: OtChoiceBoard) =>
  [...el.shadowRoot!.querySelectorAll('[part="trail"] li')].map((li) => li.textContent!.trim());
const gridName = (el: OtChoiceBoard) => el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-label');

async function connected(adapter: OtAdapter): Promise<{ el: OtChoiceBoard; store: OtStore }> {
  const store = createStore({ adapter });
  await store.ready;
  const provider = await fixture<OtProvider>(
    html`<ot-provider .store=${store}><ot-choice-board board-id="links.simple"></ot-choice-board></ot-provider>`,
  );
  const el = provider.querySelector('ot-choice-board')!;
  el.speech.synth = fakeSpeech();
  await el.updateComplete;
  return { el, store };
}

describe('<ot-choice-board> board sets', () => {
  it('opens a linked board, announces it, and goes Back and Home (a page-given set)', async () => {
    const set = await linksSet();
    const el = await fixture<OtChoiceBoard>(html`<ot-choice-board .boardSet=${set}></ot-choice-board>`);
    el.speech.synth = fakeSpeech();
    expect(gridName(el)).to.equal('Simple Board');
    expect(labels(el)).to.deep.equal(['feelings', 'colors']);
    expect(navButton(el, 'Back'), 'no Back on the home board').to.equal(undefined);
    const seen = record(el, 'ot-board-change', 'ot-select');
    choices(el)[0]!.click();
    await announced(el, 'Simple Board 2 board');
    expect(gridName(el)).to.equal('Simple Board 2');
    const second = set.boards.find((b) => b.id === 'links.simple2')!;
    expect(labels(el)).to.deep.equal(second.choices.filter((c) => !c.hidden).map((c) => c.label));
    expect(trail(el)).to.deep.equal(['Simple Board', 'Simple Board 2']);
    expect(seen.types, 'a link opens a board; it is not a selection').to.deep.equal(['ot-board-change']);
    expect((seen[0] as unknown as OtBoardChangeEvent).detail).to.deep.equal({
      boardId: 'links.simple2',
      homeId: 'links.simple',
      path: ['links.simple2'],
      via: 'link',
      method: 'pointer',
    });
    for (const name of ['Back', 'Home']) {
      const box = navButton(el, name)!.getBoundingClientRect();
      expect(Math.min(box.width, box.height), `${name} is a 44 px target`).to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
    navButton(el, 'Back')!.click();
    await announced(el, 'Simple Board board');
    expect(labels(el)).to.deep.equal(['feelings', 'colors']);
    choices(el)[1]!.click();
    await el.updateComplete;
    expect(gridName(el)).to.equal('Simple Board 3');
    // Home by keyboard: Tab reaches the navigation bar, Enter presses it.
    navButton(el, 'Home')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(gridName(el)).to.equal('Simple Board');
    expect(seen.map((e) => (e as unknown as OtBoardChangeEvent).detail.via)).to.deep.equal([
      'link',
      'back',
      'link',
      'home',
    ]);
  });

  it('speaks Spanish on its navigation when the page is in Spanish', async () => {
    const set = await linksSet();
    const el = await fixture<OtChoiceBoard>(html`<ot-choice-board lang="es" .boardSet=${set}></ot-choice-board>`);
    choices(el)[0]!.click();
    await announced(el, 'Tablero Simple Board 2');
    expect(navButton(el, 'Atrás')).to.exist;
    expect(navButton(el, 'Inicio')).to.exist;
  });

  it('connected: keeps the open path on the home board, and opens there after a reload', async () => {
    const adapter = memoryAdapter();
    const first = await connected(adapter);
    await putBoardSet(first.store, await linksSet());
    await first.el.updateComplete;
    expect(labels(first.el)).to.deep.equal(['feelings', 'colors']);
    const opened = oneEvent(first.el, 'ot-board-change');
    choices(first.el)[1]!.click();
    await opened;
    expect(getRecord(first.store.getState(), 'choiceBoards', 'links.simple')!.openPath).to.deep.equal([
      'links.simple3',
    ]);
    // A reload: a new store over what the first one saved, and a new element.
    const second = await connected(adapter);
    await waitUntil(() => gridName(second.el) === 'Simple Board 3', 'the board opens where it was');
    navButton(second.el, 'Home')!.click();
    await waitUntil(() => gridName(second.el) === 'Simple Board');
    expect(getRecord(second.store.getState(), 'choiceBoards', 'links.simple')!.openPath).to.equal(undefined);
  });

  it('dwell opens a linked board and rests on Back to return', async () => {
    const time = manualScheduler();
    const set = await linksSet();
    const el = await fixture<OtChoiceBoard>(
      html`<ot-choice-board dwell-time="800" .scheduler=${time} .boardSet=${set}></ot-choice-board>`,
    );
    const rest = async (target: Element) => {
      target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      time.advance(800);
      await el.updateComplete;
    };
    await rest(choices(el)[0]!);
    await waitUntil(() => gridName(el) === 'Simple Board 2', 'dwell opened the linked board');
    await el.updateComplete;
    await rest(navButton(el, 'Back')!);
    await waitUntil(() => gridName(el) === 'Simple Board', 'dwell on Back went home');
  });

  it('a switch-only scan opens a linked board, scans Back and Home there, and selects on it', async () => {
    const time = manualScheduler();
    const set = await linksSet();
    const el = await fixture<OtChoiceBoard>(
      html`<ot-choice-board
        scan="auto"
        switch-anywhere
        scan-interval="1000"
        scan-first-delay="0"
        .scheduler=${time}
        .boardSet=${set}
      ></ot-choice-board>`,
    );
    el.speech.synth = fakeSpeech();
    (document.activeElement as HTMLElement | null)?.blur();
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal(['feelings']);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => gridName(el) === 'Simple Board 2', 'the switch opened the linked board');
    await el.updateComplete;
    // The scan starts again at the top of the new board: Back, Home, then its choices.
    const scanned: string[] = [];
    for (let step = 0; step < 3; step++) {
      if (step) time.advance(1000);
      await el.updateComplete;
      scanned.push(...highlightedNames(el));
    }
    const firstChoice = set.boards.find((b) => b.id === 'links.simple2')!.choices.find((c) => !c.hidden)!;
    expect(scanned).to.deep.equal(['Back', 'Home', firstChoice.label]);
    const seen = record(el, 'ot-select');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(seen.map((e) => e.detail)).to.deep.include({
      ...seen[0]!.detail,
      boardId: 'links.simple2',
      choiceId: firstChoice.id,
      method: 'auto-scan',
    });
  });
});

/** What wears the scan highlight: choices and the Back / Home buttons. */
function highlightedNames(el: OtChoiceBoard): string[] {
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="navigation"] button')].filter(
    (b) => getComputedStyle(b).outlineWidth === '6px',
  );
  return [...buttons.map((b) => b.textContent!.trim()), ...highlightedLabels(el)];
}
