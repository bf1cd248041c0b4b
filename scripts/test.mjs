// `npm test`: builds what the tests need, runs every browser test in headless Chromium (web-test-runner) and
// every Node test (node:test over test/server and test/node: the sync server, on PGlite, or on the PostgreSQL
// server named by OTKIT_TEST_DATABASE_URL), and prints one plain line `tests: N passed, N failed` that adds
// both up. Exits non-zero on any failure, and when no test ran at all.
// Extra arguments go to web-test-runner (e.g. `npm test -- --files test/sdk/store-transactions.test.ts`); a
// `--files` that names a test under test/server or test/node runs that Node test instead, and with only such files
// the browser run is skipped.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOW_TO_GET_CHROME, findChrome } from './chrome.mjs';

const NODE_TEST_DIRS = ['test/server', 'test/node'];
const isNodeTest = (file) => NODE_TEST_DIRS.some((dir) => file.startsWith(`${dir}/`));

/** Splits `--files X` arguments between the two runners; other arguments stay with web-test-runner. */
function splitArguments(args) {
  const browserArgs = [];
  const nodeFiles = [];
  let browserFiles = 0;
  let filtered = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--files' && i + 1 < args.length) {
      filtered = true;
      const file = args[++i];
      if (isNodeTest(file)) nodeFiles.push(file);
      else {
        browserArgs.push('--files', file);
        browserFiles += 1;
      }
    } else browserArgs.push(args[i]);
  }
  if (!filtered) {
    for (const dir of NODE_TEST_DIRS)
      if (existsSync(dir))
        for (const f of readdirSync(dir).sort()) if (/\.test\.m?js$/.test(f)) nodeFiles.push(`${dir}/${f}`);
  }
  return { browserArgs, nodeFiles, runBrowser: !filtered || browserFiles > 0 };
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function browserTests(args) {
  if (!findChrome()) {
    console.error(HOW_TO_GET_CHROME);
    return { passed: 0, failed: 1, skipped: 0, code: 1 };
  }
  const dir = mkdtempSync(join(tmpdir(), 'otkit-test-'));
  const summaryFile = join(dir, 'summary.json');
  const { code } = await run('npx', ['web-test-runner', '--static-logging', ...args], {
    OTKIT_TEST_SUMMARY: summaryFile,
  });
  let summary = { passed: 0, failed: 0, skipped: 0 };
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    // no summary: the runner died before reporting; counts stay zero and the run fails below
  }
  rmSync(dir, { recursive: true, force: true });
  return { ...summary, code };
}

async function nodeTests(files) {
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0, code: 0 };
  const { code, output } = await run(process.execPath, ['--test', '--test-reporter=tap', ...files]);
  const count = (name) => Number(output.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const failed = count('fail') + count('cancelled');
  // A runner that died before its summary has no counts: that is a failure.
  return { passed: count('pass'), failed: failed || (code !== 0 ? 1 : 0), skipped: count('skipped'), code };
}

const { browserArgs, nodeFiles, runBrowser } = splitArguments(process.argv.slice(2));

// The strict-CSP page and the size budget test read the built CDN bundle; the Node tests the built server.
const built = existsSync('packages/elements/dist/cdn/otkit.min.js') && existsSync('packages/server/dist/index.js');
if (!process.env.OTKIT_SKIP_BUILD || !built) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const results = [];
if (runBrowser) results.push(await browserTests(browserArgs));
results.push(await nodeTests(nodeFiles));
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
const passed = total('passed');
const failed = total('failed');
const skipped = total('skipped');
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (passed === 0) console.error('No test ran: that is a failure.');
process.exit(results.some((r) => r.code !== 0) || failed > 0 || passed === 0 ? 1 : 0);
