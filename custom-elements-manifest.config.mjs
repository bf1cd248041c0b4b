// @custom-elements-manifest/analyzer config, run from packages/elements.
//
// Our elements register through `defineElement('ot-x', OtX)` in src/define/*.ts (it skips a tag that is
// already defined), which the analyzer does not recognise: without the plugin below the manifest has no
// tag names, Storybook's autodocs cannot find an element ("Component not found in custom-elements.json")
// and the only definition recorded is a bogus one for the `tag` parameter inside defineElement itself.

/** Records `defineElement('<tag>', <Class>)` calls as custom-element definitions with tag names. */
function defineElementPlugin() {
  const tags = new Map(); // class name -> tag
  return {
    name: 'otkit-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      tags.set(ctor.text, tag.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: ctor.text } });
    },
    packageLinkPhase({ customElementsManifest }) {
      const homes = new Map(); // class name -> module path that declares it
      for (const mod of customElementsManifest.modules) {
        // defineElement's own `customElements.define(tag, constructor)` is not a definition of ours.
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind !== 'custom-element-definition' || /^[a-z][a-z0-9]*-/.test(e.name),
        );
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || !tags.has(decl.name)) continue;
          decl.customElement = true;
          decl.tagName = tags.get(decl.name);
          homes.set(decl.name, mod.path);
        }
      }
      for (const mod of customElementsManifest.modules)
        for (const e of mod.exports)
          if (e.kind === 'custom-element-definition' && !e.declaration.module && homes.has(e.declaration.name))
            e.declaration.module = homes.get(e.declaration.name);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  dependencies: false,
  plugins: [
    defineElementPlugin(),
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
