// Builds, in order:
//  1. @otkit/sdk       -> packages/sdk/dist       unbundled ESM (one .js per module) + .d.ts
//  2. @otkit/elements  -> packages/elements/dist  unbundled ESM + .d.ts, lit/@lit/context/@otkit/sdk external
//  3. the CDN files    -> packages/elements/dist/cdn/, made from the compiled dist/ JavaScript:
//     otkit.min.js        one minified ESM file with every element inside (Lit included) that a plain page
//                         loads with one <script type="module">;
//     ot-<name>.min.js    one element (with <ot-provider>) on its own, for a page that uses only that one;
//     otkit-sdk.min.js    the whole SDK (interop included) for pages that script data without a bundler.
//  4. @otkit/embed      -> packages/embed/dist: the static LMS pages (HTML, CSS) and one self-contained
//     classic script per page (IIFE: a sandboxed frame without allow-same-origin cannot load modules from a
//     host that sends no CORS headers, but it can run a classic script).
// rollup needs the TypeScript *JS API*, so TypeScript stays on 6.x (see ../shared/TOOLCHAIN.md).
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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

/**
 * Single-file, minified ESM bundle with all dependencies inlined (Lit's production build), made from the
 * packages' compiled JavaScript in dist/ (built just before), so no TypeScript runs again: `input` is a file in
 * a dist/ folder or a virtual entry.
 */
export function cdnBuild(input, file, plugins = []) {
  return {
    input,
    // One file: code loaded with import() (an element's own store) is inlined.
    output: { file, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [...plugins, nodeResolve({ extensions: ['.mjs', '.js'] }), minifyTemplates(), terser(terserOptions)],
    onwarn(warning, warn) {
      // minifyTemplates only folds white space inside template text; the maps stay good to the line.
      if (warning.code === 'SOURCEMAP_BROKEN' && warning.plugin === 'otkit-minify-templates') return;
      warn(warning);
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
 * One element as its own single-file CDN bundle (with <ot-provider>, the SDK parts it uses and Lit), for a page
 * that uses only that element: dist/cdn/ot-<name>.min.js.
 */
function cdnElementBuild(name) {
  const id = `\0otkit-cdn-${name}`;
  const files = ['packages/elements/dist/define/ot-provider.js', `packages/elements/dist/define/${name}.js`];
  return cdnBuild(id, `packages/elements/dist/cdn/${name}.min.js`, [virtualEntry(id, files)]);
}

/** One embed page script: the CDN build of `src/<name>.ts` as a classic script, plus extra plugins. */
function embedPage(name, plugins = []) {
  const build = cdnSourceBuild(`packages/embed/src/${name}.ts`, `packages/embed/dist/${name}.js`);
  return { ...build, output: { ...build.output, format: 'iife' }, plugins: [...build.plugins, ...plugins] };
}

export default [
  packageBuild('packages/sdk'),
  packageBuild('packages/elements', [copyAssets('packages/elements', '.css')]),
  cdnBuild('packages/elements/dist/cdn.js', 'packages/elements/dist/cdn/otkit.min.js'),
  cdnBuild('packages/sdk/dist/cdn.js', 'packages/elements/dist/cdn/otkit-sdk.min.js'),
  ...readdirSync('packages/elements/src/define')
    .filter((f) => /^ot-.*\.ts$/.test(f) && f !== 'ot-provider.ts')
    .sort()
    .map((f) => cdnElementBuild(basename(f, '.ts'))),
  embedPage('schedule', [copyAssets('packages/embed', '.html'), copyAssets('packages/embed', '.css')]),
  embedPage('builder'),
];
