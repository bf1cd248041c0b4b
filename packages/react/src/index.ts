/**
 * @otkit/react — the OT Kit elements as React components (made with @lit/react from custom-elements.json):
 * typed props that are set as properties (objects and arrays included), and `onOt…` event props with the
 * elements' event types. Importing this module defines the elements. Works in client components and in
 * server-rendered pages (Next.js app router): the server renders the tag, the browser sets the properties
 * once it has hydrated.
 *
 * @example
 * import { OtChoiceBoard } from '@otkit/react';
 * <OtChoiceBoard board={board} onOtSelectionChange={(event) => save(event.detail.value)} />
 */
export * from './elements.js';
