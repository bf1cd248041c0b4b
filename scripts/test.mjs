// `npm test`: builds what the tests need, runs every test in headless Chromium, and prints one plain
// line `tests: N passed, N failed`. Exits non-zero on any failure, and when no test ran at all.
// Extra arguments go to web-test-runner (e.g. `npm test -- --files test/sdk/store.test.ts`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOW_TO_GET_CHROME, findChrome } from './chrome.mjs';

if (!findChrome()) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

// The strict-CSP page and the size budget test read the built CDN bundle.
if (!process.env.OTKIT_SKIP_BUILD || !existsSync('packages/elements/dist/cdn/otkit.min.js')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dir = mkdtempSync(join(tmpdir(), 'otkit-test-'));
const summaryFile = join(dir, 'summary.json');
const child = spawn('npx', ['web-test-runner', '--static-logging', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OTKIT_TEST_SUMMARY: summaryFile },
});
child.on('exit', (code) => {
  let summary = { passed: 0, failed: 0, skipped: 0 };
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    // no summary: the runner died before reporting; counts stay zero and the run fails below
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `tests: ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`,
  );
  if (summary.passed === 0) console.error('No test ran: that is a failure.');
  process.exit(code !== 0 || summary.failed > 0 || summary.passed === 0 ? code || 1 : 0);
});
