// `node bench/chart-approaches.mjs [-- --runs 15]`: chooses the progress chart's drawing approach on evidence.
// The same chart — percent correct as a line with dots, level of assistance as steps, five GAS bands — drawn four
// ways: by hand (the SDK's views/chart-geometry.ts, what <ot-progress-chart> ships), with d3-scale + d3-shape,
// with uPlot (canvas), and with Observable Plot. For each it prints the minified + gzipped bytes of the drawing
// code (esbuild, minify, gzip -9; the shared driver below is bundled alone and subtracted) and the median time
// to draw N = 10, 100 and 1,000 sessions in headless Chromium, layout included. A benchmark, not a test: the
// figures and the decision are in docs/progress-chart.md. The libraries are dev dependencies used only here.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from '../scripts/chrome.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 15);
const SIZES = [10, 100, 1000];
const WIDTH = 640;
const HEIGHT = 360;

// Every approach exports draw(container, data): data is { percent: (number|null)[], assistance: (number|null)[],
// gas: (number|null)[] } per session; assistance is a rank 0–5, gas a level −2…+2.
const DRIVER = `
export function sessions(n) {
  return {
    percent: Array.from({ length: n }, (_, i) => (i % 7 === 3 ? null : 30 + (50 * i) / n + 10 * Math.sin(i / 3))),
    assistance: Array.from({ length: n }, (_, i) => Math.max(0, 4 - Math.floor((5 * i) / n))),
    gas: Array.from({ length: n }, (_, i) => Math.min(2, -2 + Math.floor((5 * i) / n))),
  };
}
`;

const APPROACHES = {
  'hand-drawn SVG (SDK chart-geometry)': `
    import { columnCentres, linearScale, linePath, stepPath } from './packages/sdk/src/views/chart-geometry.ts';
    const NS = 'http://www.w3.org/2000/svg';
    const el = (parent, name, attributes) => {
      const node = document.createElementNS(NS, name);
      for (const key in attributes) node.setAttribute(key, attributes[key]);
      parent.append(node);
      return node;
    };
    export function draw(container, data) {
      const svg = el(container, 'svg', { viewBox: '0 0 ${WIDTH} ${HEIGHT}', width: ${WIDTH}, height: ${HEIGHT} });
      const { centres, step } = columnCentres(data.percent.length, 120, ${WIDTH - 16});
      const percentY = linearScale([0, 100], [180, 10]);
      for (let level = 2; level >= -2; level--)
        el(svg, 'rect', { x: 120, y: 230 + (2 - level) * 22, width: ${WIDTH - 136}, height: 22, class: 'band' });
      const at = (values, y) => values.map((v, i) => (v === null ? undefined : { x: centres[i], y: y(v) }));
      el(svg, 'path', { d: linePath(at(data.percent, percentY)), fill: 'none', stroke: 'currentColor' });
      el(svg, 'path', { d: stepPath(at(data.assistance, (r) => 200 + r * 4), step), fill: 'none', stroke: 'currentColor' });
      el(svg, 'path', { d: linePath(at(data.gas, (l) => 241 + (2 - l) * 22)), fill: 'none', stroke: 'currentColor' });
      data.percent.forEach((v, i) => v !== null && el(svg, 'circle', { cx: centres[i], cy: percentY(v), r: 4 }));
    }`,
  'd3-scale + d3-shape': `
    import { scaleLinear, scalePoint } from 'd3-scale';
    import { curveStep, line } from 'd3-shape';
    const NS = 'http://www.w3.org/2000/svg';
    const el = (parent, name, attributes) => {
      const node = document.createElementNS(NS, name);
      for (const key in attributes) node.setAttribute(key, attributes[key]);
      parent.append(node);
      return node;
    };
    export function draw(container, data) {
      const svg = el(container, 'svg', { viewBox: '0 0 ${WIDTH} ${HEIGHT}', width: ${WIDTH}, height: ${HEIGHT} });
      const x = scalePoint(data.percent.map((_, i) => i), [120, ${WIDTH - 16}]).padding(0.5);
      const percentY = scaleLinear([0, 100], [180, 10]);
      for (let level = 2; level >= -2; level--)
        el(svg, 'rect', { x: 120, y: 230 + (2 - level) * 22, width: ${WIDTH - 136}, height: 22, class: 'band' });
      const path = (values, y, curve) => {
        const shape = line().defined((v) => v !== null).x((_, i) => x(i)).y(y);
        return (curve ? shape.curve(curve) : shape)(values);
      };
      el(svg, 'path', { d: path(data.percent, percentY), fill: 'none', stroke: 'currentColor' });
      el(svg, 'path', { d: path(data.assistance, (r) => 200 + r * 4, curveStep), fill: 'none', stroke: 'currentColor' });
      el(svg, 'path', { d: path(data.gas, (l) => 241 + (2 - l) * 22), fill: 'none', stroke: 'currentColor' });
      data.percent.forEach((v, i) => v !== null && el(svg, 'circle', { cx: x(i), cy: percentY(v), r: 4 }));
    }`,
  'uPlot (canvas)': `
    import uPlot from 'uplot';
    export function draw(container, data) {
      const xs = data.percent.map((_, i) => i + 1);
      new uPlot(
        {
          width: ${WIDTH},
          height: ${HEIGHT},
          scales: { x: { time: false }, pct: { range: [0, 100] }, rank: { range: [0, 5] }, gas: { range: [-2, 2] } },
          axes: [{}, { scale: 'pct' }],
          series: [
            {},
            { scale: 'pct', stroke: 'black', points: { show: true } },
            { scale: 'rank', stroke: 'black', paths: uPlot.paths.stepped({ align: 1 }) },
            { scale: 'gas', stroke: 'black' },
          ],
        },
        [xs, data.percent, data.assistance, data.gas],
        container,
      );
    }`,
  'Observable Plot': `
    import { dot, lineY, plot, ruleY } from '@observablehq/plot';
    export function draw(container, data) {
      const rows = data.percent.map((percent, i) => ({ i, percent, assistance: data.assistance[i], gas: data.gas[i] }));
      container.append(
        plot({
          width: ${WIDTH},
          height: ${HEIGHT},
          y: { domain: [0, 100] },
          marks: [
            ruleY([0, 25, 50, 75, 100], { stroke: '#ddd' }),
            lineY(rows, { x: 'i', y: 'percent', defined: (d) => d.percent !== null }),
            dot(rows.filter((d) => d.percent !== null), { x: 'i', y: 'percent', r: 4 }),
            lineY(rows, { x: 'i', y: (d) => 100 - d.assistance * 20, curve: 'step' }),
            lineY(rows, { x: 'i', y: (d) => 50 + d.gas * 20 }),
          ],
        }),
      );
    }`,
};

