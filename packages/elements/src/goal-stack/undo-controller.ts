import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One change Undo can take back: what it is called ("+ trial", "delete goal") and how to take it back. */
export interface UndoStep {
  /** What Undo will undo, in the element's language: the Undo button says it. */
  readonly what: string;
  /** Takes the change back; resolves false when the store refused (the step stays to try again). */
  undo(): Promise<boolean>;
}

/** How many changes Undo remembers. */
const UNDO_DEPTH = 50;

/**
 * The goal stack's one Undo, newest first, for every change made here: a quick-data tap, "Make a goal", a
 * goal renamed, archived or deleted, a note edited or deleted. The button and the announcement say what it
 * undoes.
 */
export class GoalStackUndoController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #steps: readonly UndoStep[] = [];

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** What Undo would undo now; undefined when there is nothing. */
  get next(): string | undefined {
    return this.#steps[this.#steps.length - 1]?.what;
  }

  push(step: UndoStep): void {
    this.#steps = [...this.#steps.slice(1 - UNDO_DEPTH), step];
    this.#host.requestUpdate();
  }

  /** Undoes the newest change; resolves with what it undid, or undefined (nothing, or refused). */
  async undo(): Promise<string | undefined> {
    const step = this.#steps[this.#steps.length - 1];
    if (!step) return undefined;
    this.#steps = this.#steps.slice(0, -1);
    this.#host.requestUpdate();
    if (await step.undo()) return step.what;
    this.#steps = [...this.#steps, step];
    this.#host.requestUpdate();
    return undefined;
  }
}
