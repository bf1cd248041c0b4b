import { waitUntil } from '@open-wc/testing';
import type { OtHomePageMessage } from '../../packages/embed/src/home.js';

/**
 * Opens the built family page at `src` in a 390 px wide same-origin frame (or, without `src`, reloads `frame`)
 * and waits for the page to say it is ready. Returns the frame and the page's ready message (its `storage`).
 */
export async function openHomePage(
  frame: HTMLIFrameElement | undefined,
  src?: string,
): Promise<{ frame: HTMLIFrameElement; ready: OtHomePageMessage }> {
  let ready: OtHomePageMessage | undefined;
  let shown = frame;
  const listen = (e: MessageEvent) => {
    const message = e.data as OtHomePageMessage;
    if (e.source === shown?.contentWindow && message?.source === 'otkit-embed' && message.status === 'ready')
      ready = message;
  };
  window.addEventListener('message', listen);
  if (src) {
    shown = document.createElement('iframe');
    shown.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    shown.width = '390';
    shown.height = '800';
    shown.src = src;
    document.body.prepend(shown);
  } else shown!.contentWindow!.location.reload();
  await waitUntil(() => ready, 'the page is ready', { timeout: 15_000 });
  window.removeEventListener('message', listen);
  return { frame: shown!, ready: ready! };
}
