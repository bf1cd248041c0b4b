// `npm run fuzz`: the long fuzz run. Drives every target of test/fuzz/targets.ts (the same properties the
// quick run in `npm test` checks) with OTKIT_FUZZ_RUNS inputs each (default 100,000) in Node, and prints per
// target the inputs tried, the time taken, the slowest input, and every distinct failure with the seed and
// index that reproduce it. Exits non-zero when a target failed or an input took over OTKIT_FUZZ_SLOW_MS
// (default 1,000 ms). OTKIT_FUZZ_SEED fixes the seed; OTKIT_FUZZ_ONLY runs the targets whose name contains it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';

const runs = Number(process.env.OTKIT_FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.OTKIT_FUZZ_SEED ?? Date.now() % 2 ** 31);
const slowMs = Number(process.env.OTKIT_FUZZ_SLOW_MS ?? 1_000);
const only = process.env.OTKIT_FUZZ_ONLY ?? '';
const CHUNK = 500;

// Inside the repository, so the bundle's `import 'fast-check'` finds the same copy this script uses.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync('node_modules/.cache/otkit-fuzz-');
const bundle = join(dir, 'targets.mjs');
await build({
  entryPoints: ['test/fuzz/targets.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  conditions: ['otkit-source'],
  external: ['fast-check'],
  tsconfig: 'tsconfig.base.json',
  logLevel: 'error',
});
const { FUZZ_TARGETS } = await import(pathToFileURL(join(process.cwd(), bundle)).href).finally(() =>
  rmSync(dir, { recursive: true }),
);

// OTKIT_FUZZ_SHOW=<seed>:<index> prints that input of the matching targets (to turn a failure into a case).
if (process.env.OTKIT_FUZZ_SHOW) {
  const [showSeed, index] = process.env.OTKIT_FUZZ_SHOW.split(':').map(Number);
  for (const target of FUZZ_TARGETS.filter((t) => t.name.includes(only))) {
    const input = fc.sample(target.arbitrary, { seed: showSeed, numRuns: index + 1 })[index];
    console.log(`${target.name}:\n${fc.stringify(input).slice(0, 4000)}`);
  }
  process.exit(0);
}
console.log(`fuzz: ${runs} inputs per target, seed ${seed}`);
let broken = 0;
const started = performance.now();
for (const target of FUZZ_TARGETS) {
  if (only && !target.name.includes(only)) continue;
  const failures = new Map();
  let slowest = 0;
  let slowestAt = '';
  let slow = 0;
  const t0 = performance.now();
  for (let done = 0; done < runs; done += CHUNK) {
    const chunkSeed = seed + done;
    const inputs = fc.sample(target.arbitrary, { seed: chunkSeed, numRuns: Math.min(CHUNK, runs - done) });
    for (let i = 0; i < inputs.length; i++) {
      const t = performance.now();
      try {
        await target.run(inputs[i]);
      } catch (error) {
        const key = String(error?.message ?? error).slice(0, 160);
        const stack = String(error?.cause?.stack ?? error?.stack)
          .split('\n')
          .slice(1, 4)
          .join('\n');
        const seen = failures.get(key) ?? { count: 0, seed: chunkSeed, index: i, stack };
        seen.count++;
        failures.set(key, seen);
      }
      const ms = performance.now() - t;
      if (ms > slowest) slowestAt = `seed ${chunkSeed}, index ${i}`;
      slowest = Math.max(slowest, ms);
      if (ms > slowMs) slow++;
    }
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const crashes = [...failures.values()].reduce((n, f) => n + f.count, 0);
  console.log(
    `${target.name}: ${runs} inputs, ${seconds} s, slowest ${slowest.toFixed(0)} ms (${slowestAt}), ${crashes} crashes, ${slow} over ${slowMs} ms`,
  );
  for (const [message, f] of failures)
    console.log(`  ${f.count}× ${message} (seed ${f.seed}, index ${f.index})\n${f.stack}`);
  if (crashes || slow) broken++;
}
console.log(`fuzz: done in ${((performance.now() - started) / 1000).toFixed(0)} s; ${broken} target(s) broken`);
process.exit(broken ? 1 : 0);
