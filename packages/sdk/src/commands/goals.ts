/**
 * Commands of the goals-and-notes domain: goals (this file), "To Get To" notes (goals-notes.ts) and the quick
 * data of a session (goals-quick-data.ts). Each one validates, runs in one store transaction, stamps what it
 * writes with the store's clock at the moment it runs (the session and its phase too), and resolves with the
 * stored records once the store has saved them. `<ot-goal-stack>` calls them; so can any portal, React or Vue
 * app, or a Node server.
 */
import type { OtGoalLifecycle } from '../model/enums.js';
import type { OtGoal, OtNote, OtProgressEntry } from '../model/entities.js';
import type { OtImageRef } from '../model/fields.js';
import { listRecords } from '../store/read.js';
import type { OtStore } from '../store/store.js';
import { stackGoals, type OtGoalStackScope } from '../views/goal-stack.js';
import { goalOf, invalid, nextOrder, requiredText, run } from './goals-shared.js';

export * from './goals-notes.js';
export * from './goals-quick-data.js';

/** Input of {@link addGoal}. */
export interface OtAddGoalInput {
  readonly description: string;
  readonly clientId?: string | undefined;
  readonly image?: OtImageRef | undefined;
  /** Position in the stack. Default: after every goal. */
  readonly order?: number | undefined;
}

/**
 * Adds a goal, at the end of the stack unless `order` says otherwise. The description is trimmed; empty is
 * refused (`description`), and a `clientId` must name a stored client.
 *
 * @example
 * const goal = await addGoal(store, { description: 'Shoe-tying', clientId: 'c-17' });
 */
export function addGoal(store: OtStore, input: OtAddGoalInput): Promise<OtGoal> {
  return run(store, 'goals.add', (tx) =>
    tx.goals.add({
      description: requiredText('goal', 'description', input.description),
      clientId: input.clientId,
      image: input.image,
      order: input.order ?? nextOrder(tx),
    }),
  );
}

/** Input of {@link reorderGoals}. */
export interface OtReorderGoalsInput extends OtGoalStackScope {
  /** The goal to move. */
  readonly goalId: string;
  /** Its new position in the stack, 0-based. */
  readonly to: number;
}

/**
 * Moves one goal of a stack to another position, reading the stack's order from the store when it runs (so
 * quick repeated moves add up), and renumbers the goals whose order changes. Resolves with the stack in its new
 * order. A goal not in the stack, or a position outside it, is refused.
 *
 * @example
 * const stack = await reorderGoals(store, { goalId: 'shoes', to: 0, clientId: 'c-17' });
 */
export function reorderGoals(store: OtStore, input: OtReorderGoalsInput): Promise<OtGoal[]> {
  return run(store, 'goals.reorder', (tx) => {
    const goals = stackGoals(tx.state, input);
    const from = goals.findIndex((goal) => goal.id === input.goalId);
    if (from < 0) throw invalid('reorder', ['goalId'], 'reference', `names no goal of the stack ("${input.goalId}")`);
    if (!Number.isInteger(input.to) || input.to < 0 || input.to >= goals.length)
      throw invalid('reorder', ['to'], 'invalid', `must be a position from 0 to ${goals.length - 1} (got ${input.to})`);
    const [moved] = goals.splice(from, 1);
    goals.splice(input.to, 0, moved!);
    return goals.map((goal, order) => (goal.order === order ? goal : tx.goals.update(goal.id, { order })));
  });
}

/**
 * Corrects a goal's description (trimmed; empty is refused, naming `description`).
 *
 * @example
 * await renameGoal(store, { goalId: 'shoes', description: 'Tying shoes with a double knot' });
 */
export function renameGoal(
  store: OtStore,
  input: { readonly goalId: string; readonly description: string },
): Promise<OtGoal> {
  return run(store, 'goals.rename', (tx) => {
    goalOf(tx, input.goalId);
    return tx.goals.update(input.goalId, { description: requiredText('goal', 'description', input.description) });
  });
}

