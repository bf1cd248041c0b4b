import { executeServerCommand } from '@web/test-runner-commands';

/** Media features to emulate; every call replaces the whole set (omitted features go back to the default). */
export interface MediaFeatures {
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

/**
 * Emulates media features, forced colors included (which `emulateMedia` ignores with the Chrome launcher).
 * Backed by the `otkit-media-features` command in web-test-runner.config.mjs.
 */
export async function emulateMediaFeatures(features: MediaFeatures): Promise<void> {
  await executeServerCommand('otkit-media-features', features);
}
