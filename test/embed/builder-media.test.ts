import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { OT_OWN_IMAGE_MAX_CHARS, OT_OWN_IMAGE_MAX_SIDE, decodeScheduleFragment } from '@otkit/sdk';
import type { OtVisualSchedule } from '@otkit/elements';
import '../../packages/embed/src/builder/define.js';
import type { OtScheduleBuilder } from '../../packages/embed/src/builder/schedule-builder.js';

// Issue 16, case 10: the builder offered only the built-in symbols — no own photos or audio.

const $ = <T extends Element = HTMLElement>(el: OtScheduleBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function builder(): Promise<OtScheduleBuilder> {
  const el = await fixture<OtScheduleBuilder>(
    html`<ot-schedule-builder base="https://widgets.example.org/otkit/"></ot-schedule-builder>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'the snippet', { timeout: 5000 });
  return el;
}

/** The form control whose label says `text`, inside `scope`. */
function labelled<T extends HTMLElement>(scope: ParentNode, text: RegExp): T {
  const label = [...scope.querySelectorAll('label')].find((l) => text.test(l.textContent!));
  if (!label) throw new Error(`no field labelled ${text}`);
  return label.querySelector<T>('input, textarea, select')!;
}

/** Puts `file` in a file input as a person picking it would. */
function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A photo-like picture (noise over a gradient, which compresses badly), made in the test. */
async function photo(width: number, height: number): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(width, height);
  let seed = 7;
  for (let i = 0; i < pixels.data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    pixels.data[i] = (i / 4) % 256;
    pixels.data[i + 1] = seed % 256;
    pixels.data[i + 2] = (seed >> 8) % 256;
    pixels.data[i + 3] = 255;
  }
  context.putImageData(pixels, 0, 0);
  return new File([await canvas.convertToBlob({ type: 'image/png' })], 'photo.png', { type: 'image/png' });
}

/** A short WAV sound (0.1 s of a 440 Hz tone, 8 kHz, 8-bit), made in the test. */
function tone(): File {
  const samples = 800;
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, word: string) => [...word].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 8000, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i++) bytes[44 + i] = 128 + Math.round(100 * Math.sin((2 * Math.PI * 440 * i) / 8000));
  return new File([bytes], 'bus.wav', { type: 'audio/wav' });
}

const preview = (el: OtScheduleBuilder) => $<OtVisualSchedule>(el, 'ot-visual-schedule');
const previewRoot = (el: OtScheduleBuilder) => preview(el).shadowRoot!;

async function openPicker(el: OtScheduleBuilder, step = 1): Promise<HTMLDialogElement> {
  $<HTMLButtonElement>(el, `ol > li:nth-child(${step}) .pic`).click();
  await el.updateComplete;
  return $<HTMLDialogElement>(el, 'dialog');
}

describe('<ot-schedule-builder> own pictures and sounds', () => {
  it('takes a picture file, scales it down under the cap, and shows it in the form and the preview', async () => {
    const el = await builder();
    const dialog = await openPicker(el);
    pick(labelled(dialog, /Picture file/), await photo(1600, 1200));
    await waitUntil(() => !dialog.open, 'the picker closes', { timeout: 10_000 });
    const button = $<HTMLImageElement>(el, 'ol > li:nth-child(1) .pic img');
    expect(button.src).to.match(/^data:image\/webp;base64,/);
    expect(button.src.length).to.be.at.most(OT_OWN_IMAGE_MAX_CHARS);
    await waitUntil(() => previewRoot(el).querySelector('li img[src^="data:image"]'), 'the preview picture');
    const shown = previewRoot(el).querySelector<HTMLImageElement>('li img')!;
    expect(shown.src).to.equal(button.src);
    await shown.decode();
    expect([shown.naturalWidth, shown.naturalHeight]).to.deep.equal([OT_OWN_IMAGE_MAX_SIDE, 384]);
    // A photo does not fit in a link: the builder says so, naming it, and makes no link rather than drop it.
    const message = $(el, '[part="media-too-big"]');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain('Your own pictures and sounds do not fit in a link.');
    expect(message.textContent).to.match(/the picture of step 1 \(\d+ characters\)/);
    expect($(el, 'textarea'), 'no snippet').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses a picture address the URL policy refuses, with a named error next to the field', async () => {
    const el = await builder();
    const dialog = await openPicker(el);
    const field = labelled<HTMLInputElement>(dialog, /Picture address/);
    field.value = 'http://school.example.org/bus.png';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.includes('Use this address'))!.click();
    await el.updateComplete;
    const error = $(el, '#picture-error');
    expect(error.getAttribute('part')).to.equal('media-error');
    expect(error.textContent).to.match(/^Your own picture: http: is not allowed/);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal('picture-error');
    expect(dialog.open, 'the picker stays open').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('takes an https picture address into the link', async () => {
    const el = await builder();
    const dialog = await openPicker(el, 2);
    const field = labelled<HTMLInputElement>(dialog, /Picture address/);
    field.value = 'https://school.example.org/pics/snack.png';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.includes('Use this address'))!.click();
    await waitUntil(async () => {
      const link = $<HTMLInputElement>(el, 'input.link')?.value ?? '';
      const schedule = await decodeScheduleFragment(new URL(link).hash);
      return schedule.steps[1]!.image?.src === 'https://school.example.org/pics/snack.png';
    }, 'the picture in the link');
  });

  it('attaches a sound file to a step; the link carries it and the schedule plays it on tap', async () => {
    const el = await builder();
    const step = $(el, 'ol > li:nth-child(1)');
    pick(labelled(step, /Sound file/), tone());
    await waitUntil(() => step.querySelector('audio'), 'the sound in the form');
    expect(step.querySelector('audio')!.src).to.match(/^data:audio\/wav;base64,UklGR/);
    await waitUntil(async () => {
      const link = $<HTMLInputElement>(el, 'input.link')?.value ?? '';
      return (await decodeScheduleFragment(new URL(link).hash)).steps[0]!.sound?.src.startsWith('data:audio/wav');
    }, 'the sound in the link');
    const played: string[] = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.push(this.src);
      return Promise.resolve();
    };
    try {
      await waitUntil(() => previewRoot(el).querySelector('[part~="check"]'), 'the preview');
      previewRoot(el).querySelector<HTMLButtonElement>('[part~="check"]')!.click();
      await waitUntil(() => played.length > 0, 'the sound played');
      expect(played[0]).to.match(/^data:audio\/wav;base64,UklGR/);
    } finally {
      HTMLMediaElement.prototype.play = play;
    }
  });

  it('refuses a file that is not a sound, naming the step', async () => {
    const el = await builder();
    const step = $(el, 'ol > li:nth-child(2)');
    pick(labelled(step, /Sound file/), new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' }));
    await waitUntil(() => step.querySelector('[part="media-error"]'), 'the error');
    expect(step.querySelector('[part="media-error"]')!.textContent).to.match(/^Sound of step 2: image\/svg\+xml files/);
  });

  it('records a sound: a visible recording state and a Stop control, then the sound on the step', async () => {
    const el = await builder();
    const context = new AudioContext();
    const oscillator = context.createOscillator();
    const destination = context.createMediaStreamDestination();
    oscillator.connect(destination);
    oscillator.start();
    const getUserMedia = navigator.mediaDevices.getUserMedia;
    navigator.mediaDevices.getUserMedia = () => Promise.resolve(destination.stream);
    try {
      const step = $(el, 'ol > li:nth-child(1)');
      [...step.querySelectorAll('button')].find((b) => b.textContent!.includes('Record'))!.click();
      await waitUntil(() => step.querySelector('[part="stop-recording"]'), 'the Stop control');
      expect(step.querySelector('[part="recording"]')!.textContent).to.contain('Recording…');
      await new Promise((resolve) => setTimeout(resolve, 300));
      step.querySelector<HTMLButtonElement>('[part="stop-recording"]')!.click();
      await waitUntil(() => step.querySelector('audio'), 'the recorded sound', { timeout: 10_000 });
      expect(step.querySelector('audio')!.src).to.match(/^data:audio\/webm;base64,/);
      expect(step.querySelector('[part="recording"]')).to.equal(null);
    } finally {
      navigator.mediaDevices.getUserMedia = getUserMedia;
      await context.close();
    }
  });

  it('says readably when the microphone is refused', async () => {
    const el = await builder();
    const getUserMedia = navigator.mediaDevices.getUserMedia;
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      const step = $(el, 'ol > li:nth-child(3)');
      [...step.querySelectorAll('button')].find((b) => b.textContent!.includes('Record'))!.click();
      await waitUntil(() => step.querySelector('[part="media-error"]'), 'the error');
      expect(step.querySelector('[part="media-error"]')!.textContent).to.match(
        /^Sound of step 3: the microphone is not allowed on this page/,
      );
      expect(step.querySelector('[part="recording"]')).to.equal(null);
    } finally {
      navigator.mediaDevices.getUserMedia = getUserMedia;
    }
  });
});
