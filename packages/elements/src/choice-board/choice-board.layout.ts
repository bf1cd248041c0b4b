import { html, nothing, type TemplateResult } from 'lit';
import type { OtBoardSetView, OtChoiceBoard as OtChoiceBoardRecord, OtChoiceBoardViewModel } from '@otkit/sdk';
import { renderSaveState } from '../controllers/save-state-controller.js';
import type { choiceBoardMessages } from '../i18n/choice-board.messages.js';
import type { OtTranslate } from '../i18n/messages.js';
import type { BoardInput } from './board-input.js';
import type { SelectionFlow } from './selection-flow.js';
import {
  renderConfirm,
  renderGrid,
  renderNavBar,
  renderScanToolbar,
  type BoardItem,
} from './choice-board.templates.js';
import { renderUnshown, unshownOf } from './unshown-parts.js';

/** What the layout of a shown board needs from `<ot-choice-board>`, read when it renders. */
export interface BoardLayoutHost {
  readonly board: OtChoiceBoardRecord;
  readonly view: OtChoiceBoardViewModel;
  /** Accessible name of the grid. */
  readonly label: string;
  readonly multiple: boolean;
  /** Disabled, or inside a disabled fieldset. */
  readonly inactive: boolean;
  /** Whether switch scanning is on (the toolbar shows). */
  readonly scanning: boolean;
  /** The open board set's path, when the board belongs to one. */
  readonly set: OtBoardSetView | undefined;
  /** Whether a choice opens another board of the set (choices that link elsewhere are listed as unshown). */
  readonly opensBoard: (id: string) => boolean;
  readonly input: BoardInput;
  readonly selection: SelectionFlow;
  readonly t: OtTranslate<typeof choiceBoardMessages.en>;
  /** After the next render, focuses the cell in the tab order (or what `selector` finds). */
  readonly focus: (selector?: string) => void;
}

/**
 * A shown board: the navigation bar of a set (away from home), the grid or the confirm step, the save state,
 * what cannot be shown, and the scanning toolbar — after the grid, so the first Tab reaches the choices, not
 * "Pause scanning".
 */
export function renderBoardLayout(host: BoardLayoutHost): TemplateResult {
  const { board, view, input, set, t } = host;
  const marks = (item: BoardItem) => input.marks(item);
  const templateHost = {
    view,
    label: host.label,
    language: board.language,
    multiple: host.multiple,
    dense: !!board.grid && view.columns > 6,
    inactive: host.inactive,
    marks,
    rowScanned: (row: number) => input.rowScanned(view, row),
    pending: host.selection.pending,
    word: (key: 'yes' | 'back' | 'youChose') => t(key),
    onKeydown: input.onKeydown,
  };
  const navBar =
    set && !set.atHome && !view.confirm
      ? renderNavBar({ trail: set.trail, marks, word: (key) => t(key), onKeydown: input.onNavKeydown })
      : nothing;
  const toolbar = renderScanToolbar(
    input.scan,
    (key) => t(key),
    (selector) => host.focus(selector),
  );
  const unshown = unshownOf(board, host.opensBoard);
  return html`<div class=${input.navRowScanned ? 'scan' : ''}>${navBar}</div>
    ${view.confirm ? renderConfirm(view.confirm.choice, templateHost) : renderGrid(templateHost)}
    ${renderSaveState(host.selection.saveState, { saving: t('saving'), saved: t('saved') })}
    ${renderUnshown(unshown, (key, label) => t(key, { label }), t('unshown'))} ${host.scanning ? toolbar : nothing}`;
}
