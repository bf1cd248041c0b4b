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
