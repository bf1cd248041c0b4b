import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
const [input, passes] = process.argv.slice(2);
const b = await rollup({ input, plugins: [nodeResolve({ exportConditions: ['otkit-source'], extensions: ['.ts','.mjs','.js'] }), typescript({ tsconfig: 'tsconfig.cdn.json', compilerOptions: { module: 'NodeNext', outDir: '/tmp/szout' } }), terser({ ecma: 2022, module: true, compress: { passes: Number(passes||1) }, format: {comments:false} })], onwarn(){} });
const { output } = await b.generate({ format: 'es' });
console.log(input, passes, output[0].code.length, gzipSync(output[0].code, {level:9}).length);
