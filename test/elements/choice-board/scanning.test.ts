import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtSelectEvent } from '@otkit/elements';
import { manualScheduler, type ManualScheduler } from '../../helpers/manual-scheduler.js';
import { announced, choice, fakeSpeech, focused, highlightedLabels, makeBoard, record } from './helpers.js';

let time: ManualScheduler;

async function scanning(attrs: Record<string, string>, board = makeBoard(3)) {
  time = manualScheduler();
  const el = await fixture<OtChoiceBoard>(html`<ot-choice-board .scheduler=${time} .board=${board}></ot-choice-board>`);
  el.speech.synth = fakeSpeech();
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

async function after(el: OtChoiceBoard, ms: number): Promise<string[]> {
  time.advance(ms);
  await el.updateComplete;
  return highlightedLabels(el);
}

const toolbar = (el: OtChoiceBoard) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button'),
];
const toolbarLabels = (el: OtChoiceBoard) => toolbar(el).map((b) => b.textContent!.trim());

/** Presses a switch with focus inside the board, as a switch interface sends keys. */
async function press(el: OtChoiceBoard, key: string): Promise<void> {
  if (!el.shadowRoot!.activeElement) el.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<ot-choice-board> switch scanning', () => {
  it('auto: moves the highlight every interval, with extra time on the first item of each round', async () => {
    const el = await scanning({ scan: 'auto', 'scan-interval': '1000', 'scan-first-delay': '500' });
    expect(highlightedLabels(el)).to.deep.equal(['Swing']);
    expect(await after(el, 1499)).to.deep.equal(['Swing']);
    expect(await after(el, 1)).to.deep.equal(['Trampoline']);
    expect(await after(el, 999)).to.deep.equal(['Trampoline']);
    expect(await after(el, 1)).to.deep.equal(['Snack']);
    expect(await after(el, 1000)).to.deep.equal(['Swing']);
    expect(await after(el, 1000)).to.deep.equal(['Swing']);
    expect(await after(el, 500)).to.deep.equal(['Trampoline']);
  });

  it('auto: a switch chooses the highlighted choice (method auto-scan) and the scan starts again from the top', async () => {
    const el = await scanning({ scan: 'auto', 'scan-interval': '1000', 'scan-first-delay': '0' });
    await after(el, 1000);
    const seen = record(el, 'ot-select');
    await press(el, 'Space');
    expect(
      seen.map((e) => [(e as unknown as OtSelectEvent).detail.choiceId, (e as unknown as OtSelectEvent).detail.method]),
    ).to.deep.equal([['c1', 'auto-scan']]);
    expect(el.value).to.equal('c1');
    expect(highlightedLabels(el)).to.deep.equal(['Swing']);
    await after(el, 2000);
    await press(el, 'Enter');
    expect(el.value).to.equal('c2');
  });

  it('auto: skips empty cells and unavailable choices', async () => {
    const b = makeBoard(3, { grid: { rows: 1, columns: 4, order: [['c0', null, 'c1', 'c2']] } });
    b.choices[1]!.unavailable = true;
    const el = await scanning({ scan: 'auto', 'scan-interval': '100', 'scan-first-delay': '0' }, b);
    expect([highlightedLabels(el), await after(el, 100), await after(el, 100)]).to.deep.equal([
      ['Swing'],
      ['Snack'],
      ['Swing'],
    ]);
  });

  it('auto: stops after `scan-rounds` rounds without a choice, says so, and a switch starts it again', async () => {
    const el = await scanning({ scan: 'auto', 'scan-interval': '100', 'scan-first-delay': '0', 'scan-rounds': '2' });
    expect(await after(el, 500)).to.deep.equal(['Snack']);
    expect(await after(el, 100)).to.deep.equal([]);
    await announced(el, 'Scanning stopped. Press a switch to start again.');
    expect(await after(el, 10_000)).to.deep.equal([]);
    await press(el, 'Space');
    expect(highlightedLabels(el)).to.deep.equal(['Swing']);
    expect(el.value).to.equal('');
  });

  it('auto row–column: rows first, then the choices of the chosen row; a row that times out goes back to rows', async () => {
    const el = await scanning(
      {
        scan: 'auto',
        'scan-pattern': 'row-column',
        'scan-interval': '100',
        'scan-first-delay': '0',
        'scan-rounds': '1',
      },
      makeBoard(6),
    );
    expect(highlightedLabels(el)).to.deep.equal(['Swing Trampoline Snack']);
    expect(await after(el, 100)).to.deep.equal(['Blocks Bubbles Music']);
    await press(el, 'Enter');
    expect(highlightedLabels(el)).to.deep.equal(['Blocks']);
    expect(await after(el, 100)).to.deep.equal(['Bubbles']);
    expect(await after(el, 200)).to.deep.equal(['Swing Trampoline Snack']);
    await after(el, 100);
    await press(el, 'Enter');
    await after(el, 100);
    await press(el, 'Enter');
    expect(el.value).to.equal('c4');
  });

  it('auto: pauses and resumes from its button, stops from the Stop button, and Escape is the way out', async () => {
    const el = await scanning({ scan: 'auto', 'scan-interval': '100', 'scan-first-delay': '0' });
    expect(toolbarLabels(el)).to.deep.equal(['Pause scanning', 'Stop scanning']);
    toolbar(el)[0]!.click();
    await el.updateComplete;
    expect(toolbarLabels(el)).to.deep.equal(['Resume scanning', 'Stop scanning']);
    expect(await after(el, 1000)).to.deep.equal(['Swing']);
    toolbar(el)[0]!.click();
    expect(await after(el, 100)).to.deep.equal(['Trampoline']);
    expect(toolbarLabels(el)).to.deep.equal(['Pause scanning', 'Stop scanning']);
    toolbar(el)[1]!.click();
    await el.updateComplete;
    expect(toolbarLabels(el)).to.deep.equal(['Start scanning']);
    expect(await after(el, 1000)).to.deep.equal([]);
    await announced(el, 'Scanning stopped. Press a switch to start again.');
    await press(el, 'Space');
    expect(highlightedLabels(el)).to.deep.equal(['Swing']);
    await press(el, 'Escape');
    expect(highlightedLabels(el)).to.deep.equal([]);
    expect(await after(el, 1000)).to.deep.equal([]);
    expect(el.value).to.equal('');
  });

  it('step: the button pauses (the highlight stays, a switch only resumes) and resumes; Stop is the way out', async () => {
    const el = await scanning({ scan: 'step' });
    expect(toolbarLabels(el)).to.deep.equal(['Pause scanning', 'Stop scanning']);
    await press(el, 'Space');
    toolbar(el)[0]!.click();
    await el.updateComplete;
    expect(toolbarLabels(el)).to.deep.equal(['Resume scanning', 'Stop scanning']);
    expect(highlightedLabels(el), 'held where it was').to.deep.equal(['Trampoline']);
    await press(el, 'Enter');
    expect(el.value, 'a switch on a paused scan chooses nothing').to.equal('');
    expect(highlightedLabels(el)).to.deep.equal(['Trampoline']);
    expect(toolbarLabels(el)[0]).to.equal('Pause scanning');
    await press(el, 'Space');
    expect(highlightedLabels(el)).to.deep.equal(['Snack']);
    toolbar(el)[1]!.click();
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal([]);
    expect(toolbarLabels(el)).to.deep.equal(['Start scanning']);
    await announced(el, 'Scanning stopped. Press a switch to start again.');
    expect(el.value).to.equal('');
  });

  it('hands the switches to the board when scanning starts or resumes from the toolbar', async () => {
    const el = await scanning({ scan: 'step' });
    toolbar(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el), 'Stop leaves focus on the toolbar').to.equal(toolbar(el)[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal(['Swing']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(highlightedLabels(el), 'the next switch moves the scan').to.deep.equal(['Trampoline']);
    toolbar(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toolbarLabels(el)[0]).to.equal('Resume scanning');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal(['Snack']);
  });

  it('step: the next switch moves, the select switch chooses (method step-scan); the keys can be changed', async () => {
    const el = await scanning({ scan: 'step' });
    expect(await after(el, 60_000)).to.deep.equal(['Swing']);
    await press(el, 'Space');
    expect(highlightedLabels(el)).to.deep.equal(['Trampoline']);
    const seen = record(el, 'ot-select');
    await press(el, 'Enter');
    expect((seen[0] as unknown as OtSelectEvent).detail.method).to.equal('step-scan');
    expect(el.value).to.equal('c1');
    el.setAttribute('next-keys', '1 ArrowDown');
    el.setAttribute('select-keys', '2');
    await el.updateComplete;
    await press(el, '1');
    await press(el, 'ArrowDown');
    expect(highlightedLabels(el)).to.deep.equal(['Snack']);
    await press(el, '2');
    expect(el.value).to.equal('c2');
  });

  it('counts a held switch once', async () => {
    const el = await scanning({ scan: 'step' });
    choice(el, 'Swing').focus();
    await sendKeys({ down: 'Space' });
    for (let i = 0; i < 3; i++)
      choice(el, 'Swing').dispatchEvent(
        new KeyboardEvent('keydown', { key: ' ', repeat: true, bubbles: true, composed: true }),
      );
    await sendKeys({ up: 'Space' });
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal(['Trampoline']);
  });

  it('scans the confirm step too: Yes, then Go back', async () => {
    const el = await scanning({ scan: 'auto', confirm: '', 'scan-interval': '100', 'scan-first-delay': '0' });
    await press(el, 'Space');
    expect(highlightedLabels(el)).to.deep.equal(['Yes']);
    expect(await after(el, 100)).to.deep.equal(['Go back']);
    expect(await after(el, 100)).to.deep.equal(['Yes']);
    await press(el, 'Space');
    expect(el.value).to.equal('c0');
    expect(highlightedLabels(el)).to.deep.equal(['Swing']);
  });

  it('speaks each highlight with cue="speech", rows by number', async () => {
    const el = await scanning(
      { scan: 'auto', cue: 'speech', 'scan-pattern': 'row-column', 'scan-interval': '100', 'scan-first-delay': '0' },
      makeBoard(4),
    );
    await after(el, 100);
    await press(el, 'Space');
    await after(el, 100);
    const said = (el.speech.synth as ReturnType<typeof fakeSpeech>).said.map((s) => s.text);
    expect(said).to.deep.equal(['Row 1', 'Row 2', 'Snack', 'Blocks']);
  });

  it('plays a short tone on each highlight with cue="tone"', async () => {
    const tones: number[] = [];
    const original = window.AudioContext;
    class FakeAudio {
      currentTime = 0;
      destination = {};
      createGain() {
        const param = { value: 0, setValueAtTime: () => param, exponentialRampToValueAtTime: () => param };
        return { gain: param, connect: (x: unknown) => x };
      }
      createOscillator() {
        const tone = {
          frequency: { value: 0 },
          connect: (x: unknown) => x,
          start: () => tones.push(tone.frequency.value),
          stop: () => undefined,
        };
        return tone;
      }
    }
    window.AudioContext = FakeAudio as never;
    try {
      const el = await scanning({ scan: 'auto', cue: 'tone', 'scan-interval': '100', 'scan-first-delay': '0' });
      await after(el, 200);
    } finally {
      window.AudioContext = original;
    }
    expect(tones).to.deep.equal([660, 660, 660]);
  });

  it('stops when it leaves the page and starts again when it comes back', async () => {
    const el = await scanning({ scan: 'auto', 'scan-interval': '100', 'scan-first-delay': '0' });
    const parent = el.parentElement!;
    el.remove();
    expect(time.pending).to.equal(0);
    parent.append(el);
    await el.updateComplete;
    expect(highlightedLabels(el)).to.deep.equal(['Swing']);
    expect(time.pending).to.equal(1);
  });
});

describe('<ot-choice-board> dwell', () => {
  async function rest(el: OtChoiceBoard, label: string) {
    const box = choice(el, label).getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
  }
  afterEach(() => resetMouse());

  it('chooses what the pointer rests on for `dwell-time`, showing a filling indicator meanwhile', async () => {
    const el = await scanning({ 'dwell-time': '800' });
    const seen = record(el, 'ot-select');
    await rest(el, 'Snack');
    await el.updateComplete;
    const fill = getComputedStyle(choice(el, 'Snack'), '::after');
    expect(fill.animationName).to.equal('ot-dwell');
    expect(fill.animationDuration).to.equal('0.8s');
    time.advance(799);
    expect(seen).to.have.length(0);
    time.advance(1);
    expect((seen[0] as unknown as OtSelectEvent).detail.method).to.equal('dwell');
    expect(el.value).to.equal('c2');
    time.advance(5000);
    expect(seen).to.have.length(1);
  });

  it('cancels when the pointer leaves early, and is off by default', async () => {
    const el = await scanning({ 'dwell-time': '800' });
    await rest(el, 'Snack');
    time.advance(500);
    await rest(el, 'Swing');
    time.advance(500);
    expect(el.value).to.equal('');
    time.advance(300);
    expect(el.value).to.equal('c0');
    const off = await scanning({});
    await rest(off, 'Snack');
    time.advance(60_000);
    expect(off.value).to.equal('');
  });

  it('answers the confirm step by dwell, the fill staying inside the button', async () => {
    const el = await scanning({ 'dwell-time': '800', confirm: '' });
    choice(el, 'Snack').click();
    await el.updateComplete;
    const yes = el.shadowRoot!.querySelector<HTMLElement>('[part="confirm"] button')!;
    const box = yes.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await el.updateComplete;
    const fill = getComputedStyle(yes, '::after');
    expect(fill.animationName).to.equal('ot-dwell');
    expect(parseFloat(fill.width)).to.be.at.most(box.width);
    time.advance(800);
    expect(el.value).to.equal('c2');
  });
});
