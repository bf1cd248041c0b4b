// The built Storybook (storybook-static/, or $STORYBOOK_DIR) served on 127.0.0.1 with a headless Chromium to
// drive it: what the smoke check (storybook-smoke.mjs) and the screenshots (screenshots.mjs) both start from.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from './chrome.mjs';
import { serveStatic } from './static-server.mjs';

export const STORYBOOK_DIR = process.env.STORYBOOK_DIR ?? 'storybook-static';

/**
 * Serves the built Storybook and launches Chromium. Exits the process with a readable message when there is no
 * build or no Chromium. Returns the index's entries (stories and docs pages), the server (`url`, `close()`), the
 * browser, the address of an entry's iframe page, and `close()` for both.
 */
export async function openBuiltStorybook() {
  if (!existsSync(`${STORYBOOK_DIR}/index.json`)) {
    console.error(`${STORYBOOK_DIR}/index.json is missing: run \`npm run build-storybook\` first.`);
    process.exit(1);
  }
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(HOW_TO_GET_CHROME);
    process.exit(1);
  }
  const entries = Object.values(JSON.parse(readFileSync(`${STORYBOOK_DIR}/index.json`, 'utf8')).entries);
  const server = await serveStatic(STORYBOOK_DIR);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
  return {
    entries,
    server,
    browser,
    /** The page Storybook renders one entry on, alone (no manager UI around it). */
    pageOf: (entry) =>
      `${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
