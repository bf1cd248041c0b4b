import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OtObfError, exportObz, importObz, type OtObfImport } from '@otkit/sdk/obf';
// The zip reader and writer are internal to the SDK; they are tested here directly.
import { crc32, readZipEntry, writeZip, zipEntries } from '../../packages/sdk/src/interop/zip.js';
import { obfProblems } from '../helpers/obf-rules.js';
import { boardArb } from '../helpers/board-arb.js';

const bytesOf = async (name: string) => new Uint8Array(await (await fetch(`/test/fixtures/obf/${name}`)).arrayBuffer());
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

async function refusal(promise: Promise<unknown>): Promise<OtObfError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(OtObfError);
    return error as OtObfError;
  }
  throw new Error('expected the import to be refused');
}

/** Sets the uncompressed size of every entry (local and central headers) to `size`: a zip that lies. */
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = v.getUint32(i, true);
    if (sig === 0x04034b50) v.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) v.setUint32(i + 24, size, true);
  }
  return out;
}

const simpleBoard = {
  format: 'open-board-0.1',
  id: 'one',
  locale: 'en',
  name: 'One',
  buttons: [{ id: 'a', label: 'Swing' }],
  grid: { rows: 1, columns: 1, order: [['a']] },
  images: [],
  sounds: [],
};

async function unzipAll(zip: Uint8Array): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const [name, entry] of zipEntries(zip, 100)) out.set(name, await readZipEntry(zip, entry, 10_000_000));
  return out;
}

describe('importObz: real packages', () => {
  it('imports the root board of links.obz and keeps its links to the other boards', async () => {
    const { board, skipped } = await importObz(await bytesOf('links.obz'), { now: 1 });
    expect(board.id).to.equal('simple');
    expect(board.choices.map((c) => [c.label, c.loadBoard])).to.deep.equal([
      ['feelings', { path: 'boards/simple2.obf' }],
      ['colors', { path: 'boards/simple3.obf' }],
    ]);
    expect(skipped.at(-1)).to.deep.equal({
      path: 'manifest.json',
      reason: '2 other boards are not imported (importObzSet imports them all); links to them are kept',
    });
  });

  it('imports another board of a package by its manifest id or its path', async () => {
    const bytes = await bytesOf('links.obz');
    expect((await importObz(bytes, { board: 'simple2' })).board.id).to.equal('simple2');
    expect((await importObz(bytes, { board: 'boards/simple3.obf' })).board.id).to.equal('simple3');
    const e = await refusal(importObz(bytes, { board: 'nope' }));
    expect([e.code, e.message]).to.deep.equal(['no-board', 'The package has no board "nope"']);
  });

  it('reads pictures stored in the package by path (stored and deflated entries)', async () => {
    const bytes = await bytesOf('path_images.obz');
    const { board } = await importObz(new Blob([bytes]));
    const files = await unzipAll(bytes);
    const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
    expect(board.choices.map((c) => c.image!.src)).to.deep.equal([
      `data:image/png;base64,${b64(files.get('images/happy.png')!)}`,
      `data:image/png;base64,${b64(files.get('images/sad.png')!)}`,
    ]);
  });

  it('imports lots_of_stuff.obz: hidden buttons, sounds, licences, links, and reports what it left out', async () => {
    const { board, skipped } = await importObz(await bytesOf('lots_of_stuff.obz'), { now: 1 });
    expect(board.id).to.equal('lots_of_stuff');
    expect(board.license).to.deep.equal({
      type: 'CC-By',
      copyrightNoticeUrl: 'https://creativecommons.org/licenses/by',
      sourceUrl: 'https://www.example.com/mysource',
      authorName: 'Brian Whitmer',
      authorUrl: 'https://www.twitter.com/whitmer',
      authorEmail: 'brian@mailinator.com',
    });
    const byId = Object.fromEntries(board.choices.map((c) => [c.id, c]));
    expect(byId.b5!.hidden).to.equal(true);
    expect(byId.b1!.spokenText).to.equal('I have some feelings');
    expect(byId.b1!.loadBoard).to.deep.equal({ path: 'boards/url_images.obf' });
    expect(byId.b2!.sound!.src).to.match(/^data:audio\/mp3;base64,\/\/uQZ/);
    expect(byId.b2!.loadBoard).to.deep.equal({ name: 'Cool Remote Board' });
    expect(byId.b3!.background).to.equal('rgba(0, 0, 0, 0.1)');
    expect(board.choices.map((c) => c.id)).to.deep.equal(['b1', 'b2', 'b3', 'b5', 'b4', 'b6']);
    const at = (path: string) => skipped.find((s) => s.path === `boards/root_board.obf#${path}`)?.reason;
    expect(at('buttons[0].image_id')).to.equal('names no image (got "i9"); left out');
    expect(at('buttons[0].sound_id')).to.equal(
      'sound "sss2" cannot be played (url: http: is not allowed for sounds (it is not private); use https:); left out',
    );
    expect(at('buttons[1].load_board.url')).to.equal('http: is not allowed for links; use https:; left out');
    expect(at('buttons[].load_board.data_url')).to.equal('is not kept (it may carry credentials); left out');
    expect(at('buttons[].action')).to.equal('is not used by choice boards; left out (2 times)');
    expect(skipped.at(-1)!.reason).to.contain('4 other boards are not imported');
  });

  it('finds sounds by path and by the manifest, and refuses symbol sets it does not have', async () => {
    const { board, skipped } = await importObz(await bytesOf('lots_of_stuff.obz'), { board: 'path_images_and_sounds' });
    expect(board.choices[0]!.sound!.src).to.match(/^data:audio\/mp3;base64,/);
    expect(board.choices[0]!.image!.src).to.match(/^data:image\/png;base64,iVBOR/);
    expect(board.choices[1]!.image!.src).to.match(/^data:image\/png;base64,iVBOR/);
    expect(skipped.map((s) => s.path)).to.include('boards/path_images.obf#buttons[].ext_load_board');
    const linked = await importObz(await bytesOf('lots_of_stuff.obz'), { board: 'link' });
    expect(linked.skipped.find((s) => s.path === 'boards/linked_board.obf#buttons[2].image_id')).to.equal(undefined);
  });

  it('accepts an .obf board given as bytes, a Blob or text', async () => {
    const foreign = await bytesOf('foreign.obf');
    const fromBytes = await importObz(foreign, { now: 1 });
    expect(fromBytes.board.id).to.equal('foreign');
    expect(await importObz(new Blob([foreign]), { now: 1 })).to.deep.equal(fromBytes);
    expect(await importObz(new TextDecoder().decode(foreign), { now: 1 })).to.deep.equal(fromBytes);
  });

  it('reads a package without a manifest from its first board', async () => {
    const zip = await writeZip([{ name: 'one.obf', data: encode(simpleBoard) }]);
    expect((await importObz(zip)).board.id).to.equal('one');
  });
});

