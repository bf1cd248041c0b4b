/** The `@otkit/sdk` exports of one domain: Board sets (issue 14). Re-exported whole by ../index.ts. */
export { listBoardSet, putBoardSet, setOpenPath } from '../commands/board.js';
export type { OtBoardSetInput } from '../commands/board.js';
