import { executeServerCommand } from '@web/test-runner-commands';

/** Media features to emulate; a feature left out goes back to the browser's own value. */
export interface OtEmulatedMedia {
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

/**
 * Emulates media features, forced colors included (emulateMedia of @web/test-runner-commands ignores
 * `forcedColors` in Chromium via puppeteer). Call `emulateMedia({})` to reset.
 *
 * @example
 * await emulateMedia({ forcedColors: 'active' });
 */
export function emulateMedia(media: OtEmulatedMedia): Promise<boolean> {
  return executeServerCommand('otkit-emulate-media', media);
}

/**
 * Loads OT Kit's design tokens (tokens.css) into the page, as a portal does, and waits until they apply.
 *
 * @example
 * before(loadTokens);
 */
export async function loadTokens(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/elements/src/styles/tokens.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
}
