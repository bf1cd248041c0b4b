import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { choiceBoardSchema, safeParse } from '@otkit/sdk';
import { OtObfError, exportObf, importObf } from '@otkit/sdk/obf';
import { obf } from './obf-helpers.js';

function refusal(fn: () => unknown): OtObfError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(OtObfError);
    return error as OtObfError;
  }
  throw new Error('expected the import to be refused');
}

describe('importObf: bad input', () => {
  it('refuses text that is not JSON, naming the problem', () => {
    const e = refusal(() => importObf('{"format": "open-board-0.1", buttons: ['));
    expect(e.code).to.equal('not-json');
    expect(e.message).to.match(/^The file is not JSON \(/);
  });

  it('refuses JSON that is not a board', () => {
    expect(refusal(() => importObf('[1, 2]')).code).to.equal('not-obf');
    expect(refusal(() => importObf({ id: 'x' })).message).to.equal(
      'The file is not an Open Board Format board (it has no "buttons" list)',
    );
    expect(refusal(() => importObf({ format: 'otkit', buttons: [] })).message).to.contain('format is "otkit"');
  });

  it('refuses a board with no button that can be a choice, saying why', () => {
    const e = refusal(() => importObf(obf([{ label: 'no id' }, { id: '' }])));
    expect(e.code).to.equal('no-choices');
    expect(e.message).to.contain('buttons[0]: has no usable id');
  });

  it('keeps any id the spec allows (mapped here, the original kept), skips missing or repeated ids', () => {
    const { board, skipped } = importObf(
      obf(
        [
          { id: 'a', label: 'Swing' },
          { label: 'No id' },
          { id: 'bad id!', label: 'Bad' },
          { id: 'a', label: 'Again' },
          { id: 7, label: 'Seven' },
        ],
        {
          grid: {
            rows: 2,
            columns: 3,
            order: [
              ['a', 'ghost', null],
              [7, 'bad id!', null],
            ],
          },
        },
      ),
    );
    // Issue 14: a valid OBF id with a space made the button disappear.
    expect(board.choices.map((c) => [c.id, c.obfId, c.label])).to.deep.equal([
      ['a', undefined, 'Swing'],
      ['bad-id-', 'bad id!', 'Bad'],
      ['7', undefined, 'Seven'],
    ]);
    expect(board.grid!.order).to.deep.equal([
      ['a', null, null],
      ['7', 'bad-id-', null],
    ]);
    expect(skipped).to.deep.equal([
      { path: 'buttons[1]', reason: 'has no usable id (got null); left out' },
      { path: 'buttons[3].id', reason: 'repeats id "a"; left out' },
      { path: 'grid.order[0][1]', reason: 'names no button (got "ghost"); cell left empty' },
    ]);
    expect(exportObf(board).buttons.map((b) => b.id)).to.deep.equal(['a', 'bad id!', '7']);
  });

  it('repairs a grid whose order does not match its size, and lays out a board with no grid automatically', () => {
    const ragged = importObf(
      obf(
        [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        { grid: { rows: 2, columns: 2, order: [['a', 'b', 'x']] } },
      ),
    );
    expect(ragged.board.grid!.order).to.deep.equal([
      ['a', 'b'],
      [null, null],
    ]);
    expect(ragged.skipped[0]).to.deep.equal({
      path: 'grid.order',
      reason: 'does not have grid.rows × grid.columns (2 × 2) cells; missing cells left empty',
    });
    const none = importObf({ ...obf([{ id: 'a', label: 'A' }]), grid: undefined });
    expect(none.board.grid).to.equal(undefined);
    expect(none.skipped).to.deep.equal([{ path: 'grid', reason: 'is missing; choices laid out automatically' }]);
  });

  it('reads hex colours as rgb() and leaves out what is not a colour', () => {
    const { board, skipped } = importObf(
      obf([
        { id: 'a', label: 'A', background_color: '#0f0' },
        { id: 'b', label: 'B', background_color: 'red' },
        { id: 'c', label: 'C', background_color: 'rgb(300, 0, 0)' },
        { id: 'd', label: 'D', background_color: ' rgba( 10,20 ,30, .25 ) ' },
      ]),
    );
    expect(board.choices.map((c) => c.background)).to.deep.equal([
      'rgb(0, 255, 0)',
      undefined,
      undefined,
      'rgba(10, 20, 30, 0.25)',
    ]);
    expect(skipped).to.deep.equal([
      {
        path: 'buttons[0].background_color',
        reason: 'is a hex colour, which OBF does not allow; read as rgb(0, 255, 0)',
      },
      { path: 'buttons[1].background_color', reason: 'is not an rgb() or rgba() colour (got "red"); left out' },
      {
        path: 'buttons[2].background_color',
        reason: 'is not an rgb() or rgba() colour (got "rgb(300, 0, 0)"); left out',
      },
    ]);
  });

  it('refuses image URLs with a blocked scheme, keeps SVG pictures and the choice, and says why', () => {
    const images = [
      { id: 'js', url: 'javascript:alert(1)', content_type: 'image/png' },
      { id: 'http', url: 'http://example.org/a.png', content_type: 'image/png' },
      { id: 'svg', data: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', content_type: 'image/svg+xml' },
      {
        id: 'fallback',
        data: 'data:text/html;base64,PGI+',
        url: 'https://example.org/ok.png',
        content_type: 'image/png',
      },
      { id: 'path', path: 'images/a.png', content_type: 'image/png' },
    ];
    const buttons = images.map((img, i) => ({ id: `b${i}`, label: img.id, image_id: img.id }));
    const { board, skipped } = importObf(obf(buttons, { images }));
    expect(board.choices).to.have.length(5);
    expect(board.choices.map((c) => c.image?.src)).to.deep.equal([
      undefined,
      undefined,
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      'https://example.org/ok.png',
      undefined,
    ]);
    expect(skipped).to.deep.equal([
      {
        path: 'buttons[0].image_id',
        reason:
          'image "js" has no picture that can be shown (url: the javascript: scheme is not allowed for images; use https:, blob: or a raster data: URL); left out',
      },
      {
        path: 'buttons[1].image_id',
        reason:
          'image "http" has no picture that can be shown (url: http: is not allowed for images (it is not private); use https:); left out',
      },
      {
        path: 'buttons[4].image_id',
        reason:
          'image "path" has no picture that can be shown (path: a path works only inside an .obz package); left out',
      },
    ]);
  });

  it('keeps 150 of 10,000 buttons and reports the rest in a few lines', () => {
    const buttons = Array.from({ length: 10_000 }, (_, i) => ({
      id: `b${i}`,
      label: `Button ${i}`,
      border_color: 'rgb(0, 0, 0)',
    }));
    const order = Array.from({ length: 100 }, (_, r) => buttons.slice(r * 100, r * 100 + 100).map((b) => b.id));
    const { board, skipped } = importObf(JSON.stringify(obf(buttons, { grid: { rows: 100, columns: 100, order } })));
    expect(board.choices).to.have.length(150);
    expect(board.choices[149]!.label).to.equal('Button 149');
    expect(board.grid).to.equal(undefined);
    expect(skipped).to.deep.equal([
      { path: 'buttons', reason: '9850 more buttons left out: an imported board holds at most 150 buttons' },
      {
        path: 'grid',
        reason: 'is 100 × 100; a choice board grid is 1–24 × 1–24, so choices are laid out automatically',
      },
    ]);
  });

  it('caps the report at 200 entries and says how many more there were', () => {
    const buttons = [{ id: 'ok', label: 'OK' }, ...Array.from({ length: 500 }, () => ({ label: 'no id' }))];
    const { skipped } = importObf(obf(buttons, { grid: { rows: 1, columns: 1, order: [['ok']] } }));
    expect(skipped).to.have.length(201);
    expect(skipped[200]).to.deep.equal({ path: '(file)', reason: 'and 300 more' });
  });

  it('leaves out the smallest bad part (a licence link, a link URL); keeps long labels, blank and picture-only buttons', () => {
    const { board, skipped } = importObf(
      obf(
        [
          {
            id: 'a',
            label: 'A',
            image_id: 'i',
            load_board: { id: 2, name: 'Drinks', url: 'ftp://example.org/b', path: 'boards/2.obf' },
          },
          { id: 'b', label: 'x'.repeat(81) },
          { id: 'blank' },
          { id: 'picture', image_id: 'i' },
        ],
        {
          images: [
            { id: 'i', url: 'https://example.org/a.png', license: { type: 'CC0', author_url: 'javascript:alert(1)' } },
          ],
        },
      ),
    );
    // Issue 14: labels over 80 characters, blank and picture-only buttons dropped the whole button.
    expect(board.choices.map((c) => [c.id, c.label.length, !!c.image])).to.deep.equal([
      ['a', 1, true],
      ['b', 81, false],
      ['blank', 0, false],
      ['picture', 0, true],
    ]);
    expect(board.choices[0]!.image).to.deep.equal({ src: 'https://example.org/a.png', license: { type: 'CC0' } });
    expect(board.choices[0]!.loadBoard).to.deep.equal({ id: '2', name: 'Drinks', path: 'boards/2.obf' });
    expect(skipped).to.deep.equal([
      {
        path: 'buttons[0].image.license.author_url',
        reason: 'the javascript: scheme is not allowed for links; use https: or mailto:; left out',
      },
      {
        path: 'buttons[0].load_board.url',
        reason: 'the ftp: scheme is not allowed for links; use https: or mailto:; left out',
      },
      {
        path: 'buttons[3].image.license.author_url',
        reason: 'the javascript: scheme is not allowed for links; use https: or mailto:; left out',
      },
    ]);
  });

  it('never throws anything but OtObfError, and what it returns is always a valid board', () => {
    const button = fc.dictionary(
      fc.constantFrom(
        'id',
        'label',
        'vocalization',
        'image_id',
        'sound_id',
        'hidden',
        'background_color',
        'load_board',
        'ext_otkit_language',
      ),
      fc.oneof(fc.jsonValue(), fc.constantFrom('a', 'b', 'rgb(1,2,3)', '#fff', 'javascript:x')),
    );
    const board = fc.record(
      {
        format: fc.oneof(fc.constant('open-board-0.1'), fc.jsonValue()),
        id: fc.jsonValue(),
        name: fc.jsonValue(),
        locale: fc.jsonValue(),
        buttons: fc.oneof(fc.array(button, { maxLength: 40 }), fc.jsonValue()),
        grid: fc.oneof(
          fc.record({
            rows: fc.jsonValue(),
            columns: fc.jsonValue(),
            order: fc.array(fc.array(fc.oneof(fc.constantFrom('a', 'b', null), fc.jsonValue()))),
          }),
          fc.jsonValue(),
        ),
        images: fc.oneof(
          fc.array(fc.dictionary(fc.constantFrom('id', 'url', 'data', 'path', 'symbol', 'license'), fc.jsonValue())),
          fc.jsonValue(),
        ),
        license: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(board, fc.anything(), fc.string()), (input) => {
        try {
          const { board: out } = importObf(input);
          expect(safeParse(choiceBoardSchema, out).success).to.equal(true);
        } catch (error) {
          expect(error).to.be.instanceOf(OtObfError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
