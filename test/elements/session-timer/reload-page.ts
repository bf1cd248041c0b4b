// The real-reload fixture page (test/fixtures/session-timer-reload.html): its timer, and a reload of it.
import { waitUntil } from '@open-wc/testing';
import type { OtProvider, OtSessionTimer } from '@otkit/elements';

/** The timer of the fixture page once it shows a session loaded from IndexedDB. */
export async function pageTimer(frame: HTMLIFrameElement): Promise<OtSessionTimer> {
  let el: OtSessionTimer | undefined;
  await waitUntil(
    () => {
      el = (frame.contentWindow as unknown as { otTimer?: OtSessionTimer } | null)?.otTimer;
      const provider = el?.parentElement as OtProvider | undefined;
      return provider?.store?.status === 'ready' && !!el?.shadowRoot?.querySelector('[part="controls"] button');
    },
    'the fixture page never showed its timer',
    { timeout: 10_000 },
  );
  await el!.updateComplete;
  return el!;
}

/** Reloads the page in the frame for real (a new document, a new store opened on the same database). */
export async function reload(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
}
