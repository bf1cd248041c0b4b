import { html, nothing, type TemplateResult } from 'lit';
import { unshownParts, type OtChoiceBoard } from '@otkit/sdk';
import { loadedSymbols } from '../symbols/load-symbols.js';
import { symbolDrawing } from '../symbols/symbol-drawing.js';

/** A part of the board that is not shown, as the notice names it. */
export interface UnshownPart {
  readonly path: string;
  readonly label: string;
  readonly reason: 'notInGrid' | 'linkOutsideSet' | 'unknownPicture';
}

/**
 * The parts of a board that cannot be shown: what the SDK finds (choices the grid leaves out, links to boards
 * not in the set) and pictures naming a symbol this build does not have. The symbols load on first use: until
 * they are here no picture is named (the grid's pictures wait for them, and the board renders again once they came).
 */
export function unshownOf(board: OtChoiceBoard, hasBoard: (id: string) => boolean): UnshownPart[] {
  const parts: UnshownPart[] = unshownParts(board, hasBoard).map((part) => ({
    ...part,
    reason: part.reason === 'not-in-grid' ? 'notInGrid' : 'linkOutsideSet',
  }));
  const symbols = loadedSymbols();
  board.choices.forEach((choice, index) => {
    const symbol = choice.image?.symbol;
    if (symbols && !choice.hidden && symbol !== undefined && !symbolDrawing(symbols, symbol))
      parts.push({ path: `choices.${index}.image`, label: choice.label || choice.id, reason: 'unknownPicture' });
  });
  return parts;
}

/** The notice naming every part not shown (nothing when all is shown): never dropped silently. */
export function renderUnshown(
  parts: readonly UnshownPart[],
  word: (key: UnshownPart['reason'], label: string) => string,
  title: string,
): TemplateResult | typeof nothing {
  if (!parts.length) return nothing;
  return html`<div part="notice" role="note">
    <p>${title}</p>
    <ul>
      ${parts.map((part) => html`<li data-path=${part.path} dir="auto">${word(part.reason, part.label)}</li>`)}
    </ul>
  </div>`;
}
