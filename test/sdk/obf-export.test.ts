import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { choiceBoardSchema, parse } from '@otkit/sdk';
import { exportObf, importObf, obfColor } from '@otkit/sdk/obf';
import { boardArb } from '../helpers/board-arb.js';
import { obfProblems } from '../helpers/obf-rules.js';
import { text } from './obf-helpers.js';

describe('obfColor', () => {
  it('writes every colour form a choice may hold as rgb() or rgba()', () => {
    expect(obfColor('#ffff32')).to.equal('rgb(255, 255, 50)');
    expect(obfColor('#abc')).to.equal('rgb(170, 187, 204)');
    expect(obfColor('rgba( 0,0,0, .5 )')).to.equal('rgba(0, 0, 0, 0.5)');
    expect(obfColor('rgba(1, 2, 3, 1.0)')).to.equal('rgb(1, 2, 3)');
    expect(obfColor('rgb(256, 0, 0)')).to.equal(undefined);
    expect(obfColor('rgba(0, 0, 0, 2)')).to.equal(undefined);
    expect(obfColor('blue')).to.equal(undefined);
  });
});

describe('exportObf', () => {
  it('writes valid OBF 0.1 that re-imports unchanged (the real boards)', async () => {
    for (const name of ['foreign.obf', 'inline_images.obf']) {
      const { board } = importObf(await text(name), { now: 3 });
      const out = exportObf(board);
      expect(obfProblems(out), name).to.deep.equal([]);
      const again = importObf(JSON.stringify(out), { now: 3 });
      expect(again.board, name).to.deep.equal(board);
      expect(again.skipped, name).to.deep.equal([]);
    }
  });

  it('writes any board as valid OBF 0.1 that re-imports unchanged (property)', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const out = exportObf(board);
        expect(obfProblems(out)).to.deep.equal([]);
        const again = importObf(JSON.stringify(out), { now: board.createdAt });
        expect(again.skipped).to.deep.equal([]);
        expect(again.board).to.deep.equal(board);
      }),
      { numRuns: 150 },
    );
  });

  it('writes hex colours as rgb(), OT Kit fields as ext_otkit_*, a grid for automatic layout, sizes of inline pictures', () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEElEQVR4nGP4z8DAwMDAAAAMAAEDhCN7AAAAAElFTkSuQmCC';
    const board = parse(choiceBoardSchema, {
      id: 'snack',
      name: 'Snack',
      choices: [
        {
          id: 'a',
          label: 'Apple',
          background: '#ff0000',
          language: 'es',
          unavailable: true,
          image: { src: png, alt: 'a red apple' },
        },
        { id: 'b', label: 'Pear', image: { symbol: 'snack' } },
        { id: 'c', label: 'Plum' },
      ],
      createdAt: 1,
    });
    const out = exportObf(board);
    expect(out.locale).to.equal('en');
    expect(out.ext_otkit_no_locale).to.equal(true);
    expect(out.ext_otkit_layout).to.equal('auto');
    expect(out.grid).to.deep.equal({
      rows: 2,
      columns: 2,
      order: [
        ['a', 'b'],
        ['c', null],
      ],
    });
    expect(out.buttons[0]).to.deep.equal({
      id: 'a',
      label: 'Apple',
      image_id: 'image-1',
      background_color: 'rgb(255, 0, 0)',
      ext_otkit_language: 'es',
      ext_otkit_unavailable: true,
    });
    expect(out.images).to.deep.equal([
      { id: 'image-1', content_type: 'image/png', data: png, width: 3, height: 2, ext_otkit_alt: 'a red apple' },
      {
        id: 'image-2',
        symbol: { set: 'otkit', filename: 'snack' },
        content_type: 'image/svg+xml',
        width: 300,
        height: 300,
      },
    ]);
    expect(obfProblems(out)).to.deep.equal([]);
  });
});
