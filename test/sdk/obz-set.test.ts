import { expect } from '@open-wc/testing';
import { createStore, getRecord, listBoardSet, putBoardSet, setOpenPath, type OtChoiceBoard } from '@otkit/sdk';
import { OtObfError, exportObf, exportObzSet, importObf, importObzSet, listObzBoards } from '@otkit/sdk/obf';
import { readZipEntry, writeZip, zipEntries } from '../../packages/sdk/src/interop/zip.js';
import { obfProblems } from '../helpers/obf-rules.js';

const bytesOf = async (name: string) => new Uint8Array(await (await fetch(`/test/fixtures/obf/${name}`)).arrayBuffer());
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

async function unzipAll(zip: Uint8Array): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const [name, entry] of zipEntries(zip, 1000)) out.set(name, await readZipEntry(zip, entry, 10_000_000));
  return out;
}

const board = (id: string, buttons: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'open-board-0.1',
  id,
  locale: 'en',
  name: id,
  buttons,
  grid: { rows: 1, columns: buttons.length, order: [buttons.map((b) => (b as { id: string }).id)] },
  ...extra,
});

/** Every link of every board opens a board of the set. */
function deadLinks(boards: readonly OtChoiceBoard[]): string[] {
  const ids = new Set(boards.map((b) => b.id));
  return boards.flatMap((b) =>
    b.choices.filter((c) => c.loadBoard?.boardId && !ids.has(c.loadBoard.boardId)).map((c) => `${b.id}/${c.id}`),
  );
}

describe('board sets: import', () => {
  it('imports links.obz whole: three boards, the root, and links that open the other boards', async () => {
    const { set, skipped } = await importObzSet(await bytesOf('links.obz'), { setId: 'links', now: 1 });
    expect(skipped.map((s) => s.path)).to.deep.equal(
      ['simple', 'simple2', 'simple3'].map((name) => `boards/${name}.obf#description_html`),
    );
    expect(set.boards.map((b) => [b.id, b.name, b.setId, b.setRoot ?? false])).to.deep.equal([
      ['links.simple', 'Simple Board', 'links', true],
      ['links.simple2', 'Simple Board 2', 'links', false],
      ['links.simple3', 'Simple Board 3', 'links', false],
    ]);
    expect(set.root).to.equal('links.simple');
    const root = set.boards[0]!;
    expect(root.choices.map((c) => [c.label, c.loadBoard?.boardId])).to.deep.equal([
      ['feelings', 'links.simple2'],
      ['colors', 'links.simple3'],
    ]);
    expect(root.obf).to.deep.equal({ id: 'simple', path: 'boards/simple.obf' });
  });

  it('lists the boards of a package without importing them', async () => {
    expect(await listObzBoards(await bytesOf('lots_of_stuff.obz'))).to.deep.equal([
      { id: 'lots_of_stuff', path: 'boards/root_board.obf', name: 'Lots of Stuff Board', buttons: 6, root: true },
      { id: 'url_images', path: 'boards/url_images.obf', name: 'URL Images Board', buttons: 3, root: false },
      { id: 'inline_images', path: 'boards/inline_images.obf', name: 'Inline Images Board', buttons: 2, root: false },
      {
        id: 'path_images_and_sounds',
        path: 'boards/path_images.obf',
        name: 'Path Images and Sounds Board',
        buttons: 2,
        root: false,
      },
      { id: 'link', path: 'boards/linked_board.obf', name: 'Linked Board', buttons: 5, root: false },
    ]);
  });

  it('imports lots_of_stuff.obz whole with its pictures and sounds, and names each dead link', async () => {
    const { set, skipped } = await importObzSet(await bytesOf('lots_of_stuff.obz'), { setId: 's', now: 1 });
    expect(set.boards).to.have.length(5);
    expect(deadLinks(set.boards)).to.deep.equal([]);
    const root = set.boards.find((b) => b.id === set.root)!;
    expect(root.choices.find((c) => c.id === 'b1')!.loadBoard!.boardId).to.equal('s.url_images');
    expect(skipped.every((s) => /^(boards\/|manifest)/.test(s.path))).to.equal(true);
  });

  it('reports a link to a board the package does not hold, and keeps the rest', async () => {
    const zip = await writeZip([
      { name: 'manifest.json', data: encode({ format: 'open-board-0.1', root: 'boards/a.obf' }) },
      {
        name: 'boards/a.obf',
        data: encode(board('a', [{ id: '1', label: 'Go', load_board: { path: 'boards/x.obf' } }])),
      },
    ]);
    const { set, skipped } = await importObzSet(zip, { setId: 'dead' });
    expect(set.boards[0]!.choices[0]!.loadBoard).to.deep.equal({ path: 'boards/x.obf' });
    expect(skipped).to.deep.equal([
      {
        path: 'boards/a.obf#buttons[id=1].load_board',
        reason: 'names board "boards/x.obf", which is not in the package; the link is kept but opens nothing',
      },
    ]);
  });

  it('stores a set in one transaction, lists it root first, and keeps the open path on the root', async () => {
    const store = createStore();
    const { set } = await importObzSet(await bytesOf('links.obz'), { setId: 'links' });
    await putBoardSet(store, set);
    expect(listBoardSet(store.getState(), 'links').map((b) => b.id)).to.deep.equal([
      'links.simple',
      'links.simple2',
      'links.simple3',
    ]);
    await setOpenPath(store, 'links.simple', ['links.simple3']);
    expect(getRecord(store.getState(), 'choiceBoards', 'links.simple')!.openPath).to.deep.equal(['links.simple3']);
    await setOpenPath(store, 'links.simple', []);
    expect(getRecord(store.getState(), 'choiceBoards', 'links.simple')!.openPath).to.equal(undefined);
  });
});

