// Builds the Vue example from the packages' built dist/. Vue must know the ot-* tags are custom elements.
import { defineConfig } from 'vite';
import { examplePage } from '../shared/page.mjs';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: [
    examplePage('OT Kit in Vue'),
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ot-') } } }),
  ],
  build: { outDir: 'dist', emptyOutDir: true },
});
