/** A selection shown at once but not yet saved: the chosen ids before it, and the choice it chose. */
export interface PendingSelection {
  before: string[];
  readonly after: readonly string[];
  readonly choiceId: string;
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The selections a board shows before the store has saved them. When the store refuses one (and, having built
 * on it, the ones made after it), the choice is taken out of what is shown and of every selection still
 * waiting, so the board never holds a choice the store has not.
 */
export class PendingSelections {
  readonly #waiting = new Set<PendingSelection>();

  /** Notes a selection shown before it is saved; pass the result to `settle` or `refuse`. */
  add(before: readonly string[], after: readonly string[], choiceId: string): PendingSelection {
    const entry = { before: [...before], after, choiceId };
    this.#waiting.add(entry);
    return entry;
  }

  /** The choices of the selections still waiting for the store: shown as pending (busy) until saved. */
  choices(): Set<string> {
    return new Set([...this.#waiting].map((entry) => entry.choiceId));
  }

  /** The store saved it. */
  settle(entry: PendingSelection): void {
    this.#waiting.delete(entry);
  }

  /**
   * The store refused it: returns what the board shows now (`shown`) without its choice — the selection before
   * it when nothing was chosen since — and takes the choice out of the selections still waiting.
   */
  refuse(entry: PendingSelection, shown: readonly string[]): string[] {
    this.#waiting.delete(entry);
    const undo = (ids: readonly string[]) =>
      sameIds(ids, entry.after) ? entry.before : ids.filter((id) => id !== entry.choiceId);
    for (const other of this.#waiting) other.before = undo(other.before);
    return undo(shown);
  }
}
