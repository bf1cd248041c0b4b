import { defineElement } from '../internal/define-element.js';
import { OtGoalStack } from '../goal-stack/goal-stack.js';

defineElement('ot-goal-stack', OtGoalStack);

export { OtGoalStack };

declare global {
  interface HTMLElementTagNameMap {
    'ot-goal-stack': OtGoalStack;
  }
}
