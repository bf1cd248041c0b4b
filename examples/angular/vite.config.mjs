// Bundles the Angular example after ngc compiled it (dist/ngc/). Angular's npm packages are partially compiled:
// the Angular linker (a Babel plugin from @angular/compiler-cli) finishes them at bundle time, as the CLI does,
// so the page needs no JIT compiler.
import { transformAsync } from '@babel/core';
import angularLinker from '@angular/compiler-cli/linker/babel';
import { defineConfig } from 'vite';
import { examplePage } from '../shared/page.mjs';

/** Runs the Angular linker over the framework's own modules. */
const linkAngular = {
  name: 'otkit-angular-linker',
  async transform(code, id) {
    if (!/[\\/]node_modules[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return null;
    const result = await transformAsync(code, {
      filename: id,
      plugins: [angularLinker],
      compact: false,
      babelrc: false,
      configFile: false,
      sourceMaps: true,
    });
    return result && { code: result.code ?? code, map: result.map };
  },
};

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: [examplePage('OT Kit in Angular'), linkAngular],
  // Angular, Lit, the SDK and every element in one file: larger than Vite's default warning size, on purpose.
  build: { outDir: 'dist/app', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
