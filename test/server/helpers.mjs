// Shared parts of the server tests: a storage (PGlite in a temp folder, or the PostgreSQL server named by
// OTKIT_TEST_DATABASE_URL), a server on a loopback port, and plain protocol calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createId } from '@otkit/sdk';
import { createSyncHandler, openSyncStorage, toNodeListener } from '@otkit/server';

export const DATABASE_URL = process.env.OTKIT_TEST_DATABASE_URL;
/** Which database the suite runs on, for test names. */
export const DATABASE = DATABASE_URL ? 'PostgreSQL' : 'PGlite';

/** A storage location: a PGlite folder of its own, or the shared PostgreSQL database. */
export function storageLocation() {
  if (DATABASE_URL) return { options: { connectionString: DATABASE_URL }, remove() {} };
  const dir = mkdtempSync(join(tmpdir(), 'otkit-sync-'));
  return { options: { dataDir: dir }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A tenant name no other test uses (tests may share one PostgreSQL database). */
export function uniqueTenant(name = 'clinic') {
  return `${name}-${createId()}`;
}

/** The test's `authorize`: `authorization: Bearer <tenant>`; `Bearer blocked-…` is a 403; none is a 401. */
export function bearerAuthorize(request) {
  const match = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '');
  if (!match) return null;
  if (match[1].startsWith('blocked-')) return { status: 403, message: 'This account is suspended' };
  return { tenant: match[1] };
}

/** Starts storage + handler + node:http on 127.0.0.1; `stop()` ends all three. */
export async function startServer({ location = storageLocation(), limits, listener } = {}) {
  const storage = await openSyncStorage(location.options);
  const handler = createSyncHandler({ storage, authorize: bearerAuthorize, limits, onError: () => {} });
  const server = createServer(listener ? listener(handler) : toNodeListener(handler));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/sync`;
  return {
    url,
    storage,
    handler,
    server,
    location,
    async stop({ keepData = false } = {}) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await storage.close();
      if (!keepData) location.remove();
    },
  };
}

/** Calls an endpoint; resolves to `{ status, body, headers }` (body parsed when JSON). */
export async function call(url, endpoint, { tenant, body, raw, method, headers = {} } = {}) {
  const init = {
    method: method ?? (body !== undefined || raw !== undefined ? 'POST' : 'GET'),
    headers: {
      ...(tenant ? { authorization: `Bearer ${tenant}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  };
  const response = await fetch(`${url}/${endpoint}`, init);
  const text = await response.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the test looks at the text
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

let clock = Date.UTC(2026, 0, 5, 9);
/** A time that only goes forward, one second a call, so stamps in a test are in the order they are made. */
export function tick() {
  clock += 1000;
  return clock;
}

/** A change as the SDK's change log has it. */
export function change(ops, { at = tick(), command = 'test', actor = 'therapist', id = createId(at) } = {}) {
  return { id, at, actor, command, ops };
}

/** A valid goal record. */
export function goal(fields = {}) {
  const at = fields.createdAt ?? tick();
  return { id: createId(at), description: 'Tie shoes', order: 1, createdAt: at, ...fields };
}

export const put = (collection, value, extra = {}) => ({ type: 'put', collection, id: value.id, value, ...extra });
export const remove = (collection, id) => ({ type: 'delete', collection, id });

/** Pulls everything since `since`, page by page. */
export async function pullAll(url, tenant, { since = null, limit } = {}) {
  const changes = [];
  let cursor = since;
  for (;;) {
    const { status, body } = await call(url, 'pull', { tenant, body: { since: cursor, ...(limit ? { limit } : {}) } });
    if (status !== 200) throw new Error(`pull answered ${status}: ${JSON.stringify(body)}`);
    changes.push(...body.changes);
    cursor = body.cursor;
    if (!body.more) return { changes, cursor };
  }
}

/** Replays pulled changes into `{ "collection/id": value }`. */
export function replayPulled(pulled, into = new Map()) {
  for (const { change: applied } of pulled)
    for (const op of applied.ops) {
      const key = `${op.collection}/${op.id}`;
      if (op.type === 'put') into.set(key, op.value);
      else into.delete(key);
    }
  return into;
}
