// Drives the built example apps (examples/*, built by scripts/examples.mjs) in headless Chromium, the same
// checks for each framework, as a person would use them:
//   properties  the board and the schedule show the data the framework handed them (objects, as properties);
//   label       `<label for>` names the board's grid;
//   events      choosing on the board updates the framework's state (event prop, v-model, ngModel);
//   model       a framework state change sets the board's value (the choice shows as chosen);
//   form        the form-associated board submits its value under its name;
//   schedule    checking a step off reaches the framework's handler (typed in each app).
// Next.js also: the page's HTML came from the server (before any script ran), and the data survives
// hydration. Every page must raise no error, log no console error, and request nothing but its own server.
// Prints one line per check and ends with `examples: N passed, N failed`.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from '../../scripts/chrome.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const TIMEOUT = 30_000;
let passed = 0;
let failed = 0;

function report(name, problem) {
  if (problem) {
    failed++;
    console.log(`✗ ${name}: ${problem}`);
  } else {
    passed++;
    console.log(`✓ ${name}`);
  }
}

/** Runs one named check; a thrown error (a timeout, an assertion) fails it with its first line. */
async function check(name, run) {
  try {
    await run();
    report(name);
  } catch (error) {
    report(name, String(error?.message ?? error).split('\n')[0]);
  }
}

function expectEqual(actual, expected, what) {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Starts `next start` on a free port for the built Next.js example; resolves with its URL. */
async function startNext() {
  const port = 3100 + Math.floor(Math.random() * 800);
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', 'examples/next', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('next start did not come up in 60 s')), 60_000);
    child.stdout.on('data', (chunk) => {
      if (/ready|started server|Local:/i.test(String(chunk))) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`next start exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, close: () => child.kill() };
}

async function driveApp(browser, name, url, { serverRendered = false } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().split('\n')[0]}`);
  });
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(url) && !/^(data|blob|about):/.test(target)) problems.push(`request to ${target}`);
  });

  if (serverRendered)
    await check(`${name}: the page's HTML is rendered on the server`, async () => {
      const html = await (await fetch(url)).text();
      for (const part of ['OT Kit in Next.js', '<ot-choice-board', '<ot-visual-schedule', 'Pick a break'])
        if (!html.includes(part)) throw new Error(`server HTML lacks ${part}`);
    });
  if (serverRendered)
    await check(`${name}: the elements' content is in the server HTML, before hydration`, async () => {
      const html = await (await fetch(url)).text();
      // Inside each element, not in the page's data payload (which holds the same words).
      const inside = (tag) => html.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`))?.[1] ?? '';
      for (const [tag, words] of [
        ['ot-choice-board', ['Snack', 'Swing']],
        ['ot-visual-schedule', ['Hang up coat', 'Swing break']],
      ]) {
        const content = inside(tag);
        if (!/<template shadowroot(mode)?="open"/.test(content)) throw new Error(`<${tag}> has no server shadow root`);
        for (const word of words)
          if (!content.includes(word)) throw new Error(`<${tag}> lacks "${word}" on the server`);
      }
    });

  await page.goto(url, { timeout: TIMEOUT });
  const board = page.locator('ot-choice-board');
  const choice = (label) => board.locator('[part~="choice"]', { hasText: label });

  await check(`${name}: properties (board and schedule data${serverRendered ? ', after hydration' : ''})`, async () => {
    await choice('Snack').waitFor({ timeout: TIMEOUT });
    await page.getByRole('checkbox', { name: /Swing break/ }).waitFor({ timeout: TIMEOUT });
  });
  await check(`${name}: <label for> names the board`, async () => {
    expectEqual(await page.getByRole('grid', { name: 'Pick a break' }).count(), 1, 'grids named "Pick a break"');
  });
  await check(`${name}: events (a choice reaches the framework's state)`, async () => {
    await choice('Snack').click();
    await page.locator('#chosen', { hasText: 'snack' }).waitFor({ timeout: TIMEOUT });
  });
  await check(`${name}: model (the framework's state sets the board's value)`, async () => {
    await page.getByRole('button', { name: 'Choose swing' }).click();
    await page.waitForFunction(() => document.querySelector('ot-choice-board')?.value === 'swing', undefined, {
      timeout: TIMEOUT,
    });
    expectEqual(await choice('Swing').getAttribute('aria-selected'), 'true', 'Swing aria-selected');
    expectEqual(await choice('Snack').getAttribute('aria-selected'), 'false', 'Snack aria-selected');
  });
  await check(`${name}: form (the board submits its value)`, async () => {
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('#submitted', { hasText: 'swing' }).waitFor({ timeout: TIMEOUT });
  });
  await check(`${name}: schedule event reaches a typed handler`, async () => {
    // Checking off the first step fires ot-step-change for it (done), then for the next one (now current).
    await page.getByRole('checkbox', { name: /Hang up coat/ }).click();
    await page.locator('#last-step', { hasText: 'Swing break: now' }).waitFor({ timeout: TIMEOUT });
  });
  await check(`${name}: no page error, console error or outside request`, async () => {
    if (problems.length) throw new Error(problems.join('; '));
  });
  await page.close();
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  for (const [name, dir] of [
    ['react', 'examples/react/dist'],
    ['vue', 'examples/vue/dist'],
    ['angular', 'examples/angular/dist/app'],
  ]) {
    if (!wanted(name)) continue;
    const server = await serveStatic(dir);
    try {
      await driveApp(browser, name, `${server.url}/`);
    } finally {
      await server.close();
    }
  }
  if (wanted('next')) {
    const next = await startNext();
    try {
      await driveApp(browser, 'next', `${next.url}/`, { serverRendered: true });
    } finally {
      next.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
