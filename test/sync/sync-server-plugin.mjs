// A web-test-runner plugin for the sync tests in Chromium: `executeServerCommand('otkit-sync', …)` starts a
// real sync server (@otkit/server on PGlite, in a child process so it can be killed mid-batch) behind the
// fault proxy, changes the faults, reads the server's log, and stops it all; a "hostile" server answers
// whatever a test asks (HTML, wrong types, huge bodies, 401/403). Every process and folder it made is removed
// when the test runner stops.
//
// A browser's command waits at most 20 s for its answer, and a PGlite database takes longer than that to
// create on a loaded machine: `start` answers at once and `wait` (asked again by the test) says when the
// server listens. Databases are copies of one made once per run, so only the first pays for creating it.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { startFaultProxy } from '../helpers/fault-proxy.mjs';

const SERVE_CHILD = fileURLToPath(new URL('../server/serve-child.mjs', import.meta.url));
const running = new Map();
let nextId = 1;
/** A PGlite folder with the migrations applied, copied for each server. */
let template;
const temporary = [];

/** Every server process started, so none outlives the test runner, however it ends. */
const children = new Set();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/**
 * Starts serve-child.mjs on `dataDir` (with the handler's `limits`, when given); resolves with the child and its
 * origin once it listens.
 */
function startChild(dataDir, limits = {}) {
  const child = spawn(process.execPath, [SERVE_CHILD], {
    env: { ...process.env, OTKIT_SYNC_STORAGE: JSON.stringify({ dataDir }), OTKIT_SYNC_LIMITS: JSON.stringify(limits) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/sync/.exec(out);
      if (match) resolve({ child, origin: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`sync server exited (${code}) before listening`)));
  });
}

function kill(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });
}

function templateDir() {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'otkit-sync-template-'));
    temporary.push(dir);
    const { child } = await startChild(dir);
    await kill(child);
    return dir;
  })();
  return template;
}

async function startSync({ faults = {}, seed = 1, limits = {} } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'otkit-sync-wtr-'));
  temporary.push(dataDir);
  cpSync(await templateDir(), dataDir, { recursive: true });
  const entry = { dataDir, server: await startChild(dataDir, limits) };
  entry.proxy = await startFaultProxy({
    target: entry.server.origin,
    seed,
    cors: true,
    ...faults,
    // SIGKILL while a request is inside, then the same database again: what a crash and a restart do.
    restart: async () => {
      await kill(entry.server.child);
      entry.server = await startChild(dataDir, limits);
      return entry.server.origin;
    },
  });
  entry.url = `${entry.proxy.url}/sync`;
  entry.stop = async () => {
    await entry.proxy.settle();
    await entry.proxy.close();
    await kill(entry.server.child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  return entry;
}

/** Starts a server in the background; `wait` tells when it is there. */
function beginSync(payload) {
  const id = String(nextId++);
  const starting = startSync(payload);
  const pending = {
    starting,
    async stop() {
      await (await starting.catch(() => undefined))?.stop();
    },
  };
  running.set(id, pending);
  starting.then(
    (entry) => running.get(id) === pending && running.set(id, entry),
    () => {},
  );
  return { id };
}

/** Waits up to 15 s for a server `start` began: `{ url }` once it listens, `{ pending: true }` before. */
async function waitFor(id) {
  const entry = running.get(id);
  if (!entry?.starting) return { url: entry.url };
  const timeout = new Promise((resolve) => setTimeout(resolve, 15_000, { pending: true }));
  return Promise.race([entry.starting.then((ready) => ({ url: ready.url })), timeout]);
}

/** The server's whole log for a tenant, read past the proxy: change ids in log order and the final records. */
async function serverLog(entry, tenant) {
  // A restart the proxy began (a fault on the devices' last requests) must finish first: until then
  // `entry.server` is the child it killed, and reading from it fails with "fetch failed".
  await entry.proxy.settle();
  const ids = [];
  const records = {};
  for (let since = null; ;) {
    const answer = await fetch(`${entry.server.origin}/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant}` },
      body: JSON.stringify({ since, limit: 1000 }),
    });
    const body = await answer.json();
    for (const { change } of body.changes) {
      ids.push(change.id);
      for (const op of change.ops)
        if (op.type === 'put') records[`${op.collection}/${op.id}`] = op.value;
        else delete records[`${op.collection}/${op.id}`];
    }
    since = body.cursor;
    if (!body.more) return { ids, records };
  }
}