async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'iife',
    globalName: 'bench',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const gzip = (text) => gzipSync(text, { level: 9 }).byteLength;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const chrome = findChrome();
if (!chrome) throw new Error(HOW_TO_GET_CHROME);
const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
const rows = [];
try {
  const driverBytes = gzip(await bundle(DRIVER));
  for (const [name, source] of Object.entries(APPROACHES)) {
    const code = await bundle(`${DRIVER}\n${source}`);
    const page = await browser.newPage();
    await page.setContent('<!doctype html><body></body>');
    await page.addScriptTag({ content: code });
    const times = {};
    for (const n of SIZES)
      times[n] = await page.evaluate(
        async ({ n, runs }) => {
          const data = window.bench.sessions(n);
          const samples = [];
          // uPlot draws in a microtask after its constructor returns: wait for every queued microtask, the same
          // way for every approach (a message round trip, far below a millisecond).
          const settle = () =>
            new Promise((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = resolve;
              channel.port2.postMessage(null);
            });
          for (let run = 0; run < runs + 3; run++) {
            const container = document.createElement('div');
            document.body.append(container);
            const start = performance.now();
            window.bench.draw(container, data);
            await settle();
            container.getBoundingClientRect(); // style and layout, as a page would pay before paint
            if (run >= 3) samples.push(performance.now() - start); // three warm-up runs
            container.remove();
          }
          return samples;
        },
        { n, runs },
      );
    await page.close();
    rows.push({ name, gzip: gzip(code) - driverBytes, minified: code.length, times });
  }
} finally {
  await browser.close();
}

console.log(
  `Drawing code, minified + gzip -9 (driver subtracted); median draw time of ${runs} runs, headless Chromium`,
);
console.log('| approach | gzip bytes | N = 10 | N = 100 | N = 1,000 |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows)
  console.log(
    `| ${row.name} | ${row.gzip.toLocaleString('en')} | ${SIZES.map((n) => `${median(row.times[n]).toFixed(2)} ms`).join(' | ')} |`,
  );
