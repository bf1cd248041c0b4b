import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OtValidationError,
  choiceBoardSchema,
  choiceBoardView,
  getRecord,
  hasRecord,
  moveInGrid,
  planSelection,
  safeParse,
  select,
  type OtAccessMethod,
  type OtChoice,
  type OtChoiceBoardInput,
  type OtChoiceBoard as OtChoiceBoardRecord,
  type OtChoiceBoardViewModel,
  type OtError,
  type OtGridMove,
  type OtIssue,
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
import { OtSelectEvent } from '../events/ot-select.js';
import { OtSelectionChangeEvent } from '../events/ot-selection-change.js';
import { choiceBoardMessages } from '../i18n/choice-board.messages.js';
import { commonMessages } from '../i18n/common.messages.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { checkBoardAttributes, type OtChoiceBoardCue } from './choice-board.attributes.js';
import { choiceBoardStyles } from './choice-board.styles.js';
import { ANSWER_BACK, ANSWER_YES, renderConfirm, renderGrid, type BoardItem } from './choice-board.templates.js';
import { paintChoiceBackgrounds } from './paint-backgrounds.js';
import { PendingSelections } from './pending-selections.js';
import { TonePlayer } from './tone-player.js';

/** A board as a page may give it: `id` and `createdAt` may be left out. */
export type OtChoiceBoardData = Omit<OtChoiceBoardInput, 'id' | 'createdAt'> & { id?: string; createdAt?: number };

type Messages = (typeof choiceBoardMessages)['en'];

/** Grid moves by key; Home and End reach the ends of the row, or with Ctrl of the board. */
const GRID_KEYS: Record<string, [OtGridMove, OtGridMove?]> = {
  ArrowRight: ['right'],
  ArrowLeft: ['left'],
  ArrowDown: ['down'],
  ArrowUp: ['up'],
  Home: ['row-start', 'board-start'],
  End: ['row-end', 'board-end'],
};

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
 * @example
 * <ot-choice-board name="activity" required scan="auto"></ot-choice-board>
 * <script type="module">
 *   document.querySelector('ot-choice-board').board = {
 *     name: 'Break time',
 *     choices: [{ id: 'swing', label: 'Swing', image: { symbol: 'swing' } }, { id: 'snack', label: 'Snack', image: { symbol: 'snack' } }],
 *   };
 * </script>
 */
