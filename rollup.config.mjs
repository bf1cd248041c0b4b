// Builds, in order:
//  1. @otkit/sdk       -> packages/sdk/dist       unbundled ESM (one .js per module) + .d.ts
//  2. @otkit/elements  -> packages/elements/dist  unbundled ESM + .d.ts, lit/@lit/context/@otkit/sdk external
//     @otkit/react     -> packages/react/dist     the same, for the wrappers scripts/framework-types.mjs writes
//     (each package ships its src/ too: the .js maps carry their sources, the .d.ts maps point into src/)
//  3. the CDN files    -> packages/elements/dist/cdn/, made from the compiled dist/ JavaScript:
//     otkit.min.js        one minified ESM file with every element inside (Lit included) that a plain page
//                         loads with one <script type="module">;
//     ot-<name>.min.js    one element (with <ot-provider>) on its own, for a page that uses only that one;
//     otkit-store.min.js  the store code (store, adapters, every schema) that <ot-provider> in an ot-<name>.min.js
//                         file loads with import() when it has to make a store;
//     otkit-symbols.min.js  the built-in symbols' drawings, which an ot-<name>.min.js file loads with import()
//                         the first time it draws a symbol;
//     otkit-progress-report.min.js  the SDK's progress report and its words, which ot-progress-chart.min.js loads
//                         with import() the first time it makes a report;
//     otkit-service-log.min.js  the service log's commands, which ot-service-minutes.min.js loads with import()
//                         the first time it changes the log;
//     otkit-autoloader.min.js  a small file that defines each element on first sight, loading its code then
//                         from autoloader/ (one shared Lit chunk), for pages that use several elements;
//     otkit-sdk.min.js    the whole SDK (interop included) for pages that script data without a bundler.
//  4. @otkit/embed      -> packages/embed/dist: the static LMS pages (HTML, CSS) and one self-contained
//     classic script per page (IIFE: a sandboxed frame without allow-same-origin cannot load modules from a
//     host that sends no CORS headers, but it can run a classic script).
// rollup needs the TypeScript *JS API*, so TypeScript stays on 6.x (see ../shared/TOOLCHAIN.md).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const pkgJson = (dir) => JSON.parse(readFileSync(new URL(`${dir}/package.json`, import.meta.url), 'utf8'));

/** Bare imports of the package's dependencies stay external in the npm build. */
function externalsOf(dir) {
  const p = pkgJson(dir);
  const deps = [...Object.keys(p.dependencies ?? {}), ...Object.keys(p.peerDependencies ?? {})];
  return (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));
}

/** Every TypeScript module under src/ is an entry, so deep files keep their paths in dist/. */
function sourceFiles(dir) {
  return readdirSync(`${dir}/src`, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `${dir}/src/${f}`);
}

/** Copies plain asset files (CSS) from src/ to dist/ with the same relative path. */
function copyAssets(dir, ext) {
  return {
    name: 'otkit-copy-assets',
    writeBundle() {
      for (const f of readdirSync(`${dir}/src`, { recursive: true }).map(String)) {
        if (!f.endsWith(ext)) continue;
        const to = join(dir, 'dist', f);
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(join(dir, 'src', f), to);
      }
    },
  };
}

function packageBuild(dir, extraPlugins = []) {
  return {
    input: sourceFiles(dir),
    external: externalsOf(dir),
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
    },
    plugins: [
      typescript({
        tsconfig: `${dir}/tsconfig.json`,
        // The plugin injects module:"esnext" into the package tsconfig, which clashes with NodeNext (TS5110).
        compilerOptions: { module: 'NodeNext', declaration: true, declarationMap: true, outDir: `${dir}/dist` },
      }),
      ...extraPlugins,
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  };
}

const terserOptions = { ecma: 2022, module: true, format: { comments: false } };

/** Where the CDN files go, and where their module lists go (not published: see packages/elements/package.json). */
export const CDN_DIR = 'packages/elements/dist/cdn';
export const CDN_META_DIR = 'packages/elements/dist/cdn-meta';

/**
 * Writes, per CDN build, which source modules ended up in which output file (a metafile, like esbuild's):
 * dist/cdn-meta/<entry file>.json = { files: { "<output file>": { imports, dynamicImports, modules } } }.
 * test/integration/bundle-contents.test.ts reads it to check that a file carries only what it uses.
 */
