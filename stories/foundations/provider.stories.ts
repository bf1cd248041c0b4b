import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import '../helpers/store-view.js';
import { createNewerDatabase } from '../helpers/idb.js';
import { withStore } from '../decorators/with-store.js';

/**
 * `<ot-provider>` hands one store to every OT Kit element inside it. Without a `store` property it creates
 * one: in IndexedDB (the default: kept across reloads, on this device only) or in memory. When IndexedDB
 * cannot be opened it keeps the page working from memory and says so. The panel inside each story is a
 * story helper that shows and changes what the store holds.
 */
const meta: Meta = {
  title: 'Foundations/ot-provider',
  component: 'ot-provider',
  parameters: { docs: { story: { inline: true } } },
};
export default meta;
type Story = StoryObj;

/** In memory: fast, and nothing is left behind. Add goals, then reload the page: they are gone. */
export const Memory: Story = {
  render: () => html`<ot-provider storage="memory"><otkit-story-store-view></otkit-story-store-view></ot-provider>`,
};

/**
 * In IndexedDB (the embedded default): every change is on disk before the command resolves. Add goals,
 * then reload the page: they are still here. Database `otkit-storybook-foundations`.
 */
export const IndexedDb: Story = {
  name: 'IndexedDB',
  render: () =>
    html`<ot-provider database="otkit-storybook-foundations"
      ><otkit-story-store-view></otkit-story-store-view
    ></ot-provider>`,
};

const BLOCKED = 'otkit-storybook-storage-unavailable';

/**
 * IndexedDB fails to open (here: the database was written by a newer OT Kit; in real life also a sandboxed
 * frame or a browser that refuses storage). The provider reports `ot-error`, falls back to memory and shows
 * a notice (`part="notice"`, `role="status"`), so nobody types notes believing they are saved.
 */
export const StorageUnavailable: Story = {
  name: 'Storage unavailable (falls back to memory)',
  loaders: [async () => createNewerDatabase(BLOCKED)],
  render: () => html`<ot-provider database=${BLOCKED}><otkit-story-store-view></otkit-story-store-view></ot-provider>`,
};

/** The same notice in Spanish, right to left: the provider takes `lang` and `dir` from the page. */
export const StorageUnavailableSpanishRtl: Story = {
  name: 'Storage unavailable, Spanish, RTL',
  loaders: [async () => createNewerDatabase(BLOCKED)],
  render: () =>
    html`<div lang="es" dir="rtl">
      <ot-provider database=${BLOCKED}><otkit-story-store-view></otkit-story-store-view></ot-provider>
    </div>`,
};

let pageStore: OtStore | undefined;

/**
 * The page brings its own store (`.store`), e.g. one with a custom adapter that syncs to the portal. The
 * provider hands it down as it is; `storage` and `database` are ignored.
 */
export const PageStore: Story = {
  name: 'Store from the page',
  render: () => {
    pageStore ??= createStore({
      adapter: memoryAdapter({
        seed: {
          goals: [{ id: 'goal-button-coat', description: 'Button a coat', order: 1, createdAt: Date.UTC(2026, 0, 5) }],
        },
      }),
      actor: 'portal',
    });
    return html`<ot-provider .store=${pageStore}><otkit-story-store-view></otkit-story-store-view></ot-provider>`;
  },
};

/** Two providers side by side, each with its own memory store: what one holds, the other does not see. */
export const Isolated: Story = {
  name: 'Two providers, two stores',
  render: () =>
    html`<div class="otkit-story-row">
      <ot-provider storage="memory"><otkit-story-store-view></otkit-story-store-view></ot-provider>
      <ot-provider storage="memory"><otkit-story-store-view></otkit-story-store-view></ot-provider>
    </div>`,
};

/**
 * What element stories use: the `withStore` decorator (`stories/decorators/with-store.ts`) wraps the story in
 * `<ot-provider storage="memory">`, seeded from `parameters.otSeed`.
 */
export const SeededByDecorator: Story = {
  name: 'Seeded by the withStore decorator',
  decorators: [withStore],
  parameters: {
    otSeed: {
      goals: [
        { id: 'goal-scissors', description: 'Cut along a curved line', order: 1, createdAt: Date.UTC(2026, 0, 5) },
        { id: 'goal-lunchbox', description: 'Open a lunch box', order: 2, createdAt: Date.UTC(2026, 0, 5) },
      ],
    },
  },
  render: () => html`<otkit-story-store-view></otkit-story-store-view>`,
};
