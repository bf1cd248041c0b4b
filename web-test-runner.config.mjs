// web-test-runner: every test in test/**/*.test.ts runs in headless Chromium (Debian's chromium or $CHROME_PATH).
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from './scripts/chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

/** The strict Content-Security-Policy the embedding pages of our users may send. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: https:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Serves files under a csp/ folder, and the built LMS embed pages (packages/embed/dist/*.html), with the
 * strict policy as a real response header.
 */
function strictCspHeaders(context, next) {
  return next().then(() => {
    if (/\/csp\/[^/]+\.html$|^\/packages\/embed\/dist\/[^/]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
  });
}

/** Counts tests from the run so scripts/test.mjs can fail a run that ran none. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        walk(s.testResults);
        if (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length) failed++;
      }
      if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['otkit-source', 'development'] },
  // esbuild must read the tsconfig (experimentalDecorators, useDefineForClassFields: false); without it
  // Lit throws "Unsupported decorator location: field".
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  middleware: [strictCspHeaders],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), countingReporter(process.env.OTKIT_TEST_SUMMARY)],
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  coverageConfig: { include: ['packages/*/src/**/*.ts'] },
};