function moduleList(name) {
  const clean = (id) => relative(process.cwd(), id.replace(/^\0/, '')).replaceAll('\\', '/');
  return {
    name: 'otkit-module-list',
    generateBundle(_options, bundle) {
      const files = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        files[output.fileName] = {
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          modules: Object.entries(output.modules)
            .filter(([, info]) => info.renderedLength > 0)
            .map(([id]) => clean(id))
            .sort(),
        };
      }
      mkdirSync(CDN_META_DIR, { recursive: true });
      writeFileSync(join(CDN_META_DIR, `${name}.json`), `${JSON.stringify({ files }, null, 2)}\n`);
    },
  };
}

/**
 * Minified ESM bundle with all dependencies inlined (Lit's production build), made from the packages' compiled
 * JavaScript in dist/ (built just before), so no TypeScript runs again: `input` is a file in a dist/ folder or a
 * virtual entry. The entry is `file`; code it imports with `import()` goes into chunks/ beside it, unless
 * `single` keeps everything in the one file.
 */
export function cdnBuild(input, file, plugins = [], { single = false, browserOnly = false } = {}) {
  const banner = browserOnly ? browserOnlyBanner(basename(file)) : undefined;
  const output = single
    ? { file, format: 'es', sourcemap: true, inlineDynamicImports: true, banner }
    : {
        dir: dirname(file),
        entryFileNames: basename(file),
        chunkFileNames: 'chunks/[name]-[hash].min.js',
        format: 'es',
        sourcemap: true,
        banner,
      };
  return {
    input,
    output,
    plugins: [
      ...plugins,
      nodeResolve({ extensions: ['.mjs', '.js'] }),
      minifyTemplates(),
      terser(terserOptions),
      moduleList(basename(file, '.js')),
    ],
    onwarn(warning, warn) {
      // minifyTemplates only folds white space inside template text; the maps stay good to the line.
      if (warning.code === 'SOURCEMAP_BROKEN' && warning.plugin === 'otkit-minify-templates') return;
      warn(warning);
    },
  };
}

/**
 * The first statement of every file of a CDN element build: these files carry Lit's browser build, which needs
 * the browser's DOM, so in Node (a server rendering a page) the import fails with this message instead of a
 * ReferenceError from inside Lit. Server code imports @otkit/elements, which runs there (docs/frameworks.md).
 */
function browserOnlyBanner(file) {
  const message = `OT Kit: ${file} is browser-only; in Node, import @otkit/elements instead.`;
  return `if (typeof document === 'undefined') throw new Error(${JSON.stringify(message)});`;
}

/** Lit and @lit/context, which every element shares: one chunk in the autoloader build. */
const isLit = (id) => /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id);

/**
 * The autoloader (dist/cdn/otkit-autoloader.min.js) and, in dist/cdn/autoloader/, each element's code and the
 * code they share, Lit in one chunk: a page that uses several elements loads Lit once.
 */
function autoloaderBuild() {
  const build = cdnBuild('packages/elements/dist/autoloader.js', `${CDN_DIR}/otkit-autoloader.min.js`, [], {
    browserOnly: true,
  });
  return {
    ...build,
    output: {
      ...build.output,
      chunkFileNames: 'autoloader/[name]-[hash].min.js',
      manualChunks: (id) => (isLit(id) ? 'lit' : undefined),
    },
  };
}

/** Like {@link cdnBuild} from TypeScript sources (the embed pages, which have no package build of their own). */
function cdnSourceBuild(input, file) {
  return {
    input,
    output: { file, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve({ exportConditions: ['otkit-source'], extensions: ['.ts', '.mjs', '.js'] }),
      typescript({ tsconfig: 'tsconfig.cdn.json', compilerOptions: { module: 'NodeNext', outDir: dirname(file) } }),
      terser(terserOptions),
    ],
  };
}

/** An in-memory entry module that imports `files` (the per-element CDN files have no source file of their own). */
export function virtualEntry(id, files) {
  return {
    name: 'otkit-virtual-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? files.map((f) => `import ${JSON.stringify(resolve(f))};`).join('\n') : null),
  };
}

/**
 * Leaves the store code out of a bundle: <ot-provider> and an element's own store (StoreController, the goal
 * stack's data controller) load it with import() from otkit-store.min.js beside the bundle, only when they have
 * to make a store (never when the page gives the provider one).
 */
const storeApart = apart('otkit-store-apart', './otkit-store.min.js', [
  ['./open-store.js', join('provider', 'provider.js')],
  ['../internal/own-store.js', join('controllers', 'store-controller.js')],
  ['../internal/own-store.js', join('goal-stack', 'data-controller.js')],
]);

/**
 * Leaves the built-in symbols' drawings out of a bundle: the elements load them with import() from
 * otkit-symbols.min.js beside the bundle the first time they draw a symbol (symbols/load-symbols.ts).
 */
