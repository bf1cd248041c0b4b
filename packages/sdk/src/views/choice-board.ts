/**
 * The choice board's view model: a pure function of the board, the selection and the display options, giving
 * the grid (rows of cells, empty cells included), what is chosen or unavailable, the cell in the tab order,
 * what switch scanning steps through, and the confirm step. `moveInGrid` is the grid's keyboard rule.
 */
import { shownChoices } from '../commands/board.js';
import type { OtChoice, OtChoiceBoard } from '../model/entities.js';

/** Display options of {@link choiceBoardView}. */
export interface OtChoiceBoardViewOptions {
  /** Columns of a board without its own grid; 0 or undefined chooses from the number of choices. */
  readonly columns?: number | undefined;
  /** At most this many columns for a board without its own grid (what fits the screen); a file's grid is kept. */
  readonly maxColumns?: number | undefined;
  /** Nothing can be chosen (a disabled board or fieldset). */
  readonly disabled?: boolean | undefined;
  /** Id of the choice the confirm step asks about, if one is open. */
  readonly confirming?: string | undefined;
  /** Id of the choice last focused: it keeps the tab stop while it is on the board. */
  readonly focusId?: string | undefined;
}

/** One cell of the grid: a choice, or an empty cell. */
export interface OtChoiceCell {
  readonly row: number;
  readonly column: number;
  /** The choice in the cell; undefined for an empty cell. */
  readonly choice: OtChoice | undefined;
  readonly selected: boolean;
  /** Shown crossed out; cannot be chosen. */
  readonly unavailable: boolean;
  /** The one cell in the tab order (roving tab stop). */
  readonly tabStop: boolean;
}

/** What a choice board shows. */
export interface OtChoiceBoardViewModel {
  /** Rows of cells, every row as long as the widest (empty cells fill the gaps). */
  readonly rows: readonly (readonly OtChoiceCell[])[];
  readonly columns: number;
  /** Ids of the chosen choices shown on the board, in the order of the selection. */
  readonly selected: readonly string[];
  /** Ids of the unavailable choices shown. */
  readonly unavailable: readonly string[];
  /** Id of the choice in the tab order, or undefined when the board shows none. */
  readonly tabStop: string | undefined;
  /** The ids switch scanning steps through, by row: the choices that can be chosen (none while disabled). */
  readonly scanRows: readonly (readonly string[])[];
  /** The confirm step, while one is open: the choice it asks about. */
  readonly confirm: { readonly choice: OtChoice } | undefined;
  readonly disabled: boolean;
}

/** The board's grid as choices (undefined for an empty cell): its own grid, else one about as wide as high. */
function layout(
  board: Pick<OtChoiceBoard, 'choices' | 'grid'>,
  columns: number,
  maxColumns: number,
): (OtChoice | undefined)[][] {
  const shown = shownChoices(board);
  if (board.grid) {
    const byId = new Map(shown.map((choice) => [choice.id, choice]));
    return board.grid.order.map((row) => row.map((id) => (id === null ? undefined : byId.get(id))));
  }
  const count = shown.length;
  const natural = columns > 0 ? columns : (count <= 3 ? count : Math.ceil(Math.sqrt(count))) || 1;
  const width = Math.max(1, Math.min(natural, maxColumns));
  const rows: (OtChoice | undefined)[][] = [];
  for (let start = 0; start < count; start += width)
    rows.push(Array.from({ length: width }, (_, offset) => shown[start + offset]));
  return rows;
}

/**
 * What a choice board shows for `selection` (the chosen ids): the grid of cells with what is chosen and what is
 * unavailable, the tab stop, the scan order and the confirm step.
 *
 * @example
 * const view = choiceBoardView(board, ['swing'], { columns: 3 });
 * view.rows[0][0].selected; // true when the first cell holds the swing
 * view.scanRows; // [['swing', 'snack'], ['blocks']]: unavailable choices and empty cells are skipped
 */
export function choiceBoardView(
  board: Pick<OtChoiceBoard, 'choices' | 'grid'>,
  selection: readonly string[],
  options: OtChoiceBoardViewOptions = {},
): OtChoiceBoardViewModel {
  const grid = layout(board, options.columns ?? 0, options.maxColumns ?? Infinity);
  const chosen = new Set(selection);
  const onBoard = grid.flat().filter((choice): choice is OtChoice => choice !== undefined);
  const tabStop = onBoard.some((choice) => choice.id === options.focusId) ? options.focusId : onBoard[0]?.id;
  const rows = grid.map((row, rowIndex) =>
    row.map((choice, column): OtChoiceCell => ({
      row: rowIndex,
      column,
      choice,
      selected: !!choice && chosen.has(choice.id),
      unavailable: !!choice?.unavailable,
      tabStop: !!choice && choice.id === tabStop,
    })),
  );
  const disabled = options.disabled ?? false;
  const confirming = onBoard.find((choice) => choice.id === options.confirming);
  return {
    rows,
    columns: grid[0]?.length ?? 0,
    selected: selection.filter((id) => onBoard.some((choice) => choice.id === id)),
    unavailable: onBoard.filter((choice) => choice.unavailable).map((choice) => choice.id),
    tabStop,
    scanRows: disabled
      ? []
      : grid.map((row) => row.flatMap((choice) => (choice && !choice.unavailable ? [choice.id] : []))),
    confirm: confirming && { choice: confirming },
    disabled,
  };
}

/** A move of the keyboard focus in the grid. */
export type OtGridMove = 'left' | 'right' | 'up' | 'down' | 'row-start' | 'row-end' | 'board-start' | 'board-end';

/**
 * Where the focus goes from the choice `fromId` on a move: along its row (left, right, row start and end),
 * its column (up, down), or the whole board (board start and end). Empty cells are skipped, unavailable choices
 * can be focused, and a move past an end stays at that end. `left` and `right` are screen directions: pass
 * `rtl` for a right-to-left page.
 *
 * @example
 * moveInGrid(view, 'swing', 'right'); // the id of the next choice in the swing's row
 */
export function moveInGrid(
  view: Pick<OtChoiceBoardViewModel, 'rows'>,
  fromId: string,
  move: OtGridMove,
  options: { readonly rtl?: boolean } = {},
): string {
  const cells = view.rows.flat().filter((cell) => cell.choice);
  const from = cells.find((cell) => cell.choice!.id === fromId);
  if (!from) return cells[0]?.choice?.id ?? fromId;
  const ahead = options.rtl ? -1 : 1;
  const inRow = (cell: OtChoiceCell) => cell.row === from.row;
  const inColumn = (cell: OtChoiceCell) => cell.column === from.column;
  const plans: Record<OtGridMove, [(cell: OtChoiceCell) => boolean, number]> = {
    right: [inRow, ahead],
    left: [inRow, -ahead],
    down: [inColumn, 1],
    up: [inColumn, -1],
    'row-start': [inRow, -Infinity],
    'row-end': [inRow, Infinity],
    'board-start': [() => true, -Infinity],
    'board-end': [() => true, Infinity],
  };
  const [onLine, step] = plans[move];
  const line = cells.filter(onLine);
  const target = Math.min(line.length - 1, Math.max(0, line.indexOf(from) + step));
  return line[target]!.choice!.id;
}
