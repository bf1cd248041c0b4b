import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, memoryAdapter, type OtMemoryAdapterOptions, type OtStore } from '@otkit/sdk';
import '@otkit/elements/ot-provider.js';

/** Story parameters the {@link withStore} decorator reads. */
export interface OtStoreParameters {
  /** Records to start the story's memory store with, per collection (checked by the store on load). */
  otSeed?: OtMemoryAdapterOptions['seed'];
}

// One store per story, so changing a control re-renders the story without wiping what was entered.
const stores = new Map<string, { seed: unknown; store: OtStore }>();

/**
 * Wraps a story in `<ot-provider storage="memory">`: the element runs connected, on a store that lives in
 * memory only (a reload starts clean). With `parameters.otSeed` the store starts with those records.
 *
 * @example
 * export default { component: 'ot-goal-stack', decorators: [withStore], parameters: { otSeed: { goals } } };
 */
export const withStore: Decorator = (story, context) => {
  const seed = (context.parameters as OtStoreParameters).otSeed;
  if (!seed) return html`<ot-provider storage="memory">${story()}</ot-provider>`;
  let entry = stores.get(context.id);
  if (!entry || entry.seed !== seed) {
    entry?.store.close();
    entry = { seed, store: createStore({ adapter: memoryAdapter({ seed }), actor: 'storybook' }) };
    stores.set(context.id, entry);
  }
  return html`<ot-provider storage="memory" .store=${entry.store}>${story()}</ot-provider>`;
};
