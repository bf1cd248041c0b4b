import { OtChoiceBoard } from '../choice-board/choice-board.js';
import { defineElement } from '../internal/define-element.js';

defineElement('ot-choice-board', OtChoiceBoard);

export { OtChoiceBoard };

declare global {
  interface HTMLElementTagNameMap {
    'ot-choice-board': OtChoiceBoard;
  }
}
