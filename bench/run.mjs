// `npm run bench [-- <filter>] [-- --json]`: runs every bench/*.bench.ts (or those whose file name contains
// <filter>) in headless Chromium and prints one table per benchmark: samples, median, p95, budget, pass/fail.
// The repo is served by @web/dev-server with the same TypeScript handling and `otkit-source` resolution as the
// tests, but with Lit's production build (no "development" condition), as pages ship it.
// Exits 1 when a median is over its budget. `--json` also writes bench/results/<name>.json (gitignored).
// Benchmarks are not tests: `npm test` never runs them. See bench/README.md for the module convention.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from '../scripts/chrome.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((x) => f.includes(x))))
  .sort();
if (files.length === 0) {
  console.error(`no bench/*.bench.ts file matches ${filters.join(', ') || '(all)'}`);
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

/** An empty page on the server's origin to import bench modules into. */
function benchPage() {
  return {
    name: 'otkit-bench-page',
    serve(context) {
      if (context.path === '/__bench.html')
        return { body: '<!doctype html><html lang="en"><title>OT Kit bench</title><body></body></html>', type: 'html' };
    },
  };
}

const server = await startDevServer({
  config: {
    rootDir: process.cwd(),
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['otkit-source', 'production'] },
    plugins: [benchPage(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json' })],
    watch: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const { port } = server.server.address();
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

function table(rows) {
  const head = ['benchmark', 'n', 'median', 'p95', 'budget', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

let failures = 0;
for (const file of files) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  let results;
  try {
    await page.goto(`${origin}/__bench.html`);
    results = await page.evaluate(async (path) => {
      const mod = await import(path);
      if (typeof mod.default !== 'function') throw new Error(`${path} has no default export function`);
      return mod.default();
    }, `/bench/${file}`);
    if (!Array.isArray(results)) throw new Error('the default export must resolve to an array of results');
  } catch (error) {
    failures++;
    console.log(
      `\n${file}: FAILED to run: ${String(error?.message ?? error).split('\n')[0]}${errors.length ? `\n  page errors: ${errors.join('; ')}` : ''}`,
    );
    await page.close();
    continue;
  }
  await page.close();
  const rows = [];
  for (const r of results) {
    const sorted = [...r.samples].sort((a, b) => a - b);
    const median = quantile(sorted, 0.5);
    const p95 = quantile(sorted, 0.95);
    const ok = sorted.length > 0 && (r.budget === undefined || median <= r.budget);
    if (!ok) failures++;
    r.median = median;
    r.p95 = p95;
    r.pass = ok;
    const fmt = (n) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(3) : n.toFixed(1)} ${r.unit}` : '–');
    rows.push([
      r.name,
      String(sorted.length),
      fmt(median),
      fmt(p95),
      r.budget === undefined ? '–' : fmt(r.budget),
      sorted.length === 0 ? 'FAIL (no samples)' : ok ? 'pass' : 'FAIL',
    ]);
  }
  console.log(`\n${file} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${table(rows)}`);
  if (json) {
    mkdirSync('bench/results', { recursive: true });
    const out = `bench/results/${file.replace(/\.bench\.ts$/, '')}.json`;
    writeFileSync(
      out,
      `${JSON.stringify({ file, at: new Date().toISOString(), chromium: browser.version(), results }, null, 2)}\n`,
    );
  }
}

await browser.close();
await server.stop();
console.log(
  failures
    ? `\nbench: ${failures} over budget or failed (budgets apply to the median)`
    : '\nbench: every median within its budget',
);
process.exit(failures ? 1 : 0);
