/**
 * Open Board Format packages (`.obz`): a zip of boards with `manifest.json` and their pictures and sounds.
 * {@link importObz} reads one board (the root, or the one asked for) with the media its buttons use;
 * {@link exportObz} writes one board with its inline pictures and sounds as files. Whole packages go in and out
 * as board sets (`obz-set.ts`).
 */
import type { OtChoiceBoard } from '../model/entities.js';
import { asObfError } from './obf.js';
import { buildObf } from './obf-export.js';
import { convertObf, type OtObfImport, type OtObfImportOptions } from './obf-import.js';
import { OT_OBF_FORMAT, OtObfError, parseJson } from './obf-shared.js';
import { ObzPackage, isZip, packageBytes, unsafeEntryName } from './obz-package.js';
import { ZipError, writeZip, type ZipInput } from './zip.js';

export { OT_OBZ_LIMITS } from './obz-package.js';

/** Options of {@link importObz}. */
export interface OtObzImportOptions extends OtObfImportOptions {
  /** The board to import, by its id in the manifest or its path in the package; default the root board. */
  board?: string;
}

/** Reads bytes that are not a zip as an .obf board (JSON), else refuses. */
export function readLooseBoard(bytes: Uint8Array, options: OtObfImportOptions): OtObfImport {
  const text = new TextDecoder().decode(bytes);
  if (text.trimStart().startsWith('{')) return convertObf(parseJson(text, 'The file'), options);
  throw new OtObfError('not-zip', 'The file is neither an .obz package (a zip) nor an .obf board (JSON)');
}

/**
 * Imports one board of an Open Board Format package (`.obz`) — or an `.obf` board given as a file, bytes or
 * text — as a choice board. Rejects only with {@link OtObfError}. To import every board with the links between
 * them, use {@link importObzSet}.
 *
 * @example
 * const { board, skipped } = await importObz(input.files[0]);
 * await store.choiceBoards.put(board);
 */
export async function importObz(
  input: Blob | ArrayBuffer | Uint8Array | string,
  options: OtObzImportOptions = {},
): Promise<OtObfImport> {
  try {
    if (typeof input === 'string') return convertObf(parseJson(input, 'The file'), options);
    const bytes = await packageBytes(input);
    if (!isZip(bytes)) return readLooseBoard(bytes, options);
    const pkg = await ObzPackage.open(bytes);
    const path = options.board === undefined ? pkg.rootPath() : pkg.resolve(options.board);
    if (!path)
      throw new OtObfError(
        'no-board',
        options.board === undefined ? 'The package holds no .obf board' : `The package has no board "${options.board}"`,
      );
    const result = await pkg.board(path, options);
    const others = pkg.boardPaths().length - 1;
    const skipped = [...pkg.skipped, ...result.skipped];
    if (others > 0)
      skipped.push({
        path: 'manifest.json',
        reason: `${others} other board${others === 1 ? ' is' : 's are'} not imported (importObzSet imports them all); links to them are kept`,
      });
    return { board: result.board, skipped };
  } catch (error) {
    throw packageError(error);
  }
}

/** Any failure of a package import as an {@link OtObfError}; a broken zip says what is broken. */
export function packageError(error: unknown): OtObfError {
  if (error instanceof ZipError) return new OtObfError('broken-zip', `The package ${error.message}`);
  if (error instanceof OtObfError || error instanceof RangeError) return asObfError(error, 'not-obf', 'The package');
  return new OtObfError('not-obf', `The package ${(error as Error).message}`);
}

/** JSON as the bytes of a package file. */
export const encodeJson = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 1));

/**
 * Exports a choice board as an Open Board Format package (`.obz`): `manifest.json`, the board, and its
 * inline pictures and sounds as files. Remote pictures stay URLs (OT Kit never fetches them).
 *
 * @example
 * const bytes = await exportObz(board);
 * const blob = new Blob([bytes], { type: 'application/zip' });
 */
export async function exportObz(board: OtChoiceBoard): Promise<Uint8Array> {
  const files: ZipInput[] = [];
  const obf = buildObf(board, files);
  const kept = board.obf?.path;
  const path = kept && kept.endsWith('.obf') && !unsafeEntryName(kept) ? kept : `boards/${board.id}.obf`;
  const list = (dir: string) =>
    Object.fromEntries(
      files.filter((f) => f.name.startsWith(dir)).map((f) => [f.name.slice(dir.length + 1).split('.')[0], f.name]),
    );
  const manifest = {
    format: OT_OBF_FORMAT,
    root: path,
    paths: { boards: { [obf.id]: path }, images: list('images'), sounds: list('sounds') },
  };
  return writeZip([
    { name: 'manifest.json', data: encodeJson(manifest) },
    { name: path, data: encodeJson(obf) },
    ...files,
  ]);
}
