/**
 * Open Board Format (OBF 0.1) boards ↔ choice boards, so boards move between OT Kit and AAC apps such as
 * Cboard, CoughDrop and AsTeRICS Grid. Spec: https://www.openboardformat.org/docs.
 *
 * Import ({@link importObf}, in `obf-import.ts`) keeps everything valid and lists everything it left out or
 * repaired; when nothing usable is left it refuses with an {@link OtObfError} and never throws anything else.
 * Export ({@link exportObf}, in `obf-export.ts`) writes valid OBF that re-imports unchanged.
 */
import type { OtChoiceBoard } from '../model/entities.js';
import { buildObf, type OtObfBoard } from './obf-export.js';
import { convertObf, type OtObfImport, type OtObfImportOptions } from './obf-import.js';
import { OtObfError, checkNesting, parseJson } from './obf-shared.js';

export { OT_OBF_ERROR_CODES, OT_OBF_FORMAT, OT_OBF_LIMITS, OtObfError, obfColor } from './obf-shared.js';
export type { OtObfErrorCode, OtObfSkip } from './obf-shared.js';
export type { OtObfImport, OtObfImportOptions } from './obf-import.js';
export type { OtObfBoard } from './obf-export.js';

/**
 * Imports an Open Board Format board (`.obf`: JSON text or the parsed object) as a choice board.
 * Throws only {@link OtObfError}.
 *
 * @example
 * const { board, skipped } = importObf(await file.text());
 * skipped.forEach((s) => console.log(`${s.path}: ${s.reason}`));
 * await store.choiceBoards.put(board);
 */
export function importObf(input: unknown, options: OtObfImportOptions = {}): OtObfImport {
  try {
    if (typeof input === 'string') return convertObf(parseJson(input, 'The file'), options);
    checkNesting(input, 'The board');
    return convertObf(input, options);
  } catch (error) {
    throw asObfError(error);
  }
}

/** Any failure as an {@link OtObfError}: a stack overflow is named for what it is, never passed on raw. */
export function asObfError(error: unknown, code: 'not-obf' | 'broken-zip' = 'not-obf', what = 'The board'): OtObfError {
  if (error instanceof OtObfError) return error;
  if (error instanceof RangeError)
    return new OtObfError('too-deep', `${what} is too large or nests too deeply to be read`);
  return new OtObfError(code, `${what} could not be read (${(error as Error).message})`);
}

/**
 * Exports a choice board as an OBF 0.1 board (`.obf`), with inline pictures and sounds as data URLs and
 * remote ones as URLs. Ids the file had are written back; OT Kit's own fields travel as `ext_otkit_*` so a
 * re-import gives the same board.
 *
 * @example
 * const blob = new Blob([JSON.stringify(exportObf(board))], { type: 'application/json' });
 */
export function exportObf(board: OtChoiceBoard): OtObfBoard {
  return buildObf(board);
}
