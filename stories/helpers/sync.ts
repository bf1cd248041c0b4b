/**
 * Sync for the Session console story: to the reference server `npm start` runs beside Storybook
 * (http://127.0.0.1:8787/sync, PGlite in .data/sync). Only under Storybook's dev server: the static build
 * (the smoke check, a published Storybook) never touches the network. With the server stopped the story keeps
 * working offline and catches up when it is back (on the browser's `online` event, when the tab is shown again,
 * and every 10 s).
 */
import { httpSync, type OtSyncConnector } from '@otkit/sdk';

/** The development server's address (scripts/start.mjs). */
export const STORY_SYNC_URL = 'http://127.0.0.1:8787/sync';

const underDevServer = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

/**
 * A sync connector for a story's `<ot-provider .sync=…>`, or undefined in a static build.
 *
 * @example
 * html`<ot-provider database="…" .sync=${storySync()}>…</ot-provider>`
 */
export function storySync(): OtSyncConnector | undefined {
  if (!underDevServer) return undefined;
  return httpSync({
    url: STORY_SYNC_URL,
    // The development server takes any bearer token as the tenant's name.
    headers: () => ({ authorization: 'Bearer storybook' }),
    isOnline: () => navigator.onLine,
    retry: { maxDelayMs: 10_000 },
    pullIntervalMs: 10_000,
  });
}
