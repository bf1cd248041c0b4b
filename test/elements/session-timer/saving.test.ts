import { expect, fixture, html } from '@open-wc/testing';
import { createManualClock, createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import type { OtIncidentEvent, OtSessionTimer } from '@otkit/elements';
import { controlledAdapter, deferred } from '../../helpers/sdk-testing.js';
import { M, T0, click, hasButton, part, root, settle, text } from './helpers.js';

/** An iframe with this sandbox, and its document (reachable because of allow-same-origin). */
async function sandboxedFrame(sandbox: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Whether a plain form in the frame can submit: the check that the sandbox really blocks it. */
function formsSubmit(frame: HTMLIFrameElement): boolean {
  const doc = frame.contentDocument!;
  const form = doc.createElement('form');
  form.innerHTML = '<button>Send</button>';
  let submitted = false;
  form.addEventListener('submit', (event) => {
    submitted = true;
    event.preventDefault();
  });
  doc.body.append(form);
  form.querySelector('button')!.click();
  form.remove();
  return submitted;
}

async function fillIncident(el: OtSessionTimer, what: string, actions: string): Promise<void> {
  const form = root(el).querySelector('form')!;
  (form.querySelector('[name="what"]') as HTMLTextAreaElement).value = what;
  (form.querySelector('[name="actions"]') as HTMLTextAreaElement).value = actions;
  form.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

describe('<ot-session-timer> saving', () => {
  // The LMS guide's recommended sandbox, and the strictest one whose document this test can still reach.
  for (const sandbox of ['allow-scripts allow-same-origin', 'allow-same-origin']) {
    it(`saves an emergency's incident in an iframe sandboxed with "${sandbox}" (no allow-forms)`, async () => {
      const frame = await sandboxedFrame(sandbox);
      try {
        expect(formsSubmit(frame)).to.equal(false);
        const store = createStore({ adapter: memoryAdapter() });
        const provider = document.createElement('ot-provider') as HTMLElement & { store: OtStore };
        provider.store = store;
        const el = document.createElement('ot-session-timer') as OtSessionTimer;
        el.clock = createManualClock(T0);
        provider.append(el);
        // Made in this page (its styles are constructed here), then moved into the sandboxed document: the
        // frame's sandbox flags, not this page's, decide what its form may do.
        document.body.append(provider);
        await el.updateComplete;
        frame.contentDocument!.body.append(provider);
        await store.ready;
        await settle(el);
        await click(el, 'Start session');
        (el.clock as ReturnType<typeof createManualClock>).advance(M);
        await click(el, 'Pause');
        await click(el, 'Emergency');
        await fillIncident(el, 'Fell from the swing', 'Ice pack');
        const incidents: OtIncidentEvent[] = [];
        el.addEventListener('ot-incident', (event) => incidents.push(event));
        await click(el, 'Save incident');
        expect(incidents).to.have.length(1);
        expect(store.incidents.list().map((i) => [i.what, i.actions, i.at])).to.deep.equal([
          ['Fell from the swing', 'Ice pack', T0 + M],
        ]);
        expect(hasButton(el, 'Record incident')).to.equal(false);
        expect(part(el, 'panel')).to.equal(null);
      } finally {
        frame.remove();
      }
    });
  }

  it('saves a standalone incident the same way, Enter in a field submitting nothing', async () => {
    const el = await fixture<OtSessionTimer>(html`<ot-session-timer></ot-session-timer>`);
    el.clock = createManualClock(T0);
    await click(el, 'Start session');
    await click(el, 'Pause');
    await click(el, 'Emergency');
    await fillIncident(el, 'Fell', 'Ice');
    const saved: OtIncidentEvent[] = [];
    el.addEventListener('ot-incident', (event) => saved.push(event));
    root(el).querySelector('form')!.requestSubmit();
    await settle(el);
    expect(saved).to.have.length(0);
    await click(el, 'Save incident');
    expect(saved.map((e) => e.detail.incident.what)).to.deep.equal(['Fell']);
  });

  it('shows a change as saving until the store has saved it, then as saved', async () => {
    const adapter = controlledAdapter();
    const release = deferred();
    const store = createStore({ adapter });
    const provider = await fixture<HTMLElement>(
      html`<ot-provider .store=${store}><ot-session-timer minutes="30"></ot-session-timer></ot-provider>`,
    );
    const el = provider.querySelector('ot-session-timer') as OtSessionTimer;
    el.clock = createManualClock(T0);
    await store.ready;
    await settle(el);
    expect(part(el, 'save-state')).to.equal(null);
    await click(el, 'Start session');
    expect(text(el, 'save-state')).to.equal('Saved');
    adapter.hold = release.promise;
    const committed = adapter.attempts.length;
    await click(el, 'Next phase');
    // The store shows the change at once; the element says it is not on disk yet.
    expect(text(el, 'phase')).to.equal('Warm-up & regulation');
    expect(text(el, 'save-state')).to.equal('Saving…');
    expect(adapter.attempts).to.have.length(committed + 1);
    release.resolve();
    await settle(el);
    expect(text(el, 'save-state')).to.equal('Saved');
  });
});
