// `npm start`: the reference sync server (embedded PGlite, data in .data/sync, http://127.0.0.1:8787/sync) and
// Storybook (http://localhost:6006) together; Ctrl+C stops both, and either one stopping stops the other.
// The server is for development: any bearer token is taken as the tenant's name (a portal's own `authorize`
// checks real credentials), and it answers CORS only for Storybook's origin.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';

const PORT = Number(process.env.OTKIT_SYNC_PORT ?? 8787);
const DATA_DIR = process.env.OTKIT_SYNC_DATA_DIR ?? '.data/sync';
// `OTKIT_START=server`: the sync server alone (scripts/check-console-sync.mjs stops and restarts it).
const SERVER_ONLY = process.env.OTKIT_START === 'server';
const STORYBOOK_ORIGINS = new Set(['http://localhost:6006', 'http://127.0.0.1:6006']);

if (!existsSync('packages/server/dist/index.js') || !existsSync('packages/sdk/dist/index.js')) {
  console.log('First start: building the packages (the sync server runs from packages/server/dist)…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const { createSyncHandler, openSyncStorage, toNodeListener } = await import('@otkit/server');

/** Development only: `Authorization: Bearer <tenant>`. */
function authorize(request) {
  const match = /^Bearer ([A-Za-z0-9_.:-]{1,200})$/.exec(request.headers.get('authorization') ?? '');
  return match ? { tenant: match[1] } : null;
}

/** Lets Storybook's pages call the server (a portal serves both from one origin, or sets its own CORS). */
function withCors(handler) {
  return async (request) => {
    const origin = request.headers.get('origin');
    const allowed = origin && STORYBOOK_ORIGINS.has(origin);
    const cors = allowed
      ? {
          'access-control-allow-origin': origin,
          'access-control-allow-headers': 'authorization, content-type',
          'access-control-allow-methods': 'GET, POST',
          'access-control-max-age': '600',
          vary: 'origin',
        }
      : {};
    if (request.method === 'OPTIONS') return new Response(null, { status: allowed ? 204 : 403, headers: cors });
    const response = await handler(request);
    for (const [name, value] of Object.entries(cors)) response.headers.set(name, value);
    return response;
  };
}

mkdirSync(DATA_DIR, { recursive: true });
const storage = await openSyncStorage({ dataDir: DATA_DIR });
const server = createServer(toNodeListener(withCors(createSyncHandler({ storage, authorize }))));
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(PORT, '127.0.0.1', resolve);
});
console.log(`OT Kit sync server: http://127.0.0.1:${PORT}/sync (PGlite in ${DATA_DIR})`);

// Its own process group, so stopping reaches npm's children too (the manifest analyzer, Storybook's server).
const storybook = SERVER_ONLY ? undefined : spawn('npm', ['run', 'storybook'], { stdio: 'inherit', detached: true });
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (storybook && storybook.exitCode === null) {
    try {
      process.kill(-storybook.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await storage.close();
  process.exit(code);
}
storybook?.on('exit', (code) => void stop(code ?? 0));
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
