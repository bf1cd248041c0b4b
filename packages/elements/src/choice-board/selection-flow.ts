import type { ReactiveControllerHost } from 'lit';
import {
  hasRecord,
  planSelection,
  select,
  type OtAccessMethod,
  type OtChoice,
  type OtChoiceBoard,
  type OtError,
  type OtStore,
} from '@otkit/sdk';
import { OtSelectEvent } from '../events/ot-select.js';
import { OtSelectionChangeEvent } from '../events/ot-selection-change.js';
import type { BoardVoice } from './board-voice.js';
import { ANSWER_YES, type BoardItem } from './choice-board.templates.js';
import { PendingSelections } from './pending-selections.js';

/** What a {@link SelectionFlow} reads from and does on its board; read again at each use. */
export interface SelectionFlowAccess {
  /** The board shown, if any. */
  board(): OtChoiceBoard | undefined;
  /** The chosen ids, read fresh. */
  selection(): string[];
  setSelection(ids: readonly string[]): void;
  /** The board's `value` for these ids (the type `ot-selection-change` carries). */
  valueOf(ids: readonly string[]): string | string[];
  /** One choice or several, a confirm step, and whether the board is disabled (or in a disabled fieldset). */
  rules(): { multiple: boolean; confirm: boolean; inactive: boolean };
  store(): OtStore | undefined;
  sessionId(): string;
  readonly voice: BoardVoice;
  /** Dispatches an event on the board; false when it was cancelled. */
  emit(event: Event): boolean;
  announce(key: 'chosen' | 'unchosen' | 'unavailable', label: string): void;
  report(error: unknown): OtError;
  /** Puts the tab stop on a choice. */
  focusChoice(choiceId: string): void;
  /** Focuses what `selector` finds (the tab stop by default) after the next update. */
  focusAfterUpdate(selector?: string): void;
}

/**
 * The selection flow of a choice board: the board's rules (SDK `planSelection`) decide what a pick does; a
 * change fires the cancelable `ot-select`, is shown at once, and — connected — is recorded with the SDK's
 * `select` command, `ot-selection-change` following only once the store saved it (a refusal undoes it).
 */
export class SelectionFlow {
  /** The choice the confirm step asks about. */
  confirmingId: string | undefined;
  /** A selection the store refused (undone), until the next one is saved. */
  saveError: OtError | undefined;
  /**
   * Connected: `saving` while a selection waits for the store's commit (the store shows it at once, before it is
   * durable), then `saved`; undefined before the first selection and after a refusal.
   */
  saveState: 'saving' | 'saved' | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #board: SelectionFlowAccess;
  /** How the choice the confirm step asks about was picked (recorded with it once confirmed). */
  #confirmMethod: OtAccessMethod = 'pointer';
  readonly #unsaved = new PendingSelections();

  constructor(host: ReactiveControllerHost, access: SelectionFlowAccess) {
    this.#host = host;
    this.#board = access;
  }

  /** Ids of the choices whose selection the store has not saved yet. */
  get pending(): ReadonlySet<string> {
    return this.#unsaved.choices();
  }

  /** Closes the confirm step. */
  closeConfirm(): void {
    this.confirmingId = undefined;
    this.#host.requestUpdate();
  }

  /** A choice (or an answer of the confirm step) was picked by `method`. */
  pick(item: BoardItem, method: OtAccessMethod): void {
    const access = this.#board;
    const board = access.board();
    const { multiple, confirm, inactive } = access.rules();
    if (typeof item !== 'string') {
      const confirmed = this.confirmingId;
      this.closeConfirm();
      if (item === ANSWER_YES && confirmed !== undefined && board) {
        const plan = planSelection(board, access.selection(), confirmed, { multiple, confirmed: true });
        if (plan.kind === 'change') void this.#change(board, plan, this.#confirmMethod, false);
      }
      return access.focusAfterUpdate();
    }
    access.focusChoice(item);
    if (!board || inactive || !board.choices.some((choice) => choice.id === item && !choice.hidden)) return;
    const plan = planSelection(board, access.selection(), item, { multiple, confirm });
    if (plan.kind === 'unavailable') return access.announce('unavailable', plan.choice.label);
    if (plan.kind === 'confirm') {
      this.#confirmMethod = method;
      this.confirmingId = item;
      this.#host.requestUpdate();
      access.voice.say(plan.choice);
      return access.focusAfterUpdate('[data-answer="yes"]');
    }
    void this.#change(board, plan, method, true);
  }

  async #change(
    board: OtChoiceBoard,
    plan: { choice: OtChoice; selected: boolean; value: readonly string[] },
    method: OtAccessMethod,
    speak: boolean,
  ): Promise<void> {
    const access = this.#board;
    const { choice, selected, value } = plan;
    const what = { boardId: board.id, choiceId: choice.id, method };
    if (!access.emit(new OtSelectEvent({ ...what, choice, selected }))) return;
    const before = access.selection();
    access.setSelection(value);
    access.announce(selected ? 'chosen' : 'unchosen', choice.label);
    if (selected && speak) access.voice.say(choice);
    const store = access.store();
    if (!store || !hasRecord(store.getState(), 'choiceBoards', board.id)) {
      access.emit(new OtSelectionChangeEvent({ ...what, value: access.valueOf(value) }));
      return;
    }
    const pending = this.#unsaved.add(before, value, choice.id);
    this.saveState = 'saving';
    this.#host.requestUpdate();
    try {
      const input = { ...what, selection: before, sessionId: access.sessionId() || undefined };
      await select(store, input, { multiple: access.rules().multiple });
      this.#unsaved.settle(pending);
      this.saveError = undefined;
      if (!this.#unsaved.choices().size) this.saveState = 'saved';
      access.emit(new OtSelectionChangeEvent({ ...what, value: access.valueOf(value) }));
    } catch (error) {
      // Refused (the store rolled back this one and any made on top of it): nothing changed for the page.
      access.setSelection(this.#unsaved.refuse(pending, access.selection()));
      this.saveError = access.report(error);
      this.saveState = undefined;
    }
    this.#host.requestUpdate();
  }
}
