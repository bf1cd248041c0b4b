/**
 * Benchmarks of the choice board: Open Board Format import / export and rendering. Convention (bench/README.md
 * on the infra branch): the default export returns samples in ms with an optional budget.
 */
import { exportObz, importObf, importObz } from '@otkit/sdk/obf';
import '@otkit/elements/define.js';
import type { OtChoiceBoard } from '@otkit/elements';

async function time(runs: number, fn: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export default async function choiceBoardBench(): Promise<
  { name: string; samples: number[]; unit: 'ms'; budget?: number }[]
> {
  const huge = JSON.stringify({
    format: 'open-board-0.1',
    id: 'huge',
    locale: 'en',
    name: 'Huge',
    buttons: Array.from({ length: 10_000 }, (_, i) => ({
      id: `b${i}`,
      label: `Button ${i}`,
      background_color: 'rgb(1, 2, 3)',
    })),
    grid: {
      rows: 100,
      columns: 100,
      order: Array.from({ length: 100 }, (_, r) => Array.from({ length: 100 }, (_, c) => `b${r * 100 + c}`)),
    },
    images: [],
    sounds: [],
  });
  const lots = new Uint8Array(await (await fetch('/test/fixtures/obf/lots_of_stuff.obz')).arrayBuffer());
  const withPictures = (await importObz(await (await fetch('/test/fixtures/obf/path_images.obz')).arrayBuffer())).board;
  const big = {
    ...withPictures,
    choices: Array.from({ length: 36 }, (_, i) => ({
      ...withPictures.choices[i % 2]!,
      id: `c${i}`,
      loadBoard: undefined,
    })),
    grid: undefined,
  };

  const host = document.createElement('div');
  document.body.append(host);
  const renderSamples = await time(20, async () => {
    const el = document.createElement('ot-choice-board') as OtChoiceBoard;
    el.board = big;
    host.append(el);
    await el.updateComplete;
    el.remove();
  });
  host.remove();

  return [
    {
      name: 'importObf: 10,000 buttons (JSON text)',
      samples: await time(10, () => importObf(huge)),
      unit: 'ms',
      budget: 100,
    },
    {
      name: 'importObz: lots_of_stuff.obz (233 KB, 9 files)',
      samples: await time(10, () => importObz(lots)),
      unit: 'ms',
      budget: 100,
    },
    {
      name: 'exportObz: 36 choices with pictures',
      samples: await time(10, () => exportObz(big)),
      unit: 'ms',
      budget: 100,
    },
    { name: 'render <ot-choice-board> with 36 choices', samples: renderSamples, unit: 'ms', budget: 50 },
  ];
}