/** The lifecycle a goal leaves the stack with; see {@link archiveGoal}. */
export type OtArchivedLifecycle = Exclude<OtGoalLifecycle, 'active'>;

/**
 * Takes a goal off the stack and keeps it with its data: `on-hold` (the default: it may come back),
 * `completed` or `cancelled`. {@link restoreGoal} puts it back.
 *
 * @example
 * await archiveGoal(store, { goalId: 'zip', lifecycle: 'completed' });
 */
export function archiveGoal(
  store: OtStore,
  input: { readonly goalId: string; readonly lifecycle?: OtArchivedLifecycle | undefined },
): Promise<OtGoal> {
  const lifecycle = input.lifecycle ?? 'on-hold';
  if (lifecycle === ('active' as string))
    return Promise.reject(invalid('goal', ['lifecycle'], 'enum', 'must not be "active" (use restoreGoal)'));
  return run(store, 'goals.archive', (tx) => {
    goalOf(tx, input.goalId);
    return tx.goals.update(input.goalId, { lifecycle });
  });
}

/**
 * Puts an archived goal back on the stack (lifecycle `active`), where it was in the order.
 *
 * @example
 * await restoreGoal(store, { goalId: 'zip' });
 */
export function restoreGoal(store: OtStore, input: { readonly goalId: string }): Promise<OtGoal> {
  return run(store, 'goals.restore', (tx) => {
    goalOf(tx, input.goalId);
    return tx.goals.update(input.goalId, { lifecycle: 'active' });
  });
}

/** What {@link deleteGoal} removed and changed, as it was: pass it to {@link restoreDeletedGoal} to undo. */
export interface OtDeletedGoal {
  readonly goal: OtGoal;
  /** The goal's progress entries, removed with it. */
  readonly entries: readonly OtProgressEntry[];
  /** Notes that were under the goal (now under no goal) or promoted to it (now open again), before the change. */
  readonly notes: readonly OtNote[];
}

/**
 * Deletes a goal entered by mistake, with its progress entries. Notes under it are kept, under no goal (the
 * client raised them); a note that was made into this goal is open again. To keep a goal's data, archive it
 * instead. Resolves with what was removed and changed, which {@link restoreDeletedGoal} puts back.
 *
 * @example
 * const deleted = await deleteGoal(store, { goalId: 'typo' });
 * await restoreDeletedGoal(store, deleted); // Undo
 */
export function deleteGoal(store: OtStore, input: { readonly goalId: string }): Promise<OtDeletedGoal> {
  return run(store, 'goals.delete', (tx) => {
    const goal = goalOf(tx, input.goalId);
    const entries = listRecords(tx.state, 'progressEntries').filter((entry) => entry.goalId === goal.id);
    const notes = listRecords(tx.state, 'notes').filter(
      (note) => note.goalId === goal.id || note.promotedGoalId === goal.id,
    );
    for (const note of notes)
      tx.notes.update(note.id, {
        ...(note.goalId === goal.id ? { goalId: null } : {}),
        ...(note.promotedGoalId === goal.id ? { status: 'open' as const, promotedGoalId: undefined } : {}),
      });
    for (const entry of entries) tx.progressEntries.remove(entry.id);
    tx.goals.remove(goal.id);
    return { goal, entries, notes };
  });
}

/**
 * Undoes {@link deleteGoal}: the goal, its progress entries and its notes as they were.
 *
 * @example
 * await restoreDeletedGoal(store, await deleteGoal(store, { goalId: 'shoes' }));
 */
export function restoreDeletedGoal(store: OtStore, deleted: OtDeletedGoal): Promise<OtGoal> {
  return run(store, 'goals.undelete', (tx) => {
    // put, not add: the records come back under their ids, past the removal's revision.
    const goal = tx.goals.put(deleted.goal);
    for (const entry of deleted.entries) tx.progressEntries.put(entry);
    for (const note of deleted.notes)
      if (tx.notes.get(note.id))
        tx.notes.update(note.id, { goalId: note.goalId, status: note.status, promotedGoalId: note.promotedGoalId });
    return goal;
  });
}
