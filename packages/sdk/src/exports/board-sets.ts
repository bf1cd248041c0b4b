/** The `@otkit/sdk` exports of one domain: Board sets (issue 14). Re-exported whole by ../index.ts. */
export { listBoardSet, putBoardSet, setOpenPath } from '../commands/board.js';
export type { OtBoardSetInput } from '../commands/board.js';
export { navigateBoardSet } from '../commands/board-navigation.js';
export { OT_MAX_OPEN_PATH, boardSetView, linkedBoard, nextOpenPath } from '../views/board-set.js';
export type { OtBoardSetStep, OtBoardSetView } from '../views/board-set.js';
export {
  OT_COLOR_CODINGS,
  OT_FITZGERALD_COLORS,
  choiceColor,
  choiceName,
  localizeBoard,
  unshownParts,
} from '../views/board-content.js';
export type { OtColorCoding, OtUnshownPart } from '../views/board-content.js';
export { checkChoiceImageUrl } from '../model/choice-boards.js';
export { OT_CHOICE_BOARD_LIMITS, OT_WORD_CLASSES } from '../model/choice-boards.js';
export type { OtWordClass } from '../model/choice-boards.js';
