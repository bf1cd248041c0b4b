// ESLint: typescript-eslint for the TypeScript, eslint-plugin-lit and eslint-plugin-lit-a11y for the templates,
// import-x's no-cycle so no module imports itself back through others (CI fails on a cycle), and
// no-restricted-paths so the SDK's model never imports the layers built on it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      'storybook-static/**',
      'coverage/**',
      '.smoke/**',
      'bench/results/**',
      'packages/elements/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: 'tsconfig.json',
          conditionNames: ['otkit-source', 'import', 'default'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The SDK's model (schemas, fields, enums, ids) is the bottom layer: everything else builds on it, and
      // it imports nothing above it, so an entry that needs one schema never carries the store or the clock.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './packages/sdk/src/model',
              from: ['flow', 'store', 'adapters', 'interop', 'measures', 'commands', 'views', 'sync'].map(
                (layer) => `./packages/sdk/src/${layer}`,
              ),
              message: 'The model is the bottom layer of the SDK: it must not import from the layers above it.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests and stories may use non-null assertions and loose test doubles freely.
    files: ['test/**', 'stories/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // chai's property assertions: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
