// Builds the React example from the packages' built dist/ (what npm users get). No dev server in CI.
import { defineConfig } from 'vite';
import { examplePage } from '../shared/page.mjs';

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: [examplePage('OT Kit in React')],
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
