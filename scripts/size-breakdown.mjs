// `npm run size:breakdown`: what each CDN file holds, by part (Lit, the SDK's store, schemas, commands and view
// models, the element itself, its messages, the built-in symbols, …), like a bundle visualizer in a table.
//
// It builds the CDN files again in memory with the same rollup configuration as `npm run build` (so run that
// first: the CDN files are made from the compiled dist/ JavaScript), then minifies every module's rendered code
// on its own and shares the file's gzip size out by each part's minified bytes. A part's "gzip" is therefore an
// estimate (gzip compresses across modules), but the parts add up to the file and rank the same way the real
// savings do. `--json` prints the rows; `--modules` also lists each file's 15 largest modules.
//
// Usage: node scripts/size-breakdown.mjs [file name filter, e.g. ot-choice-board] [--json] [--modules]
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import configs, { CDN_DIR } from '../rollup.config.mjs';

/** The parts, first match wins: [name, test on the module path relative to the repository]. */
const PARTS = [
  ['Lit and @lit/context', (m) => m.includes('node_modules/')],
  ['SDK store: store, tables, change log, adapters', (m) => /sdk\/dist\/(store|adapters)\//.test(m)],
  ['SDK schemas: schema library, entity schemas', (m) => /sdk\/dist\/model\//.test(m)],
  ['SDK commands', (m) => /sdk\/dist\/commands\//.test(m)],
  ['SDK view models', (m) => /sdk\/dist\/views\//.test(m)],
  ['SDK session clock and plan', (m) => /sdk\/dist\/flow\//.test(m)],
  ['SDK measures, reports, note words', (m) => /sdk\/dist\/measures\//.test(m)],
  ['SDK interop (codecs, OBF, documents)', (m) => /sdk\/dist\/interop\//.test(m)],
  ['SDK sync client', (m) => /sdk\/dist\/sync\//.test(m)],
  ['SDK other (errors, URL policy, drafts, FHIR)', (m) => m.includes('sdk/dist/')],
  ['built-in symbols (drawings, en + es words)', (m) => /elements\/dist\/symbols\//.test(m)],
  ['element messages (en + es)', (m) => /elements\/dist\/.*messages\.js$/.test(m)],
  ['<ot-provider> and its sync wiring', (m) => /elements\/dist\/provider\//.test(m)],
  [
    'element base, controllers, events, styles',
    (m) => /elements\/dist\/(internal|controllers|events|styles|context)\//.test(m),
  ],
  ['the element(s) themselves', (m) => m.includes('elements/dist/')],
  ['other', () => true],
];

const partOf = (module) => PARTS.find(([, test]) => test(module))[0];
const kb = (n) => (n / 1000).toFixed(1);

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const cdnConfigs = configs.filter((c) => {
  const file = c.output?.file ?? `${c.output?.dir}/${c.output?.entryFileNames}`;
  return file.startsWith(CDN_DIR) && (!filter || file.includes(filter));
});

/** Builds one CDN configuration in memory; returns each output chunk with its modules' minified sizes. */
async function analyse(config) {
  const plugins = config.plugins.filter((p) => p.name !== 'otkit-module-list');
  const build = await rollup({ input: config.input, plugins, onwarn: () => {} });
  const { output } = await build.generate(config.output);
  await build.close();
  const chunks = [];
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    const modules = [];
    for (const [id, info] of Object.entries(chunk.modules)) {
      if (!info.code) continue;
      const path = relative(process.cwd(), id.replace(/^\0/, '')).replaceAll('\\', '/');
      const { code } = await minify(info.code, { ecma: 2022, module: true, compress: false, mangle: false });
      modules.push({ path, part: partOf(path), min: Buffer.byteLength(code ?? '') });
    }
    chunks.push({ file: chunk.fileName, gzip: gzipSync(chunk.code, { level: 9 }).length, modules });
  }
  return chunks;
}

const report = [];
for (const config of cdnConfigs) {
  for (const chunk of await analyse(config)) {
    if (chunk.file.startsWith('autoloader/') || chunk.file.startsWith('chunks/')) continue;
    const total = chunk.modules.reduce((sum, m) => sum + m.min, 0) || 1;
    const parts = new Map();
    for (const m of chunk.modules) parts.set(m.part, (parts.get(m.part) ?? 0) + m.min);
    report.push({
      file: chunk.file,
      gzip: chunk.gzip,
      parts: [...parts]
        .sort((a, b) => b[1] - a[1])
        .map(([part, min]) => ({ part, share: min / total, gzip: Math.round((chunk.gzip * min) / total) })),
      largest: chunk.modules
        .sort((a, b) => b.min - a.min)
        .slice(0, 15)
        .map((m) => ({ module: m.path, gzip: Math.round((chunk.gzip * m.min) / total) })),
    });
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const entry of report) {
    console.log(`\n${entry.file}: ${kb(entry.gzip)} kB gzip`);
    for (const { part, share, gzip } of entry.parts)
      console.log(`  ${part.padEnd(48)} ${kb(gzip).padStart(5)} kB  ${(share * 100).toFixed(0).padStart(3)} %`);
    if (args.includes('--modules'))
      for (const { module, gzip } of entry.largest) console.log(`    ${kb(gzip).padStart(5)} kB  ${module}`);
  }
  console.log("\nkB = 1000 bytes, gzip -9; a part's share of the file by its minified bytes (an estimate).");
}
