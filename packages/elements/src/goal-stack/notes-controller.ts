import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  addNote,
  addressNote,
  carryOverNotes,
  createId,
  getRecord,
  moveNote,
  promoteNote,
  sessionAt,
  undoPromotion,
} from '@otkit/sdk';
import { OtNoteAddEvent } from '../events/ot-note-add.js';
import { OtNoteChangeEvent } from '../events/ot-note-change.js';
import type { GoalStackContext } from './goal-stack.context.js';
import type { NotePileTemplate } from './note-pile.template.js';
import type { SaveState } from './quick-data.template.js';

/** The parts of the pile's template that the notes controller fills. */
type PileBindings = Pick<
  NotePileTemplate,
  | 'expanded'
  | 'moving'
  | 'saveStates'
  | 'onToggleWhole'
  | 'onAddressed'
  | 'onMoving'
  | 'onMoveListBlur'
  | 'onMove'
  | 'onPromote'
  | 'onCarry'
>;

/**
 * The "To Get To" notes: adding one (cancelable `ot-note-add`, then `addNote`, which stamps the session and
 * phase as it runs), marking addressed, moving, promoting and carrying over; and what the pile shows about
 * them here: which notes are being saved or saved, which are shown whole, which one lists goals to move to.
 */
export class GoalNotesController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #context: GoalStackContext;
  #saveStates: ReadonlyMap<string, SaveState> = new Map();
  #expanded: ReadonlySet<string> = new Set();
  #moving: string | undefined;

  constructor(host: ReactiveControllerHost, context: GoalStackContext) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the pile shows about the notes here, and what its controls do; `onCarry` carries one note over. */
  bindings(onCarry: (noteId: string) => void): PileBindings {
    return {
      expanded: this.#expanded,
      moving: this.#moving,
      saveStates: this.#saveStates,
      onToggleWhole: (noteId) => this.toggleWhole(noteId),
      onAddressed: (noteId, addressed) => void this.setAddressed(noteId, addressed),
      onMoving: (noteId) => this.showMoveList(noteId),
      onMoveListBlur: () => this.closeMoveList(),
      onMove: (noteId, goalId) => void this.move(noteId, goalId),
      onPromote: (noteId) => void this.promote(noteId),
      onCarry,
    };
  }

  /** Notes added here that are being saved, or (the newest) saved. */
  get saveStates(): ReadonlyMap<string, SaveState> {
    return this.#saveStates;
  }

  /** Long notes shown whole. */
  get expanded(): ReadonlySet<string> {
    return this.#expanded;
  }

  /** The note whose "Move to…" list is open. */
  get moving(): string | undefined {
    return this.#moving;
  }

  /**
   * Adds a note under the card on top now. The field empties at once and the note shows as saving; a note the
   * store refuses goes back into the field. Resolves false when the page cancelled it (the text stays).
   */
  async add(field: HTMLInputElement, text: string): Promise<boolean> {
    const context = this.#context;
    const now = context.clock.now();
    const goalId = context.model().current?.id ?? null;
    const { sessionId, phaseId } = sessionAt(context.store.getState(), now, context.names);
    if (!context.emit(new OtNoteAddEvent({ text, goalId, sessionId, phaseId }))) return false;
    const id = createId(now);
    this.#setSaveState(id, 'saving');
    field.value = '';
    // The command stamps the session and phase again as it runs; the page names only what it set itself.
    const note = await context.command((store) =>
      addNote(store, { id, text, goalId, sessionId: context.names.sessionId, phaseId: context.names.phaseId }),
    );
    this.#setSaveState(id, note ? 'saved' : undefined);
    if (!note) {
      if (!field.value) field.value = text;
      return true;
    }
    context.emit(new OtNoteChangeEvent({ action: 'add', note, previous: undefined }));
    context.announce(context.t('noteAdded', { count: context.model().openCount }));
    return true;
  }

  /** Marks a note addressed, or opens it again; focus stays on its button as it moves in the pile. */
  async setAddressed(noteId: string, addressed: boolean): Promise<void> {
    this.#setMoving(undefined);
    const previous = this.#note(noteId);
    const note = await this.#context.command((store) => addressNote(store, { noteId, addressed }));
    if (!note) return;
    this.#context.emit(new OtNoteChangeEvent({ action: addressed ? 'address' : 'reopen', note, previous }));
    await this.#context.focusAfterUpdate(`[data-note="${noteId}"] [aria-pressed]`);
  }

  async move(noteId: string, goalId: string): Promise<void> {
    this.#setMoving(undefined);
    const previous = this.#note(noteId);
    const note = await this.#context.command((store) => moveNote(store, { noteId, goalId }));
    if (!note) return;
    this.#context.emit(new OtNoteChangeEvent({ action: 'move', note, previous }));
    await this.#context.focusAfterUpdate('#note');
  }

  async promote(noteId: string): Promise<void> {
    const previous = this.#note(noteId);
    const clientId = this.#context.names.clientId;
    const done = await this.#context.command((store) => promoteNote(store, { noteId, clientId }));
    if (!done) return;
    this.#context.goalAdded('promote', done.goal);
    this.#context.emit(new OtNoteChangeEvent({ action: 'promote', note: done.note, previous }));
    this.#context.undoable({
      what: this.#context.t('promoted'),
      undo: async () => {
        const note = await this.#context.command((store) => undoPromotion(store, { noteId }));
        if (!note) return false;
        this.#context.goalsChanged('delete', done.goal);
        this.#context.emit(new OtNoteChangeEvent({ action: 'reopen', note, previous: done.note }));
        return true;
      },
    });
    await this.#context.focusAfterUpdate('#note');
  }

  /** Carries notes over to the next session; resolves true when they were. */
  async carry(noteIds: readonly string[]): Promise<boolean> {
    const before = noteIds.map((id) => this.#note(id)!);
    const copies = await this.#context.command((store) => carryOverNotes(store, noteIds));
    if (!copies) return false;
    before.forEach((previous, i) => {
      const note = this.#note(previous.id)!;
      this.#context.emit(new OtNoteChangeEvent({ action: 'carry-over', note, previous, carried: copies[i] }));
    });
    this.#context.announce(this.#context.t('carried', { count: noteIds.length }));
    return true;
  }

  /** Shows the goal list of one note (focused), or puts its "Move to…" button back (focused). */
  showMoveList(noteId: string | undefined): void {
    const was = this.#moving;
    this.#setMoving(noteId);
    void this.#context.focusAfterUpdate(noteId ? '[part="note"] select' : `[part="note"] [data-move="${was}"]`);
  }

  /** The goal list lost focus: it closes, and focus stays where it went. */
  closeMoveList(): void {
    this.#setMoving(undefined);
  }

  toggleWhole(noteId: string): void {
    const next = new Set(this.#expanded);
    if (!next.delete(noteId)) next.add(noteId);
    this.#expanded = next;
    this.#host.requestUpdate();
  }

  #note(noteId: string) {
    return getRecord(this.#context.store.getState(), 'notes', noteId);
  }

  #setMoving(noteId: string | undefined): void {
    this.#moving = noteId;
    this.#host.requestUpdate();
  }

  /** Only notes being saved and the newest saved one say so: older notes are simply there. */
  #setSaveState(noteId: string, saveState: SaveState | undefined): void {
    const next = new Map([...this.#saveStates].filter(([, held]) => held === 'saving'));
    if (saveState) next.set(noteId, saveState);
    else next.delete(noteId);
    this.#saveStates = next;
    this.#host.requestUpdate();
  }
}
