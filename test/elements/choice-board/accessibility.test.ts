import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import type { OtChoiceBoard } from '@otkit/elements';
import { manualScheduler } from '../../helpers/manual-scheduler.js';
import { emulateMedia } from '../../helpers/media.js';
import { announced, choice, choices, fakeSpeech, highlighted, makeBoard } from './helpers.js';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

function rich() {
  const b = makeBoard(6, {
    grid: {
      rows: 2,
      columns: 4,
      order: [
        ['c0', 'c1', null, 'c2'],
        ['c3', 'c4', 'c5', null],
      ],
    },
  });
  b.choices[0]!.image = { symbol: 'swing' };
  b.choices[1]!.image = { src: PNG, alt: 'a trampoline' };
  b.choices[2]!.unavailable = true;
  b.choices[3]!.background = 'rgb(0, 0, 0)';
  b.choices[4]!.background = 'rgb(255, 255, 0)';
  return b;
}

async function make(markup: ReturnType<typeof html>) {
  const el = await fixture<OtChoiceBoard>(markup);
  el.speech.synth = fakeSpeech();
  await el.updateComplete;
  return el;
}

describe('<ot-choice-board> accessibility', () => {
  afterEach(async () => {
    await emulateMedia({});
    await resetMouse();
  });

  it('is accessible with pictures, unavailable choices, background colours and empty cells', async () => {
    await expect(await make(html`<ot-choice-board .board=${rich()}></ot-choice-board>`)).to.be.accessible();
  });

  it('is accessible with choices chosen, single and multiple', async () => {
    await expect(await make(html`<ot-choice-board value="c1" .board=${rich()}></ot-choice-board>`)).to.be.accessible();
    await expect(
      await make(html`<ot-choice-board multiple value="c0 c4" .board=${rich()}></ot-choice-board>`),
    ).to.be.accessible();
  });

  it('is accessible while scanning (rows and single choices) and with the toolbar', async () => {
    const time = manualScheduler();
    const el = await make(
      html`<ot-choice-board
        scan="auto"
        scan-pattern="row-column"
        .scheduler=${time}
        .board=${rich()}
      ></ot-choice-board>`,
    );
    expect(highlighted(el)).to.have.length(1);
    await expect(el).to.be.accessible();
    el.scan = 'step';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLElement>('[part="toolbar"] button')!.click();
    await el.updateComplete;
    await expect(el, 'paused').to.be.accessible();
  });

  it('is accessible in the confirm step, disabled, empty, and in the error state', async () => {
    const confirm = await make(html`<ot-choice-board confirm .board=${rich()}></ot-choice-board>`);
    choice(confirm, 'Swing').click();
    await confirm.updateComplete;
    await expect(confirm).to.be.accessible();
    await expect(await make(html`<ot-choice-board disabled .board=${rich()}></ot-choice-board>`)).to.be.accessible();
    await expect(await make(html`<ot-choice-board></ot-choice-board>`)).to.be.accessible();
    const broken = await make(html`<ot-choice-board .board=${{ name: '', choices: [] } as never}></ot-choice-board>`);
    expect(broken.shadowRoot!.querySelector('[part="error"]')).to.exist;
    await expect(broken).to.be.accessible();
  });

  it('is accessible while a dwell runs', async () => {
    const el = await make(
      html`<ot-choice-board dwell-time="1000" .scheduler=${manualScheduler()} .board=${rich()}></ot-choice-board>`,
    );
    const box = choice(el, 'Swing').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + 10)] });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('keeps targets at least 44 px', async () => {
    const el = await make(html`<ot-choice-board scan="step" .board=${makeBoard(36)}></ot-choice-board>`);
    for (const c of choices(el)) {
      const box = c.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(44);
    }
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="toolbar"] button')].map((b) =>
      b.getBoundingClientRect(),
    );
    expect(buttons).to.have.length(2);
    for (const button of buttons) expect(button.height).to.be.at.least(44);
  });

  it('shows focus, selection and the scan highlight with system colours in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await make(
      html`<ot-choice-board scan="step" value="c1" .scheduler=${manualScheduler()} .board=${rich()}></ot-choice-board>`,
    );
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const systemHighlight = getComputedStyle(probe).color;
    probe.remove();
    const scan = getComputedStyle(highlighted(el)[0]!);
    expect(scan.outlineStyle).to.equal('double');
    expect(scan.outlineColor).to.equal(systemHighlight);
    const chosen = getComputedStyle(choice(el, 'Trampoline'));
    expect(chosen.borderTopColor).to.equal(systemHighlight);
    expect(chosen.outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('shows a still dwell indicator when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const el = await make(
      html`<ot-choice-board dwell-time="1000" .scheduler=${manualScheduler()} .board=${rich()}></ot-choice-board>`,
    );
    const box = choice(el, 'Swing').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + 10)] });
    await el.updateComplete;
    const cell = choice(el, 'Swing');
    expect(getComputedStyle(cell, '::after').animationName).to.equal('none');
    expect(getComputedStyle(cell).outlineStyle).to.equal('dashed');
  });

  it('speaks Spanish: announcements, the confirm step and the scan button', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <ot-choice-board confirm scan="step" .scheduler=${manualScheduler()} .board=${rich()}></ot-choice-board>
      </div>`,
    );
    const el = wrapper.querySelector('ot-choice-board')!;
    el.speech.synth = fakeSpeech();
    await el.updateComplete;
    const toolbar = () =>
      [...el.shadowRoot!.querySelectorAll('[part="toolbar"] button')].map((b) => b.textContent!.trim());
    expect(toolbar()).to.deep.equal(['Pausar barrido', 'Detener barrido']);
    el.shadowRoot!.querySelector<HTMLElement>('[part="toolbar"] button')!.click();
    await el.updateComplete;
    expect(toolbar()).to.deep.equal(['Reanudar barrido', 'Detener barrido']);
    choice(el, 'Snack').click();
    await announced(el, 'Snack no está disponible');
    choice(el, 'Swing').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="confirm"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Elegiste Swing Sí Volver',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"] button')!.click();
    await announced(el, 'Elegiste Swing');
    await expect(el).to.be.accessible();
  });

  it('lays out right to left in an RTL page and stays accessible', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar"><ot-choice-board .board=${rich()}></ot-choice-board></div>`,
    );
    const el = wrapper.querySelector('ot-choice-board')!;
    await el.updateComplete;
    expect(choice(el, 'Swing').getBoundingClientRect().left).to.be.greaterThan(
      choice(el, 'Trampoline').getBoundingClientRect().left,
    );
    await expect(el).to.be.accessible();
  });
});