describe('board sets: export', () => {
  it('writes a set back as valid OBF with real load_board.path links; it re-imports exactly, every link working', async () => {
    for (const name of ['links.obz', 'lots_of_stuff.obz']) {
      const first = await importObzSet(await bytesOf(name), { setId: 'x', now: 5 });
      const zip = await exportObzSet(first.set);
      const files = await unzipAll(zip);
      const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
      for (const path of Object.values(manifest.paths.boards) as string[]) {
        const obf = JSON.parse(new TextDecoder().decode(files.get(path)));
        expect(obfProblems(obf, new Set(files.keys())), path).to.deep.equal([]);
        for (const button of obf.buttons as { load_board?: { path?: string } }[])
          if (button.load_board?.path) expect(files.has(button.load_board.path), button.load_board.path).to.equal(true);
      }
      const again = await importObzSet(zip, { setId: 'x', now: 5 });
      expect(again.set).to.deep.equal(first.set);
      expect(deadLinks(again.set.boards)).to.deep.equal([]);
    }
  });

  it('writes back ids the file had that are not valid ids here', async () => {
    const raw = board('mein Brett', [
      { id: 'knopf eins', label: 'Eins', load_board: { id: 'zwei/drei', path: 'boards/2.obf' } },
      { id: 'ñ', label: 'Ñu' },
    ]);
    const { board: imported } = importObf(raw, { now: 1 });
    expect(imported.choices.map((c) => c.id)).to.deep.equal(['knopf-eins', 'n']);
    const out = exportObf(imported);
    expect([out.id, out.buttons.map((b) => b.id), out.grid.order]).to.deep.equal([
      'mein Brett',
      ['knopf eins', 'ñ'],
      [['knopf eins', 'ñ']],
    ]);
    expect(importObf(out, { now: 1 }).board).to.deep.equal(imported);
  });
});

