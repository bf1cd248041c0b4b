/**
 * Navigating a board set: which board is open, the trail of boards opened from the home board, and where a
 * link, Back or Home leads. Pure functions of the boards and the open path (a list of board ids, kept on the
 * home board as `openPath` when stored), so an element and a portal follow a set the same way.
 */
import type { OtChoice, OtChoiceBoard } from '../model/entities.js';

/** Most boards kept in an open path (the schema's cap on `openPath`). */
export const OT_MAX_OPEN_PATH = 50;

/** A step through a set: open a linked board, go back one board, or go home. */
export type OtBoardSetStep =
  { readonly kind: 'open'; readonly boardId: string } | { readonly kind: 'back' } | { readonly kind: 'home' };

/** What a board that navigates a set shows. */
export interface OtBoardSetView {
  /** The board open now: the last board of the path that exists, else the home board. */
  readonly current: OtChoiceBoard;
  readonly home: OtChoiceBoard;
  /** The boards opened from home, in order, that exist (missing ones end the path). */
  readonly path: readonly string[];
  /** Home, then each opened board: id and name, for a trail or an announcement. */
  readonly trail: readonly { readonly id: string; readonly name: string }[];
  /** True on the home board (nothing to go back to). */
  readonly atHome: boolean;
}

/**
 * The open path after a step: `open` adds a board (opening a board already on the path goes back to it, so
 * following links in a circle never grows the path), `back` drops the last one, `home` empties it.
 *
 * @example
 * nextOpenPath(['people'], { kind: 'open', boardId: 'family' }); // ['people', 'family']
 * nextOpenPath(['people', 'family'], { kind: 'back' }); // ['people']
 * nextOpenPath(['people', 'family'], { kind: 'open', boardId: 'people' }); // ['people']
 */
export function nextOpenPath(path: readonly string[], step: OtBoardSetStep, homeId?: string): string[] {
  if (step.kind === 'home') return [];
  if (step.kind === 'back') return path.slice(0, -1);
  if (step.boardId === homeId) return [];
  const at = path.indexOf(step.boardId);
  if (at >= 0) return path.slice(0, at + 1);
  return [...path, step.boardId].slice(-OT_MAX_OPEN_PATH);
}

/**
 * What a board that navigates a set shows: the open board for `path` from `home`. Boards are found with
 * `lookup` (a store read or a set's list), so a path naming a board that is gone ends before it.
 *
 * @example
 * const view = boardSetView(home, home.openPath ?? [], (id) => getRecord(state, 'choiceBoards', id));
 * view.current.name; // the board to show
 */
export function boardSetView(
  home: OtChoiceBoard,
  path: readonly string[],
  lookup: (boardId: string) => OtChoiceBoard | undefined,
): OtBoardSetView {
  const opened: OtChoiceBoard[] = [];
  for (const id of path) {
    const board = id === home.id ? undefined : lookup(id);
    if (!board) break;
    opened.push(board);
  }
  const current = opened.at(-1) ?? home;
  return {
    current,
    home,
    path: opened.map((board) => board.id),
    trail: [home, ...opened].map((board) => ({ id: board.id, name: board.name })),
    atHome: opened.length === 0,
  };
}

/**
 * The board a choice opens, when it links to one that `lookup` finds (a board of the same set); undefined for a
 * plain choice and for a link to a board that is not there (an external link, a board left out of the import).
 *
 * @example
 * const target = linkedBoard(choice, (id) => getRecord(state, 'choiceBoards', id));
 * if (target) await navigateBoardSet(store, homeId, { kind: 'open', boardId: target.id });
 */
export function linkedBoard(
  choice: Pick<OtChoice, 'loadBoard'>,
  lookup: (boardId: string) => OtChoiceBoard | undefined,
): OtChoiceBoard | undefined {
  const id = choice.loadBoard?.boardId;
  return id === undefined ? undefined : lookup(id);
}
