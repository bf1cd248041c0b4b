// @custom-elements-manifest/analyzer config, run from packages/elements.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  dependencies: false,
  plugins: [
    {
      // The manifest documents the public API (Storybook's docs tables read it): leave out `#private`,
      // `private` and `protected` members, which would otherwise show up as controls.
      name: 'otkit-public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter(
              (m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.privacy !== 'protected',
            );
          }
        }
      },
    },
  ],
};