describe('board sets: hostile packages', () => {
  const timed = async <T>(work: () => Promise<T>): Promise<[T | OtObfError, number]> => {
    const start = performance.now();
    try {
      return [await work(), performance.now() - start];
    } catch (error) {
      expect(error).to.be.instanceOf(OtObfError);
      return [error as OtObfError, performance.now() - start];
    }
  };

  it('refuses a package that inflates past the total cap, in bounded time', async () => {
    // Three boards padded to 25 MB each with spaces: each under the per-file cap, 75 MB in all (the cap is 64 MB).
    const padded = (id: string) =>
      encode(JSON.stringify(board(id, [{ id: 'a', label: 'A' }])) + ' '.repeat(25_000_000));
    const zip = await writeZip(['a', 'b', 'c'].map((id) => ({ name: `${id}.obf`, data: padded(id) })));
    expect(zip.length).to.be.below(200_000);
    const [e, ms] = await timed(() => importObzSet(zip));
    expect(ms).to.be.below(1000);
    expect([(e as OtObfError).code, (e as OtObfError).message]).to.deep.equal([
      'too-large',
      'The package would inflate to 75000426 bytes; at most 64000000 are read',
    ]);
  });

  it('never reads entries whose names climb out of the package, and says so', async () => {
    const zip = await writeZip([
      { name: 'manifest.json', data: encode({ format: 'open-board-0.1', root: '../evil.obf' }) },
      { name: '../evil.obf', data: encode(board('evil', [{ id: 'e', label: 'Evil' }])) },
      { name: 'C:/evil.obf', data: encode(board('evil2', [{ id: 'e', label: 'Evil' }])) },
      { name: 'boards/ok.obf', data: encode(board('ok', [{ id: 'o', label: 'OK' }])) },
    ]);
    const { set, skipped } = await importObzSet(zip);
    expect(set.boards.map((b) => b.name)).to.deep.equal(['ok']);
    expect(skipped.slice(0, 2)).to.deep.equal([
      { path: '../evil.obf', reason: 'climbs out of the package (..); not read' },
      { path: 'C:/evil.obf', reason: 'has an absolute path; not read' },
    ]);
  });

  it('refuses deep nesting and a hostile grid with a named error, never a stack overflow', async () => {
    const deep = `{"format":"open-board-0.1","id":"d","buttons":[{"id":"a","label":"A"}],"grid":{"rows":1,"columns":1,"order":[${'['.repeat(200_000)}${']'.repeat(200_000)}]}}`;
    const zip = await writeZip([{ name: 'd.obf', data: encode(deep) }]);
    const [e, ms] = await timed(() => importObzSet(zip));
    expect(e).to.be.instanceOf(OtObfError);
    expect((e as OtObfError).code).to.equal('too-deep');
    expect((e as OtObfError).message).not.to.contain('Maximum call stack');
    expect(ms).to.be.below(3000);
    let nested: unknown = 'a';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    try {
      importObf({
        format: 'open-board-0.1',
        id: 'g',
        buttons: [{ id: 'a' }],
        grid: { rows: 1, columns: 1, order: [[nested]] },
      });
      expect.fail('a hostile grid was imported');
    } catch (error) {
      expect(error).to.be.instanceOf(OtObfError);
      expect((error as OtObfError).code).to.equal('too-deep');
      expect((error as OtObfError).message).to.contain('grid.order[0][0]');
    }
  });

  it('keeps an SVG with script as an SVG data URL picture (the board shows it only as <img>)', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><circle r="4"/></svg>';
    const zip = await writeZip([
      {
        name: 'b.obf',
        data: encode(
          board('b', [{ id: 'a', label: 'A', image_id: 'i' }], { images: [{ id: 'i', path: 'images/x.svg' }] }),
        ),
      },
      { name: 'images/x.svg', data: encode(svg) },
    ]);
    const { set } = await importObzSet(zip);
    const src = set.boards[0]!.choices[0]!.image!.src!;
    expect(src.startsWith('data:image/svg+xml;base64,')).to.equal(true);
    expect(atob(src.split(',')[1]!)).to.equal(svg);
  });
});

describe('packaged pictures: base64 speed', () => {
  it('encodes a 3.5 MB packaged picture quickly (the platform fast path or a table encoder)', async () => {
    const picture = new Uint8Array(3_500_000);
    for (let i = 0; i < picture.length; i++) picture[i] = (i * 2654435761) >>> 24;
    picture.set([0x89, 0x50, 0x4e, 0x47]);
    const zip = await writeZip([
      {
        name: 'b.obf',
        data: encode(
          board('b', [{ id: 'a', label: 'A', image_id: 'i' }], { images: [{ id: 'i', path: 'images/big.png' }] }),
        ),
      },
      { name: 'images/big.png', data: picture },
    ]);
    const start = performance.now();
    const { set } = await importObzSet(zip);
    const ms = performance.now() - start;
    console.log(`import of a package with a 3.5 MB picture: ${ms.toFixed(0)} ms`);
    expect(ms).to.be.below(1500);
    const src = set.boards[0]!.choices[0]!.image!.src!;
    const bytes = Uint8Array.from(atob(src.split(',')[1]!), (ch) => ch.charCodeAt(0));
    expect(bytes).to.deep.equal(picture);
  });
});

describe('the open-board-format project example', () => {
  it('imports, keeps border colours, and round-trips exactly', async () => {
    const text = await (await fetch('/test/fixtures/obf/shayc-lots-of-stuff.obf')).text();
    const { board } = importObf(text, { now: 3 });
    expect(board.choices.map((c) => c.border)).to.deep.equal([
      'rgb(255, 0, 0)',
      'rgb(0, 0, 255)',
      'rgba(255, 0, 0, 0.2)',
      undefined,
      undefined,
    ]);
    const out = exportObf(board);
    expect(obfProblems(out)).to.deep.equal([]);
    expect(importObf(out, { now: 3 }).board).to.deep.equal(board);
  });
});
