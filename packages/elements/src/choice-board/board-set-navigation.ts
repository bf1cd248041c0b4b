import type { ReactiveControllerHost } from 'lit';
import {
  boardSetView,
  linkedBoard,
  navigateBoardSet,
  nextOpenPath,
  type OtAccessMethod,
  type OtBoardSetStep,
  type OtBoardSetView,
  type OtChoice,
  type OtChoiceBoard,
  type OtError,
  type OtStore,
} from '@otkit/sdk';
import { OtBoardChangeEvent } from '../events/ot-board-change.js';

/** An item of the navigation bar: scanned, dwelt on and clicked like a choice. */
export interface NavAction {
  readonly nav: 'back' | 'home';
}
export const NAV_BACK: NavAction = { nav: 'back' };
export const NAV_HOME: NavAction = { nav: 'home' };

/** What {@link BoardSetNavigation} reads from and does on its board; read again at each use. */
export interface BoardSetAccess {
  /** The board the element was given (the page's, or the stored one named by `board-id`): the set's home. */
  home(): OtChoiceBoard | undefined;
  /** Finds a board of the set by id. */
  lookup(boardId: string): OtChoiceBoard | undefined;
  /** The store holding the home board, when connected: the open path is kept there. */
  store(): OtStore | undefined;
  emit(event: Event): boolean;
  /** Says which board opened, in the live region. */
  announce(name: string): void;
  report(error: unknown): OtError;
  /** Focuses the tab stop of the board after the next update. */
  focusAfterUpdate(): void;
}

/**
 * Navigation through a board set: a choice that links to a board of the set opens it, Back and Home go back.
 * The open path is the SDK's (`boardSetView`, `nextOpenPath`); connected, it is kept on the stored home board
 * with `navigateBoardSet`, so the board opens where it was after a reload; standalone it lives here.
 */
export class BoardSetNavigation {
  readonly #host: ReactiveControllerHost;
  readonly #access: BoardSetAccess;
  #localPath: readonly string[] = [];
  #localHome: string | undefined;

  constructor(host: ReactiveControllerHost, access: BoardSetAccess) {
    this.#host = host;
    this.#access = access;
  }

  /** Where the set stands: the home board, the open board and the path; undefined with no board. */
  view(): OtBoardSetView | undefined {
    const home = this.#access.home();
    if (!home) return undefined;
    const store = this.#access.store();
    // A page's board keeps its own path until the page gives another home board.
    if (!store && this.#localHome !== home.id) {
      this.#localHome = home.id;
      this.#localPath = [];
    }
    return boardSetView(home, store ? (home.openPath ?? []) : this.#localPath, (id) => this.#access.lookup(id));
  }

  /** The board a choice opens, when it links to a board of the set. */
  target(choice: OtChoice): OtChoiceBoard | undefined {
    return linkedBoard(choice, (id) => this.#access.lookup(id));
  }

  /** Whether the set has a board with this id (a link to it works). */
  has(boardId: string): boolean {
    return this.#access.lookup(boardId) !== undefined;
  }

  /** Opens the board a choice links to. */
  open(board: OtChoiceBoard, method: OtAccessMethod): Promise<void> {
    return this.step({ kind: 'open', boardId: board.id }, method);
  }

  /** Back or Home from the navigation bar. */
  go(action: NavAction, method: OtAccessMethod): Promise<void> {
    return this.step({ kind: action.nav }, method);
  }

  async step(step: OtBoardSetStep, method: OtAccessMethod): Promise<void> {
    const access = this.#access;
    const before = this.view();
    if (!before) return;
    const homeId = before.home.id;
    const store = access.store();
    try {
      if (store) await navigateBoardSet(store, homeId, step);
      else this.#localPath = nextOpenPath(before.path, step, homeId);
    } catch (error) {
      access.report(error);
      return;
    }
    this.#host.requestUpdate();
    const after = this.view();
    if (!after || after.current.id === before.current.id) return;
    access.announce(after.current.name);
    access.focusAfterUpdate();
    const via = step.kind === 'open' ? 'link' : step.kind;
    access.emit(new OtBoardChangeEvent({ boardId: after.current.id, homeId, path: after.path, via, method }));
  }
}
