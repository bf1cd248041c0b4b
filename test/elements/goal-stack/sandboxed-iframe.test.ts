import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

/**
 * Issue 17, item 4: an LMS page may run the stack in an iframe sandboxed without `allow-forms`, where a form is
 * never submitted. Nothing in the stack may rely on form submission to save. The frame gets the built CDN
 * file inline (a sandboxed frame without `allow-same-origin` has an opaque origin: it could not load our
 * modules), a standalone stack with one goal, and a plain `<form>` as the control: in these sandboxes its
 * submit must never fire, which proves the frame really blocks forms.
 */
const SANDBOXES = ['allow-scripts', 'allow-scripts allow-same-origin'] as const;

interface FrameMessage {
  type: 'ready' | 'at' | 'note-saved' | 'short-note-saved' | 'form-submitted' | 'error';
  text?: string;
  /** For 'at': the middle of the field asked for, in the frame's viewport. */
  point?: { x: number; y: number };
}

const HARNESS = `
<ot-goal-stack><ol><li data-id="shoes">Shoe-tying</li></ol></ot-goal-stack>
<form id="control"><input id="control-field" aria-label="Control" /></form>
<script type="module">
  const post = (message) => parent.postMessage(message, '*');
  await customElements.whenDefined('ot-goal-stack');
  const el = document.querySelector('ot-goal-stack');
  await el.updateComplete;
  el.addEventListener('ot-note-change', (e) => post({ type: 'note-saved', text: e.detail.note.text }));
  el.addEventListener('ot-progress-change', (e) => post({ type: 'short-note-saved', text: e.detail.entry.note }));
  el.addEventListener('ot-error', (e) => post({ type: 'error', text: e.detail.error.message }));
  document.getElementById('control').addEventListener('submit', (e) => {
    e.preventDefault();
    post({ type: 'form-submitted' });
  });
  const byLabel = (name) =>
    [...el.shadowRoot.querySelectorAll('input')].find((input) => input.labels[0]?.textContent.trim() === name);
  const middle = (node) => {
    const box = node.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  const fields = {
    note: () => byLabel('Add a note'),
    shortNote: () => byLabel('Short note'),
    control: () => document.getElementById('control-field'),
  };
  // Where a field is now (the layout moves as notes come): the test asks before each click.
  addEventListener('message', (e) => {
    if (e.data?.type === 'where') post({ type: 'at', point: middle(fields[e.data.field]()) });
  });
  post({ type: 'ready' });
</script>`;

let bundle: string | undefined;

async function sandboxedStack(sandbox: string): Promise<{ frame: HTMLIFrameElement; messages: FrameMessage[] }> {
  if (bundle === undefined) {
    const response = await fetch('/packages/elements/dist/cdn/otkit.min.js');
    expect(response.ok, 'the CDN file is missing: run `npm run build`').to.equal(true);
    bundle = await response.text();
  }
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'border: 0; width: 900px; height: 1400px; display: block';
  const inline = bundle.replace(/<\/script/gi, '<\\/script');
  frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module">${inline}</script>${HARNESS}</body></html>`;
  const messages: FrameMessage[] = [];
  window.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
    if (event.source === frame.contentWindow) messages.push(event.data);
  });
  document.body.append(frame);
  await until(() => messages.some((m) => m.type === 'ready'), 'the frame never got ready');
  return { frame, messages };
}

async function until(done: () => boolean, message: string): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(done(), message).to.equal(true);
}

/** Clicks a field of the frame with the real mouse (focusing it), then types and presses a key. */
async function typeInto(
  frame: HTMLIFrameElement,
  messages: FrameMessage[],
  field: 'note' | 'shortNote' | 'control',
  text: string,
  key: string,
): Promise<void> {
  const count = messages.length;
  frame.contentWindow!.postMessage({ type: 'where', field }, '*');
  await until(() => messages.slice(count).some((m) => m.type === 'at'), `the frame did not say where ${field} is`);
  const { point } = messages.slice(count).find((m) => m.type === 'at')!;
  // The frame is taller than the test page's viewport: bring the point into view first.
  window.scrollBy(0, frame.getBoundingClientRect().top + point!.y - innerHeight / 2);
  const box = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + point!.x), Math.round(box.top + point!.y)] });
  await sendKeys({ type: text });
  await sendKeys({ press: key });
}

describe('<ot-goal-stack> in a sandboxed iframe (no allow-forms)', () => {
  afterEach(async () => {
    await resetMouse();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  for (const sandbox of SANDBOXES) {
    it(`saves a "To Get To" note and a short note with sandbox="${sandbox}"`, async () => {
      const { frame, messages } = await sandboxedStack(sandbox);
      frame.scrollIntoView();
      await typeInto(frame, messages, 'control', 'control', 'Enter');
      await typeInto(frame, messages, 'note', 'Asked about the fire drill', 'Enter');
      await until(
        () => messages.some((m) => m.type === 'note-saved'),
        `the note was not saved: ${JSON.stringify(messages)}`,
      );
      expect(messages.find((m) => m.type === 'note-saved')!.text).to.equal('Asked about the fire drill');

      await typeInto(frame, messages, 'shortNote', 'Used a loop-and-swoop', 'Tab');
      await until(() => messages.some((m) => m.type === 'short-note-saved'), 'the short note was not saved');
      expect(messages.find((m) => m.type === 'short-note-saved')!.text).to.equal('Used a loop-and-swoop');

      expect(messages.filter((m) => m.type === 'error')).to.deep.equal([]);
      expect(
        messages.some((m) => m.type === 'form-submitted'),
        'the sandbox blocks forms (the control form was never submitted)',
      ).to.equal(false);
    });
  }
});
