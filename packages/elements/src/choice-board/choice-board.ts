import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OtValidationError,
  choiceBoardSchema,
  choiceBoardView,
  getRecord,
  moveInGrid,
  safeParse,
  type OtChoiceBoardInput,
  type OtChoiceBoard as OtChoiceBoardRecord,
  type OtChoiceBoardViewModel,
  type OtError,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import {
  DwellController,
  ScanController,
  type OtScanMode,
  type OtScanPattern,
  type OtScheduler,
} from '../controllers/scan-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { ToneController } from '../controllers/tone-controller.js';
import { OtSelectionChangeEvent } from '../events/ot-selection-change.js';
import { choiceBoardMessages } from '../i18n/choice-board.messages.js';
import { commonMessages } from '../i18n/common.messages.js';
import { OtElement } from '../internal/ot-element.js';
import { OtFormElement } from '../internal/ot-form-element.js';
import { matchesSelector } from '../internal/server-safe.js';
import { controlStyles } from '../styles/base.styles.js';
import { choiceBoardChecks, type OtChoiceBoardCue } from './choice-board.attributes.js';
import { choiceBoardStyles } from './choice-board.styles.js';
import {
  ANSWER_BACK,
  ANSWER_YES,
  itemOfEvent,
  renderConfirm,
  renderGrid,
  renderScanToolbar,
  type BoardItem,
} from './choice-board.templates.js';
import { paintChoiceBackgrounds } from './paint-backgrounds.js';
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
import { gridMoveOf } from './grid-keys.js';
import { PageSwitchController } from './page-switch.js';
import { FitColumnsController } from './fit-columns.js';

/** A board as a page may give it: `id` and `createdAt` may be left out. */
export type OtChoiceBoardData = Omit<OtChoiceBoardInput, 'id' | 'createdAt'> & { id?: string; createdAt?: number };

