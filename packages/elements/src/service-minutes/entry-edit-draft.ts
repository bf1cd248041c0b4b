import type { ReactiveControllerHost } from 'lit';
import { draftKey, type OtStore } from '@otkit/sdk';
import { DraftController } from '../controllers/draft-controller.js';

/** The element, as the edit field's draft sees it. */
interface EditHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly store: OtStore | undefined;
}

/**
 * The minutes typed into a log entry being corrected, kept as a device-local draft (the SDK's drafts) until they
 * are saved or the correction is cancelled: after a reload, editing that entry again puts them back.
 */
export class EntryEditDraft {
  readonly #drafts: DraftController;
  /** The entry being corrected and the minutes its field started with. */
  #editing: { readonly id: string; readonly stored: string } | undefined;

  /** `restored(minutes)`: a draft went back into the field; the element takes it as typed. */
  constructor(host: EditHost, restored: (minutes: string) => void) {
    this.#drafts = new DraftController(host, {
      store: () => (host.store?.status === 'ready' ? host.store : undefined),
      key: (entryId) => draftKey('ot-service-minutes', 'entry-minutes', entryId),
      input: (entryId) =>
        entryId === this.#editing?.id ? host.renderRoot.querySelector('input[data-draft="entry-minutes"]') : null,
      // The field starts with the entry's stored minutes; a draft goes in only while it still shows them.
      untouched: (_entryId, input) => input.value === this.#editing?.stored,
      restored: () =>
        restored(host.renderRoot.querySelector<HTMLInputElement>('input[data-draft="entry-minutes"]')!.value),
    });
  }

  /** The correction of `entryId` opened, its field showing `stored` minutes. */
  opened(entryId: string, stored: string): void {
    this.#editing = { id: entryId, stored };
    this.#drafts.watch(entryId);
  }

  /** Minutes were typed into the open correction. */
  typed(): void {
    if (this.#editing) this.#drafts.input(this.#editing.id);
  }

  /** The correction was saved or cancelled: its draft goes. */
  closed(): void {
    if (this.#editing) void this.#drafts.sent(this.#editing.id);
    this.#editing = undefined;
  }
}
