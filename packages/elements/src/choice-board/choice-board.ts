import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  OtValidationError,
  choiceBoardSchema,
  number,
  picklist,
  safeParse,
  string,
  type OtAccessMethod,
  type OtChoice,
  type OtChoiceBoardInput,
  type OtChoiceBoard as OtChoiceBoardRecord,
  type OtError,
  type OtIssue,
  type Schema,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import {
  DwellController,
  OT_SCAN_MODES,
  OT_SCAN_PATTERNS,
  ScanController,
  type OtScanMode,
  type OtScanPattern,
  type OtScheduler,
} from '../controllers/scan-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { OtSelectEvent } from '../events/ot-select.js';
import { OtSelectionChangeEvent } from '../events/ot-selection-change.js';
import { choiceBoardMessages as M } from '../i18n/choice-board.messages.js';
import { commonMessages } from '../i18n/common.messages.js';
import { renderImage } from '../internal/image.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { choiceBoardStyles } from './choice-board.styles.js';

/** A board as a page may give it: `id` and `createdAt` may be left out. */
export type OtChoiceBoardData = Omit<OtChoiceBoardInput, 'id' | 'createdAt'> & { id?: string; createdAt?: number };

/** What the cells of the grid show: a choice, or null for an empty cell. */
type Grid = (OtChoice | null)[][];

// Item keys of the scan and dwell controllers: a grid position (row << 6 | column), or a confirm button.
const YES = -1;
const BACK = -2;
const CROSS = html`<svg part="cross" viewBox="0 0 10 10" preserveAspectRatio="none" aria-hidden="true">
  <path d="M0 0l10 10m0-10L0 10" vector-effect="non-scaling-stroke" />
</svg>`;
/**
 * The properties checked whenever they change, with their defaults: a removed attribute (null) goes back to
 * its default, a bad value leaves the last good one. Errors name the attribute (`scanPattern` → `scan-pattern`).
 */
const CHECKED: Record<string, [Schema<unknown>, unknown]> = {
  columns: [number({ min: 0, max: 36, integer: true }), 0],
  scan: [picklist(OT_SCAN_MODES), 'off'],
  scanPattern: [picklist(OT_SCAN_PATTERNS), 'linear'],
  scanInterval: [number({ min: 100 }), 2000],
  scanFirstDelay: [number({ min: 0 }), 1000],
  scanRounds: [number({ min: 1, integer: true }), 3],
  nextKeys: [string({ min: 1 }), 'Space'],
  selectKeys: [string({ min: 1 }), 'Enter'],
  cue: [picklist(['none', 'tone', 'speech']), 'none'],
  dwellTime: [number({ min: 0 }), 0],
  rate: [number({ min: 0.1, max: 10 }), 1],
  value: [string(), ''],
};
const CHECK = html`<svg part="check" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 12l4 4 8-8" /></svg>`;

