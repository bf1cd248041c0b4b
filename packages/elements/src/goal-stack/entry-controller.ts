import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addGoal, draftKey } from '@otkit/sdk';
import { DraftController } from '../controllers/draft-controller.js';
import type { EntryKind } from './entry-field.template.js';
import type { GoalStackContext } from './goal-stack.context.js';
import type { GoalNotesController } from './notes-controller.js';

/** The text fields of the stack whose unsent text is kept as a draft. */
const DRAFT_FIELDS = ['note', 'goal', 'quick-note'] as const;

/**
 * The two entry fields, "Add a note" and "New goal": adding what they hold (an empty field gets a gentle hint
 * instead), and keeping what is typed and not sent yet — in them and in the short note — as drafts that a
 * reload puts back (the SDK's drafts: on this device only).
 */
export class GoalEntryController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #context: GoalStackContext;
  readonly #notes: GoalNotesController;
  readonly #field: (kind: string) => HTMLInputElement | null;
  readonly #drafts: DraftController;
  #emptyHint: EntryKind | undefined;

  constructor(
    host: ReactiveControllerHost,
    context: GoalStackContext,
    notes: GoalNotesController,
    field: (kind: string) => HTMLInputElement | null,
    ready: () => boolean,
  ) {
    this.#host = host;
    this.#context = context;
    this.#notes = notes;
    this.#field = field;
    this.#drafts = new DraftController(host, {
      store: () => (ready() ? context.store : undefined),
      // The short note belongs to the goal on top; the other fields to the stack (its client).
      key: (name) =>
        draftKey(
          'ot-goal-stack',
          name,
          context.names.clientId ?? '',
          name === 'quick-note' ? (context.model().current?.id ?? '') : '',
        ),
      input: field,
    });
    this.#drafts.watch(...DRAFT_FIELDS);
    host.addController(this);
  }

  hostConnected(): void {}

  /** The entry field that shows "Type something first.". */
  get emptyHint(): EntryKind | undefined {
    return this.#emptyHint;
  }

  /** Something was typed into a field: the hint goes, the draft is kept. */
  input(name: EntryKind | 'quick-note'): void {
    if (this.#emptyHint) this.#setEmptyHint(undefined);
    this.#drafts.input(name);
  }

  /** The short note was saved with the goal's data: its draft goes. */
  shortNoteSaved(): void {
    void this.#drafts.sent('quick-note');
  }

  /** Adds what the note or new-goal field holds; an empty field gets a gentle hint instead. */
  async add(kind: EntryKind): Promise<void> {
    const context = this.#context;
    const field = this.#field(kind)!;
    const text = field.value.trim();
    this.#setEmptyHint(text ? undefined : kind);
    if (!text) {
      context.announce(context.t('emptyHint'));
      field.focus();
      return;
    }
    if (kind === 'note') {
      await this.#notes.add(field, text);
      if (!field.value) await this.#drafts.sent('note');
      return;
    }
    const clientId = context.names.clientId;
    const goal = await context.command((store) => addGoal(store, { description: text, clientId }));
    if (!goal) return;
    field.value = '';
    await this.#drafts.sent('goal');
    context.goalAdded('add', goal);
  }

  #setEmptyHint(kind: EntryKind | undefined): void {
    this.#emptyHint = kind;
    this.#host.requestUpdate();
  }
}