describe('importObz: bad input', () => {
  it('refuses what is neither a zip nor JSON', async () => {
    const e = await refusal(importObz(new Uint8Array([1, 2, 3, 4, 5])));
    expect([e.code, e.message]).to.deep.equal([
      'not-zip',
      'The file is neither an .obz package (a zip) nor an .obf board (JSON)',
    ]);
  });

  it('refuses a broken zip with a clear reason', async () => {
    const good = await bytesOf('links.obz');
    const cut = await refusal(importObz(good.slice(0, 900)));
    expect([cut.code, cut.message]).to.deep.equal([
      'broken-zip',
      'The package is not a zip file (no central directory found)',
    ]);
    const zip = await writeZip([
      { name: 'manifest.json', data: encode({ format: 'open-board-0.1', root: 'b.obf' }) },
      { name: 'b.obf', data: encode(simpleBoard) },
    ]);
    const damaged = zip.slice();
    const dir = new DataView(damaged.buffer).getUint32(damaged.length - 6, true);
    damaged[dir + 16] ^= 0xff; // the CRC-32 of manifest.json in the central directory
    const crc = await refusal(importObz(damaged));
    expect([crc.code, crc.message]).to.deep.equal([
      'broken-zip',
      'The package is broken ("manifest.json" fails its CRC-32 check)',
    ]);
    const scrambled = zip.slice();
    scrambled.fill(0x41, 40, 60); // the start of manifest.json's deflate stream
    expect((await refusal(importObz(scrambled))).code).to.equal('broken-zip');
  });

  it('refuses a zip bomb: an entry that inflates past the size it declares', async () => {
    const zeros = new Uint8Array(20_000_000);
    const bomb = lieAboutSize(await writeZip([{ name: 'board.obf', data: zeros }]), 1000);
    expect(bomb.length).to.be.below(100_000);
    const e = await refusal(importObz(bomb));
    expect([e.code, e.message]).to.deep.equal([
      'broken-zip',
      'The package "board.obf" inflates past its declared size',
    ]);
  });

  it('refuses an entry that declares more than the limit, without inflating it', async () => {
    const big = lieAboutSize(await writeZip([{ name: 'board.obf', data: encode(simpleBoard) }]), 50_000_000);
    const e = await refusal(importObz(big));
    expect(e.message).to.equal('The package "board.obf" is too large (50000000 bytes; at most 32000000)');
  });

  it('leaves out a picture that is too large or a bomb, and keeps the board', async () => {
    const board = {
      ...simpleBoard,
      buttons: [{ id: 'a', label: 'Swing', image_id: 'i' }],
      images: [{ id: 'i', path: 'images/big.png', content_type: 'image/png', width: 1, height: 1 }],
    };
    const zip = await writeZip([
      { name: 'b.obf', data: encode(board) },
      { name: 'images/big.png', data: new Uint8Array(4_000_000) },
    ]);
    const { board: out, skipped } = await importObz(zip);
    expect(out.choices[0]!.image).to.equal(undefined);
    expect(skipped).to.deep.equal([
      {
        path: 'b.obf#buttons[0].image_id',
        reason:
          'image "i" has no picture that can be shown (path: the package "images/big.png" is too large (4000000 bytes; at most 3750000)); left out',
      },
    ]);
  });

  it('refuses encrypted entries and packages with too many files', async () => {
    const zip = await writeZip([{ name: 'b.obf', data: encode(simpleBoard) }]);
    const locked = zip.slice();
    const dir = new DataView(locked.buffer).getUint32(locked.length - 6, true);
    locked[dir + 8] |= 1;
    expect((await refusal(importObz(locked))).message).to.equal(
      'The package is encrypted ("b.obf"); encrypted packages are not supported',
    );
    const crowded = zip.slice();
    new DataView(crowded.buffer).setUint16(crowded.length - 12, 10_001, true);
    expect((await refusal(importObz(crowded))).message).to.equal('The package has 10001 files; at most 10000 are read');
  });

  it('refuses a package with no board in it', async () => {
    const e = await refusal(importObz(await writeZip([{ name: 'readme.txt', data: encode('hi') }])));
    expect([e.code, e.message]).to.deep.equal(['no-board', 'The package holds no .obf board']);
  });

  it('never rejects with anything but OtObfError, whatever the bytes', async () => {
    const good = await bytesOf('links.obz');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, ...b])),
          fc
            .array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
            .map((edits) => {
              const b = good.slice();
              for (const [at, value] of edits) b[at] = value;
              return b;
            }),
        ),
        async (bytes) => {
          try {
            await importObz(bytes);
          } catch (error) {
            expect(error).to.be.instanceOf(OtObfError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('zip', () => {
  it('computes CRC-32 as zip does', () => {
    expect(crc32(encode('The quick brown fox jumps over the lazy dog'))).to.equal(0x414fa339);
    expect(crc32(new Uint8Array())).to.equal(0);
  });

  it('reads back what it writes, storing what does not shrink', async () => {
    const random = crypto.getRandomValues(new Uint8Array(5000));
    const zip = await writeZip([
      { name: 'a.json', data: encode('x'.repeat(1000)) },
      { name: 'é/b.bin', data: random },
    ]);
    const entries = zipEntries(zip, 10);
    expect(entries.get('a.json')!.method).to.equal(8);
    expect(entries.get('é/b.bin')!.method).to.equal(0);
    const files = await unzipAll(zip);
    expect(new TextDecoder().decode(files.get('a.json')!)).to.equal('x'.repeat(1000));
    expect(files.get('é/b.bin')).to.deep.equal(random);
  });
});

describe('exportObz', () => {
  async function check(result: OtObfImport) {
    const zip = await exportObz(result.board);
    const files = await unzipAll(zip);
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')!));
    expect(manifest.format).to.equal('open-board-0.1');
    const root = JSON.parse(new TextDecoder().decode(files.get(manifest.root)!));
    expect(manifest.paths.boards[root.id]).to.equal(manifest.root);
    for (const [id, path] of [...Object.entries(manifest.paths.images), ...Object.entries(manifest.paths.sounds)]) {
      expect(files.has(path as string), `${id} → ${String(path)}`).to.equal(true);
    }
    expect(obfProblems(root, new Set(files.keys()))).to.deep.equal([]);
    const again = await importObz(zip, { now: result.board.createdAt });
    expect(again.skipped).to.deep.equal([]);
    expect(again.board).to.deep.equal(result.board);
    return files;
  }

  it('packs a board with its pictures and sounds as files, valid OBF 0.1, that re-imports unchanged', async () => {
    for (const name of ['path_images.obz', 'lots_of_stuff.obz', 'links.obz'])
      await check(await importObz(await bytesOf(name), { now: 9 }));
    const files = await check(await importObz(await bytesOf('path_images.obz'), { now: 9 }));
    expect([...files.keys()]).to.deep.equal([
      'manifest.json',
      'boards/path_images.obf',
      'images/image-1.png',
      'images/image-2.png',
    ]);
  });

  it('packs any board so that it re-imports unchanged (property)', async () => {
    await fc.assert(
      fc.asyncProperty(boardArb, async (board) => {
        await check({ board, skipped: [] });
      }),
      { numRuns: 40 },
    );
  });
});
