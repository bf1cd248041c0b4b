// `npm run new:element NAME`: scaffolds a new element the way the house builds them (docs/contributing.md):
// the class on OtElement with a checked attribute and typed messages, its styles, English and Spanish messages,
// its define file, a story, a docs page, a test file that runs the shared element contract and a strict-CSP
// scenario. It also adds the element to src/define.ts, src/index.ts and test/csp/strict-csp.js. `npm run new:element -- --remove NAME` takes all of that out
// again (scripts/check-new-element.mjs uses it to clean up after proving the scaffold compiles and passes).
//
// NAME is kebab case without the `ot-` prefix (one is dropped if given): `progress-chart` → <ot-progress-chart>,
// class OtProgressChart, files under packages/elements/src/progress-chart/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const templates = join(root, 'scripts/new-element');
const elements = join(root, 'packages/elements/src');

/** The names one element goes by, from its kebab-case name. */
export function namesOf(input) {
  const name = String(input ?? '')
    .trim()
    .replace(/^ot-/, '');
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$|^[a-z][a-z0-9]{2,}$/.test(name))
    throw new Error(
      `"${input}" is not a usable name: use kebab case, like progress-chart (the tag gets the ot- prefix)`,
    );
  const words = name.split('-');
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return {
    name,
    pascal,
    camel: pascal[0].toLowerCase() + pascal.slice(1),
    constant: words.join('_').toUpperCase(),
    title: words.join(' ').replace(/^./, (c) => c.toUpperCase()),
  };
}

/** Every file the scaffold writes: [template, path from the repository root]. */
function filesOf({ name }) {
  return [
    ['element.ts.tmpl', `packages/elements/src/${name}/${name}.ts`],
    ['element.styles.ts.tmpl', `packages/elements/src/${name}/${name}.styles.ts`],
    ['element.messages.ts.tmpl', `packages/elements/src/${name}/${name}.messages.ts`],
    ['define.ts.tmpl', `packages/elements/src/define/ot-${name}.ts`],
    ['story.ts.tmpl', `stories/ot-${name}.stories.ts`],
    ['docs.md.tmpl', `docs/${name}.md`],
    ['test.ts.tmpl', `test/elements/${name}/${name}.test.ts`],
    ['csp-scenario.js.tmpl', `test/csp/scenarios/${name}.js`],
  ];
}

/** The lines the scaffold adds at the end of files: [path from the repository root, lines]. */
function addedLinesOf({ name, pascal, camel, constant }) {
  return [
    ['packages/elements/src/define.ts', [`import './define/ot-${name}.js';`]],
    [
      'packages/elements/src/index.ts',
      [
        `export { OT_${constant}_LAYOUTS, Ot${pascal} } from './${name}/${name}.js';`,
        `export type { Ot${pascal}Layout } from './${name}/${name}.js';`,
        `export { ${camel}Messages } from './${name}/${name}.messages.js';`,
      ],
    ],
  ];
}

const CSP_PAGE = 'test/csp/strict-csp.js';
/** The end of the scenario list in the strict-CSP page. */
const CSP_LIST_END = '\n];\n';

function cspLineOf({ name }) {
  return `  ['ot-${name}', () => import('./scenarios/${name}.js')],`;
}

function fill(text, { name, pascal, camel, constant, title }) {
  return text
    .replaceAll('__NAME__', name)
    .replaceAll('__PASCAL__', pascal)
    .replaceAll('__CAMEL__', camel)
    .replaceAll('__CONST__', constant)
    .replaceAll('__TITLE__', title);
}

export function create(input) {
  const names = namesOf(input);
  const files = filesOf(names);
  const taken = files.map(([, path]) => path).filter((path) => existsSync(join(root, path)));
  if (existsSync(join(elements, names.name)) || taken.length)
    throw new Error(`ot-${names.name} exists already (${taken.join(', ') || `src/${names.name}/`}); pick another name`);
  for (const [template, path] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), fill(readFileSync(join(templates, template), 'utf8'), names));
  }
  for (const [file, lines] of addedLinesOf(names)) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${text.endsWith('\n') ? text : `${text}\n`}${lines.join('\n')}\n`);
  }
  // The strict-CSP page runs one scenario per element (and fails while an element has none).
  const cspPage = join(root, CSP_PAGE);
  const page = readFileSync(cspPage, 'utf8');
  if (!page.includes(CSP_LIST_END))
    throw new Error(`${CSP_PAGE} has no "${CSP_LIST_END.trim()}" to add a scenario before`);
  writeFileSync(cspPage, page.replace(CSP_LIST_END, `\n\n${cspLineOf(names)}${CSP_LIST_END}`));
  // Long names can push a line past the print width: let Prettier lay the files out as it would any other.
  const written = files.map(([, path]) => path);
  spawnSync('npx', ['--no-install', 'prettier', '--write', '--log-level', 'warn', ...written], {
    cwd: root,
    stdio: 'inherit',
  });
  return { names, written };
}

export function remove(input) {
  const names = namesOf(input);
  for (const [, path] of filesOf(names)) rmSync(join(root, path), { force: true });
  for (const dir of [`packages/elements/src/${names.name}`, `test/elements/${names.name}`])
    rmSync(join(root, dir), { recursive: true, force: true });
  const cspPage = join(root, CSP_PAGE);
  writeFileSync(cspPage, readFileSync(cspPage, 'utf8').replace(`\n\n${cspLineOf(names)}\n`, '\n'));
  for (const [file, lines] of addedLinesOf(names)) {
    const path = join(root, file);
    const kept = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => !lines.includes(line));
    writeFileSync(path, kept.join('\n'));
  }
  return names;
}

function main(argv) {
  const removing = argv.includes('--remove');
  const input = argv.find((arg) => !arg.startsWith('--'));
  if (!input) {
    console.error('usage: npm run new:element NAME   (or: npm run new:element -- --remove NAME)');
    process.exit(2);
  }
  try {
    if (removing) {
      const { name } = remove(input);
      console.log(`removed <ot-${name}>: its files and its lines in src/define.ts and src/index.ts`);
      return;
    }
    const { names, written } = create(input);
    console.log(`<ot-${names.name}> (class Ot${names.pascal}) scaffolded:`);
    for (const path of written) console.log(`  ${relative(root, join(root, path))}`);
    console.log('  + an import in packages/elements/src/define.ts, exports in packages/elements/src/index.ts');
    console.log(`  + a line in ${CSP_PAGE}`);
    console.log('\nNext:');
    console.log('  npm run analyze   (the manifest the contract and Storybook read)');
    console.log(`  OTKIT_SKIP_BUILD=1 npm test -- --files 'test/elements/${names.name}/*.test.ts'`);
    console.log('  then write the real element: see docs/contributing.md, "Adding an element"');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