export class OtChoiceBoard extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, choiceBoardStyles];
  static formAssociated = true;

  readonly #internals = this.attachInternals();
  readonly #boards = new StoreController(this, (s) => s.choiceBoards);
  /** Speech for this board: set `speech.synth` to another engine, or to null to silence it. */
  readonly speech = new SpeechController(this);
  readonly #announcer = new AnnounceController(this);
  readonly #tones = new TonePlayer();
  readonly #scan = new ScanController<BoardItem>(this, {
    rows: () =>
      this.confirmingId !== undefined ? [[ANSWER_YES, ANSWER_BACK]] : this.#view.scanRows.map((row) => [...row]),
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
    select: (item) => this.#pick(item, this.scan === 'step' ? 'step-scan' : 'auto-scan'),
    cue: (items, wholeRow) => this.#cue(items[0]!, wholeRow),
    stopped: () => this.#announcer.announce(this.#t('scanStopped')),
    scheduler: () => this.scheduler,
  });
  readonly #dwell = new DwellController<BoardItem>(this, {
    time: () => this.dwellTime,
    select: (item) => this.#pick(item, 'dwell'),
    scheduler: () => this.scheduler,
  });
  /** The last good board from the `board` property. */
  #pageBoard: OtChoiceBoardRecord | undefined;
  /** How the choice the confirm step asks about was picked (recorded with it once confirmed). */
  #confirmMethod: OtAccessMethod = 'pointer';
  /** The problems of each checked property with a bad value, until it gets a good one. */
  readonly #attributeProblems = new Map<string, OtIssue[]>();
  readonly #unsaved = new PendingSelections();

  /** The choice that holds the tab stop (the last one focused). */
  @state() private focusId: string | undefined;
  /** The choice the confirm step asks about. */
  @state() private confirmingId: string | undefined;
  @state() private boardError: OtError | undefined;
  /** Bad attribute values (the last good ones stay in effect). */
  @state() private attributeError: OtError | undefined;
  /** A selection the store refused (undone). */
  @state() private saveError: OtError | undefined;

  /** The board to show. Set by the page, it wins over the store; bad data shows an error and keeps the last good board. */
  @property({ attribute: false }) board: OtChoiceBoardData | undefined;
  /** Inside `<ot-provider>`: the id of the board in the store to show, and to record selections for. */
  @property({ attribute: 'board-id' }) boardId = '';
  /** Inside `<ot-provider>`: the session that selections are recorded under. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /** The chosen choice ids, separated by spaces; the attribute is the value a form reset returns to. */
  @property() value = '';
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
  /** Time and timers for scanning and dwell; the page's by default (tests pass a manual one). */
  @property({ attribute: false }) scheduler: OtScheduler | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Scanning stops when the element leaves the page; it starts again when it comes back.
    if (this.hasUpdated) this.requestUpdate('scan', 'off');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('board')) {
      const result = this.board && safeParse(choiceBoardSchema, { id: 'board', createdAt: 0, ...this.board });
      this.boardError = undefined;
      if (result && !result.success)
        this.boardError = this.reportError(new OtValidationError('property "board"', result.issues));
      else this.#pageBoard = result ? result.data : undefined;
    }
    const { error, fresh } = checkBoardAttributes(this, changed, this.#attributeProblems);
    this.attributeError = error && fresh ? this.reportError(error) : error;
    if (this.confirmingId !== undefined && !this.#view.confirm) this.confirmingId = undefined;
    // A bad scan value put back is no change: a running scan goes on where it is.
    if (changed.has('disabled') || (changed.has('scan') && changed.get('scan') !== this.scan)) {
      if (this.scan === 'off' || this.#inactive) this.#scan.stop();
      else this.#scan.start();
    }
  }

  protected override updated(): void {
    const chosen = this.#selected;
    const data = new FormData();
    for (const id of chosen) data.append(this.name, id);
    // Like a native control, a board without a name submits nothing.
    this.#internals.setFormValue(this.name ? data : null, this.value);
    const anchor = this.renderRoot.querySelector<HTMLElement>('[tabindex="0"]') ?? undefined;
    // The message only counts while a flag is set.
    this.#internals.setValidity({ valueMissing: this.required && !chosen.length }, this.#t('required'), anchor);
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

  /** Called when a surrounding fieldset or form is disabled or enabled. */
  formDisabledCallback(): void {
    this.requestUpdate('disabled');
  }

  /** The form the board belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Whether the board's value is valid (with `required`, something is chosen). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** What is missing, in the page's language; empty when valid. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Checks validity (fires `invalid` when not valid). */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Checks validity and shows the message to the person. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** The board shown: the page's (its last good one), else the stored one named by `board-id`. */
  get #board(): OtChoiceBoardRecord | undefined {
    if (this.#pageBoard) return this.#pageBoard;
    const store = this.#boards.store;
    return this.board || !store ? undefined : getRecord(store.getState(), 'choiceBoards', this.boardId);
  }

  /** The chosen ids; read fresh, so a click between a property set and the update sees the new value. */
  get #selected(): string[] {
    return `${this.value ?? ''}`.split(/\s+/).filter(Boolean);
  }

  /** What the board shows now (computed again on each read: handlers never see a stale view). */
  get #view(): OtChoiceBoardViewModel {
    const board = this.#board;
    const options = {
      columns: this.columns,
      disabled: this.#inactive,
      confirming: this.confirmingId,
      focusId: this.focusId,
    };
    return board ? choiceBoardView(board, this.#selected, options) : choiceBoardView({ choices: [] }, [], options);
  }

  get #inactive(): boolean {
    // A disabled fieldset disables the board too (:disabled); `disabled` counts before it is reflected.
    return this.disabled || this.matches(':disabled');
  }

  #t<K extends keyof Messages & string>(key: K, params?: object): string {
    return (this.locale.t as (catalog: typeof choiceBoardMessages, k: K, p?: object) => string)(
      choiceBoardMessages,
      key,
      params,
    );
  }

  /** A tone or the spoken name of what the scan (or the keyboard) just reached. */
  #cue(item: BoardItem, wholeRow: boolean): void {
    if (this.cue === 'tone') return this.#tones.play(wholeRow ? 440 : 660);
    if (this.cue !== 'speech') return;
    if (typeof item !== 'string') return this.#speak(this.#t(item.answer));
    const row = this.#view.rows.findIndex((cells) => cells.some((cell) => cell.choice?.id === item));
    const choice = this.#choice(item);
    if (wholeRow) this.#speak(this.#t('row', { n: row + 1 }));
    else if (choice) this.#speak(choice.label, choice.language);
  }

  #speak(text: string, lang?: string): void {
    this.speech.speak(text, {
      lang: lang ?? this.#board?.language ?? this.locale.locale,
      voice: this.voice,
      rate: this.rate,
    });
  }

  /** Says what a choice says: its recorded sound, else its spoken text or label in its own language. */
  #say(choice: OtChoice): void {
    if (this.noSpeech) return;
    if (!choice.sound) return this.#speak(choice.spokenText ?? choice.label, choice.language);
    try {
      // A page's media-src policy or autoplay rules may refuse the sound: the choice still counts.
      new Audio(choice.sound.src).play().catch(() => undefined);
    } catch {
      // no HTMLAudioElement here
    }
  }

  #choice(id: string | undefined): OtChoice | undefined {
    return this.#view.rows.flat().find((cell) => cell.choice?.id === id)?.choice;
  }

  /** A choice (or an answer of the confirm step) was picked by `method`: the board's rules decide what follows. */
  #pick(item: BoardItem, method: OtAccessMethod): void {
    const board = this.#board;
    if (typeof item !== 'string') {
      const choice = this.#choice(this.confirmingId);
      this.confirmingId = undefined;
      if (item === ANSWER_YES && choice && board) {
        const plan = planSelection(board, this.#selected, choice.id, { multiple: this.multiple, confirmed: true });
        if (plan.kind === 'change') void this.#change(board, plan, this.#confirmMethod, false);
      }
      return this.#focus();
    }
    this.focusId = item;
    if (!board || this.#inactive || !this.#choice(item)) return;
    const rules = { multiple: this.multiple, confirm: this.confirm };
    const plan = planSelection(board, this.#selected, item, rules);
    if (plan.kind === 'unavailable')
      return this.#announcer.announce(this.#t('unavailable', { label: plan.choice.label }));
    if (plan.kind === 'confirm') {
      this.#confirmMethod = method;
      this.confirmingId = item;
      this.#say(plan.choice);
      return this.#focus('[data-answer="yes"]');
    }
    void this.#change(board, plan, method, true);
  }

  /**
   * Makes a change of selection: the cancelable intent, then the new selection shown at once; connected, the
   * `select` command records it and `ot-selection-change` follows once the store saved it (a refusal undoes it).
   */
  async #change(
    board: OtChoiceBoardRecord,
    plan: { choice: OtChoice; selected: boolean; value: readonly string[] },
    method: OtAccessMethod,
    speak: boolean,
  ): Promise<void> {
    const { choice, selected, value } = plan;
    const what = { boardId: board.id, choiceId: choice.id, method };
    if (!this.emit(new OtSelectEvent({ ...what, choice, selected }))) return;
    const before = this.#selected;
    this.value = value.join(' ');
    this.#announcer.announce(this.#t(selected ? 'chosen' : 'unchosen', { label: choice.label }));
    if (selected && speak) this.#say(choice);
    const store = this.#boards.store;
    if (!store || !hasRecord(store.getState(), 'choiceBoards', board.id)) {
      this.emit(new OtSelectionChangeEvent({ ...what, value }));
      return;
    }
    const pending = this.#unsaved.add(before, value, choice.id);
    try {
      const input = { ...what, selection: before, sessionId: this.sessionId || undefined };
      await select(store, input, { multiple: this.multiple });
      this.#unsaved.settle(pending);
      this.saveError = undefined;
      this.emit(new OtSelectionChangeEvent({ ...what, value }));
    } catch (error) {
      // Refused (the store rolled back this one and any made on top of it): nothing changed for the page.
      this.value = this.#unsaved.refuse(pending, this.#selected).join(' ');
      this.saveError = this.reportError(error);
    }
  }

  /** After the next render, focuses the cell in the tab order (or what `selector` finds). */
  #focus(selector = '[tabindex="0"]'): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (this.#inactive) return;
    if (this.#scan.handleKey(event)) return event.preventDefault();
    if (this.confirmingId !== undefined) {
      if (event.key === 'Escape') this.#pick(ANSWER_BACK, 'keyboard');
      return;
    }
    const view = this.#view;
    const at = view.tabStop;
    if (at === undefined) return;
    const moves = GRID_KEYS[event.key];
    if (event.key === 'Enter' || event.key === ' ') this.#pick(at, 'keyboard');
    else if (moves) {
      const move = (event.ctrlKey && moves[1]) || moves[0];
      this.focusId = moveInGrid(view, at, move, { rtl: this.locale.dir === 'rtl' });
      if (this.focusId !== at && this.cue === 'speech') this.#cue(this.focusId, false);
      this.#focus();
    } else return;
    event.preventDefault();
  };

  /** Clicks and focus inside the board: a choice (or an answer of the confirm step). */
  #onClickOrFocus(event: Event): void {
    const item = this.#itemOf(event);
    if (event.type === 'click') {
      if (item !== undefined) this.#pick(item, 'pointer');
    } else if (typeof item === 'string') this.focusId = item;
  }

  #onPointer(event: PointerEvent): void {
    const item = event.type === 'pointerover' && event.pointerType !== 'touch' ? this.#itemOf(event) : undefined;
    if (item === undefined) this.#dwell.leave();
    else this.#dwell.enter(item);
  }

  /** The choice or answer an event happened in. */
  #itemOf(event: Event): BoardItem | undefined {
    const target = (event.target as Element).closest<HTMLElement>('[data-choice-id], [data-answer]');
    if (!target) return undefined;
    if (target.dataset.answer) return target.dataset.answer === 'yes' ? ANSWER_YES : ANSWER_BACK;
    return target.dataset.choiceId;
  }

  /** The first toolbar button: starts, pauses or resumes the scan. */
  #toggleScan(): void {
    const scan = this.#scan;
    if (scan.running && !scan.paused) return scan.pause();
    if (scan.running) scan.resume();
    else scan.start();
    // The switches are read in the board: hand them to it.
    this.#focus();
  }

  /** The way out: the Stop button goes away, and focus stays on the toolbar, on Start. */
  #stopScan(): void {
    this.#scan.stop();
    this.#focus('[part="toolbar"] button');
  }

  /** The classes of the scan highlight and the dwell fill on an item, when it wears them. */
  #marks(item: BoardItem): string {
    const scanned = !this.#scan.group && this.#scan.highlight.includes(item);
    return `${scanned ? 'scan' : ''} ${this.#dwell.target === item ? 'dwell' : ''}`;
  }

  override render(): TemplateResult {
    const board = this.#board;
    const loading = this.boardId && this.#boards.store?.status === 'loading';
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
      ${this.saveError ? this.renderError(this.saveError, this.locale.t(commonMessages, 'storageError')) : nothing}
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  #renderBoard(board: OtChoiceBoardRecord): TemplateResult {
    const view = this.#view;
    const scan = this.#scan;
    const host = {
      view,
      label: this.label || board.name,
      language: board.language,
      multiple: this.multiple,
      inactive: this.#inactive,
      marks: (item: BoardItem) => this.#marks(item),
      rowScanned: (row: number) =>
        scan.group && view.rows[row]!.some((cell) => cell.choice && scan.highlight.includes(cell.choice.id)),
      word: (key: 'yes' | 'back' | 'youChose') => this.#t(key),
      onKeydown: this.#onKeydown,
    };
    const toggleWord = !scan.running ? 'startScan' : scan.paused ? 'resumeScan' : 'pauseScan';
    return html`${
      this.scan === 'off'
        ? nothing
        : html`<div part="toolbar">
            <button class="btn" @click=${this.#toggleScan}>${this.#t(toggleWord)}</button>
            ${scan.running ? html`<button class="btn" @click=${this.#stopScan}>${this.#t('stopScan')}</button>` : nothing}
          </div>`
    }
    ${view.confirm ? renderConfirm(view.confirm.choice, host) : renderGrid(host)}`;
  }
}
