/**
 * Choice-board commands: the selection rules of a board (one choice or several, unavailable choices refused,
 * a confirm step before a choice counts) as a pure planner, and `select`, which records a selection in the
 * store (which choice, when, by which access method) in one transaction.
 */
import { OtNotFoundError, OtValidationError } from '../errors.js';
import type { OtChoice, OtChoiceBoard, OtSelection } from '../model/entities.js';
import { OT_ACCESS_METHODS, type OtAccessMethod } from '../model/enums.js';
import { listRecords } from '../store/read.js';
import type { OtStore } from '../store/store.js';
import type { OtState } from '../store/types.js';

/** How a board selects: one choice (the default) or several, and whether a choice is confirmed first. */
export interface OtSelectionRules {
  /** Several choices can be chosen; choosing a chosen one unchooses it. */
  readonly multiple?: boolean;
  /** A choice not chosen yet is asked about ("You chose …") before it counts. */
  readonly confirm?: boolean;
  /** The confirm step was answered yes: the choice counts now. */
  readonly confirmed?: boolean;
}

/**
 * What choosing a choice does:
 * - `unavailable`: nothing; the choice is shown crossed out and cannot be chosen.
 * - `confirm`: nothing yet; the board asks "You chose …" first.
 * - `change`: the selection becomes `value`; `selected` says whether the choice was chosen or unchosen.
 */
export type OtSelectionPlan =
  | { readonly kind: 'unavailable'; readonly choice: OtChoice }
  | { readonly kind: 'confirm'; readonly choice: OtChoice }
  | {
      readonly kind: 'change';
      readonly choice: OtChoice;
      readonly selected: boolean;
      /** The ids of every chosen choice after the change. */
      readonly value: readonly string[];
    };

/** The choices a board shows (hidden ones are kept for round trips, never shown or chosen). */
export function shownChoices(board: Pick<OtChoiceBoard, 'choices'>): OtChoice[] {
  return board.choices.filter((choice) => !choice.hidden);
}

function shownChoice(board: Pick<OtChoiceBoard, 'choices'>, choiceId: string): OtChoice {
  const choice = shownChoices(board).find((c) => c.id === choiceId);
  if (!choice)
    throw new OtValidationError('selection', [
      { path: ['choiceId'], code: 'reference', message: `names no choice shown on this board (got "${choiceId}")` },
    ]);
  return choice;
}

/**
 * The board's selection rule, with no store: what choosing `choiceId` does to the current `selection` (the
 * chosen ids). With one choice at a time the new choice replaces the old; with `multiple` it toggles. An
 * unavailable choice is refused; with `confirm` a choice not chosen yet waits for a yes. Throws an
 * `OtValidationError` naming `choiceId` when the board shows no such choice.
 *
 * @example
 * const plan = planSelection(board, ['swing'], 'snack', { multiple: true });
 * // { kind: 'change', selected: true, value: ['swing', 'snack'], choice }
 */
export function planSelection(
  board: Pick<OtChoiceBoard, 'choices'>,
  selection: readonly string[],
  choiceId: string,
  rules: OtSelectionRules = {},
): OtSelectionPlan {
  const choice = shownChoice(board, choiceId);
  if (choice.unavailable) return { kind: 'unavailable', choice };
  if (rules.confirm && !rules.confirmed && !selection.includes(choiceId)) return { kind: 'confirm', choice };
  return changeOf(choice, selection, rules.multiple ?? false);
}

/** The selection after choosing `choice`: it replaces the old one, or with `multiple` it toggles. */
function changeOf(
  choice: OtChoice,
  selection: readonly string[],
  multiple: boolean,
): OtSelectionPlan & { kind: 'change' } {
  const selected = !(multiple && selection.includes(choice.id));
  const value = multiple ? selection.filter((id) => id !== choice.id) : [];
  if (selected) value.push(choice.id);
  return { kind: 'change', choice, selected, value };
}

/** What {@link select} is asked to do. */
export interface OtSelectInput {
  /** Id of the stored board. */
  readonly boardId: string;
  /** Id of the choice chosen (or unchosen). */
  readonly choiceId: string;
  /** How it was chosen: pointer, keyboard, auto-scan, step-scan or dwell. */
  readonly method: OtAccessMethod;
  /** The session the selection is recorded under (a stored session record). */
  readonly sessionId?: string | undefined;
  /** The ids chosen before (what the board shows); empty by default. */
  readonly selection?: readonly string[];
}

/** Options of {@link select}. */
export interface OtSelectOptions {
  /** Several choices can be chosen (choosing a chosen one unchooses it). */
  readonly multiple?: boolean;
  /** The actor recorded in the change log. */
  readonly actor?: string;
}

