import { svg, type SVGTemplateResult } from 'lit';
import type { OtSymbol } from './symbol-data.js';

/**
 * The drawing of symbol `id` from `symbols` as an SVG template for a 48 × 48 viewBox (no title: the caller
 * labels it), or undefined when `symbols` has no symbol with that id. Apart from the drawings themselves, so
 * the elements can draw a symbol set they loaded later (./load-symbols.ts).
 *
 * @example
 * html`<svg viewBox="0 0 48 48">${symbolDrawing(OT_SYMBOLS, 'swing')}</svg>`;
 */
export function symbolDrawing(symbols: Readonly<Record<string, OtSymbol>>, id: string): SVGTemplateResult | undefined {
  const symbol = Object.hasOwn(symbols, id) ? symbols[id] : undefined;
  if (!symbol) return undefined;
  return svg`<g class=${symbol.flip ? 'flip' : ''}>
    <path
      d=${symbol.d}
      transform="scale(2)"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
    ></path>
    ${symbol.fill ? svg`<path d=${symbol.fill} transform="scale(2)" fill="currentColor"></path>` : ''}
  </g>`;
}
