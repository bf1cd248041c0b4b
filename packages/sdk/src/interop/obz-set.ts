/**
 * Board sets: a whole Open Board Format package (`.obz`) in and out. A set is a list of choice boards that share
 * a `setId`, one of them the root (`setRoot`), whose choices open each other through `loadBoard.boardId`; each
 * board keeps its file id and path (`obf`) so an export writes the same package back with working
 * `load_board.path` links.
 */
import type { OtChoiceBoard } from '../model/entities.js';
import { OT_ID_PATTERN, createId } from '../model/ids.js';
import { buildObf } from './obf-export.js';
import { ownId, type OtObfImportOptions } from './obf-import.js';
import { OT_OBF_FORMAT, OtObfError, isObj, key, zipPath, type OtObfSkip } from './obf-shared.js';
import { OT_OBZ_LIMITS, ObzPackage, isZip, packageBytes, unsafeEntryName } from './obz-package.js';
import { encodeJson, packageError, readLooseBoard } from './obz.js';
import { writeZip, type ZipInput } from './zip.js';

/** A board set: its id, the id of its root (home) board, and its boards. */
export interface OtBoardSet {
  readonly id: string;
  readonly root: string;
  readonly boards: readonly OtChoiceBoard[];
}

/** What {@link importObzSet} kept, and what it left out. */
export interface OtObfSetImport {
  readonly set: OtBoardSet;
  /** Everything left out or repaired, each path prefixed with its board file (`boards/1.obf#…`). */
  readonly skipped: readonly OtObfSkip[];
}

/** Options of {@link importObzSet}. */
export interface OtObzSetImportOptions extends OtObfImportOptions {
  /** The id of the set (and the prefix of its boards' ids); default a new id. Give the same to import again over it. */
  setId?: string;
}

/** One board of a package as {@link listObzBoards} lists it. */
export interface OtObzBoardEntry {
  /** The board's id in the file. */
  readonly id: string;
  readonly path: string;
  readonly name: string;
  /** The number of buttons in the file. */
  readonly buttons: number;
  readonly root: boolean;
}

/**
 * Lists the boards of a package (id, path, name, number of buttons, which is the root) without importing them.
 * Rejects only with {@link OtObfError}.
 *
 * @example
 * for (const b of await listObzBoards(file)) console.log(`${b.name} (${b.buttons} buttons)${b.root ? ' — home' : ''}`);
 */
export async function listObzBoards(input: Blob | ArrayBuffer | Uint8Array): Promise<OtObzBoardEntry[]> {
  try {
    const bytes = await packageBytes(input);
    if (!isZip(bytes)) throw new OtObfError('not-zip', 'The file is not an .obz package (a zip)');
    const pkg = await ObzPackage.open(bytes);
    const root = pkg.rootPath();
    const out: OtObzBoardEntry[] = [];
    for (const path of pkg.boardPaths().slice(0, OT_OBZ_LIMITS.boards)) {
      const raw = await pkg.json(path);
      const board = isObj(raw) ? raw : {};
      out.push({
        id: key(board.id) ?? path,
        path,
        name: typeof board.name === 'string' ? board.name : path,
        buttons: Array.isArray(board.buttons) ? board.buttons.length : 0,
        root: path === root,
      });
    }
    return out;
  } catch (error) {
    throw packageError(error);
  }
}

/**
 * Imports every board of an Open Board Format package as a board set: pictures, sounds, the root, and the links
 * between boards (a choice whose `load_board` names a board of the package gets `loadBoard.boardId`). A board that
 * cannot be read is left out and reported, and so is every link to a board not in the package. A single `.obf`
 * becomes a set of one. Rejects only with {@link OtObfError}.
 *
 * @example
 * const { set, skipped } = await importObzSet(file);
 * await putBoardSet(store, set); // then <ot-choice-board board-id=${set.root}>
 */
