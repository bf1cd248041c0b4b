/**
 * @otkit/sdk/obf — Open Board Format (.obf) and package (.obz) import and export for choice boards and board
 * sets. A subpath of its own so pages that never exchange boards (and the single-file CDN bundle) do not carry
 * it.
 *
 * @example
 * import { importObzSet, exportObzSet, importObz, exportObz } from '@otkit/sdk/obf';
 */
export {
  OT_OBF_ERROR_CODES,
  OT_OBF_FORMAT,
  OT_OBF_LIMITS,
  OtObfError,
  exportObf,
  importObf,
  obfColor,
} from './interop/obf.js';
export type { OtObfBoard, OtObfErrorCode, OtObfImport, OtObfImportOptions, OtObfSkip } from './interop/obf.js';
export { OT_OBZ_LIMITS, exportObz, importObz } from './interop/obz.js';
export type { OtObzImportOptions } from './interop/obz.js';
export { exportObzSet, importObzSet, listObzBoards } from './interop/obz-set.js';
export type { OtBoardSet, OtObfSetImport, OtObzBoardEntry, OtObzSetImportOptions } from './interop/obz-set.js';
