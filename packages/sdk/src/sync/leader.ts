/**
 * One tab syncs: the tab holding the Web Lock named after the database. The others hear its status on a
 * BroadcastChannel of the same name (and its pulled changes through the adapter's own channel), and ask it to
 * sync now through that channel too. A store in memory is one tab's alone: it always leads.
 */
import { OtSyncError, type OtSyncErrorCode } from './errors.js';
import type { OtSyncLocks, OtSyncStatus } from './types.js';

type Message =
  | { readonly type: 'status'; readonly status: Omit<OtSyncStatus, 'error'>; readonly error?: SentError }
  | { readonly type: 'sync-now' };

interface SentError {
  readonly code: OtSyncErrorCode;
  readonly message: string;
  readonly status?: number;
}

/** Hooks of {@link electLeader}. */
export interface OtLeaderHooks {
  /** This tab now leads (called at most once). */
  lead(): void;
  /** Another tab leads for now (this one waits to take over when it goes). */
  follow(): void;
  /** The leading tab sent its status (followers only). */
  heard(status: OtSyncStatus): void;
  /** A following tab asked for a sync (leader only). */
  asked(): void;
}

/** A tab's part in the election; `stop()` gives the lock back. */
export interface OtLeadership {
  share(status: OtSyncStatus): void;
  askLeader(): void;
  stop(): void;
}

function defaultLocks(): OtSyncLocks | undefined {
  const navigator = (globalThis as { navigator?: { locks?: OtSyncLocks } }).navigator;
  return navigator?.locks;
}

/**
 * Joins the election for `name` (shared stores only): leads at once when no lock manager is there.
 *
 * @example
 * const leadership = electLeader('otkit-sync:indexeddb:otkit', undefined, { lead, heard, asked });
 */
export function electLeader(
  name: string | undefined,
  locks: OtSyncLocks | null | undefined,
  hooks: OtLeaderHooks,
): OtLeadership {
  const manager = name === undefined || locks === null ? undefined : (locks ?? defaultLocks());
  let release: (() => void) | undefined;
  let stopped = false;
  let leading = false;
  const channel =
    name !== undefined && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(name) : undefined;
  if (channel)
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.type === 'sync-now' && leading) hooks.asked();
      if (message?.type === 'status' && !leading) {
        const error = message.error
          ? new OtSyncError(message.error.code, message.error.message, { status: message.error.status })
          : undefined;
        hooks.heard({ ...message.status, error, leader: false });
      }
    };
  const lead = () => {
    if (stopped) return;
    leading = true;
    hooks.lead();
  };
  const hold = () => {
    if (stopped) return Promise.resolve();
    lead();
    return new Promise<void>((resolve) => (release = resolve));
  };
  if (!manager || name === undefined) lead();
  else
    // Asked first without waiting, so a tab knows at once whether it leads or follows.
    void manager
      .request(name, { ifAvailable: true }, (lock) => {
        if (lock) return hold();
        hooks.follow();
        void manager.request(name, {}, hold).catch(() => {});
        return Promise.resolve();
      })
      .catch(() => lead());
  return {
    share(status) {
      if (!leading || !channel) return;
      const { error, ...rest } = status;
      const sent = error ? { code: error.code, message: error.message, status: error.status } : undefined;
      channel.postMessage({ type: 'status', status: rest, ...(sent ? { error: sent } : {}) } satisfies Message);
    },
    askLeader() {
      channel?.postMessage({ type: 'sync-now' } satisfies Message);
    },
    stop() {
      stopped = true;
      release?.();
      channel?.close();
    },
  };
}
