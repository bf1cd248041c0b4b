// `npm run size`: how many bytes OT Kit costs a page, minified, gzip (level 9) and brotli (quality 11), read from
// the CDN files as built (packages/elements/dist/cdn/; run `npm run build` first):
//  - the everything file (otkit.min.js), the SDK file (otkit-sdk.min.js) and the store file (otkit-store.min.js)
//    that <ot-provider> loads when it makes a store, and the files an element's own file loads on first need (the
//    symbols' drawings, the progress report, the service log's commands);
//  - each element's own file (ot-<name>.min.js: the element, <ot-provider>, the SDK parts it uses, Lit), with
//    what the element adds to the everything file;
//  - the autoloader (otkit-autoloader.min.js) and, per element, everything a page with only that element loads
//    through it (the autoloader, the element's chunk and the chunks it imports, Lit included).
// `--json` prints the rows as JSON instead of a table.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { CDN_DIR, CDN_META_DIR, cdnBuild, virtualEntry } from '../rollup.config.mjs';

function measure(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

const sum = (rows) =>
  rows.reduce((a, r) => ({ min: a.min + r.min, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }));
const file = (name) => measure(readFileSync(join(CDN_DIR, name)));

/** Gzip bytes of the define files bundled together in memory like the CDN build (no files written). */
async function bundledGzip(entryFiles) {
  const id = '\0otkit-size-entry';
  const config = cdnBuild(id, 'size/out.js', [virtualEntry(id, entryFiles)], { single: true });
  const plugins = config.plugins.filter((p) => p.name !== 'otkit-module-list');
  const build = await rollup({ input: id, plugins, onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return measure(output.map((c) => (c.type === 'chunk' ? c.code : '')).join('\n')).gzip;
}

if (!existsSync(join(CDN_DIR, 'otkit.min.js'))) {
  console.error(`${CDN_DIR}/otkit.min.js is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const rows = [
  { entry: 'otkit.min.js (every element, Lit, the store)', all: file('otkit.min.js') },
  { entry: 'otkit-sdk.min.js (the whole SDK, no Lit)', all: file('otkit-sdk.min.js') },
  { entry: 'otkit-store.min.js (loaded when a provider makes a store)', all: file('otkit-store.min.js') },
  { entry: 'otkit-symbols.min.js (loaded when an element first draws a symbol)', all: file('otkit-symbols.min.js') },
  { entry: 'otkit-progress-report.min.js (loaded for the first report)', all: file('otkit-progress-report.min.js') },
  { entry: 'otkit-service-log.min.js (loaded for the first log change)', all: file('otkit-service-log.min.js') },
];

const tags = readdirSync('packages/elements/src/define')
  .filter((f) => /^ot-.*\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const defineFile = (tag) => `packages/elements/dist/define/${tag}.js`;
const allDefined = await bundledGzip(tags.map(defineFile));
for (const tag of tags.filter((t) => t !== 'ot-provider')) {
  const others = tags.filter((t) => t !== tag).map(defineFile);
  rows.push({ entry: `${tag}.min.js`, all: file(`${tag}.min.js`), adds: allDefined - (await bundledGzip(others)) });
}

// Through the autoloader: the entry, then the element's chunk and, transitively, every chunk it imports.
const loaderMeta = JSON.parse(readFileSync(join(CDN_META_DIR, 'otkit-autoloader.min.json'), 'utf8')).files;
rows.push({ entry: 'otkit-autoloader.min.js (alone)', all: file('otkit-autoloader.min.js') });
/**
 * The files a page loads through the autoloader for `tags`: the entry, each element's chunk and the chunks they
 * import; with `withStore`, also the store code <ot-provider> loads when it makes a store.
 */
function loadedFor(tagList, withStore) {
  const files = new Set(['otkit-autoloader.min.js']);
  const visit = (f, followLazy) => {
    if (files.has(f)) return;
    files.add(f);
    for (const i of loaderMeta[f].imports) visit(i, followLazy);
    if (followLazy) for (const i of loaderMeta[f].dynamicImports) visit(i, false);
  };
  for (const tag of tagList) {
    const chunk = loaderMeta['otkit-autoloader.min.js'].dynamicImports.find((f) => f.startsWith(`autoloader/${tag}-`));
    visit(chunk, withStore && tag === 'ot-provider');
  }
  return [...files];
}
const providerOnly = loadedFor(['ot-provider'], true);
rows.push({
  entry: `  autoloader + <ot-provider> making a store (${providerOnly.length} files)`,
  all: sum(providerOnly.map(file)),
});
for (const tag of tags.filter((t) => t !== 'ot-provider')) {
  const files = loadedFor(['ot-provider', tag], true);
  rows.push({ entry: `  … + <${tag}> (${files.length} files)`, all: sum(files.map(file)) });
}
const everyFile = loadedFor(tags, true);
rows.push({ entry: `  … + every element (${everyFile.length} files)`, all: sum(everyFile.map(file)) });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => (n === undefined ? '' : (n / 1000).toFixed(1));
  const head = ['file', 'min kB', 'gzip kB', 'brotli kB', 'adds to otkit.min.js: gzip kB'];
  const body = rows.map((r) => [r.entry, kb(r.all.min), kb(r.all.gzip), kb(r.all.brotli), kb(r.adds)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const b of body) console.log(line(b));
  console.log('\nkB = 1000 bytes, gzip -9. "adds": gzip of all elements minus gzip of all elements but this one.');
  console.log('Budgets: test/integration/bundle-size.test.ts and docs/size.md.');
}
