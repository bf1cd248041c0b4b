/**
 * Built-in symbols: simple pictograms drawn for OT Kit, so schedules and boards have pictures offline with
 * no image requests. Licence: see ./LICENSE.md (CC0 1.0, no attribution required). Each symbol is drawn on a
 * 24 × 24 grid (shown at 48 × 48) with strokes and fills in currentColor, so it follows the theme and
 * forced-colors mode.
 */
import type { SVGTemplateResult } from 'lit';
import { provideSymbols } from './load-symbols.js';
import { OT_SYMBOLS } from './symbol-data.js';
import { symbolDrawing } from './symbol-drawing.js';

export { OT_SYMBOLS, type OtSymbol } from './symbol-data.js';

/** The licence that applies to every built-in symbol. */
export const OT_SYMBOL_LICENSE = {
  type: 'CC0-1.0',
  copyrightNoticeUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  authorName: 'OT Kit contributors',
} as const;

/** The ids of every built-in symbol. */
export function symbolIds(): string[] {
  return Object.keys(OT_SYMBOLS);
}

/**
 * The drawing of a built-in symbol as an SVG template for a 48 × 48 viewBox (no title: the caller labels it),
 * or undefined when there is no symbol with that id.
 */
export function symbolTemplate(id: string): SVGTemplateResult | undefined {
  return symbolDrawing(OT_SYMBOLS, id);
}

// A page that imports this module has every symbol already: the elements draw them at once, without import().
provideSymbols(OT_SYMBOLS);
