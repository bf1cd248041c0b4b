import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import './phone.css';

/** Shows a story in a 390 px wide frame: the elements size themselves by their own width, as on a phone. */
export const inPhone: Decorator = (story) => html`<div class="otkit-phone">${story()}</div>`;

/**
 * A store whose first load never finishes (a slow disk, a large IndexedDB database on an old tablet): the
 * elements inside show their loading state for as long as the story is open.
 */
export function neverLoadingStore(): OtStore {
  const memory = memoryAdapter();
  return createStore({ adapter: { ...memory, load: () => new Promise<never>(() => {}) } });
}
