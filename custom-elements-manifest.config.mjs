// @custom-elements-manifest/analyzer config, run from packages/elements.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  dependencies: false,
};
