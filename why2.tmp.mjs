import { build } from 'esbuild';
const [entry] = process.argv.slice(2);
const r = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', conditions: ['production'], logLevel: 'silent', minify: true });
for (const o of Object.values(r.metafile.outputs)) for (const [f, v] of Object.entries(o.inputs)) if (v.bytesInOutput > 0) console.log(f.replace(/^.*?(packages|node_modules)/, '$1'), v.bytesInOutput);
