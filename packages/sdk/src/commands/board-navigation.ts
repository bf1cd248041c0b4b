/**
 * Board-set navigation in the store: a link, Back or Home on a set's board changes the open path kept on the
 * home board, so the board opens where it was after a reload (and on another device, when synced).
 */
import { OtNotFoundError } from '../errors.js';
import type { OtStore } from '../store/store.js';
import { nextOpenPath, type OtBoardSetStep } from '../views/board-set.js';

/**
 * Takes a step through the set whose home board is `homeId` (open a linked board, Back, Home) and keeps the new
 * open path on the home board in one transaction. Resolves with the new path. Rejects with an `OtNotFoundError`
 * for an unknown home board, or for a board to open that the store does not hold; nothing changes then.
 *
 * @example
 * await navigateBoardSet(store, set.root, { kind: 'open', boardId: 'core.people' }); // ['core.people']
 * await navigateBoardSet(store, set.root, { kind: 'back' }); // []
 */
export async function navigateBoardSet(store: OtStore, homeId: string, step: OtBoardSetStep): Promise<string[]> {
  return store.transaction(
    (tx) => {
      const home = tx.choiceBoards.get(homeId);
      if (!home) throw new OtNotFoundError('choiceBoards', homeId);
      if (step.kind === 'open' && !tx.choiceBoards.get(step.boardId))
        throw new OtNotFoundError('choiceBoards', step.boardId);
      const path = nextOpenPath(home.openPath ?? [], step, homeId);
      tx.choiceBoards.update(homeId, { openPath: path.length ? path : undefined });
      return path;
    },
    { command: 'choiceBoards.navigate' },
  );
}
