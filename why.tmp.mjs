import { build } from 'esbuild';
const [entry, target] = process.argv.slice(2);
const r = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', conditions: ['production'], logLevel: 'silent', treeShaking: true, minify: true });
const inputs = r.metafile.inputs;
const importers = {};
for (const [file, info] of Object.entries(inputs)) for (const imp of info.imports) (importers[imp.path] ??= []).push(file);
// BFS from entry to target
const start = Object.keys(inputs).find((f) => f.endsWith(entry.replace(/^\.\//, '')));
const prev = { [start]: null }; const q = [start];
while (q.length) { const f = q.shift(); for (const imp of inputs[f]?.imports ?? []) if (!(imp.path in prev)) { prev[imp.path] = f; q.push(imp.path); } }
const t = Object.keys(prev).find((f) => f.includes(target));
let chain = []; for (let f = t; f; f = prev[f]) chain.unshift(f);
console.log(chain.join('\n  → '));
const out = r.metafile.outputs; for (const o of Object.values(out)) { const ins = Object.entries(o.inputs).filter(([f]) => f.includes(target)); console.log('bytes in output:', ins.map(([f, v]) => f + ' ' + v.bytesInOutput)); }
