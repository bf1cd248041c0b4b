// `npm run size`: how many bytes OT Kit costs a page, minified, gzip (level 9) and brotli (quality 11):
//  - the single-file CDN bundle as built (packages/elements/dist/cdn/otkit.min.js; run `npm run build` first);
//  - the SDK alone (every export of @otkit/sdk, one minified file);
//  - each element's own entry (packages/elements/dist/define/ot-*.js, compiled), bundled twice: with lit and @lit/context
//    external (what the element adds to a page that already has Lit) and with everything inside.
// Entries are bundled in memory with the CDN build's own plugins (rollup.config.mjs), so figures compare.
// `--json` prints the rows as JSON instead of a table.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { cdnBuild, virtualEntry } from '../rollup.config.mjs';

const CDN = 'packages/elements/dist/cdn/otkit.min.js';
const LIT = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('lit-') || id.startsWith('@lit/');

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

/** Bundles `input` in memory like the CDN build; `external` keeps matching imports out. */
async function bundle(input, external, entryFiles) {
  const id = '\0otkit-size-entry';
  const config = cdnBuild(entryFiles ? id : input, 'size/out.js', entryFiles ? [virtualEntry(id, entryFiles)] : []);
  const build = await rollup({ input: config.input, plugins: config.plugins, external, onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output
    .filter((c) => c.type === 'chunk')
    .map((c) => c.code)
    .join('\n');
}

if (!existsSync(CDN)) {
  console.error(`${CDN} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const rows = [{ entry: 'CDN bundle (everything, Lit included)', file: CDN, all: measure(readFileSync(CDN)) }];
rows.push({
  entry: 'SDK alone (otkit-sdk.min.js: @otkit/sdk + /obf)',
  file: 'packages/sdk/dist/cdn.js',
  all: measure(await bundle('packages/sdk/dist/cdn.js')),
});
const defines = readdirSync('packages/elements/src/define')
  .filter((f) => /^ot-.*\.ts$/.test(f))
  .sort();
const defineFiles = defines.map((f) => `packages/elements/dist/define/${f.replace(/\.ts$/, '.js')}`);
const allDefined = measure(await bundle(undefined, undefined, defineFiles)).gzip;
for (const f of defines) {
  const input = `packages/elements/dist/define/${f.replace(/\.ts$/, '.js')}`;
  // What this element adds to a bundle of all the others: its own cost in the CDN bundle.
  const adds =
    allDefined -
    measure(
      await bundle(
        undefined,
        undefined,
        defineFiles.filter((d) => d !== input),
      ),
    ).gzip;
  rows.push({
    entry: `<${f.replace(/\.ts$/, '')}>`,
    file: input,
    own: measure(await bundle(input, LIT)),
    all: measure(await bundle(input)),
    adds,
  });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => (n === undefined ? '' : (n / 1000).toFixed(1));
  const head = ['entry', 'min kB', 'gzip kB', 'brotli kB', 'w/o Lit: min', 'gzip', 'brotli', 'adds to CDN: gzip'];
  const body = rows.map((r) => [
    r.entry,
    kb(r.all.min),
    kb(r.all.gzip),
    kb(r.all.brotli),
    kb(r.own?.min),
    kb(r.own?.gzip),
    kb(r.own?.brotli),
    kb(r.adds),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const b of body) console.log(line(b));
  console.log(
    '\nkB = 1000 bytes. "w/o Lit": lit and @lit/context external (the SDK parts an element uses stay inside).',
  );
  console.log('"adds to CDN": gzip bytes of all elements minus gzip bytes of all elements but this one.');
  console.log(
    `CDN bundle: ${rows[0].all.gzip} bytes gzip -9. Budgets (test/integration/bundle-size.test.ts, docs/size.md): 56,000 for the everything file, 40,000 for each element's own file.`,
  );
}
