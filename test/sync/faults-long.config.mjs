// The fault test at the size, by hand (it takes longer than `npm test` allows a file):
//   OTKIT_SKIP_BUILD=1 OTKIT_SYNC_FAULT_CHANGES=1000 npx web-test-runner --config test/sync/faults-long.config.mjs
// Same setup as the main config; only the one file and a longer limit for it.
import config from '../../web-test-runner.config.mjs';

const changes = Number(process.env.OTKIT_SYNC_FAULT_CHANGES) || 150;

export default {
  ...config,
  files: ['test/sync/faults.test.ts'],
  testsFinishTimeout: 300_000 * Math.max(1, changes / 150),
};
