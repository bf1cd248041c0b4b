import type { OtGridMove } from '@otkit/sdk';

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
