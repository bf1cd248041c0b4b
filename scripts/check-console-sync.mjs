// A repeatable check of what `npm start` promises (issue 10): the Session console story syncs to the reference
// server, keeps working offline when the server stops, and catches up when it is back. It starts Storybook's
// dev server (:6006) and the sync server of scripts/start.mjs alone (:8787, PGlite in a temp folder), drives
// the story in headless Chromium, and stops everything it started, whatever happened. A new PGlite database
// takes a minute or more to create on a loaded machine, so the waits are long.
//   node scripts/check-console-sync.mjs      (needs the built packages: npm run build)
// Prints each step and exits non-zero on the first failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const STORY = 'http://localhost:6006/iframe.html?id=examples-session-console--session-console&viewMode=story';
const SYNC = 'http://127.0.0.1:8787/sync';
const dataDir = mkdtempSync(join(tmpdir(), 'otkit-console-sync-'));
const started = [];

const step = (what) => console.log(`console sync: ${what}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function portTaken(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts a command in its own process group, so stopping it stops its children too. */
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  started.push(child);
  return child;
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

async function waitFor(what, check, ms) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

const startSyncServer = () =>
  start(process.execPath, ['scripts/start.mjs'], { OTKIT_START: 'server', OTKIT_SYNC_DATA_DIR: dataDir });
const serverUp = () => fetch(`${SYNC}/health`).then((r) => r.ok);

/** The goals the server holds for the story's tenant. */
async function serverGoals() {
  const goals = new Map();
  for (let since = null; ;) {
    const response = await fetch(`${SYNC}/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer storybook' },
      body: JSON.stringify({ since, limit: 1000 }),
    });
    const body = await response.json();
    for (const { change } of body.changes)
      for (const op of change.ops) {
        if (op.collection !== 'goals') continue;
        if (op.type === 'put') goals.set(op.id, op.value);
        else goals.delete(op.id);
      }
    since = body.cursor;
    if (!body.more) return goals;
  }
}

let browser;
try {
  for (const port of [6006, 8787]) if (await portTaken(port)) throw new Error(`port ${port} is in use: stop it first`);
  step('starting Storybook (:6006) and the sync server (:8787)');
  start('npx', ['storybook', 'dev', '--port', '6006', '--ci', '--no-open', '--no-version-updates', '--quiet']);
  let server = startSyncServer();
  await waitFor('the sync server', serverUp, 240_000);
  await waitFor('Storybook', () => fetch('http://localhost:6006/iframe.html').then((r) => r.ok), 300_000);

  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const page = await browser.newPage();
  const status = () => page.evaluate(() => document.querySelector('ot-provider')?.store?.sync?.status);
  const indicator = () => page.locator('ot-sync-indicator [part="base"]').innerText();
  await page.goto(STORY, { timeout: 300_000 });
  await waitFor('the console to sync', async () => (await status())?.lastSuccess, 300_000);
  step(`synced; the indicator says "${await indicator()}"`);
  // Its words end where the sections end (the right edge in English), on a line of their own above them.
  const words = await page.locator('ot-sync-indicator [part="base"]').boundingBox();
  const sections = await page.locator('main.otkit-console > section').first().boundingBox();
  const grid = await page.locator('main.otkit-console').boundingBox();
  if (!words || !sections || !grid) throw new Error('the indicator or the console is not shown');
  if (words.y + words.height > sections.y) throw new Error('the indicator overlaps the sections');
  if (Math.abs(words.x + words.width - (grid.x + grid.width)) > 40) throw new Error('the indicator is not at the end');
  step(`the indicator sits above the sections, ending at x ${Math.round(words.x + words.width)} of ${grid.width}`);

  step('stopping the sync server');
  await stop(server);
  const description = `Console check ${new Date().toISOString()}`;
  const goalId = await page.evaluate(async (text) => {
    const store = document.querySelector('ot-provider').store;
    const goal = await store.goals.add({ description: text, order: 99 });
    void store.sync.syncNow();
    return goal.id;
  }, description);
  const offline = await waitFor(
    'the offline status',
    async () => {
      const now = await status();
      return now?.state === 'offline' && now.pending > 0 && now;
    },
    60_000,
  );
  step(`offline with ${offline.pending} change(s) waiting; the indicator says "${await indicator()}"`);

  step('starting the sync server again');
  server = startSyncServer();
  await waitFor('the sync server', serverUp, 240_000);
  // No nudge from the page: the story's own retries (at most 10 s apart) must find the server.
  const caughtUp = await waitFor(
    'the console to catch up',
    async () => {
      const now = await status();
      return now?.state === 'idle' && now.pending === 0 && now;
    },
    90_000,
  );
  const held = (await serverGoals()).get(goalId);
  if (held?.description !== description) throw new Error('the server does not hold the goal made offline');
  step(`caught up (pending ${caughtUp.pending}); the server holds the goal made offline`);
  step(`the indicator says "${await indicator()}"`);
  step('passed');
} catch (error) {
  console.error(`console sync: FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await Promise.all(started.map(stop));
  rmSync(dataDir, { recursive: true, force: true });
}
