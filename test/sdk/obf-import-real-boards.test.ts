import { expect } from '@open-wc/testing';
import { importObf } from '@otkit/sdk/obf';
import { text } from './obf-helpers.js';

describe('importObf: real boards', () => {
  it('imports foreign.obf: non-Latin labels, remote pictures with licences, a grid with empty cells', async () => {
    const { board, skipped } = importObf(await text('foreign.obf'), { now: 7 });
    expect(board.id).to.equal('foreign');
    expect(board.name).to.equal('Foreign Words');
    expect(board.createdAt).to.equal(7);
    expect(board.choices.map((c) => c.label)).to.deep.equal(['हेर्नुहोस्', 'यो', 'صرخة', '水很酷哟']);
    expect(board.choices.map((c) => c.id)).to.deep.equal(['0', '1', '2', '3']);
    expect(board.choices[0]!.image).to.deep.equal({
      src: 'https://s3.amazonaws.com/opensymbols/libraries/mulberry/communication%20aid%202.svg',
      license: {
        type: 'CC BY-SA',
        copyrightNoticeUrl: 'https://creativecommons.org/licenses/by-sa/2.0/uk',
        authorName: 'Paxtoncrafts Charitable Trust',
      },
    });
    expect(board.choices[1]!.image!.license!.type).to.equal('CC BY-NC');
    expect(board.choices[3]!.image).to.equal(undefined);
    expect(board.grid).to.deep.equal({
      rows: 4,
      columns: 5,
      order: [
        ['0', '1', '2', null, null],
        ['3', null, null, null, null],
        [null, null, null, null, null],
        [null, null, null, null, null],
      ],
    });
    expect(skipped).to.deep.equal([
      {
        path: 'buttons[0].background_color',
        reason: 'is a hex colour, which OBF does not allow; read as rgb(255, 255, 50)',
      },
      { path: 'buttons[0].border_color', reason: 'is a hex colour, which OBF does not allow; read as rgb(68, 68, 68)' },
      {
        path: 'buttons[1].background_color',
        reason: 'is a hex colour, which OBF does not allow; read as rgb(192, 192, 192)',
      },
      { path: 'buttons[1].border_color', reason: 'is a hex colour, which OBF does not allow; read as rgb(68, 68, 68)' },
      {
        path: 'buttons[2].background_color',
        reason: 'is a hex colour, which OBF does not allow; read as rgb(192, 192, 192)',
      },
      { path: 'buttons[2].border_color', reason: 'is a hex colour, which OBF does not allow; read as rgb(68, 68, 68)' },
      { path: 'images[].license.copyright_notice_url', reason: 'http: link changed to https: (3 times)' },
    ]);
    expect(board.choices[0]!.background).to.equal('rgb(255, 255, 50)');
    // Issue 14: border colours were left out.
    expect(board.choices.map((c) => c.border)).to.deep.equal([
      'rgb(68, 68, 68)',
      'rgb(68, 68, 68)',
      'rgb(68, 68, 68)',
      undefined,
    ]);
  });

  it('imports inline_images.obf: pictures as data URLs, vocalizations, rgba colours', async () => {
    const { board, skipped } = importObf(await text('inline_images.obf'));
    expect(board.language).to.equal('en');
    expect(board.choices.map((c) => [c.label, c.spokenText, c.background])).to.deep.equal([
      ['kids', 'children', 'rgb(255, 255, 255)'],
      ['cat', 'feline', 'rgba(0, 255, 0, 0.5)'],
    ]);
    for (const c of board.choices) expect(c.image!.src).to.match(/^data:image\/png;base64,iVBOR/);
    expect(skipped.map((s) => s.path)).to.deep.equal([
      'description_html',
      'ext_speaker_settings',
      'buttons[].ext_speaker_best',
    ]);
  });

  it('takes an already parsed object as well as text', async () => {
    const parsed = JSON.parse(await text('foreign.obf'));
    expect(importObf(parsed, { now: 1 })).to.deep.equal(importObf(await text('foreign.obf'), { now: 1 }));
  });
  it('reads text saved with a byte-order mark, as Windows editors and some AAC apps write it', async () => {
    const board = await text('foreign.obf');
    expect(importObf(`\uFEFF${board}`, { now: 1 })).to.deep.equal(importObf(board, { now: 1 }));
  });
});
