import { defineElement } from '../internal/define-element.js';
import { OtSessionTimer } from '../session-timer/session-timer.js';

defineElement('ot-session-timer', OtSessionTimer);

export { OtSessionTimer };

declare global {
  interface HTMLElementTagNameMap {
    'ot-session-timer': OtSessionTimer;
  }
}
