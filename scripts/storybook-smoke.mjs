// Smoke check of the built Storybook (storybook-static/), run by .ci/run after `npm run build-storybook`:
//  1. the "Examples / Session console" story: no page error, <ot-provider> is defined and rendered;
//  2. every other story and docs page in the index: it renders without a page error or Storybook's error display;
//  3. every story (not docs pages) is axe-clean inside #storybook-root (page-level rules such as "content in
//     landmarks" are off: a story is a fragment of a page). Set OTKIT_SMOKE_AXE=0 to skip this part.
// Every page must stay off the network: a request to anything but the local server fails the check.
// Prints one line per check and ends with `storybook smoke: N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from './chrome.mjs';
import { serveStatic } from './static-server.mjs';

const DIR = process.env.STORYBOOK_DIR ?? 'storybook-static';
const SESSION_CONSOLE = { title: 'Examples/Session console', name: 'Session console' };
const TIMEOUT = 30_000;
const AXE =
  process.env.OTKIT_SMOKE_AXE === '0' ? undefined : createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// Rules about a whole page, which a story (a fragment) cannot meet.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass', 'html-has-lang', 'document-title'];

if (!existsSync(`${DIR}/index.json`)) {
  console.error(`${DIR}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const entries = Object.values(JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')).entries);
const sessionConsole = entries.find(
  (e) => e.type === 'story' && e.title === SESSION_CONSOLE.title && e.name === SESSION_CONSOLE.name,
);

const server = await serveStatic(DIR);
const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
const context = await browser.newContext();
let passed = 0;
let failed = 0;

/** Opens one entry's iframe page and runs `extra(page)` once Storybook has rendered it. */
async function check(label, entry, extra = async () => {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message.split('\n')[0]}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !/^(data|blob|about):/.test(url)) problems.push(`network request to ${url}`);
  });
  const started = Date.now();
  try {
    await page.goto(
      `${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`,
      {
        timeout: TIMEOUT,
      },
    );
    await page.waitForFunction(
      () =>
        ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((c) => document.body.classList.contains(c)),
      undefined,
      { timeout: TIMEOUT },
    );
    // Let connected callbacks, store loads and first updates settle, so their errors count too.
    await page.waitForTimeout(150);
    const shown = await page.evaluate(() =>
      [...document.body.classList].find((c) => c === 'sb-show-errordisplay' || c === 'sb-show-nopreview'),
    );
    if (shown) {
      const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent?.trim() ?? '');
      problems.push(`Storybook shows ${shown}${message ? `: ${message.split('\n')[0]}` : ''}`);
    }
    await extra(page, problems);
    if (AXE && entry.type === 'story' && !shown) await axe(page, problems);
  } catch (error) {
    problems.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    await page.close();
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${label}\n  ${problems.join('\n  ')}`);
  } else {
    passed++;
    console.log(`ok   ${label} (${Date.now() - started} ms)`);
  }
}

/** Runs axe-core over the story root and records each violation with the elements it found. */
async function axe(page, problems) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (disabled) => {
    const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
    const result = await globalThis.axe.run(document.querySelector('#storybook-root') ?? document.body, { rules });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, PAGE_RULES);
  for (const v of violations) problems.push(`axe: ${v}`);
}

if (!sessionConsole) {
  failed++;
  console.log(`FAIL "${SESSION_CONSOLE.title} / ${SESSION_CONSOLE.name}" is not in ${DIR}/index.json`);
} else {
  await check(
    `${SESSION_CONSOLE.title} / ${SESSION_CONSOLE.name}: ot-provider defined and rendered`,
    sessionConsole,
    async (page, problems) => {
      const state = await page.evaluate(async () => {
        const provider = document.querySelector('#storybook-root ot-provider');
        await customElements.whenDefined('ot-provider').catch(() => {});
        return {
          defined: customElements.get('ot-provider') !== undefined,
          present: provider !== null,
          rendered: Boolean(provider?.shadowRoot?.querySelector('slot')),
          storage: provider?.getAttribute('storage') ?? '',
        };
      });
      if (!state.defined) problems.push('ot-provider is not defined');
      if (!state.present) problems.push('no <ot-provider> in the story');
      else if (!state.rendered) problems.push('<ot-provider> did not render');
      if (state.present && state.storage !== 'indexeddb')
        problems.push(`the provider uses "${state.storage}" storage, not IndexedDB`);
    },
  );
}

// Two pages at a time: the machine has two cores, and most of a check is waiting for the page.
const queue = entries.filter((e) => e !== sessionConsole);
const workers = Array.from({ length: Number(process.env.OTKIT_SMOKE_CONCURRENCY ?? 2) }, async () => {
  for (let entry = queue.shift(); entry; entry = queue.shift())
    await check(`${entry.title} / ${entry.name}${entry.type === 'docs' ? ' (docs)' : ''}`, entry);
});
await Promise.all(workers);

await context.close();
await browser.close();
await server.close();
console.log(`storybook smoke: ${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
