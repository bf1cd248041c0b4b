import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { choiceName, type OtChoice, type OtChoiceBoardViewModel, type OtChoiceCell } from '@otkit/sdk';
import type { ScanController } from '../controllers/scan-controller.js';
import { renderImage } from '../internal/image.js';
import { NAV_BACK, NAV_HOME, type NavAction } from './board-set-navigation.js';

/** An answer of the confirm step; scanned and dwelt on like a choice. */
export interface ConfirmAnswer {
  readonly answer: 'yes' | 'back';
}
export const ANSWER_YES: ConfirmAnswer = { answer: 'yes' };
export const ANSWER_BACK: ConfirmAnswer = { answer: 'back' };

/** What scanning and dwell move over: a choice (by id), an answer of the confirm step, or Back / Home. */
export type BoardItem = string | ConfirmAnswer | NavAction;

/** What the templates need from the board element. */
export interface BoardTemplateHost {
  readonly view: OtChoiceBoardViewModel;
  /** Accessible name of the grid. */
  readonly label: string;
  readonly language: string | undefined;
  readonly multiple: boolean;
  /** A file's grid of more than 6 columns: smaller tiles (still at least 44 px), so 12 columns fit a laptop. */
  readonly dense: boolean;
  /** Disabled, or inside a disabled fieldset. */
  readonly inactive: boolean;
  /** The classes of the scan highlight and the dwell fill on an item, when it wears them. */
  marks(item: BoardItem): string;
  /** Whether switch scanning highlights a whole row now. */
  rowScanned(row: number): boolean;
  /** Ids of the choices whose selection the store has not saved yet. */
  readonly pending: ReadonlySet<string>;
  /** A word of the board's catalogue. */
  word(key: 'yes' | 'back' | 'youChose'): string;
  onKeydown(event: KeyboardEvent): void;
}

const CROSS = html`<svg part="cross" viewBox="0 0 10 10" preserveAspectRatio="none" aria-hidden="true">
  <path d="M0 0l10 10m0-10L0 10" vector-effect="non-scaling-stroke" />
</svg>`;

const CHECK_MARK = html`<svg part="check" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 12l4 4 8-8" /></svg>`;

/** The grid of choices (role grid): one tab stop, the choices as grid cells. */
export function renderGrid(host: BoardTemplateHost): TemplateResult {
  return html`<div
    part="grid"
    role="grid"
    class=${host.dense ? 'dense' : ''}
    aria-label=${host.label}
    aria-multiselectable=${host.multiple ? 'true' : 'false'}
    aria-disabled=${host.inactive ? 'true' : 'false'}
    lang=${ifDefined(host.language)}
    @keydown=${host.onKeydown}
  >
    ${host.view.rows.map(
      (row, index) =>
        html`<div part="row" role="row" class=${host.rowScanned(index) ? 'scan' : ''}>
          ${row.map((cell) => renderCell(cell, host))}
        </div>`,
    )}
  </div>`;
}

function renderCell(cell: OtChoiceCell, host: BoardTemplateHost): TemplateResult {
  const choice = cell.choice;
  if (!choice) return html`<div part="empty-cell" role="gridcell"></div>`;
  const parts = ['choice', cell.selected && 'selected', cell.unavailable && 'unavailable'].filter(Boolean).join(' ');
  return html`<div
    part=${parts}
    role="gridcell"
    class="cell ${choice.border ? 'bordered' : ''} ${host.marks(choice.id)}"
    data-choice-id=${choice.id}
    tabindex=${cell.tabStop ? 0 : -1}
    aria-selected=${cell.selected ? 'true' : 'false'}
    aria-disabled=${cell.unavailable || host.inactive ? 'true' : 'false'}
    aria-busy=${host.pending.has(choice.id) ? 'true' : 'false'}
    lang=${ifDefined(choice.language)}
    aria-label=${ifDefined(choice.label ? undefined : choiceName(choice) || undefined)}
  >
    ${renderImage(choice.image, choice.label, { decorative: true })}
    <span part="label" dir="auto">${choice.label}</span>
    ${cell.unavailable ? CROSS : nothing} ${cell.selected ? CHECK_MARK : nothing}
  </div>`;
}

