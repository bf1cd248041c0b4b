// `npm run check:packages` (after `npm run build`; run by .ci/run): what a user installs, checked by the tools
// users trust — `publint --strict` on each published package, and `attw --pack` (Are the Types Wrong) with the
// esm-only profile: our packages are ES modules only (`"type": "module"`, no `require` condition), so the
// CommonJS resolutions attw would otherwise report are the honest answer, not a defect. Also: every source map
// in a package either carries its sources or points at files the package ships.
// Prints one line per check and ends with `packages: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PACKAGES = ['packages/sdk', 'packages/elements', 'packages/react'];
/** Entry points that are not JavaScript (a stylesheet), so have no types for attw to find. */
const NOT_JAVASCRIPT = { 'packages/elements': ['./tokens.css'] };
let passed = 0;
let failed = 0;

function run(label, command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status === 0) {
    passed++;
    console.log(`✓ ${label}`);
  } else {
    failed++;
    console.log(`✗ ${label}\n${output.replace(/^/gm, '    ')}`);
  }
}

/** Files a package ships (its `files` whitelist, the way npm reads it), from `npm pack --dry-run --json`. */
function shippedFiles(dir) {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  return new Set(JSON.parse(result.stdout)[0].files.map((f) => f.path));
}

function sourceMapsResolve(dir) {
  const shipped = shippedFiles(dir);
  const problems = [];
  for (const file of shipped) {
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    map.sources.forEach((source, index) => {
      if (map.sourcesContent?.[index] != null) return;
      const target = resolve(dir, dirname(file), map.sourceRoot ?? '', source);
      const relativeTarget = target.slice(resolve(dir).length + 1);
      if (!shipped.has(relativeTarget) || !existsSync(target)) problems.push(`${file} → ${source}`);
    });
  }
  return problems;
}

for (const dir of PACKAGES) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  run(`${name}: publint --strict`, 'node_modules/.bin/publint', ['--strict', dir]);
  const exclude = NOT_JAVASCRIPT[dir] ? ['--exclude-entrypoints', ...NOT_JAVASCRIPT[dir]] : [];
  const attwArgs = ['--pack', dir, '--profile', 'esm-only', '--format', 'ascii', ...exclude];
  run(`${name}: attw --pack (esm-only)`, 'node_modules/.bin/attw', attwArgs);
  const broken = sourceMapsResolve(dir);
  if (broken.length) {
    failed++;
    console.log(
      `✗ ${name}: ${broken.length} source maps point at unshipped sources, e.g. ${broken.slice(0, 3).join(', ')}`,
    );
  } else {
    passed++;
    console.log(`✓ ${name}: every source map carries or ships its sources`);
  }
  for (const required of ['README.md', 'LICENSE']) {
    if (existsSync(join(dir, required))) passed++;
    else {
      failed++;
      console.log(`✗ ${name}: no ${required}`);
    }
  }
}
if (readdirSync('.changeset').filter((f) => f.endsWith('.md') && f !== 'README.md').length === 0)
  console.log('note: no pending changeset (fine right after a release)');
console.log(`packages: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
