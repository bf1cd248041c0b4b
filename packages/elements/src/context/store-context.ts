import { createContext } from '@lit/context';
import type { OtStore } from '@otkit/sdk';

/**
 * The context that carries the store from `<ot-provider>` to the elements inside it. The key is
 * `Symbol.for('ot-store')`, so two copies of OT Kit on one page still find each other.
 */
export const otStoreContext = createContext<OtStore | undefined>(Symbol.for('ot-store'));
