/**
 * A device for the crash test (test/sync/sync-server-plugin.mjs drives it in a Chromium of its own with a
 * persistent profile): `?write=N` makes N changes on IndexedDB while syncing slowly; without it, the page only
 * reopens the store and syncs. `window.otkitCrash` tells the driver how far it is.
 */
import { createStore, httpSync, indexedDbAdapter } from '@otkit/sdk';

interface CrashState {
  written: string[];
  pending: number;
  state: string;
  lastSuccess: number | undefined;
  error?: string;
}

const params = new URLSearchParams(location.search);
const report: CrashState = { written: [], pending: -1, state: 'starting', lastSuccess: undefined };
(globalThis as { otkitCrash?: CrashState }).otkitCrash = report;

const store = createStore({
  adapter: indexedDbAdapter({ name: 'otkit-crash-device' }),
  sync: httpSync({
    url: params.get('url')!,
    headers: () => ({ authorization: `Bearer ${params.get('tenant')}` }),
    batchSize: 5,
    debounceMs: 0,
    retry: { initialDelayMs: 20, maxDelayMs: 300 },
    pullIntervalMs: 0,
  }),
});
store.sync!.subscribe(({ pending, state, lastSuccess }) => Object.assign(report, { pending, state, lastSuccess }));

const count = Number(params.get('write') ?? 0);
try {
  for (let i = 0; i < count; i++) {
    // Resolved: the write is acknowledged to the therapist (on disk), whatever happens to the tab next.
    const goal = await store.goals.add({ description: `Goal ${i}`, order: i });
    report.written.push(goal.id);
  }
} catch (error) {
  report.error = String(error);
}
