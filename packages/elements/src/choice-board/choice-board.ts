import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  choiceBoardView,
  type OtBoardSetInput,
  type OtChoiceBoardInput,
  type OtChoiceBoard as OtChoiceBoardRecord,
  type OtChoiceBoardViewModel,
  type OtColorCoding,
  type OtError,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { ToneController } from '../controllers/tone-controller.js';
import { OtSelectionChangeEvent } from '../events/ot-selection-change.js';
import { choiceBoardMessages } from '../i18n/choice-board.messages.js';
import { commonMessages } from '../i18n/common.messages.js';
import { OtElement } from '../internal/ot-element.js';
import { matchesSelector } from '../internal/server-safe.js';
import { controlStyles } from '../styles/base.styles.js';
import { choiceBoardChecks } from './choice-board.attributes.js';
import { OtChoiceBoardAccess } from './choice-board.access.js';
import { choiceBoardStyles } from './choice-board.styles.js';
import { renderBoardLayout } from './choice-board.layout.js';
import { BoardSetNavigation } from './board-set-navigation.js';
import { BoardInput } from './board-input.js';
import { paintChoiceBackgrounds } from './paint-backgrounds.js';
import { BoardSource } from './board-source.js';
import {
  choiceValueError,
  choiceValueOf,
  fireNativeChange,
  labelText,
  parseChoiceValue,
  syncFormValue,
} from './form-value.js';
import { SelectionFlow } from './selection-flow.js';
import { BoardVoice } from './board-voice.js';
import { PageSwitchController } from './page-switch.js';
import { FitColumnsController } from './fit-columns.js';

/** A board as a page may give it: `id` and `createdAt` may be left out. */
export type OtChoiceBoardData = Omit<OtChoiceBoardInput, 'id' | 'createdAt'> & { id?: string; createdAt?: number };

/**
 * A board of pictures to choose from (2–36 on a child's board; imported AAC boards up to 150 buttons and 24 × 24
 * cells, laid out as the file says), by touch, pointer, keyboard, switch scanning or dwell. Choices can be spoken
 * (or play their own sound), confirmed, or shown crossed out when unavailable. Works in a form (the chosen ids
 * are its value) and, inside `<ot-provider>`, reads the board from the store (`board-id`) and records every
 * selection there with the SDK's `select` command, showing it as saving until the store has committed it.
 *
 * Board sets (an Open Board Format `.obz`: `importObzSet` from `@otkit/sdk/obf`, then `el.boardSet = set`, or
 * `putBoardSet` and `board-id`): a choice that links to another board of the set opens it, with Back and Home;
 * connected, the open path is kept on the home board across reloads. See docs/choice-board.md.
 *
 * Keyboard: one tab stop; arrow keys move (left and right follow the reading direction), Home / End go
 * to the start / end of the row (with Ctrl, of the board), Enter or Space chooses. With `scan` on, the
 * switch keys (`next-keys`, `select-keys`) drive the scan and Escape stops it; the toolbar starts, pauses,
 * resumes and stops it.
 *
 * @tagname ot-choice-board
 * @summary Choice board: pick a picture by touch, keyboard, switch scanning or dwell.
 * @csspart base - The wrapper of everything.
 * @csspart grid - The grid of choices (role grid).
 * @csspart row - One row of the grid.
 * @csspart choice - One choice; also `selected` and `unavailable` when so.
 * @csspart empty-cell - An empty cell of the grid.
 * @csspart image - The picture of a choice.
 * @csspart label - The label of a choice.
 * @csspart cross - The cross over an unavailable choice.
 * @csspart check - The mark on a chosen choice.
 * @csspart confirm - The confirm step ("You chose …").
 * @csspart toolbar - The scanning buttons: start, pause or resume, and stop.
 * @csspart error - The error state.
 * @csspart announcer - The live region.
 * @csspart navigation - Back, Home and the trail of open boards, away from a set's home board.
 * @csspart nav-back - The Back button.
 * @csspart nav-home - The Home button.
 * @csspart trail - The names of the boards opened from home, the current one last.
 * @csspart notice - The list of parts of the board that cannot be shown.
 * @csspart save-state - "Saving…" until the store has committed a selection, then "Saved".
 * @cssprop [--ot-choice-board-gap=var(--ot-space-s)] - Space between choices.
 * @cssprop [--ot-choice-board-cell-size=7rem] - Smallest height of a choice.
 * @cssprop [--ot-choice-board-cell-max-size=14rem] - Largest height of a choice (tiles are 5:4 up to it).
 * @cssprop [--ot-choice-board-scan-color=var(--ot-color-focus)] - Colour of the scan highlight.
 * @fires {OtSelectEvent} ot-select - Cancelable: someone chose (or unchose) a choice; `detail.method` says how.
 * @fires {OtSelectionChangeEvent} ot-selection-change - The selection changed by a person's action (connected:
 *   once the store saved it); `detail.value` lists the chosen ids.
 * @fires {OtBoardChangeEvent} ot-board-change - A person opened another board of the set (a linked choice, Back or
 *   Home); `detail.boardId`, `detail.path`, `detail.via`.
 * @fires {OtErrorEvent} ot-error - Bad `board` data or attribute values, or a selection the store refused (it is undone).
 * @fires {Event} input - Native, after `ot-selection-change`: what `v-model` and form libraries listen to.
 * @fires {Event} change - Native, after `input`.
 * @example
 * <ot-choice-board name="activity" required scan="auto"></ot-choice-board>
 * <script type="module">
 *   document.querySelector('ot-choice-board').board = {
 *     name: 'Break time',
 *     choices: [{ id: 'swing', label: 'Swing', image: { symbol: 'swing' } }, { id: 'snack', label: 'Snack', image: { symbol: 'snack' } }],
 *   };
 * </script>
 */
