/**
 * Built-in symbols: simple pictograms drawn for OT Kit, so schedules and boards have pictures offline with
 * no image requests. Licence: see ./LICENSE.md (CC0 1.0, no attribution required). Each symbol is drawn on a
 * 48 × 48 grid with strokes and fills in currentColor, so it follows the theme and forced-colors mode.
 */
import { svg, type SVGTemplateResult } from 'lit';

/** One built-in symbol: its words in English and Spanish, and its drawing (path data on a 48 × 48 grid). */
export interface OtSymbol {
  readonly en: string;
  readonly es: string;
  /** Outlined shapes (stroked). */
  readonly d: string;
  /** Filled shapes, optional. */
  readonly fill?: string;
}

/** The licence that applies to every built-in symbol. */
export const OT_SYMBOL_LICENSE = {
  type: 'CC0-1.0',
  copyrightNoticeUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  authorName: 'OT Kit contributors',
} as const;

/** Every built-in symbol by id. */
export const OT_SYMBOLS: Readonly<Record<string, OtSymbol>> = {
  snack: { en: 'Snack', es: 'Merienda', d: 'M14 20h20l-3 20H17zM18 20c0-6 12-6 12 0M24 8v6' },
  toilet: { en: 'Toilet', es: 'Baño', d: 'M12 8h12v14H12zM10 22h28c0 8-6 12-14 12l2 6H20l2-6c-8 0-12-4-12-12z' },
  swing: { en: 'Swing', es: 'Columpio', d: 'M8 6h32M16 6v26M32 6v26M14 32h20', fill: 'M22 24a4 4 0 1 0 0.1 0z' },
};

/** The ids of every built-in symbol. */
export function symbolIds(): string[] {
  return Object.keys(OT_SYMBOLS);
}

/**
 * The drawing of a built-in symbol as an SVG template (no title: the caller labels it), or undefined when
 * there is no symbol with that id.
 */
export function symbolTemplate(id: string): SVGTemplateResult | undefined {
  const symbol = Object.hasOwn(OT_SYMBOLS, id) ? OT_SYMBOLS[id] : undefined;
  if (!symbol) return undefined;
  return svg`<path d=${symbol.d} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"></path>${
    symbol.fill ? svg`<path d=${symbol.fill} fill="currentColor"></path>` : ''
  }`;
}
