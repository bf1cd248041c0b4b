import { OtServiceMinutes } from '../service-minutes/service-minutes.js';
import { defineElement } from '../internal/define-element.js';

defineElement('ot-service-minutes', OtServiceMinutes);

export { OtServiceMinutes };

declare global {
  interface HTMLElementTagNameMap {
    'ot-service-minutes': OtServiceMinutes;
  }
}
