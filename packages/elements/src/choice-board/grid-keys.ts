import { moveInGrid, type OtChoiceBoardViewModel, type OtGridMove } from '@otkit/sdk';

/** Grid moves by key; Home and End reach the ends of the row, or with Ctrl of the board. */
const GRID_KEYS: Record<string, [OtGridMove, OtGridMove]> = {
  ArrowRight: ['right', 'right'],
  ArrowLeft: ['left', 'left'],
  ArrowDown: ['down', 'down'],
  ArrowUp: ['up', 'up'],
  Home: ['row-start', 'board-start'],
  End: ['row-end', 'board-end'],
};

/** The grid move a key asks for (the grid pattern of WAI-ARIA), or undefined for any other key. */
export function gridMoveOf(event: KeyboardEvent): OtGridMove | undefined {
  return GRID_KEYS[event.key]?.[event.ctrlKey ? 1 : 0];
}

/** What {@link boardKeydown} reads from and does on its board. */
export interface BoardKeyAccess {
  readonly inactive: boolean;
  /** Hands the key to switch scanning; true when scanning used it. */
  scanKey(event: KeyboardEvent): boolean;
  /** True while the confirm step is open. */
  readonly confirming: boolean;
  /** Answers the confirm step with Go back. */
  cancelConfirm(): void;
  readonly view: Pick<OtChoiceBoardViewModel, 'rows' | 'tabStop'>;
  readonly rtl: boolean;
  /** Chooses a choice by keyboard. */
  pick(choiceId: string): void;
  /** Moves the tab stop to a choice and focuses it. */
  moveTo(choiceId: string): void;
}

/**
 * The board's keys: switch keys while scanning, Escape in the confirm step, and in the grid the WAI-ARIA grid
 * pattern (arrows, Home, End, with Ctrl the whole board) with Enter or Space to choose.
 */
export function boardKeydown(event: KeyboardEvent, board: BoardKeyAccess): void {
  if (board.inactive) return;
  if (board.scanKey(event)) return event.preventDefault();
  if (board.confirming) {
    if (event.key === 'Escape') board.cancelConfirm();
    return;
  }
  const at = board.view.tabStop;
  if (at === undefined) return;
  const move = gridMoveOf(event);
  if (event.key === 'Enter' || event.key === ' ') board.pick(at);
  else if (move) board.moveTo(moveInGrid(board.view, at, move, { rtl: board.rtl }));
  else return;
  event.preventDefault();
}
