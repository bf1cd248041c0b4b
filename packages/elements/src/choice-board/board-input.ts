import type { ReactiveControllerHost } from 'lit';
import type { OtAccessMethod, OtChoiceBoard, OtChoiceBoardViewModel } from '@otkit/sdk';
import {
  DwellController,
  ScanController,
  type OtScanOptions,
  type OtScheduler,
} from '../controllers/scan-controller.js';
import type { BoardSetNavigation, NavAction } from './board-set-navigation.js';
import { NAV_BACK, NAV_HOME } from './board-set-navigation.js';
import type { BoardVoice } from './board-voice.js';
import { ANSWER_BACK, ANSWER_YES, itemOfEvent, type BoardItem } from './choice-board.templates.js';
import { boardKeydown } from './grid-keys.js';
import type { SelectionFlow } from './selection-flow.js';

/** What {@link BoardInput} reads from and does on its board; read again at each use. */
export interface BoardInputAccess {
  /** What the board shows now. */
  view(): OtChoiceBoardViewModel;
  /** The board shown (the one open in its set). */
  board(): OtChoiceBoard | undefined;
  /** Disabled, or inside a disabled fieldset. */
  inactive(): boolean;
  scanOptions(): OtScanOptions;
  dwellTime(): number;
  scheduler(): OtScheduler | undefined;
  /** Whether each keyboard move speaks the choice reached (`cue="speech"`). */
  speaksMoves(): boolean;
  rtl(): boolean;
  readonly selection: SelectionFlow;
  readonly navigation: BoardSetNavigation;
  readonly voice: BoardVoice;
  /** The scan stopped by itself or by the way out: say so. */
  scanStopped(): void;
  /** Puts the tab stop on a choice (undefined: the first) and focuses it after the next update. */
  moveFocus(choiceId: string | undefined): void;
  /** Notes the choice focused (it keeps the tab stop). */
  focused(choiceId: string): void;
}

const isNav = (item: BoardItem): item is NavAction => typeof item === 'object' && 'nav' in item;

/**
 * Every way a person reaches a board, in one place: switch scanning and dwell (over the choices, the confirm
 * answers, and Back / Home away from a set's home), the keyboard, pointer clicks and focus. Each pick goes to
 * Back / Home, to a linked board of the set, or to the selection flow.
 */
export class BoardInput {
  readonly scan: ScanController<BoardItem>;
  readonly dwell: DwellController<BoardItem>;
  readonly #access: BoardInputAccess;

  constructor(host: ReactiveControllerHost, access: BoardInputAccess) {
    this.#access = access;
    this.scan = new ScanController<BoardItem>(host, {
      rows: () => this.#scanRows(),
      options: () => access.scanOptions(),
      select: (item) => this.pick(item, access.scanOptions().mode === 'step' ? 'step-scan' : 'auto-scan'),
      cue: (items, wholeRow) => access.voice.cue(items[0]!, wholeRow, access.view()),
      stopped: () => access.scanStopped(),
      scheduler: () => access.scheduler(),
    });
    this.dwell = new DwellController<BoardItem>(host, {
      time: () => access.dwellTime(),
      select: (item) => this.pick(item, 'dwell'),
      scheduler: () => access.scheduler(),
    });
  }

  /** A pick by any access method: Back or Home, a choice that opens a board of the set, or a selection. */
  pick(item: BoardItem, method: OtAccessMethod): void {
    const access = this.#access;
    if (isNav(item)) {
      if (!access.inactive()) void access.navigation.go(item, method);
      return;
    }
    const choice = typeof item === 'string' ? access.board()?.choices.find((c) => c.id === item) : undefined;
    const target = choice && !choice.unavailable && !access.inactive() ? access.navigation.target(choice) : undefined;
    if (target) void access.navigation.open(target, method);
    else access.selection.pick(item, method);
  }

  /** The classes of the scan highlight and the dwell fill on an item, when it wears them. */
  marks(item: BoardItem): string {
    const scanned = !this.scan.group && this.scan.highlight.includes(item);
    return `${scanned ? 'scan' : ''} ${this.dwell.target === item ? 'dwell' : ''}`;
  }

  /** Whether row–column scanning highlights the row `row` of the grid now. */
  rowScanned(view: OtChoiceBoardViewModel, row: number): boolean {
    const { group, highlight } = this.scan;
    return group && view.rows[row]!.some((cell) => cell.choice && highlight.includes(cell.choice.id));
  }

  /** Whether row–column scanning highlights the row of Back and Home now. */
  get navRowScanned(): boolean {
    return this.scan.group && this.scan.highlight.includes(NAV_BACK);
  }

  /** Keys on the grid or the confirm step. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const access = this.#access;
    boardKeydown(event, {
      inactive: access.inactive(),
      scanKey: (key) => this.scan.handleKey(key),
      confirming: access.selection.confirmingId !== undefined,
      cancelConfirm: () => access.selection.pick(ANSWER_BACK, 'keyboard'),
      view: access.view(),
      rtl: access.rtl(),
      pick: (choiceId) => this.pick(choiceId, 'keyboard'),
      moveTo: (choiceId) => {
        if (access.speaksMoves() && choiceId !== access.view().tabStop)
          access.voice.cue(choiceId, false, access.view());
        access.moveFocus(choiceId);
      },
    });
  };

  /** On the navigation bar only the switch keys count: Enter and Space press its buttons. */
  readonly onNavKeydown = (event: KeyboardEvent): void => {
    if (!this.#access.inactive() && this.scan.handleKey(event)) event.preventDefault();
  };

  /** Clicks and focus inside the board: a choice, an answer of the confirm step, or Back / Home. */
  readonly onClickOrFocus = (event: Event): void => {
    const item = itemOfEvent(event);
    if (event.type === 'click') {
      if (item !== undefined) this.pick(item, 'pointer');
    } else if (typeof item === 'string') this.#access.focused(item);
  };

  readonly onPointer = (event: PointerEvent): void => {
    const item = event.type === 'pointerover' && event.pointerType !== 'touch' ? itemOfEvent(event) : undefined;
    if (item === undefined) this.dwell.leave();
    else this.dwell.enter(item);
  };

  /** What switch scanning steps through: the confirm answers, or Back and Home (away from home) then the rows. */
  #scanRows(): BoardItem[][] {
    const access = this.#access;
    if (access.selection.confirmingId !== undefined) return [[ANSWER_YES, ANSWER_BACK]];
    const rows: BoardItem[][] = access.view().scanRows.map((row) => [...row]);
    const away = !access.inactive() && access.navigation.view()?.atHome === false;
    return away ? [[NAV_BACK, NAV_HOME], ...rows] : rows;
  }
}