/**
 * A board of 1–36 pictures to choose from, for a child who picks a preferred tool or activity by touch,
 * pointer, keyboard, switch scanning or dwell. Choices can be spoken, confirmed, or shown crossed out
 * when unavailable. Works in a form (the chosen ids are its value) and, inside `<ot-provider>`, reads the
 * board from the store (`board-id`) and records every selection there (which choice, when, how) with the SDK's
 * `select` command.
 *
 * Open Board Format boards (from Cboard, CoughDrop, AsTeRICS Grid…) come in and go out through the SDK:
 * `import { importObz } from '@otkit/sdk/obf'`, `const { board, skipped } = await importObz(file)`, then
 * `el.board = board` (or `store.choiceBoards.put(board)` and `board-id`); `exportObf` / `exportObz` write them back.
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
 * @cssprop [--ot-choice-board-gap=var(--ot-space-s)] - Space between choices.
 * @cssprop [--ot-choice-board-cell-size=7rem] - Smallest height of a choice.
 * @cssprop [--ot-choice-board-scan-color=var(--ot-color-danger)] - Colour of the scan highlight.
 * @fires {OtSelectEvent} ot-select - Cancelable: someone chose (or unchose) a choice; `detail.method` says how.
 * @fires {OtSelectionChangeEvent} ot-selection-change - The selection changed by a person's action (connected:
 *   once the store saved it); `detail.value` lists the chosen ids.
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
export class OtChoiceBoard extends OtFormElement {
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
  readonly #scan = new ScanController<BoardItem>(this, {
    rows: () =>
      this.#selection.confirmingId !== undefined
        ? [[ANSWER_YES, ANSWER_BACK]]
        : this.#view.scanRows.map((row) => [...row]),
    // Checked in willUpdate (never a spinning timer); the keys coerced in case a key comes before that.
    options: () => ({
      mode: this.scan,
      pattern: this.scanPattern,
      interval: this.scanInterval,
      firstDelay: this.scanFirstDelay,
      rounds: this.scanRounds,
      nextKeys: `${this.nextKeys}`.split(/\s+/),
      selectKeys: `${this.selectKeys}`.split(/\s+/),
    }),
    select: (item) => this.#selection.pick(item, this.scan === 'step' ? 'step-scan' : 'auto-scan'),
    cue: (items, wholeRow) => this.#voice.cue(items[0]!, wholeRow, this.#view),
    stopped: () => this.#announcer.announce(this.#t('scanStopped')),
    scheduler: () => this.scheduler,
  });
  readonly #dwell = new DwellController<BoardItem>(this, {
    time: () => this.dwellTime,
    select: (item) => this.#selection.pick(item, 'dwell'),
    scheduler: () => this.scheduler,
  });
  readonly #fit = new FitColumnsController(this);
  /** The last good board from the `board` property. */
  #pageBoard: OtChoiceBoardRecord | undefined;

  /** The choice that holds the tab stop (the last one focused). */
  @state() private focusId: string | undefined;
  @state() private boardError: OtError | undefined;

  /** The board to show. Set by the page, it wins over the store; bad data shows an error and keeps the last good board. */
  @property({ attribute: false }) board: OtChoiceBoardData | undefined;
  /** Inside `<ot-provider>`: the id of the board in the store to show, and to record selections for. */
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
  /** Switch scanning: `off`, `auto` (one switch) or `step` (two switches). */
  @property() scan: OtScanMode = 'off';
  /** `linear` (choice after choice) or `row-column` (a row, then the choices in it). */
  @property({ attribute: 'scan-pattern' }) scanPattern: OtScanPattern = 'linear';
  /** Time each highlight stays in auto scanning, ms. */
  @property({ attribute: 'scan-interval', type: Number }) scanInterval = 2000;
  /** Extra time on the first item of each round, ms. */
  @property({ attribute: 'scan-first-delay', type: Number }) scanFirstDelay = 1000;
  /** Rounds without a choice before auto scanning resets (and at the top, stops). */
  @property({ attribute: 'scan-rounds', type: Number }) scanRounds = 3;
  /** Keys that move the highlight in step scanning, space-separated `KeyboardEvent.key` values (`Space` for the space bar). */
  @property({ attribute: 'next-keys' }) nextKeys = 'Space';
  /** Keys that choose the highlighted item (in auto scanning the next keys choose too). */
  @property({ attribute: 'select-keys' }) selectKeys = 'Enter';
  /** A cue on each scan highlight and keyboard move: `none`, `tone` or `speech` (the label is spoken). */
  @property() cue: OtChoiceBoardCue = 'none';
  /** Dwell selection: resting the pointer this many ms on a choice chooses it; 0 is off. */
  @property({ attribute: 'dwell-time', type: Number }) dwellTime = 0;
  /** Turns off speaking (or playing the sound of) a choice when it is chosen. */
  @property({ attribute: 'no-speech', type: Boolean }) noSpeech = false;
  /** Name of the speech voice to prefer. */
  @property() voice = '';
  /** Speaking rate, 0.1–10 (1 is normal). */
  @property({ type: Number }) rate = 1;
  /**
   * The host allows switch presses anywhere on the page: while scanning, a switch key pressed with focus outside
   * the board (not on another control) starts, resumes or drives the scan, so a switch user needs no Tab.
   */
  @property({ attribute: 'switch-anywhere', type: Boolean }) switchAnywhere = false;
  /** Time and timers for scanning and dwell; the page's by default (tests pass a manual one). */
  @property({ attribute: false }) scheduler: OtScheduler | undefined;

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
    if (changed.has('board')) {
      const result = this.board && safeParse(choiceBoardSchema, { id: 'board', createdAt: 0, ...this.board });
      this.boardError = undefined;
      if (result && !result.success)
        this.boardError = this.reportError(new OtValidationError('property "board"', result.issues));
      else this.#pageBoard = result ? result.data : undefined;
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
    paintChoiceBackgrounds(this.renderRoot, this.#board?.choices ?? []);
  }

  /** Called by the form when it is reset: the selection goes back to the `value` attribute. */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  /** Called by the browser to restore the selection (back navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  /** The board shown: the page's (its last good one), else the stored one named by `board-id`. */
  get #board(): OtChoiceBoardRecord | undefined {
    if (this.#pageBoard) return this.#pageBoard;
    const store = this.#boards.provided;
    return this.board || !store ? undefined : getRecord(store.getState(), 'choiceBoards', this.boardId);
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

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (this.#inactive) return;
    if (this.#scan.handleKey(event)) return event.preventDefault();
    if (this.#selection.confirmingId !== undefined) {
      if (event.key === 'Escape') this.#selection.pick(ANSWER_BACK, 'keyboard');
      return;
    }
    const view = this.#view;
    const at = view.tabStop;
    if (at === undefined) return;
    const move = gridMoveOf(event);
    if (event.key === 'Enter' || event.key === ' ') this.#selection.pick(at, 'keyboard');
    else if (move) {
      this.focusId = moveInGrid(view, at, move, { rtl: this.locale.dir === 'rtl' });
      if (this.focusId !== at && this.cue === 'speech') this.#voice.cue(this.focusId, false, view);
      this.#focus();
    } else return;
    event.preventDefault();
  };

  /** Clicks and focus inside the board: a choice (or an answer of the confirm step). */
  #onClickOrFocus(event: Event): void {
    const item = itemOfEvent(event);
    if (event.type === 'click') {
      if (item !== undefined) this.#selection.pick(item, 'pointer');
    } else if (typeof item === 'string') this.focusId = item;
  }

  #onPointer(event: PointerEvent): void {
    const item = event.type === 'pointerover' && event.pointerType !== 'touch' ? itemOfEvent(event) : undefined;
    if (item === undefined) this.#dwell.leave();
    else this.#dwell.enter(item);
  }

  /** The classes of the scan highlight and the dwell fill on an item, when it wears them. */
  #marks(item: BoardItem): string {
    const scanned = !this.#scan.group && this.#scan.highlight.includes(item);
    return `${scanned ? 'scan' : ''} ${this.#dwell.target === item ? 'dwell' : ''}`;
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
      @pointerover=${this.#onPointer}
      @pointerleave=${this.#onPointer}
      @click=${this.#onClickOrFocus}
      @focusin=${this.#onClickOrFocus}
    >
      ${[this.boardError, this.attributeError].map((error) => (error ? this.renderError(error) : nothing))}
      ${board ? this.#renderBoard(board) : this.boardError ? nothing : empty}
      ${saveError ? this.renderError(saveError, this.locale.t(commonMessages, 'storageError')) : nothing}
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  #renderBoard(board: OtChoiceBoardRecord): TemplateResult {
    const view = this.#view;
    const scan = this.#scan;
    const host = {
      view,
      // A server render knows no <label>, and hydration keeps what the first render drew: the first render names
      // the grid as the server did, the next one (see firstUpdated) by its labels.
      label: this.label || (this.hasUpdated && labelText(this.internals)) || board.name,
      language: board.language,
      multiple: this.multiple,
      inactive: this.#inactive,
      marks: (item: BoardItem) => this.#marks(item),
      rowScanned: (row: number) =>
        scan.group && view.rows[row]!.some((cell) => cell.choice && scan.highlight.includes(cell.choice.id)),
      word: (key: 'yes' | 'back' | 'youChose') => this.#t(key),
      onKeydown: this.#onKeydown,
    };
    const toolbar = renderScanToolbar(
      scan,
      (key) => this.#t(key),
      (selector) => this.#focus(selector),
    );
    // The toolbar follows the grid, so the first Tab reaches the choices, not "Pause scanning".
    return html`${view.confirm ? renderConfirm(view.confirm.choice, host) : renderGrid(host)}
    ${this.scan === 'off' ? nothing : toolbar}`;
  }
}