export async function importObzSet(
  input: Blob | ArrayBuffer | Uint8Array,
  options: OtObzSetImportOptions = {},
): Promise<OtObfSetImport> {
  try {
    const setId = options.setId !== undefined && OT_ID_PATTERN.test(options.setId) ? options.setId : createId();
    const bytes = await packageBytes(input);
    if (!isZip(bytes)) {
      const { board, skipped } = readLooseBoard(bytes, options);
      const single = { ...board, setId, setRoot: true };
      return { set: { id: setId, root: board.id, boards: [single] }, skipped };
    }
    const pkg = await ObzPackage.open(bytes);
    const skipped = [...pkg.skipped];
    const paths = pkg.boardPaths();
    if (!paths.length) throw new OtObfError('no-board', 'The package holds no .obf board');
    if (paths.length > OT_OBZ_LIMITS.boards)
      skipped.push({
        path: 'manifest.json',
        reason: `${paths.length - OT_OBZ_LIMITS.boards} boards left out: a set holds at most ${OT_OBZ_LIMITS.boards}`,
      });
    const rootPath = pkg.rootPath();
    const taken = new Set<string>();
    const boards = new Map<string, OtChoiceBoard>();
    for (const path of paths.slice(0, OT_OBZ_LIMITS.boards)) {
      const boardId = `${setId}.${ownId(path.replace(/^boards\//, '').replace(/\.obf$/, ''), taken, 'board')}`.slice(
        0,
        128,
      );
      try {
        const result = await pkg.board(path, options, { boardId, setId, root: path === rootPath });
        boards.set(path, result.board);
        skipped.push(...result.skipped);
      } catch (error) {
        if (!(error instanceof OtObfError) || error.code === 'too-deep' || error.code === 'too-large') throw error;
        skipped.push({ path, reason: `${error.message}; board left out` });
      }
    }
    if (!boards.size) throw new OtObfError('no-choices', 'No board of the package has a button that can be a choice');
    const linked = linkBoards(pkg, boards, skipped);
    const root = linked.find((b) => b.setRoot) ?? linked[0]!;
    if (!root.setRoot)
      skipped.push({ path: 'manifest.json', reason: `the root board was left out; "${root.name}" is the home board` });
    return {
      set: { id: setId, root: root.id, boards: linked.map((b) => (b === root ? { ...b, setRoot: true } : b)) },
      skipped,
    };
  } catch (error) {
    throw packageError(error);
  }
}

/** The boards with every link into the package resolved to the linked board's id; dead links reported. */
function linkBoards(pkg: ObzPackage, boards: Map<string, OtChoiceBoard>, skipped: OtObfSkip[]): OtChoiceBoard[] {
  const byFileId = new Map([...boards.values()].map((b) => [b.obf?.id ?? b.id, b]));
  return [...boards].map(([path, board]) => ({
    ...board,
    choices: board.choices.map((choice) => {
      const link = choice.loadBoard;
      if (!link || (link.path === undefined && link.id === undefined)) return choice;
      const target =
        (link.path !== undefined ? boards.get(pkg.resolve(link.path) ?? zipPath(link.path)) : undefined) ??
        (link.id !== undefined ? byFileId.get(link.id) : undefined);
      if (target) return { ...choice, loadBoard: { ...link, boardId: target.id } };
      if (link.url === undefined)
        skipped.push({
          path: `${path}#buttons[id=${choice.obfId ?? choice.id}].load_board`,
          reason: `names board ${JSON.stringify(link.path ?? link.id)}, which is not in the package; the link is kept but opens nothing`,
        });
      const { boardId: _dead, ...rest } = link;
      return { ...choice, loadBoard: rest };
    }),
  }));
}

/**
 * Exports a board set as an Open Board Format package (`.obz`): `manifest.json` naming the root and every board,
 * each board with its pictures and sounds as files, and links between boards as `load_board.path` (plus the
 * linked board's file id). The file ids and paths an import kept are written back.
 *
 * @example
 * const bytes = await exportObzSet(set); // or exportObzSet({ root, boards: listBoardSet(state, setId) })
 */
export async function exportObzSet(set: Pick<OtBoardSet, 'boards'> & { root?: string }): Promise<Uint8Array> {
  const boards = set.boards;
  if (!boards.length) throw new OtObfError('no-board', 'The set has no board to export');
  const paths = new Map<string, { id: string; path: string }>();
  const usedPaths = new Set<string>();
  const usedIds = new Set<string>();
  for (const board of boards) {
    const kept = board.obf?.path;
    const path =
      kept && kept.endsWith('.obf') && !unsafeEntryName(kept) && !usedPaths.has(kept) ? kept : `boards/${board.id}.obf`;
    const fileId = board.obf?.id ?? board.id;
    let id = fileId;
    for (let n = 2; usedIds.has(id); n++) id = `${fileId}-${n}`;
    usedIds.add(id);
    usedPaths.add(path);
    paths.set(board.id, { id, path });
  }
  const files: ZipInput[] = [];
  const entries: ZipInput[] = boards.map((board, index) => ({
    name: paths.get(board.id)!.path,
    data: encodeJson(buildObf(board, files, paths, `${index + 1}-`)),
  }));
  const root = boards.find((b) => b.id === set.root) ?? boards.find((b) => b.setRoot) ?? boards[0]!;
  const list = (dir: string) =>
    Object.fromEntries(
      files.filter((f) => f.name.startsWith(dir)).map((f) => [f.name.slice(dir.length + 1).split('.')[0], f.name]),
    );
  const manifest = {
    format: OT_OBF_FORMAT,
    root: paths.get(root.id)!.path,
    paths: {
      boards: Object.fromEntries([...paths.values()].map((p) => [p.id, p.path])),
      images: list('images'),
      sounds: list('sounds'),
    },
  };
  return writeZip([{ name: 'manifest.json', data: encodeJson(manifest) }, ...entries, ...files]);
}
