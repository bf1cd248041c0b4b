import { defineElement } from '../internal/define-element.js';
import { OtProvider } from '../provider/provider.js';

defineElement('ot-provider', OtProvider);

export { OtProvider };

declare global {
  interface HTMLElementTagNameMap {
    'ot-provider': OtProvider;
  }
}