/**
 * A board of 1–36 pictures to choose from, for a child who picks a preferred tool or activity by touch,
 * pointer, keyboard, switch scanning or dwell. Choices can be spoken, confirmed, or shown crossed out
 * when unavailable. Works in a form (the chosen ids are its value) and, inside `<ot-provider>`, reads the
 * board from the store (`board-id`) and records every selection there (which choice, when, how).
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
 * @fires ot-select - Cancelable: someone chose (or unchose) a choice; `detail.method` says how.
 * @fires ot-selection-change - The selection changed; `detail.value` lists the chosen ids.
 * @fires ot-error - Bad `board` data or attribute values, or a selection the store refused (it is undone).
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
  readonly #scan = new ScanController<number>(this, {
    rows: () => this.#scanRows(),
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
    select: (key) => this.#pick(key, `${this.scan as 'auto' | 'step'}-scan`),
    cue: (keys, group) => this.#cue(keys, group),
    stopped: () => this.#announcer.announce(this.#t('scanStopped')),
    scheduler: () => this.scheduler,
  });
  readonly #dwell = new DwellController<number>(this, {
    time: () => this.dwellTime,
    select: (key) => this.#pick(key, 'dwell'),
    scheduler: () => this.scheduler,
  });
  /** The last good board from the `board` property. */
  #good: OtChoiceBoardRecord | undefined;
  // Both set before they are read: the grid in willUpdate, the method when a confirm step opens.
  #grid!: Grid;
  #method!: OtAccessMethod;
  #audio: AudioContext | undefined;
  /** The problems of each checked property with a bad value, until it gets a good one. */
  readonly #bad = new Map<string, OtIssue[]>();
  /** The selection before each choice the store has not saved yet (what a refusal goes back to). */
  readonly #pending = new Set<string[]>();

  @state() private focusAt = 0;
  /** The grid key of the choice the confirm step asks about. */
  @state() private confirming: number | undefined;
  @state() private error: OtError | undefined;
  /** Bad attribute values (the last good ones stay in effect). */
  @state() private attrError: OtError | undefined;
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
  @property() cue: 'none' | 'tone' | 'speech' = 'none';
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
      this.error = undefined;
      if (result && !result.success)
        this.error = this.reportError(new OtValidationError('property "board"', result.issues));
      else this.#good = result ? result.data : undefined;
    }
    // A bad attribute value is named (error state, ot-error) and the last good value put back: the one before
    // this update, or on the first update (undefined) the default.
    const self = this as unknown as Record<string, unknown>;
    const was = changed as Map<string, unknown>;
    let fresh = false;
    for (const [key, [schema, fallback]] of Object.entries(CHECKED)) {
      if (!was.has(key)) continue;
      const issues: OtIssue[] = [];
      const value = schema.run(self[key] ?? fallback, [key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)], issues);
      if (issues.length) {
        this.#bad.set(key, issues);
        fresh = true;
        self[key] = was.get(key) ?? fallback;
      } else {
        this.#bad.delete(key);
        self[key] = value;
      }
    }
    const issues = [...this.#bad.values()].flat();
    const error = issues[0] && new OtValidationError('attributes', issues);
    this.attrError = fresh ? this.reportError(error) : error;
    const board = this.#current;
    this.#grid = board ? this.#layout(board) : [];
    if (!this.#choiceAt(this.confirming ?? -1)) this.confirming = undefined;
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
    this.style.setProperty('--_dwell', `${this.dwellTime}ms`);
    for (const cell of this.renderRoot.querySelectorAll<HTMLElement>('.cell')) {
      cell.style.backgroundColor = this.#choiceAt(+cell.dataset.key!)!.background ?? '';
      // The CSSOM reads any colour back as rgb(): pictures drawn in currentColor must stay visible on any
      // background, dark on light and light on dark.
      const [r, g = 0, b = 0] = cell.style.backgroundColor.match(/\d+/g)?.map(Number) ?? [];
      cell.style.setProperty(
        '--_fg',
        r === undefined ? null : 0.2126 * r + 0.7152 * g + 0.0722 * b > 140 ? '#1b1f24' : '#fff',
      );
    }
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

  get #current(): OtChoiceBoardRecord | undefined {
    return this.#good ?? (this.board ? undefined : this.#boards.value?.[this.boardId]);
  }

  get #selected(): string[] {
    // Checked in willUpdate; coerced in case a click comes between a property set and the update.
    return `${this.value ?? ''}`.split(/\s+/).filter(Boolean);
  }

  get #inactive(): boolean {
    // A disabled fieldset disables the board too (:disabled); `disabled` counts before it is reflected.
    return this.disabled || this.matches(':disabled');
  }

  #t<K extends keyof (typeof M)['en'] & string>(key: K, params?: object): string {
    return (this.locale.t as (c: typeof M, k: K, p?: object) => string)(M, key, params);
  }

  /** Rows × columns of choices: the board's grid, or an automatic one about as wide as high. */
  #layout(board: OtChoiceBoardRecord): Grid {
    const shown = board.choices.filter((c) => !c.hidden);
    if (board.grid) return board.grid.order.map((row) => row.map((id) => shown.find((c) => c.id === id) ?? null));
    const n = shown.length;
    const columns = this.columns || (n <= 3 ? n : Math.ceil(Math.sqrt(n))) || 1;
    const rows: Grid = [];
    for (let r = 0; r < n; r += columns) rows.push(Array.from({ length: columns }, (_, c) => shown[r + c] ?? null));
    return rows;
  }

  /** Keys of the cells that hold a choice (for which `ok` says yes), by row. */
  #keys(ok: (choice: OtChoice) => unknown = () => 1): number[][] {
    return this.#grid.map((row, r) => row.flatMap((choice, c) => (choice && ok(choice) ? [(r << 6) | c] : [])));
  }

  #scanRows(): number[][] {
    if (this.confirming !== undefined) return [[YES, BACK]];
    return this.#inactive ? [] : this.#keys((choice) => !choice.unavailable);
  }

  /** Keys of the cells that hold a choice, row by row, and the one in the tab order: the last one focused, or the first. */
  #cells(): [number[], number | undefined] {
    const cells = this.#keys().flat();
    return [cells, cells.includes(this.focusAt) ? this.focusAt : cells[0]];
  }

  #choiceAt(key: number): OtChoice | null | undefined {
    return this.#grid[key >> 6]?.[key & 63];
  }

  #cue(keys: number[], group: boolean): void {
    if (this.cue === 'tone') {
      try {
        const audio = (this.#audio ??= new AudioContext());
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        gain.gain.value = 0.08;
        tone.frequency.value = group ? 440 : 660;
        tone.connect(gain).connect(audio.destination);
        tone.start();
        tone.stop(audio.currentTime + 0.08);
      } catch {
        // No Web Audio here: the cue is a nicety.
      }
    } else if (this.cue === 'speech') {
      const key = keys[0]!;
      const choice = group ? undefined : this.#choiceAt(key);
      this.#speak(
        key < 0 ? this.#t(key === YES ? 'yes' : 'back') : choice ? choice.label : this.#t('row', { n: (key >> 6) + 1 }),
        choice?.language,
      );
    }
  }

  #speak(text: string, lang?: string): void {
    this.speech.speak(text, {
      lang: lang ?? this.#current?.language ?? this.locale.locale,
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

  /** A choice at grid position `key` (or a confirm button) was picked by `method`. */
  #pick(key: number, method: OtAccessMethod): void {
    if (key < 0) {
      const choice = this.#choiceAt(this.confirming ?? -1);
      this.confirming = undefined;
      if (key === YES && choice) this.#commit(choice, this.#method, false);
      return this.#focus();
    }
    this.focusAt = key;
    const choice = this.#choiceAt(key);
    if (!choice || this.#inactive) return;
    if (choice.unavailable) return this.#announcer.announce(this.#t('unavailable', { label: choice.label }));
    if (this.confirm && !this.#selected.includes(choice.id)) {
      this.#method = method;
      this.confirming = key;
      this.#say(choice);
      return this.#focus(`[data-key="${YES}"]`);
    }
    this.#commit(choice, method, true);
  }

  #commit(choice: OtChoice, method: OtAccessMethod, speak: boolean): void {
    const board = this.#current!;
    const was = this.#selected;
    const selected = !(this.multiple && was.includes(choice.id));
    const value = this.multiple ? was.filter((id) => id !== choice.id) : [];
    if (selected) value.push(choice.id);
    const what = { boardId: board.id, choiceId: choice.id, method };
    if (!this.emit(new OtSelectEvent({ ...what, choice, selected }))) return;
    this.value = value.join(' ');
    this.#announcer.announce(this.#t(selected ? 'chosen' : 'unchosen', { label: choice.label }));
    if (selected) {
      if (speak) this.#say(choice);
      const store = this.#boards.store;
      if (store?.getState().choiceBoards[board.id]) {
        this.saveError = undefined;
        const pending = this.#pending;
        pending.add(was);
        store.selections
          .add({ ...what, sessionId: this.sessionId || undefined })
          .catch((error: unknown) => {
            // Refused (the store rolled back this one and any made on top of it): undo the choice in what is
            // shown, the form and every selection still waiting, so they never hold a choice the store has not.
            const undo = (ids: string[]) => (`${ids}` === `${value}` ? was : ids.filter((id) => id !== choice.id));
            for (const ids of pending) ids.splice(0, ids.length, ...undo(ids));
            this.value = undo(this.#selected).join(' ');
            this.saveError = this.reportError(error);
            this.emit(new OtSelectionChangeEvent({ ...what, value: this.#selected }));
          })
          .finally(() => pending.delete(was));
      }
    }
    this.emit(new OtSelectionChangeEvent({ ...what, value }));
  }

  /** After the next render, focuses the cell in the tab order (or what `selector` finds). */
  #focus(selector = '[tabindex="0"]'): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #onKey(event: KeyboardEvent): void {
    if (this.#inactive) return;
    if (this.#scan.handleKey(event)) return event.preventDefault();
    if (this.confirming !== undefined) {
      if (event.key === 'Escape') this.#pick(BACK, 'keyboard');
      return;
    }
    const [cells, at] = this.#cells();
    if (at === undefined) return;
    const dir = this.locale.dir === 'rtl' ? -1 : 1;
    // A move goes along a line (the cells of a row or a column, in order), by a step or to an end.
    const row = (k: number) => k >> 6 === at >> 6;
    const column = (k: number) => (k & 63) === (at & 63);
    const ends = event.ctrlKey ? () => true : row;
    const move = (
      {
        ArrowRight: [row, dir],
        ArrowLeft: [row, -dir],
        ArrowDown: [column, 1],
        ArrowUp: [column, -1],
        Home: [ends, -99],
        End: [ends, 99],
      } as Record<string, [(k: number) => unknown, number]>
    )[event.key];
    if (event.key === 'Enter' || event.key === ' ') this.#pick(at, 'keyboard');
    else if (move) {
      const line = cells.filter(move[0]);
      this.focusAt = line[line.indexOf(at) + move[1]] ?? line.at(move[1] < 0 ? 0 : -1)!;
      if (this.focusAt !== at && this.cue === 'speech') this.#cue([this.focusAt], false);
      this.#focus();
    } else return;
    event.preventDefault();
  }

  /** Clicks and focus inside the board: a cell (or a confirm button) by its key. */
  #onCell(event: Event): void {
    const key = this.#keyOf(event);
    if (event.type === 'click') {
      if (!isNaN(key)) this.#pick(key, 'pointer');
    } else if (key >= 0) this.focusAt = key;
  }

  #onPointer(event: PointerEvent): void {
    const key = event.type === 'pointerover' && event.pointerType !== 'touch' ? this.#keyOf(event) : NaN;
    if (isNaN(key)) this.#dwell.leave();
    else this.#dwell.enter(key);
  }

  /** The key of the cell or button an event happened in; NaN outside them. */
  #keyOf(event: Event): number {
    return Number((event.target as Element).closest<HTMLElement>('[data-key]')?.dataset.key);
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

  override render(): TemplateResult {
    const board = this.#current;
    const loading = this.boardId && this.#boards.store?.status === 'loading';
    // Delegation: the cells are the grid's buttons, with their own keyboard handling.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
      part="base"
      @pointerover=${this.#onPointer}
      @pointerleave=${this.#onPointer}
      @click=${this.#onCell}
      @focusin=${this.#onCell}
    >
      ${[this.error, this.attrError].map((error) => (error ? this.renderError(error) : nothing))}
      ${board ? this.#renderBoard(board) : this.error ? nothing : html`<p>${loading ? this.locale.t(commonMessages, 'loading') : this.#t('empty')}</p>`}
      ${this.saveError ? this.renderError(this.saveError, this.locale.t(commonMessages, 'storageError')) : nothing}
      ${this.#announcer.renderRegion()}
    </div>`;
  }

  #renderBoard(board: OtChoiceBoardRecord): TemplateResult {
    const scan = this.#scan;
    const confirming = this.#choiceAt(this.confirming ?? -1);
    return html`${
      this.scan === 'off'
        ? nothing
        : html`<div part="toolbar">
            <button class="btn" @click=${this.#toggleScan}>
              ${this.#t(!scan.running ? 'startScan' : scan.paused ? 'resumeScan' : 'pauseScan')}
            </button>
            ${scan.running ? html`<button class="btn" @click=${this.#stopScan}>${this.#t('stopScan')}</button>` : nothing}
          </div>`
    }
    ${
      confirming
        ? html`<div part="confirm" role="group" aria-label=${this.#t('youChose')} @keydown=${this.#onKey}>
            ${renderImage(confirming.image, confirming.label, { decorative: true })}
            <p>
              ${this.#t('youChose')}
              <strong lang=${ifDefined(confirming.language)} dir="auto">${confirming.label}</strong>
            </p>
            <div>
              ${[YES, BACK].map(
                (key) =>
                  html`<button class="btn ${key === YES ? 'primary' : ''} ${this.#marks(key)}" data-key=${key}>
                    ${this.#t(key === YES ? 'yes' : 'back')}
                  </button>`,
              )}
            </div>
          </div>`
        : html`<div
            part="grid"
            role="grid"
            aria-label=${this.label || board.name}
            aria-multiselectable=${this.multiple ? 'true' : 'false'}
            aria-disabled=${this.#inactive ? 'true' : 'false'}
            lang=${ifDefined(board.language)}
            @keydown=${this.#onKey}
          >
            ${this.#grid.map(
              (row, r) =>
                html`<div part="row" role="row" class=${scan.group && scan.highlight[0]! >> 6 === r ? 'scan' : ''}>
                  ${row.map((choice, c) =>
                    choice
                      ? this.#renderChoice(choice, (r << 6) | c)
                      : html`<div part="empty-cell" role="gridcell"></div>`,
                  )}
                </div>`,
            )}
          </div>`
    }`;
  }

  #renderChoice(choice: OtChoice, key: number): TemplateResult {
    const chosen = this.#selected.includes(choice.id);
    return html`<div
      part="choice${chosen ? ' selected' : ''}${choice.unavailable ? ' unavailable' : ''}"
      role="gridcell"
      class="cell ${this.#marks(key)}"
      data-key=${key}
      tabindex=${key === this.#cells()[1] ? 0 : -1}
      aria-selected=${chosen ? 'true' : 'false'}
      aria-disabled=${choice.unavailable || this.#inactive ? 'true' : 'false'}
      lang=${ifDefined(choice.language)}
    >
      ${renderImage(choice.image, choice.label, { decorative: true })}
      <span part="label" dir="auto">${choice.label}</span>
      ${choice.unavailable ? CROSS : nothing}${chosen ? CHECK : nothing}
    </div>`;
  }

  /** The classes of the scan highlight and the dwell fill, when the item with `key` wears them. */
  #marks(key: number): string {
    const scan = this.#scan;
    return `${!scan.group && scan.highlight.includes(key) ? 'scan' : ''} ${this.#dwell.target === key ? 'dwell' : ''}`;
  }
}
