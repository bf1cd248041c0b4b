import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  archiveGoal,
  deleteGoal,
  deleteNote,
  editNote,
  getRecord,
  renameGoal,
  restoreDeletedGoal,
  restoreGoal,
  restoreNote,
} from '@otkit/sdk';
import { OtNoteChangeEvent } from '../events/ot-note-change.js';
import type { GoalStackContext } from './goal-stack.context.js';
import type { GoalListTemplate } from './goal-list.template.js';
import type { NotePileTemplate } from './note-pile.template.js';

/** The goal or note being corrected in place. */
export interface Editing {
  readonly kind: 'goal' | 'note';
  readonly id: string;
}

/**
 * Corrections: a goal renamed, archived or deleted, a note edited or deleted, each an SDK command, each on
 * the stack's Undo under its name. Only one goal or note is edited at a time, in place.
 */
export class GoalCorrectionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #context: GoalStackContext;
  #editing: Editing | undefined;

  constructor(host: ReactiveControllerHost, context: GoalStackContext) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The goal or note being edited. */
  get editing(): Editing | undefined {
    return this.#editing;
  }

  /** What the goal list's Edit buttons and editor do. */
  goalBindings(): Pick<GoalListTemplate, 'editing' | 'onEdit' | 'correction'> {
    return {
      editing: this.#editing?.kind === 'goal' ? this.#editing.id : undefined,
      onEdit: (goalId) => this.edit('goal', goalId),
      correction: (goalId) => ({
        onSave: (text) => void this.save(text),
        onCancel: () => this.cancel(),
        onArchive: () => void this.archive(goalId),
        onDelete: () => void this.deleteGoal(goalId),
      }),
    };
  }

  /** What the notes' Edit buttons and editor do. */
  noteBindings(): Pick<NotePileTemplate, 'editing' | 'onEdit' | 'correction'> {
    return {
      editing: this.#editing?.kind === 'note' ? this.#editing.id : undefined,
      onEdit: (noteId) => this.edit('note', noteId),
      correction: (noteId) => ({
        onSave: (text) => void this.save(text),
        onCancel: () => this.cancel(),
        onDelete: () => void this.deleteNote(noteId),
      }),
    };
  }

  /** Opens a goal or note for correction, focusing its text. */
  edit(kind: Editing['kind'], id: string): void {
    this.#setEditing({ kind, id });
    void this.#context.focusAfterUpdate('#edit-text');
  }

  /** Closes the editor; focus goes back to its Edit button. */
  cancel(): void {
    const was = this.#editing;
    this.#setEditing(undefined);
    if (was) void this.#context.focusAfterUpdate(`[data-${was.kind}="${was.id}"] .edit`);
  }

  /** Saves the text of the goal or note being edited (an empty text is refused and shown). */
  async save(text: string): Promise<void> {
    const editing = this.#editing;
    if (!editing) return;
    const done =
      editing.kind === 'goal' ? await this.#renameGoal(editing.id, text) : await this.#editNote(editing.id, text);
    if (done) this.cancel();
  }

  async archive(goalId: string): Promise<void> {
    const { t, command } = this.#context;
    const goal = await command((store) => archiveGoal(store, { goalId }));
    if (!goal) return;
    this.#setEditing(undefined);
    this.#context.goalsChanged('archive', goal);
    this.#context.announce(t('goalArchived', { goal: goal.description }));
    this.#context.undoable({
      what: t('archived'),
      undo: async () => this.#changed('restore', await command((store) => restoreGoal(store, { goalId }))),
    });
    await this.#context.focusAfterUpdate('#goal');
  }

  async deleteGoal(goalId: string): Promise<void> {
    const { t, command } = this.#context;
    const deleted = await command((store) => deleteGoal(store, { goalId }));
    if (!deleted) return;
    this.#setEditing(undefined);
    this.#context.goalsChanged('delete', deleted.goal);
    this.#context.announce(t('goalDeleted', { goal: deleted.goal.description }));
    this.#context.undoable({
      what: t('deletedGoal'),
      undo: async () => this.#changed('restore', await command((store) => restoreDeletedGoal(store, deleted))),
    });
    await this.#context.focusAfterUpdate('#goal');
  }

  async deleteNote(noteId: string): Promise<void> {
    const { t, command } = this.#context;
    const removed = await command((store) => deleteNote(store, { noteId }));
    if (!removed) return;
    this.#setEditing(undefined);
    this.#context.emit(new OtNoteChangeEvent({ action: 'delete', note: removed, previous: removed }));
    this.#context.announce(t('noteDeleted'));
    this.#context.undoable({
      what: t('deletedNote'),
      undo: async () => {
        const note = await command((store) => restoreNote(store, removed));
        if (note) this.#context.emit(new OtNoteChangeEvent({ action: 'restore', note, previous: undefined }));
        return !!note;
      },
    });
    await this.#context.focusAfterUpdate('#note');
  }

  async #renameGoal(goalId: string, description: string): Promise<boolean> {
    const { t, command } = this.#context;
    const previous = getRecord(this.#context.store.getState(), 'goals', goalId);
    const goal = await command((store) => renameGoal(store, { goalId, description }));
    if (!goal || !previous) return false;
    this.#context.goalsChanged('rename', goal);
    this.#context.undoable({
      what: t('renamed'),
      undo: async () =>
        this.#changed(
          'rename',
          await command((store) => renameGoal(store, { goalId, description: previous.description })),
        ),
    });
    return true;
  }

  async #editNote(noteId: string, text: string): Promise<boolean> {
    const { t, command } = this.#context;
    const previous = getRecord(this.#context.store.getState(), 'notes', noteId);
    const note = await command((store) => editNote(store, { noteId, text }));
    if (!note || !previous) return false;
    this.#context.emit(new OtNoteChangeEvent({ action: 'edit', note, previous }));
    this.#context.undoable({
      what: t('editedNote'),
      undo: async () => {
        const back = await command((store) => editNote(store, { noteId, text: previous.text }));
        if (back) this.#context.emit(new OtNoteChangeEvent({ action: 'edit', note: back, previous: note }));
        return !!back;
      },
    });
    return true;
  }

  #changed(action: 'rename' | 'restore', goal: Parameters<GoalStackContext['goalsChanged']>[1] | undefined): boolean {
    if (goal) this.#context.goalsChanged(action, goal);
    return !!goal;
  }

  #setEditing(editing: Editing | undefined): void {
    this.#editing = editing;
    this.#host.requestUpdate();
  }
}
