// `npm run test:new-element`: proves the scaffold works. Scaffolds <ot-scaffold-probe> in this repository,
// then: the manifest is built, the whole project type-checks, the new files pass ESLint and Prettier, and the
// generated test file (the shared element contract and a first test) passes in Chromium. Whatever happens, the
// probe is removed afterwards and the working tree is checked to be as it was. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, remove } from './new-element.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = 'scaffold-probe';

function run(label, command, args, env = {}) {
  console.log(`\n--- ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
}

function gitStatus() {
  return spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout;
}

const before = gitStatus();
let failure;
try {
  const { written } = create(PROBE);
  const typescript = written.filter((path) => path.endsWith('.ts'));
  run('manifest', 'npm', ['run', '--silent', 'analyze']);
  run('typecheck', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json']);
  run('eslint', 'npx', ['--no-install', 'eslint', ...typescript]);
  run('prettier', 'npx', ['--no-install', 'prettier', '--check', ...written]);
  run('contract and first test', 'node', ['scripts/test.mjs', '--files', `test/elements/${PROBE}/*.test.ts`], {
    OTKIT_SKIP_BUILD: '1',
  });
} catch (error) {
  failure = error;
} finally {
  remove(PROBE);
  spawnSync('npm', ['run', '--silent', 'analyze'], { cwd: root, stdio: 'ignore' });
}
const after = gitStatus();
if (after !== before) {
  console.error(`new:element check: the working tree changed:\nbefore:\n${before}\nafter:\n${after}`);
  process.exit(1);
}
if (failure) {
  console.error(`new:element check: ${failure.message}`);
  process.exit(1);
}
console.log('new:element check: ok (scaffolded, compiled, linted, contract passed, removed)');