/** A server that answers every request with the reply a test set (and counts the requests). */
async function startHostile() {
  const state = { reply: { status: 500, body: '' }, requests: 0 };
  const server = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-expose-headers': 'retry-after',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    state.requests += 1;
    req.resume();
    const { status, contentType = 'application/json', body = '', repeat = 1, headers = {} } = state.reply;
    res.writeHead(status, { ...cors, 'content-type': contentType, ...headers });
    // A huge answer is streamed, so the server never holds it whole.
    let left = repeat;
    const more = () => {
      while (left > 0) {
        left -= 1;
        if (!res.write(body)) return void res.once('drain', more);
      }
      res.end();
    };
    res.on('error', () => {});
    more();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const id = String(nextId++);
  running.set(id, {
    state,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
  return { id, url: `http://127.0.0.1:${server.address().port}/sync` };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the crash page's `window.otkitCrash` until `done(report)`, or fails after `ms`. */
async function pollPage(page, done, ms) {
  const until = Date.now() + ms;
  for (;;) {
    const report = await page.evaluate(() => globalThis.otkitCrash).catch(() => undefined);
    if (report && done(report)) return report;
    if (Date.now() > until) throw new Error(`crash page never got there: ${JSON.stringify(report)}`);
    await sleep(50);
  }
}

/**
 * The crash test: a Chromium of its own on a persistent profile writes `count` changes and syncs them
 * through a slow proxy; it is killed (SIGKILL) while some are written but not yet acknowledged by the server,
 * started again on the same profile, and syncs until its outbox is empty. Resolves with what happened.
 */
async function crashRun({ origin, server, tenant, count }) {
  const profile = mkdtempSync(join(tmpdir(), 'otkit-sync-profile-'));
  temporary.push(profile);
  const page = `${origin}/test/sync/crash-page.html?url=${encodeURIComponent(server.url)}&tenant=${tenant}`;
  const launch = () =>
    puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS, userDataDir: profile });
  const first = await launch();
  let killedAt;
  try {
    const tab = await first.newPage();
    await tab.goto(`${page}&write=${count}`);
    // Mid-sync: every change written (and so acknowledged to the person), some not yet on the server.
    killedAt = await pollPage(tab, (r) => r.written.length >= count / 2 && r.pending > 0, 120_000);
  } finally {
    first.process()?.kill('SIGKILL');
  }
  const second = await launch();
  try {
    const tab = await second.newPage();
    await tab.goto(page);
    const resumed = await pollPage(tab, (r) => r.pending === 0 && r.state === 'idle' && r.lastSuccess, 120_000);
    return { written: killedAt.written, pendingWhenKilled: killedAt.pending, resumed };
  } finally {
    await second.close();
  }
}

export function syncServerPlugin() {
  let origin;
  const crashes = new Map();
  return {
    name: 'otkit-sync',
    serverStart({ config }) {
      origin = `http://localhost:${config.port}`;
    },
    async executeCommand({ command, payload = {} }) {
      if (command !== 'otkit-sync') return undefined;
      const entry = running.get(payload.id);
      switch (payload.action) {
        case 'start':
          return beginSync(payload);
        case 'wait':
          return waitFor(payload.id);
        case 'hostile':
          return startHostile();
        case 'reply':
          entry.state.reply = payload.reply;
          return true;
        case 'requests':
          return entry.state.requests;
        case 'faults':
          entry.proxy.setFaults(payload.faults);
          return true;
        case 'stats':
          return { ...entry.proxy.stats };
        case 'log':
          return serverLog(entry, payload.tenant);
        case 'fault-test-size':
          // The 1,000 a device with OTKIT_SYNC_FAULT_CHANGES=1000; fewer by default (see faults.test.ts).
          return Number(process.env.OTKIT_SYNC_FAULT_CHANGES) || 150;
        case 'crash': {
          const id = String(nextId++);
          const run = crashRun({ origin, server: entry, tenant: payload.tenant, count: payload.count });
          run.catch(() => {});
          crashes.set(id, run);
          return { id };
        }
        case 'crash-wait': {
          const timeout = new Promise((resolve) => setTimeout(resolve, 15_000, { pending: true }));
          return Promise.race([crashes.get(payload.id).then((result) => ({ result })), timeout]);
        }
        case 'stop':
          running.delete(payload.id);
          await entry?.stop();
          return true;
        default:
          throw new Error(`otkit-sync: unknown action ${payload.action}`);
      }
    },
    async serverStop() {
      await Promise.all([...running.values()].map((entry) => entry.stop().catch(() => {})));
      running.clear();
      if (template) await template.catch(() => {});
      for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
    },
  };
}