const symbolsApart = apart('otkit-symbols-apart', './otkit-symbols.min.js', [
  ['./symbol-data.js', join('symbols', 'load-symbols.js')],
]);

/**
 * Leaves the home program's builder out of the timer's file: the timer's Home plan phase opens it with import(),
 * which in a single-file CDN bundle loads ot-home-program.min.js beside it.
 */
const homeProgramApart = apart('otkit-home-program-apart', './ot-home-program.min.js', [
  ['../define/ot-home-program.js', join('home-program', 'home-plan-opener.js')],
]);

/**
 * Leaves the progress report out of the chart's file: the SDK's report and its words in two languages load with
 * import() from otkit-progress-report.min.js beside it the first time a chart makes a report.
 */
const progressReportApart = apart('otkit-progress-report-apart', './otkit-progress-report.min.js', [
  ['./progress-chart.report.js', join('progress-chart', 'progress-chart.js')],
]);

/**
 * Leaves the service log's commands out of the service-minutes file: the element loads them with import() from
 * otkit-service-log.min.js beside it the first time it changes the log.
 */
const serviceLogApart = apart('otkit-service-log-apart', './otkit-service-log.min.js', [
  ['./log-commands.js', join('service-minutes', 'service-minutes.js')],
]);

/**
 * A plugin that turns the `import()` of `source` in a module whose path ends with `importer` (each pair of
 * `imports`) into an `import()` of the CDN file `file` beside the bundle.
 */
function apart(name, file, imports) {
  return {
    name,
    resolveId(source, importer) {
      const found = imports.some(([from, by]) => source === from && importer?.endsWith(by));
      return found ? { id: file, external: 'absolute' } : null;
    },
  };
}

/**
 * One element as its own single-file CDN bundle (with <ot-provider>, the SDK parts it uses and Lit), for a page
 * that uses only that element: dist/cdn/ot-<name>.min.js. The store code comes from otkit-store.min.js, when a
 * provider (or a standalone element) makes a store; the symbols' drawings from otkit-symbols.min.js.
 */
function cdnElementBuild(name) {
  const id = `\0otkit-cdn-${name}`;
  const files = ['packages/elements/dist/define/ot-provider.js', `packages/elements/dist/define/${name}.js`];
  return cdnBuild(
    id,
    `${CDN_DIR}/${name}.min.js`,
    [virtualEntry(id, files), storeApart, symbolsApart, homeProgramApart, progressReportApart, serviceLogApart],
    {
      single: true,
      browserOnly: true,
    },
  );
}

/** One embed page script: the CDN build of `src/<name>.ts` as a classic script, plus extra plugins. */
function embedPage(name, plugins = []) {
  const build = cdnSourceBuild(`packages/embed/src/${name}.ts`, `packages/embed/dist/${name}.js`);
  // One classic script per page: code the page would load with import() (the provider's store) stays inside.
  const output = { ...build.output, format: 'iife', inlineDynamicImports: true };
  return { ...build, output, plugins: [...build.plugins, ...plugins] };
}

export default [
  packageBuild('packages/sdk'),
  packageBuild('packages/elements', [copyAssets('packages/elements', '.css')]),
  packageBuild('packages/react'),
  cdnBuild('packages/elements/dist/cdn.js', `${CDN_DIR}/otkit.min.js`, [], { single: true, browserOnly: true }),
  cdnBuild('packages/sdk/dist/cdn.js', `${CDN_DIR}/otkit-sdk.min.js`, [], { single: true }),
  cdnBuild('packages/elements/dist/provider/open-store.js', `${CDN_DIR}/otkit-store.min.js`, [], { single: true }),
  cdnBuild('packages/elements/dist/symbols/symbol-data.js', `${CDN_DIR}/otkit-symbols.min.js`, [], { single: true }),
  cdnBuild(
    'packages/elements/dist/progress-chart/progress-chart.report.js',
    `${CDN_DIR}/otkit-progress-report.min.js`,
    [],
    { single: true },
  ),
  cdnBuild('packages/elements/dist/service-minutes/log-commands.js', `${CDN_DIR}/otkit-service-log.min.js`, [], {
    single: true,
  }),
  autoloaderBuild(),
  ...readdirSync('packages/elements/src/define')
    .filter((f) => /^ot-.*\.ts$/.test(f) && f !== 'ot-provider.ts')
    .sort()
    .map((f) => cdnElementBuild(basename(f, '.ts'))),
  embedPage('schedule', [copyAssets('packages/embed', '.html'), copyAssets('packages/embed', '.css')]),
  embedPage('builder'),
  embedPage('home'),
];
