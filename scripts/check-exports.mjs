// Checks the package.json of both workspace packages after `npm run build`:
//  - every target of every `exports` entry (each condition, each file a `*` pattern matches) exists;
//  - `types` comes before `default` and `default` is last in each condition object (the order resolvers use);
//  - published targets are covered by the `files` whitelist;
//  - `main`, `types` and `customElements` exist;
//  - every subpath resolves through Node's own resolver (default conditions) to a file that exists, and the
//    SDK (which must run without a DOM) imports in Node.
// Exits 1 with one line per problem. Run by .ci/run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['packages/sdk', 'packages/elements'];
const SOURCE_CONDITION = 'otkit-source'; // our workspace-only condition, points at src/ (never published)
const problems = [];
let checked = 0;

/** Files under `dir` (relative to the package) that a target pattern with one `*` matches, with their `*` value. */
function expand(pkgDir, target) {
  const [before, after] = target.replace(/^\.\//, '').split('*');
  const folder = dirname(`${before}x`);
  const abs = join(pkgDir, folder);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .map((f) => join(folder, String(f)).split('\\').join('/'))
    .filter((f) => f.startsWith(before) && f.endsWith(after) && f.length >= before.length + after.length)
    .map((f) => ({ file: f, star: f.slice(before.length, f.length - after.length) }));
}

function targetsOf(value, path = []) {
  if (typeof value === 'string') return [{ conditions: path, target: value }];
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => targetsOf(v, path));
  const keys = Object.keys(value);
  const where = path.length ? ` under ${path.join('.')}` : '';
  if (keys.includes('default') && keys.at(-1) !== 'default')
    problems.push(`"default" must be the last condition${where}`);
  if (keys.includes('types') && keys.includes('default') && keys.indexOf('types') > keys.indexOf('default'))
    problems.push(`"types" must come before "default"${where}`);
  return keys.flatMap((k) => targetsOf(value[k], [...path, k]));
}

function published(pkg, file) {
  if (file === 'package.json') return true;
  return (pkg.files ?? []).some(
    (f) => !f.startsWith('!') && (file === f || file.startsWith(`${f.replace(/\/$/, '')}/`)),
  );
}

for (const dir of PACKAGES) {
  const pkgDir = join(root, dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const say = (msg) => problems.push(`${pkg.name}: ${msg}`);

  for (const field of ['main', 'types', 'customElements']) {
    if (pkg[field] === undefined) continue;
    checked++;
    if (!existsSync(join(pkgDir, pkg[field]))) say(`"${field}" names ${pkg[field]}, which does not exist`);
  }
  if (!pkg.exports) {
    say('has no "exports" map');
    continue;
  }

  for (const [subpath, value] of Object.entries(pkg.exports)) {
    const before = problems.length;
    const targets = targetsOf(value, [subpath]);
    for (let i = before; i < problems.length; i++) problems[i] = `${pkg.name}: ${problems[i]}`;
    const stars = new Map(); // condition -> set of `*` values it matches
    for (const { conditions, target } of targets) {
      const label = `exports[${conditions.map((c) => JSON.stringify(c)).join('][')}] → ${target}`;
      const file = target.replace(/^\.\//, '');
      if (!target.startsWith('./')) say(`${label}: a target must start with "./"`);
      if (!conditions.includes(SOURCE_CONDITION) && !published(pkg, file.split('*')[0] || file))
        say(`${label}: not covered by "files", so it would be missing from the published package`);
      if (target.includes('*')) {
        const matches = expand(pkgDir, target);
        checked += matches.length;
        if (matches.length === 0) say(`${label}: the pattern matches no file`);
        stars.set(
          `exports[${conditions.map((c) => JSON.stringify(c)).join('][')}]`,
          new Set(matches.map((m) => m.star)),
        );
      } else {
        checked++;
        if (!existsSync(join(pkgDir, file))) say(`${label}: missing file`);
      }
    }
    // A pattern export: every module the sources define must exist in every built form (js, d.ts).
    if (subpath.includes('*')) {
      const sets = [...stars.entries()];
      const all = new Set(sets.flatMap(([, s]) => [...s]));
      for (const star of all)
        for (const [cond, s] of sets) if (!s.has(star)) say(`${cond}: no file for "${subpath.replace('*', star)}"`);
      for (const star of all) await resolves(pkg.name, subpath.replace('*', star));
    } else {
      await resolves(pkg.name, subpath);
    }
  }
}

/** Node's own resolver, with the conditions a consumer has (not our source condition), must find a file. */
async function resolves(name, subpath) {
  if (subpath.endsWith('package.json') || subpath.endsWith('.css') || subpath.endsWith('.json')) {
    // Not importable as ESM without import attributes; its file was checked above.
    return;
  }
  const specifier = subpath === '.' ? name : `${name}/${subpath.replace(/^\.\//, '')}`;
  checked++;
  try {
    const url = import.meta.resolve(specifier, pathToFileURL(join(root, 'package.json')).href);
    const file = fileURLToPath(url);
    if (!existsSync(file)) problems.push(`${specifier} resolves to ${relative(root, file)}, which does not exist`);
  } catch (error) {
    problems.push(`${specifier} does not resolve: ${error.message.split('\n')[0]}`);
  }
}

// The SDK promises to run in Node without a DOM: its published entry must import here.
try {
  checked++;
  const sdk = await import('@otkit/sdk');
  if (typeof sdk.createStore !== 'function') problems.push('@otkit/sdk: the built entry has no createStore export');
} catch (error) {
  problems.push(`@otkit/sdk does not import in Node: ${error.message.split('\n')[0]}`);
}

if (problems.length) {
  console.error(`exports check: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`exports check: ${checked} targets of ${PACKAGES.length} packages resolve to built files`);
