import { defineElement } from '../internal/define-element.js';
import { OtVisualSchedule } from '../visual-schedule/visual-schedule.js';

defineElement('ot-visual-schedule', OtVisualSchedule);

export { OtVisualSchedule };

declare global {
  interface HTMLElementTagNameMap {
    'ot-visual-schedule': OtVisualSchedule;
  }
}