/** What {@link select} did. */
export interface OtSelectResult {
  readonly choice: OtChoice;
  /** True when the choice was chosen, false when it was unchosen (`multiple`). */
  readonly selected: boolean;
  /** The ids of every chosen choice after the selection. */
  readonly value: readonly string[];
  /** The stored selection record; undefined when a choice was unchosen (unchoosing is not recorded). */
  readonly record: OtSelection | undefined;
}

/**
 * Chooses a choice of a stored board with the board's rules ({@link planSelection}; a confirm step, if any,
 * was answered before) and records the selection (board, choice, method, session, time) in one transaction.
 * Rejects with an `OtNotFoundError` for an unknown board and an `OtValidationError` naming the field for an
 * unknown, hidden or unavailable choice, an unknown access method or session; nothing is stored then.
 *
 * @example
 * const { value, record } = await select(store, { boardId: 'break', choiceId: 'swing', method: 'pointer' });
 * // value: ['swing']; record: { id, boardId: 'break', choiceId: 'swing', method: 'pointer', at }
 */
export async function select(
  store: OtStore,
  input: OtSelectInput,
  options: OtSelectOptions = {},
): Promise<OtSelectResult> {
  if (!OT_ACCESS_METHODS.includes(input.method))
    throw new OtValidationError('selection', [
      {
        path: ['method'],
        code: 'enum',
        message: `must be one of ${OT_ACCESS_METHODS.map((m) => `"${m}"`).join(', ')} (got ${JSON.stringify(input.method)})`,
      },
    ]);
  return store.transaction(
    (tx) => {
      const board = tx.choiceBoards.get(input.boardId);
      if (!board) throw new OtNotFoundError('choiceBoards', input.boardId);
      const choice = shownChoice(board, input.choiceId);
      if (choice.unavailable)
        throw new OtValidationError('selection', [
          {
            path: ['choiceId'],
            code: 'invalid',
            message: `names a choice that is not available ("${input.choiceId}")`,
          },
        ]);
      const plan = changeOf(choice, input.selection ?? [], options.multiple ?? false);
      const record = plan.selected
        ? tx.selections.add({
            boardId: input.boardId,
            choiceId: input.choiceId,
            method: input.method,
            ...(input.sessionId ? { sessionId: input.sessionId } : {}),
          })
        : undefined;
      return { choice: plan.choice, selected: plan.selected, value: plan.value, record };
    },
    { command: 'choiceBoards.select', ...(options.actor ? { actor: options.actor } : {}) },
  );
}

/** A board set as {@link putBoardSet} stores it (what `importObzSet` returns as `set`). */
export interface OtBoardSetInput {
  readonly id: string;
  readonly root: string;
  readonly boards: readonly OtChoiceBoard[];
}

/**
 * Stores every board of a set in one transaction (all or nothing), each marked with the set's id and the root
 * marked as its home board. Rejects with an `OtValidationError` naming the board and field when one is not valid;
 * nothing is stored then.
 *
 * @example
 * const { set } = await importObzSet(file);
 * await putBoardSet(store, set);
 */
export async function putBoardSet(
  store: OtStore,
  set: OtBoardSetInput,
  options: { actor?: string } = {},
): Promise<void> {
  await store.transaction(
    (tx) => {
      for (const board of set.boards)
        tx.choiceBoards.put({ ...board, setId: set.id, setRoot: board.id === set.root || undefined });
    },
    { command: 'choiceBoards.putSet', ...(options.actor ? { actor: options.actor } : {}) },
  );
}

/**
 * The boards of a stored set, the root first, then by name. Empty when the store holds no board of that set.
 *
 * @example
 * const boards = listBoardSet(store.getState(), setId);
 * const bytes = await exportObzSet({ boards });
 */
export function listBoardSet(state: OtState, setId: string): OtChoiceBoard[] {
  return listRecords(state, 'choiceBoards')
    .filter((board) => board.setId === setId)
    .sort((a, b) => Number(!!b.setRoot) - Number(!!a.setRoot) || a.name.localeCompare(b.name));
}

/**
 * Keeps which boards are open on a set's home board (`openPath`: the boards opened from it, in order), so a
 * board that navigates a set opens where it was after a reload. An empty path is the home board itself.
 * Rejects with an `OtNotFoundError` for an unknown home board.
 *
 * @example
 * await setOpenPath(store, set.root, ['core.people']);
 */
export async function setOpenPath(store: OtStore, rootId: string, path: readonly string[]): Promise<void> {
  await store.transaction(
    (tx) => {
      if (!tx.choiceBoards.get(rootId)) throw new OtNotFoundError('choiceBoards', rootId);
      tx.choiceBoards.update(rootId, { openPath: path.length ? [...path] : undefined });
    },
    { command: 'choiceBoards.setOpenPath' },
  );
}
