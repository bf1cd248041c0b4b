import { defineElement } from '../internal/define-element.js';
import { OtGoalStack } from '../goal-stack/goal-stack.js';
import { OtGoalStackReview } from '../goal-stack/goal-stack-review.js';

defineElement('ot-goal-stack-review', OtGoalStackReview);
defineElement('ot-goal-stack', OtGoalStack);

export { OtGoalStack, OtGoalStackReview };

declare global {
  interface HTMLElementTagNameMap {
    'ot-goal-stack': OtGoalStack;
    'ot-goal-stack-review': OtGoalStackReview;
  }
}
