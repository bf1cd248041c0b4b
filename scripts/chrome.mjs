// Finds the Chromium/Chrome binary the tests, benchmarks and smoke checks drive, and the flags that
// keep it working as root on a closed network. Test tools here cannot download browsers.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser to use: $CHROME_PATH if set, else the first known install found, else undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const HOW_TO_GET_CHROME = `No Chrome or Chromium found.
  - Debian/Ubuntu: sudo apt-get install -y chromium
  - Fedora:        sudo dnf install -y chromium
  - macOS:         brew install --cask chromium (or install Google Chrome)
  - Or point CHROME_PATH at any Chrome/Chromium binary: CHROME_PATH=/path/to/chrome npm test`;

/**
 * Flags for headless Chromium: --no-sandbox because CI runs as root; the rest keep the browser off
 * the network (it otherwise looks up Google hosts at every start).
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