/** The confirm step: "You chose …" with Yes and Go back. */
export function renderConfirm(choice: OtChoice, host: BoardTemplateHost): TemplateResult {
  // The group's name says the choice too: "You chose Swing", never "You chose, group".
  return html`<div
    part="confirm"
    role="group"
    aria-label=${`${host.word('youChose')} ${choiceName(choice)}`.trim()}
    @keydown=${host.onKeydown}
  >
    ${renderImage(choice.image, choice.label, { decorative: true })}
    <p>
      ${host.word('youChose')}
      <strong lang=${ifDefined(choice.language)} dir="auto">${choice.label}</strong>
    </p>
    <div>
      ${[ANSWER_YES, ANSWER_BACK].map(
        (item) =>
          html`<button
            class="btn ${item === ANSWER_YES ? 'primary' : ''} ${host.marks(item)}"
            data-answer=${item.answer}
          >
            ${host.word(item.answer)}
          </button>`,
      )}
    </div>
  </div>`;
}

/** The choice or answer of the confirm step an event happened in. */
export function itemOfEvent(event: Event): BoardItem | undefined {
  const target = (event.target as Element).closest<HTMLElement>('[data-choice-id], [data-answer], [data-nav]');
  if (!target) return undefined;
  if (target.dataset.nav) return target.dataset.nav === 'home' ? NAV_HOME : NAV_BACK;
  if (target.dataset.answer) return target.dataset.answer === 'yes' ? ANSWER_YES : ANSWER_BACK;
  return target.dataset.choiceId;
}

/** The words of the scanning toolbar. */
type ToolbarWord = 'startScan' | 'pauseScan' | 'resumeScan' | 'stopScan';

/**
 * The scanning toolbar: the first button starts, pauses or resumes the scan and hands the switches to the board;
 * Stop is the way out, leaving focus on the toolbar.
 */
export function renderScanToolbar(
  scan: ScanController<BoardItem>,
  word: (key: ToolbarWord) => string,
  focusAfterUpdate: (selector?: string) => void,
): TemplateResult {
  const toggle = () => {
    if (scan.running && !scan.paused) return scan.pause();
    if (scan.running) scan.resume();
    else scan.start();
    focusAfterUpdate();
  };
  const stop = () => {
    scan.stop();
    focusAfterUpdate('[part="toolbar"] button');
  };
  const toggleWord = !scan.running ? 'startScan' : scan.paused ? 'resumeScan' : 'pauseScan';
  return html`<div part="toolbar">
    <button class="btn" @click=${toggle}>${word(toggleWord)}</button>
    ${scan.running ? html`<button class="btn" @click=${stop}>${word('stopScan')}</button>` : nothing}
  </div>`;
}

/** What the navigation bar of a board set needs. */
export interface NavBarHost {
  /** Home, then each board opened from it. */
  readonly trail: readonly { readonly id: string; readonly name: string }[];
  marks(item: BoardItem): string;
  word(key: 'navigation' | 'navBack' | 'navHome'): string;
  /** Switch keys only: Enter and Space on a button press it. */
  onKeydown(event: KeyboardEvent): void;
}

/**
 * The navigation bar of a board set, away from home: Back and Home (scanned and dwelt on like choices), and the
 * trail of boards opened, the current one last.
 */
export function renderNavBar(host: NavBarHost): TemplateResult {
  return html`<nav part="navigation" aria-label=${host.word('navigation')} @keydown=${host.onKeydown}>
    ${[NAV_BACK, NAV_HOME].map(
      (item) =>
        html`<button class="btn ${host.marks(item)}" part="nav-${item.nav}" data-nav=${item.nav}>
          ${host.word(item.nav === 'back' ? 'navBack' : 'navHome')}
        </button>`,
    )}
    <ol part="trail">
      ${host.trail.map(
        (board, index) =>
          html`<li aria-current=${ifDefined(index === host.trail.length - 1 ? 'page' : undefined)} dir="auto">
            ${board.name}
          </li>`,
      )}
    </ol>
  </nav>`;
}
