import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftKey, type OtStore } from '@otkit/sdk';
import { DraftController } from '../controllers/draft-controller.js';

/** What the home program's drafts need from the element. */
export interface HomeDraftSource {
  /** Where the element draws its fields. */
  root(): ParentNode;
  /** The store whose drafts to use, once it is loaded. */
  store(): OtStore | undefined;
  /** The program shown (drafts are kept per program). */
  programId(): string;
  /** What a field shows when nothing is typed: the stored value (an activity's minutes, a saved note). */
  saved(field: string): string;
}

/**
 * The name of a typed field's draft: what the field is, and the activity or log entry it belongs to
 * (`when:a1`, `note:e7`); the import field is `code`. Templates put it on the field as `data-draft`.
 */
export const homeDraftField = (name: string, id?: string): string => (id ? `${name}:${id}` : name);

/**
 * Keeps what is typed into the home program and not saved yet as drafts (the SDK's drafts: on this device only,
 * never synced or exported): an activity's minutes, times and when (saved on `change`), the family's "what
 * helped" and note (saved with "Save note"), and the pasted code of a returned log. A reload puts each back
 * into its field while that field still shows the stored value.
 */
export class HomeDraftsController implements ReactiveController {
  readonly #source: HomeDraftSource;
  readonly #drafts: DraftController;

  constructor(host: ReactiveControllerHost, source: HomeDraftSource) {
    this.#source = source;
    this.#drafts = new DraftController(host, {
      store: () => source.store(),
      key: (field) => draftKey('ot-home-program', source.programId(), field),
      input: (field) => this.#field(field),
      untouched: (field, input) => input.value === source.saved(field),
      // A family's note is folded away under "Add a note": open it, so the text put back is seen.
      restored: (field) => this.#field(field)?.closest('details')?.setAttribute('open', ''),
    });
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    for (const field of this.#source.root().querySelectorAll<HTMLElement>('[data-draft]'))
      void this.#drafts.restore(field.dataset.draft!);
  }

  /** An `input` event from anywhere in the element: a typed field's draft is kept. */
  typed(event: Event): void {
    const field = (event.target as HTMLElement | null)?.dataset?.draft;
    if (field) this.#drafts.input(field);
  }

  /** The fields' text was saved: their drafts go. */
  async sent(...fields: string[]): Promise<void> {
    await Promise.all(fields.map((field) => this.#drafts.sent(field)));
  }

  #field(field: string): HTMLInputElement | HTMLTextAreaElement | null {
    return this.#source.root().querySelector(`[data-draft="${CSS.escape(field)}"]`);
  }
}
