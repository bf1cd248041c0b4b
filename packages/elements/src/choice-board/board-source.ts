import {
  OtValidationError,
  choiceBoardSchema,
  getRecord,
  hasRecord,
  localizeBoard,
  safeParse,
  type OtBoardSetInput,
  type OtChoiceBoard,
  type OtError,
  type OtStore,
} from '@otkit/sdk';

/** What {@link BoardSource} reads from its element, again at each use. */
export interface BoardSourceAccess {
  /** The page's `board`, `boardSet` and `board-id`. */
  props(): { board: object | undefined; boardSet: OtBoardSetInput | undefined; boardId: string };
  /** The provided store, when connected. */
  store(): OtStore | undefined;
  /** The page's language (`lang` of the element or the document). */
  language(): string;
  report(error: unknown): OtError;
}

/**
 * Where a choice board's boards come from: the page (`board`, or a `boardSet` whose root is home), checked
 * against the SDK's schema with the last good boards kept, else the store (`board-id`); and the open board in
 * the page's language (`localizeBoard`, kept while neither changes).
 */
export class BoardSource {
  /** The last problem with the page's boards, until good ones come. */
  error: OtError | undefined;
  readonly #access: BoardSourceAccess;
  /** The last good board from the `board` property (or the home board of `boardSet`). */
  #pageBoard: OtChoiceBoard | undefined;
  /** The last good boards of `boardSet`, by id. */
  #pageSet = new Map<string, OtChoiceBoard>();
  #localized: { from: OtChoiceBoard; language: string; board: OtChoiceBoard } | undefined;

  constructor(access: BoardSourceAccess) {
    this.#access = access;
  }

  /** Checks the page's `board` and `boardSet` (after either changed); bad data keeps the last good boards. */
  takePageBoards(): void {
    const { board, boardSet } = this.#access.props();
    this.error = undefined;
    const parse = (raw: unknown, at: string) => {
      const result = safeParse(choiceBoardSchema, { id: 'board', createdAt: 0, ...(raw as object) });
      if (result.success) return result.data;
      this.error ??= this.#access.report(new OtValidationError(at, result.issues));
      return undefined;
    };
    const set = boardSet?.boards.map((raw, index) => parse(raw, `property "boardSet" boards[${index}]`));
    if (!set) this.#pageSet = new Map();
    else if (!this.error) this.#pageSet = new Map(set.map((b) => [b!.id, b!]));
    const own = board && parse(board, 'property "board"');
    if (this.error) return;
    this.#pageBoard = own || (boardSet ? this.#pageSet.get(boardSet.root) : undefined);
  }

  /** True when the home board comes from the store (`board-id`), not from the page. */
  get storedHome(): boolean {
    const { board, boardSet, boardId } = this.#access.props();
    const store = this.#access.store();
    return !this.#pageBoard && !board && !boardSet && !!store && hasRecord(store.getState(), 'choiceBoards', boardId);
  }

  /** The home board: the page's (its last good one), else the stored one named by `board-id`. */
  home(): OtChoiceBoard | undefined {
    if (this.#pageBoard) return this.#pageBoard;
    const { board, boardSet, boardId } = this.#access.props();
    return board || boardSet ? undefined : this.#stored(boardId);
  }

  /** A board of the set: the page's set, else (when home is stored) the store's boards. */
  lookup(id: string): OtChoiceBoard | undefined {
    return this.#pageSet.get(id) ?? (this.storedHome ? this.#stored(id) : undefined);
  }

  /** `open` in the page's language, where its choices have translations. */
  localized(open: OtChoiceBoard): OtChoiceBoard {
    const language = this.#access.language();
    const kept = this.#localized;
    if (kept?.from === open && kept.language === language) return kept.board;
    this.#localized = { from: open, language, board: localizeBoard(open, language) };
    return this.#localized.board;
  }

  #stored(id: string): OtChoiceBoard | undefined {
    const store = this.#access.store();
    return store ? getRecord(store.getState(), 'choiceBoards', id) : undefined;
  }
}
