// `npm run examples`: type-checks and builds the example apps against the packages' built dist/ (run
// `npm run build` first), then drives them in Chromium (test/examples/drive.mjs). One process after another
// (CI has 2 cores); each step prints its time. Nothing downloads: Next.js telemetry is off, its type-check is
// ours (tsc), and Angular is compiled with ngc (the Angular CLI refuses Node 20; ngc runs on it) and bundled by
// Vite with the Angular linker. Arguments (react, vue, angular, next) limit the run to those apps.
import { spawnSync } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;
const APPS = {
  react: [
    ['type-check (tsc, strict, React 19 JSX types)', bin('tsc'), '-p', 'examples/react/tsconfig.json'],
    ['build (Vite)', bin('vite'), 'build', '--config', 'examples/react/vite.config.mjs'],
  ],
  vue: [
    ['type-check (vue-tsc, strictTemplates)', bin('vue-tsc'), '-p', 'examples/vue/tsconfig.json'],
    ['build (Vite)', bin('vite'), 'build', '--config', 'examples/vue/vite.config.mjs'],
  ],
  angular: [
    ['compile (ngc, strictTemplates)', bin('ngc'), '-p', 'examples/angular/tsconfig.json'],
    ['bundle (Vite + Angular linker)', bin('vite'), 'build', '--config', 'examples/angular/vite.config.mjs'],
  ],
  next: [
    ['type-check (tsc, strict)', bin('tsc'), '-p', 'examples/next/tsconfig.json'],
    ['build (next build)', bin('next'), 'build', 'examples/next'],
  ],
};

const chosen = process.argv.slice(2).filter((name) => name in APPS);
const apps = chosen.length ? chosen : Object.keys(APPS);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

for (const app of apps) {
  for (const [label, command, ...args] of APPS[app]) {
    const started = Date.now();
    const result = spawnSync(command, args, { stdio: 'inherit', env });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`${app}: ${label} ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
    if (result.status !== 0) {
      console.log('examples: 0 passed, 1 failed');
      process.exit(1);
    }
  }
}

const started = Date.now();
const drive = spawnSync(process.execPath, ['test/examples/drive.mjs', ...chosen], { stdio: 'inherit', env });
console.log(`examples: driven in Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(drive.status ?? 1);
