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

/** Serves files under a csp/ folder with the strict policy as a real response header. */
function strictCspHeaders(context, next) {
  return next().then(() => {
    if (/\/csp\/[^/]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
  });
}

/**
 * `emulateMedia({ forcedColors })` from @web/test-runner-commands is ignored with the Chrome launcher (it only
 * forwards color scheme and reduced motion), so forced-colors tests would pass without forced colors. This
 * command sets every media feature at once: `executeServerCommand('otkit-media-features', { forcedColors:
 * 'active' })` (see test/helpers/media.ts).
 */
function mediaFeaturesPlugin() {
  const names = { forcedColors: 'forced-colors', reducedMotion: 'prefers-reduced-motion', colorScheme: 'prefers-color-scheme' };
  // Puppeteer's emulateMediaFeatures refuses forced-colors, so the DevTools protocol is called directly; the
  // session stays open because emulation ends with it.
  const sessions = new WeakMap();
  return {
    name: 'otkit-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'otkit-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = Object.entries(payload ?? {}).map(([key, value]) => ({ name: names[key], value }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), mediaFeaturesPlugin()],
  middleware: [strictCspHeaders],
  // Each test page gets its own browser context (its own window): two pages run at once, and a page in a
  // background tab of a shared window is hidden, gets no animation frames, and its fixtures hang.
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
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
