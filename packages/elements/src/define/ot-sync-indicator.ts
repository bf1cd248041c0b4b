import { OtSyncIndicator } from '../sync-indicator/sync-indicator.js';
import { defineElement } from '../internal/define-element.js';

defineElement('ot-sync-indicator', OtSyncIndicator);

export { OtSyncIndicator };

declare global {
  interface HTMLElementTagNameMap {
    'ot-sync-indicator': OtSyncIndicator;
  }
}
