// Smoke check of the built Storybook (storybook-static/), run by .ci/run after `npm run build-storybook`:
//  1. the "Examples / Session console" story: no page error, <ot-provider> is defined and rendered;
//  2. every other story and docs page in the index: it renders without a page error or Storybook's error display
//     (and a docs page shows no raw Markdown table, `| … |`);
//  3. every story (not docs pages) is axe-clean inside #storybook-root (page-level rules such as "content in
//     landmarks" are off: a story is a fragment of a page), and axe's "needs review" colour contrast below
//     what the text needs counts as a violation. Set OTKIT_SMOKE_AXE=0 to skip this part;
//  4. every story's text reaches 4.5:1 (3:1 large) against the colours painted behind it, computed in each
//     theme on a plain white portal page: light, dark and high contrast chosen on the story's wrapper, and no
//     choice on a device in dark mode (scripts/text-contrast.mjs). Set OTKIT_SMOKE_CONTRAST=0 to skip it.
// Every page must stay off the network: a request to anything but the local server fails the check.
// Prints one line per check and ends with `storybook smoke: N passed, N failed`.
import { createRequire } from 'node:module';
import { STORYBOOK_DIR, openBuiltStorybook } from './built-storybook.mjs';
import { findLowTextContrast } from './text-contrast.mjs';

const SESSION_CONSOLE = { title: 'Examples/Session console', name: 'Session console' };
const TIMEOUT = 30_000;
const AXE =
  process.env.OTKIT_SMOKE_AXE === '0' ? undefined : createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// Rules about a whole page, which a story (a fragment) cannot meet.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass', 'html-has-lang', 'document-title'];
const CONTRAST = process.env.OTKIT_SMOKE_CONTRAST !== '0';
/** The themes each story is measured in: the theme chosen on its wrapper, and the system's scheme. */
const THEMES = [
  { name: 'light', theme: 'light', colorScheme: 'light' },
  { name: 'dark', theme: 'dark', colorScheme: 'light' },
  { name: 'high-contrast', theme: 'high-contrast', colorScheme: 'light' },
  { name: 'auto on a dark device', theme: undefined, colorScheme: 'dark' },
];
// A portal's own page: white, whatever theme the elements on it are in.
const WHITE_PAGE = `html, body, .otkit-story-globals { background: #ffffff !important; color: #1b1f24 !important; }`;

const storybook = await openBuiltStorybook();
const { entries, server } = storybook;
const sessionConsole = entries.find(
  (e) => e.type === 'story' && e.title === SESSION_CONSOLE.title && e.name === SESSION_CONSOLE.name,
);

const context = await storybook.browser.newContext();
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
    await page.goto(storybook.pageOf(entry), { timeout: TIMEOUT });
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
    if (entry.type === 'docs' && !shown) {
      // A Markdown table MDX did not turn into a table (Storybook's MDX has no GFM tables) shows as `| … |`.
      const raw = await page.evaluate(() => document.body.innerText.match(/^\|.*\|$/m)?.[0]);
      if (raw) problems.push(`raw Markdown table text: ${raw.slice(0, 60)}`);
    }
    if (AXE && entry.type === 'story' && !shown) await axe(page, problems);
    if (CONTRAST && entry.type === 'story' && !shown) await contrast(page, problems);
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
    const found = result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
    // "Needs review" is where axe puts contrast it measured but could not place with certainty.
    for (const check of result.incomplete.filter((r) => r.id === 'color-contrast'))
      for (const node of check.nodes) {
        const data = node.any[0]?.data ?? {};
        const needed = parseFloat(data.expectedContrastRatio ?? '4.5');
        if (data.contrastRatio && data.contrastRatio < needed)
          found.push(`color-contrast (needs review): ${data.contrastRatio}:1 < ${needed}:1 — ${node.target.join(' ')}`);
      }
    return found;
  }, PAGE_RULES);
  for (const v of violations) problems.push(`axe: ${v}`);
}

/** Measures the text contrast of the story root in every theme of THEMES on a white page. */
async function contrast(page, problems) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addStyleTag({ content: WHITE_PAGE });
  for (const { name, theme, colorScheme } of THEMES) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate((chosen) => {
      for (const el of [document.body, document.querySelector('.otkit-story-globals')])
        if (el && chosen) el.dataset.otTheme = chosen;
        else if (el) delete el.dataset.otTheme;
    }, theme);
    // Let transitions settle (reduced motion makes them 0.01 ms).
    await page.waitForTimeout(20);
    const root = await page.$('#storybook-root');
    const low = root ? await page.evaluate(findLowTextContrast, root) : [];
    for (const f of low.slice(0, 5))
      problems.push(
        `contrast (${name}): "${f.text}" ${f.color} on ${f.background} ${f.ratio}:1 < ${f.needed}:1 — ${f.where}`,
      );
    if (low.length > 5) problems.push(`contrast (${name}): … and ${low.length - 5} more`);
  }
}

if (!sessionConsole) {
  failed++;
  console.log(`FAIL "${SESSION_CONSOLE.title} / ${SESSION_CONSOLE.name}" is not in ${STORYBOOK_DIR}/index.json`);
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
await storybook.close();
console.log(`storybook smoke: ${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
