import { expect } from '@open-wc/testing';

/**
 * Issue 17, item 4, for the timer: an emergency's incident is saved in an iframe sandboxed with `allow-scripts`
 * only, the strictest sandbox the LMS guide mentions (no `allow-forms`, no `allow-same-origin`: an opaque
 * origin, so no IndexedDB and no access from this page). The frame gets the built CDN file inline and drives
 * the timer itself, the way a user would press its buttons; it reports by postMessage. A plain `<form>` is the
 * control: its submit must never fire, which proves the frame really blocks forms.
 */
interface FrameMessage {
  type: 'saved' | 'form-submitted' | 'error' | 'done' | 'failed';
  text?: string;
}

const HARNESS = `
<ot-session-timer minutes="30"></ot-session-timer>
<form id="control"><button>Control</button></form>
<script type="module">
  const post = (message) => parent.postMessage(message, '*');
  try {
    await customElements.whenDefined('ot-session-timer');
    const el = document.querySelector('ot-session-timer');
    await el.updateComplete;
    el.addEventListener('ot-incident', (e) => post({ type: 'saved', text: e.detail.incident.what }));
    el.addEventListener('ot-error', (e) => post({ type: 'error', text: e.detail.error.message }));
    document.getElementById('control').addEventListener('submit', (e) => {
      e.preventDefault();
      post({ type: 'form-submitted' });
    });
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    const press = async (name) => {
      const button = [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
      if (!button) throw new Error('no button "' + name + '"');
      button.click();
      await settle();
    };
    document.querySelector('#control button').click();
    await press('Start session');
    await press('Pause');
    await press('Emergency');
    const form = el.shadowRoot.querySelector('form');
    form.querySelector('[name="what"]').value = 'Fell from the swing';
    form.querySelector('[name="actions"]').value = 'Ice pack';
    form.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    await press('Save incident');
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'failed', text: String(error) });
  }
</script>`;

async function until(done: () => boolean, message: string): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(done(), message).to.equal(true);
}

describe('<ot-session-timer> in an iframe sandboxed with allow-scripts only', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("saves an emergency's incident without form submission or storage", async () => {
    const response = await fetch('/packages/elements/dist/cdn/otkit.min.js');
    expect(response.ok, 'the CDN file is missing: run `npm run build`').to.equal(true);
    const bundle = (await response.text()).replace(/<\/script/gi, '<\\/script');
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module">${bundle}</script>${HARNESS}</body></html>`;
    const messages: FrameMessage[] = [];
    const listen = (event: MessageEvent<FrameMessage>) => {
      if (event.source === frame.contentWindow) messages.push(event.data);
    };
    window.addEventListener('message', listen);
    try {
      document.body.append(frame);
      await until(
        () => messages.some((m) => m.type === 'done' || m.type === 'failed'),
        `the frame never finished: ${JSON.stringify(messages)}`,
      );
      expect(messages.filter((m) => m.type === 'failed')).to.deep.equal([]);
      expect(messages.filter((m) => m.type === 'saved').map((m) => m.text)).to.deep.equal(['Fell from the swing']);
      expect(messages.filter((m) => m.type === 'error')).to.deep.equal([]);
      expect(
        messages.some((m) => m.type === 'form-submitted'),
        'the sandbox blocks forms (the control form was never submitted)',
      ).to.equal(false);
    } finally {
      window.removeEventListener('message', listen);
    }
  });
});