export class OtChoiceBoard extends OtChoiceBoardAccess {
  static override styles = [...(OtElement.styles as []), controlStyles, choiceBoardStyles];
  static override checkedProperties = choiceBoardChecks;
  static override providerAttributes = ['board-id'];

  readonly #t = this.translator(choiceBoardMessages);
  readonly #boards = new StoreController(this, { select: (state) => state.choiceBoards });
  /** Speech for this board: set `speech.synth` to another engine, or to null to silence it. */
  readonly speech = new SpeechController(this);
  readonly #announcer = new AnnounceController(this);
  readonly #voice = new BoardVoice(this.speech, new ToneController(this), () => ({
    cue: this.cue,
    noSpeech: this.noSpeech,
    voice: this.voice,
    rate: this.rate,
    lang: this.#board?.language ?? this.locale.locale,
    word: (key) => this.#t(key),
    rowWord: (row) => this.#t('row', { n: row }),
  }));
  readonly #selection = new SelectionFlow(this, {
    board: () => this.#board,
    selection: () => this.#selected,
    setSelection: (ids) => (this.value = ids),
    valueOf: (ids) => choiceValueOf(ids, this.multiple),
    rules: () => ({ multiple: this.multiple, confirm: this.confirm, inactive: this.#inactive }),
    store: () => this.#boards.provided,
    sessionId: () => this.sessionId,
    voice: this.#voice,
    emit: (event) => this.#emitFromSelection(event),
    announce: (key, label) => this.#announcer.announce(this.#t(key, { label })),
    report: (error) => this.reportError(error),
    focusChoice: (choiceId) => (this.focusId = choiceId),
    focusAfterUpdate: (selector) => this.#focus(selector),
  });
  readonly #source = new BoardSource({
    props: () => ({ board: this.board, boardSet: this.boardSet, boardId: this.boardId }),
    store: () => this.#boards.provided,
    language: () => this.locale.locale,
    report: (error) => this.reportError(error),
  });
  readonly #navigation = new BoardSetNavigation(this, {
    home: () => this.#source.home(),
    lookup: (id) => this.#source.lookup(id),
    store: () => (this.#source.storedHome ? this.#boards.provided : undefined),
    emit: (event) => this.emit(event),
    announce: (name) => this.#announcer.announce(this.#t('opened', { name })),
    report: (error) => this.reportError(error),
    focusAfterUpdate: () => {
      this.focusId = undefined;
      this.#scan.restart();
      this.#focus();
    },
  });
  readonly #input = new BoardInput(this, {
    view: () => this.#view,
    board: () => this.#board,
    inactive: () => this.#inactive,
    // Checked in willUpdate (never a spinning timer); the keys coerced in case a key comes before that.
    scanOptions: () => ({
      mode: this.scan,
      pattern: this.scanPattern,
      interval: this.scanInterval,
      firstDelay: this.scanFirstDelay,
      rounds: this.scanRounds,
      nextKeys: `${this.nextKeys}`.split(/\s+/),
      selectKeys: `${this.selectKeys}`.split(/\s+/),
    }),
    dwellTime: () => this.dwellTime,
    scheduler: () => this.scheduler,
    speaksMoves: () => this.cue === 'speech',
    rtl: () => this.locale.dir === 'rtl',
    selection: this.#selection,
    navigation: this.#navigation,
    voice: this.#voice,
    scanStopped: () => this.#announcer.announce(this.#t('scanStopped')),
    moveFocus: (choiceId) => {
      this.focusId = choiceId;
      this.#focus();
    },
    focused: (choiceId) => (this.focusId = choiceId),
  });
  readonly #scan = this.#input.scan;
  readonly #fit = new FitColumnsController(this);

  /** The choice that holds the tab stop (the last one focused). */
  @state() private focusId: string | undefined;
  @state() private boardError: OtError | undefined;

  /** The board to show. Set by the page, it wins over the store; bad data shows an error and keeps the last good board. */
  @property({ attribute: false }) board: OtChoiceBoardData | undefined;
  /**
   * A board set to navigate (what the SDK's `importObzSet` returns as `set`): its root is the home board, and a
   * choice that links to another board of the set opens it. `board`, when set too, is shown instead of the root.
   */
  @property({ attribute: false }) boardSet: OtBoardSetInput | undefined;
  /**
   * Inside `<ot-provider>`: the id of the board in the store to show, and to record selections for. A board of a
   * stored set (`putBoardSet`) is the home board: links open the set's boards, and the open path is kept on it.
   */
  @property({ attribute: 'board-id' }) boardId = '';
  /** Inside `<ot-provider>`: the session that selections are recorded under. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /**
   * The chosen choice id (`''` when none) or, with `multiple`, an array of the chosen ids: the type of
   * `ot-selection-change`'s `detail.value` too. Ids that are not on the board are refused (the last good value
   * stays, `ot-error` names them). The attribute (ids separated by spaces) is the value a form reset returns to.
   */
  @property()
  get value(): string | string[] {
    return choiceValueOf(this.#chosen, this.multiple);
  }
  set value(value: string | readonly string[] | null | undefined) {
    this.#chosen = parseChoiceValue(value);
  }
  #chosen: readonly string[] = [];
  /** Name of the value in a form. */
  @property() name = '';
  /** In a form: something must be chosen. */
  @property({ type: Boolean }) required = false;
  /** Several choices can be chosen (each choice toggles). */
  @property({ type: Boolean }) multiple = false;
  /** Asks "You chose …" with Yes / Go back before a choice counts. */
  @property({ type: Boolean }) confirm = false;
  /** Nothing can be chosen. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Accessible name of the grid; the board name by default. */
  @property() label = '';
  /** Columns of a board without a grid; 0 chooses from the number of choices. */
  @property({ type: Number }) columns = 0;
  /**
   * Colours choices by word class: `none`, or `fitzgerald` (the Fitzgerald key AAC boards use: people yellow,
   * verbs green, descriptors blue, nouns orange, social words pink…; see the SDK's `OT_FITZGERALD_COLORS`).
   */
  @property({ attribute: 'color-coding' }) colorCoding: OtColorCoding = 'none';

  constructor() {
    super();
    // Switch presses from anywhere on the page, when the host allows it (`switch-anywhere`).
    new PageSwitchController(this, {
      enabled: () => this.switchAnywhere && this.scan !== 'off' && !this.#inactive,
      handleKey: (event) => this.#scan.handleKey(event),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Scanning stops when the element leaves the page; it starts again when it comes back.
    if (this.hasUpdated) this.requestUpdate('scan', 'off');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#refuseUnknownValue(changed);
    if (changed.has('board') || changed.has('boardSet')) {
      this.#source.takePageBoards();
      this.boardError = this.#source.error;
    }
    if (this.#selection.confirmingId !== undefined && !this.#view.confirm) this.#selection.closeConfirm();
    // A bad scan value put back is no change: a running scan goes on where it is.
    if (changed.has('disabled') || (changed.has('scan') && changed.get('scan') !== this.scan)) {
      if (this.scan === 'off' || this.#inactive) this.#scan.stop();
      else this.#scan.start();
    }
  }

  protected override firstUpdated(): void {
    if (labelText(this.internals)) this.requestUpdate();
  }

  protected override updated(): void {
    const { name, required } = this;
    const form = { name, required, chosen: this.#selected, message: this.#t('required') };
    syncFormValue(this.internals, form, this.renderRoot.querySelector<HTMLElement>('[tabindex="0"]') ?? undefined);
    // Dynamic values go through the CSSOM, never a style attribute (strict CSP).
    this.style.setProperty('--_ot-choice-board-dwell-time', `${this.dwellTime}ms`);
    paintChoiceBackgrounds(this.renderRoot, this.#board?.choices ?? [], this.colorCoding);
  }

  /** Called by the form when it is reset: the selection goes back to the `value` attribute. */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  /** Called by the browser to restore the selection (back navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  /** The board shown: the one open in the set, in the page's language where its choices have translations. */
  get #board(): OtChoiceBoardRecord | undefined {
    const open = this.#navigation.view()?.current;
    return open && this.#source.localized(open);
  }

  /** The chosen ids; read fresh, so a click between a property set and the update sees the new value. */
  get #selected(): string[] {
    return [...this.#chosen];
  }

  /** A value naming ids the board does not have (or several without `multiple`) goes back to the last good one. */
  #refuseUnknownValue(changed: PropertyValues): void {
    const board = this.#board;
    if (!board || !(changed.has('value') || changed.has('multiple'))) return;
    const error = choiceValueError(board, this.#chosen, this.multiple);
    if (!error) return;
    const previous = parseChoiceValue(changed.get('value'));
    this.#chosen = choiceValueError(board, previous, this.multiple) ? [] : previous;
    this.reportError(error);
  }

  /** The selection flow's events, and after a changed selection the native `input` and `change`. */
  #emitFromSelection(event: Event): boolean {
    const dispatched = this.emit(event);
    if (event instanceof OtSelectionChangeEvent) fireNativeChange(this);
    return dispatched;
  }

  /** What the board shows now (computed again on each read: handlers never see a stale view). */
  get #view(): OtChoiceBoardViewModel {
    const board = this.#board;
    const options = {
      columns: this.columns,
      maxColumns: this.#fit.columns,
      disabled: this.#inactive,
      confirming: this.#selection.confirmingId,
      focusId: this.focusId,
    };
    return board ? choiceBoardView(board, this.#selected, options) : choiceBoardView({ choices: [] }, [], options);
  }

  get #inactive(): boolean {
    // A disabled fieldset disables the board too (:disabled); `disabled` counts before it is reflected.
    return this.disabled || matchesSelector(this, ':disabled');
  }

  /** After the next render, focuses the cell in the tab order (or what `selector` finds). */
  #focus(selector = '[tabindex="0"]'): void {
    void this.focusAfterUpdate(selector);
  }

  override render(): TemplateResult {
    const board = this.#board;
    const loading = this.boardId && this.#boards.provided?.status === 'loading';
    const saveError = this.#selection.saveError;
    const empty = html`<p>${loading ? this.locale.t(commonMessages, 'loading') : this.#t('empty')}</p>`;
    // Delegation: the cells are the grid's buttons, with their own keyboard handling.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
      part="base"
      @pointerover=${this.#input.onPointer}
      @pointerleave=${this.#input.onPointer}
      @click=${this.#input.onClickOrFocus}
      @focusin=${this.#input.onClickOrFocus}
    >
      ${[this.boardError, this.attributeError].map((error) => (error ? this.renderError(error) : nothing))}
      ${board ? this.#renderBoard(board) : this.boardError ? nothing : empty}
      ${saveError ? this.renderError(saveError, this.locale.t(commonMessages, 'storageError')) : nothing}
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  #renderBoard(board: OtChoiceBoardRecord): TemplateResult {
    return renderBoardLayout({
      board,
      view: this.#view,
      // A server render knows no <label>, and hydration keeps what the first render drew: the first render names
      // the grid as the server did, the next one (see firstUpdated) by its labels.
      label: this.label || (this.hasUpdated && labelText(this.internals)) || board.name,
      multiple: this.multiple,
      inactive: this.#inactive,
      scanning: this.scan !== 'off',
      set: this.#navigation.view(),
      opensBoard: (id) => this.#navigation.has(id),
      input: this.#input,
      selection: this.#selection,
      t: this.#t,
      focus: (selector) => this.#focus(selector),
    });
  }
}
