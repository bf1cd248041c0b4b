// web-test-runner: every test in test/**/*.test.ts runs in headless Chromium (Debian's chromium or $CHROME_PATH).
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from './scripts/chrome.mjs';
import { syncServerPlugin } from './test/sync/sync-server-plugin.mjs';

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
    if (/\/csp\/[^/]+\.html$|^\/packages\/embed\/dist\/[^/]+\.html$/.test(context.path))
      context.set('Content-Security-Policy', STRICT_CSP);
  });
}

/**
 * `executeServerCommand('otkit-emulate-media', { forcedColors, reducedMotion, colorScheme })`: like
 * emulateMedia from @web/test-runner-commands, which drops `forcedColors` under the puppeteer launcher
 * (and puppeteer refuses the feature), so this speaks CDP directly. The CDP session is kept per page:
 * emulation lasts as long as its session.
 */
function emulateMediaCommand() {
  const names = {
    forcedColors: 'forced-colors',
    reducedMotion: 'prefers-reduced-motion',
    colorScheme: 'prefers-color-scheme',
  };
  const sessions = new WeakMap();
  return {
    name: 'otkit-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'otkit-emulate-media') return undefined;
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

// esbuild must read the tsconfig (experimentalDecorators, useDefineForClassFields: false); without it
// Lit throws "Unsupported decorator location: field".
const esbuild = esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' });
// With a target set, the plugin would also rewrite every .js file (with an inline source map). The CDN bundle
// that the strict-CSP page and the size test load must arrive byte for byte as built, so only TypeScript
// goes through esbuild; Chromium runs everything else as it is.
const transformTs = esbuild.transform.bind(esbuild);
esbuild.transform = (context) => (context.path.endsWith('.ts') ? transformTs(context) : undefined);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['otkit-source', 'development'] },
  plugins: [esbuild, emulateMediaCommand(), syncServerPlugin()],
  middleware: [strictCspHeaders],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // Each test page in a browser context (window) of its own: tabs sharing one window are hidden but
      // one, and a hidden page runs no requestAnimationFrame and gets no pointer input, so tests of
      // drags, animations and fixtures that wait a frame hang or fail when two files run at once.
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
