import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createStore, memoryAdapter, OT_FITZGERALD_COLORS, type OtAdapter } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtChoiceBoardData, OtProvider } from '@otkit/elements';
import { findLowTextContrast } from '../../../scripts/text-contrast.mjs';
import { choice, choices, fakeSpeech } from './helpers.js';
import { loadTokens } from '../../helpers/media.js';

// Issue 14, item 4 and issue 16 (own media, Fitzgerald key), issue 17 item 5 (pending until durable).

const base64 = (text: string) => btoa(text);
/** An SVG that would run script and call home if it were inlined; as an <img> it does neither. */
const HOSTILE_SVG = `data:image/svg+xml;base64,${base64(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>window.svgRan = true</script><rect width="10" height="10"/></svg>',
)}`;
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const SOUND = 'data:audio/mpeg;base64,SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjU4Ljc2LjEwMAAAAAAAAAAAAAAA';

const imported = (
  choices: OtChoiceBoardData['choices'],
  extra: Partial<OtChoiceBoardData> = {},
): OtChoiceBoardData => ({
  name: 'Imported',
  obf: { id: 'imported' },
  choices,
  ...extra,
});

async function board(data: OtChoiceBoardData, attrs: { lang?: string; coding?: string } = {}) {
  const el = await fixture<OtChoiceBoard>(
    html`<ot-choice-board
      lang=${attrs.lang ?? 'en'}
      color-coding=${attrs.coding ?? 'none'}
      .board=${data}
    ></ot-choice-board>`,
  );
  el.speech.synth = fakeSpeech();
  return el;
}

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .map(Number)
      .map((v) => v / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const rgbOf = (hex: string) => {
  const probe = document.createElement('i');
  probe.style.color = hex;
  return probe.style.color;
};

describe('<ot-choice-board> faithful content', () => {
  it('shows an SVG picture (a data: URL with script inside) only as an <img>, where its script never runs', async () => {
    const el = await board(imported([{ id: 'a', label: 'Apple', image: { src: HOSTILE_SVG } }]));
    const img = choice(el, 'Apple').querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(HOSTILE_SVG);
    await new Promise((resolve) => (img.complete ? resolve(null) : img.addEventListener('load', resolve)));
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect((window as { svgRan?: boolean }).svgRan).to.equal(undefined);
  });

  it('shows a long label shortened but names and speaks it whole', async () => {
    const long = 'I would like to go outside and play on the big red slide with my friends after lunch today';
    const order = [
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      ['h', null, null, null, null, null, null],
    ];
    const ids = order.flat().filter((id): id is string => id !== null);
    const el = await board(
      imported(
        ids.map((id) => ({ id, label: id === 'a' ? long : id })),
        { grid: { rows: 2, columns: 7, order } },
      ),
    );
    const cell = choices(el)[0]!;
    const label = cell.querySelector<HTMLElement>('[part="label"]')!;
    expect(label.scrollHeight, 'clamped to two lines').to.be.above(label.clientHeight);
    expect(cell.textContent!.trim()).to.equal(long);
    const speech = fakeSpeech();
    el.speech.synth = speech;
    cell.click();
    expect(speech.said.map((s) => s.text)).to.deep.equal([long]);
  });

  it('names a picture-only choice (no label, as some AAC apps export) by what it says or its picture', async () => {
    const el = await board(
      imported([
        { id: 'biscuit', label: '', spokenText: 'I want a biscuit', image: { src: PNG } },
        { id: 'swing', label: '', image: { src: PNG, alt: 'Swing' } },
        { id: 'more', label: 'More' },
      ]),
    );
    const names = choices(el).map((cell) => cell.getAttribute('aria-label') ?? cell.textContent!.trim());
    expect(names).to.deep.equal(['I want a biscuit', 'Swing', 'More']);
    await expect(el).to.be.accessible();
  });

  it('draws each choice’s own border colour', async () => {
    const el = await board(
      imported([
        { id: 'a', label: 'Apple', border: 'rgb(200, 30, 40)' },
        { id: 'b', label: 'Ball' },
      ]),
    );
    expect(getComputedStyle(choice(el, 'Apple')).borderTopColor).to.equal('rgb(200, 30, 40)');
    expect(getComputedStyle(choice(el, 'Ball')).borderTopColor).not.to.equal('rgb(200, 30, 40)');
  });

  it('uses the board’s translations (strings) for the page’s language, and keeps ids', async () => {
    const data = imported([
      { id: 'swing', label: 'Swing', strings: { es: { label: 'Columpio' } } },
      { id: 'ball', label: 'Ball' },
    ]);
    const el = await board(data, { lang: 'es-MX' });
    expect(choices(el).map((c) => c.textContent!.trim())).to.deep.equal(['Columpio', 'Ball']);
    expect(choice(el, 'Columpio').getAttribute('lang')).to.equal('es');
    choice(el, 'Columpio').click();
    expect(el.value).to.equal('swing');
  });

  it('names every part it cannot show', async () => {
    const el = await board(
      imported(
        [
          { id: 'a', label: 'Apple' },
          { id: 'b', label: 'Lost', hidden: false },
          { id: 'c', label: 'Colors', loadBoard: { path: 'boards/colors.obf' } },
          { id: 'd', label: 'Duck', image: { symbol: 'no-such-symbol' } },
        ],
        { grid: { rows: 1, columns: 3, order: [['a', 'c', 'd']] } },
      ),
    );
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Lost (no cell in the grid)',
      'the link of Colors (its board is not in this set)',
      'the picture of Duck (an unknown symbol)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the host’s own picture and plays its own sound instead of speech', async () => {
    const played: string[] = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.push(this.src);
      return Promise.resolve();
    };
    try {
      const el = await board({
        name: 'Mine',
        choices: [
          { id: 'dog', label: 'Our dog', image: { src: PNG, alt: 'Rex' }, sound: { src: SOUND } },
          { id: 'cat', label: 'Cat' },
        ],
      });
      const speech = fakeSpeech();
      el.speech.synth = speech;
      expect(choice(el, 'Our dog').querySelector('img')!.getAttribute('src')).to.equal(PNG);
      choice(el, 'Our dog').click();
      expect(played).to.deep.equal([SOUND]);
      expect(speech.said).to.deep.equal([]);
    } finally {
      HTMLMediaElement.prototype.play = play;
    }
  });
});

describe('<ot-choice-board> Fitzgerald key', () => {
  // The page's themes come from OT Kit's tokens, as on a portal page.
  before(loadTokens);
  const CLASSES = ['pronoun', 'verb', 'adjective', 'noun', 'social', 'question', 'negation'] as const;
  const coded = () => imported(CLASSES.map((wordClass) => ({ id: wordClass, label: `A ${wordClass}`, wordClass })));

  it('colours choices by word class only when asked to', async () => {
    const plain = await board(coded());
    expect(getComputedStyle(choice(plain, 'A verb')).backgroundColor).not.to.equal(rgbOf(OT_FITZGERALD_COLORS.verb));
    const el = await board(coded(), { coding: 'fitzgerald' });
    for (const wordClass of CLASSES)
      expect(getComputedStyle(choice(el, `A ${wordClass}`)).backgroundColor, wordClass).to.equal(
        rgbOf(OT_FITZGERALD_COLORS[wordClass]),
      );
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps text and pictures readable (≥ 4.5:1) on every colour in the ${theme} theme`, async () => {
      const host = await fixture<HTMLElement>(
        html`<div data-ot-theme=${theme}>
          <ot-choice-board color-coding="fitzgerald" .board=${coded()}></ot-choice-board>
        </div>`,
      );
      const el = host.querySelector('ot-choice-board')!;
      await el.updateComplete;
      for (const cell of choices(el)) {
        const style = getComputedStyle(cell);
        expect(contrast(style.color, style.backgroundColor), cell.textContent!).to.be.at.least(4.5);
      }
      expect(findLowTextContrast(host)).to.deep.equal([]);
    });
  }
});

describe('<ot-choice-board> pending until durable', () => {
  it('shows a selection as saving until the store has committed it, then as saved', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const memory = memoryAdapter({
      seed: {
        choiceBoards: [
          {
            id: 'break',
            name: 'Break',
            createdAt: 0,
            choices: [
              { id: 'swing', label: 'Swing' },
              { id: 'ball', label: 'Ball' },
            ],
          },
        ],
      },
    });
    const adapter: OtAdapter = { ...memory, commit: async (change) => (await gate, memory.commit(change)) };
    const store = createStore({ adapter });
    await store.ready;
    const provider = await fixture<OtProvider>(
      html`<ot-provider .store=${store}><ot-choice-board board-id="break"></ot-choice-board></ot-provider>`,
    );
    const el = provider.querySelector('ot-choice-board')!;
    el.speech.synth = fakeSpeech();
    await el.updateComplete;
    choice(el, 'Swing').click();
    await el.updateComplete;
    const state = () => el.shadowRoot!.querySelector('[part="save-state"]')?.textContent?.trim();
    expect(choice(el, 'Swing').getAttribute('aria-selected')).to.equal('true');
    expect(choice(el, 'Swing').getAttribute('aria-busy')).to.equal('true');
    expect(state()).to.equal('Saving…');
    expect(await store.changes(), 'not yet durable').to.have.length(0);
    const saved = oneEvent(el, 'ot-selection-change');
    release();
    await saved;
    await waitUntil(() => state() === 'Saved');
    expect(choice(el, 'Swing').getAttribute('aria-busy')).to.equal('false');
    expect(await store.changes()).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
