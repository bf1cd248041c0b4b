/**
 * The layout and colours of an Open Board Format board as the importer reads them: the grid's cells (which
 * buttons are placed where, empty cells kept), the grid of the choices kept, and `rgb()` / `rgba()` colours
 * (hex read too, and reported, since OBF does not allow it). Every problem goes to `skip` with its path.
 */
import { OT_CHOICE_BOARD_LIMITS } from '../model/choice-boards.js';
import { isArraySafe, readItems } from '../model/schema.js';
import { describeValue, isHexColor, isObj, key, obfColor, type Obj } from './obf-shared.js';

/** Reports a part of the file left out or repaired. */
type Skip = (path: string, reason: string) => void;

/** The cells of a file's grid, and the ids of the buttons it places, row by row. */
export interface ObfGridCells {
  /** The rows of `grid.order` as read (a row that is not a list stays as it is); undefined without a grid. */
  readonly cells: unknown[] | undefined;
  readonly rows: number;
  readonly columns: number;
  /** File ids of the buttons the grid places, in reading order. */
  readonly placed: Set<string>;
}

/**
 * Reads `grid` (rows, columns, order): cells naming no button are left empty and reported; a missing grid is
 * reported unless the board asks to be laid out automatically (`auto`).
 */
export function readGridCells(
  raw: unknown,
  buttons: ReadonlyMap<string, number>,
  skip: Skip,
  auto: boolean,
): ObfGridCells {
  const g = raw as Obj | undefined;
  const placed = new Set<string>();
  // Lists are read by index and at most OT_SCHEMA_MAX_ITEMS of them: a page may hand over a proxy claiming 2³² items.
  const cells =
    isObj(g) && isArraySafe(g.order)
      ? readItems(g.order).map((row) => (isArraySafe(row) ? readItems(row) : row))
      : undefined;
  if (!cells) {
    if (!auto)
      skip(
        'grid',
        `is ${g === undefined ? 'missing' : 'not a grid (rows, columns, order)'}; choices laid out automatically`,
      );
    return { cells, rows: 0, columns: 0, placed };
  }
  const rows = Number.isInteger(g!.rows) ? (g!.rows as number) : cells.length;
  const columns = Number.isInteger(g!.columns)
    ? (g!.columns as number)
    : Math.max(0, ...cells.map((r) => (Array.isArray(r) ? r.length : 0)));
  if (cells.length !== rows || cells.some((r) => !Array.isArray(r) || r.length !== columns))
    skip('grid.order', `does not have grid.rows × grid.columns (${rows} × ${columns}) cells; missing cells left empty`);
  cells.forEach((row, r) => {
    if (Array.isArray(row))
      row.forEach((cell: unknown, c) => {
        const id = key(cell);
        if (cell === null || cell === undefined) return;
        if (id === undefined || !buttons.has(id))
          skip(`grid.order[${r}][${c}]`, `names no button (got ${describeValue(cell)}); cell left empty`);
        else placed.add(id);
      });
  });
  return { cells, rows, columns, placed };
}

/**
 * The choice board's grid for the file's cells: `ownIdOf` gives the id of the choice kept for a file id (none:
 * the cell is empty). A grid beyond 24 × 24 is reported and left out (the choices are laid out automatically).
 */
export function buildGrid(
  cells: readonly unknown[],
  rows: number,
  columns: number,
  ownIdOf: (fileId: string) => string | undefined,
  skip: Skip,
): Obj | undefined {
  const side = OT_CHOICE_BOARD_LIMITS.gridSide;
  if (rows < 1 || columns < 1 || rows > side || columns > side) {
    skip(
      'grid',
      `is ${rows} × ${columns}; a choice board grid is 1–${side} × 1–${side}, so choices are laid out automatically`,
    );
    return undefined;
  }
  return {
    rows,
    columns,
    order: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const id = key((cells[r] as unknown[] | undefined)?.[c]);
        return (id !== undefined && ownIdOf(id)) || null;
      }),
    ),
  };
}

/** A button's colour as `rgb()` / `rgba()`: a hex colour is read and reported, anything else left out. */
export function readColor(value: unknown, at: string, skip: Skip): string | undefined {
  if (value === undefined) return undefined;
  const color = typeof value === 'string' ? obfColor(value) : undefined;
  if (!color) skip(at, `is not an rgb() or rgba() colour (got ${describeValue(value)}); left out`);
  else if (isHexColor(value as string)) skip(at, `is a hex colour, which OBF does not allow; read as ${color}`);
  return color;
}
