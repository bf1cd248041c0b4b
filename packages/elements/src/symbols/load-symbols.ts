/**
 * How the elements get the built-in symbols: the drawings (./symbol-data.ts, the largest part) load with
 * `import()` the first time an element draws a symbol, so an element's own file does not carry them and a page
 * that shows no symbol never loads them. While they load, the element renders without the picture and its
 * `updateComplete` waits for them; it then renders again with the picture. A page that imported the public
 * symbols module (`OT_SYMBOLS`, `symbolTemplate` from `@otkit/elements`) has them at once.
 */
import { nothing, ReactiveElement, type SVGTemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { holdUpdateComplete } from '../internal/update-holds.js';
import type { OtSymbol } from './symbol-data.js';
import { symbolDrawing } from './symbol-drawing.js';

type OtSymbolSet = Readonly<Record<string, OtSymbol>>;

let loaded: OtSymbolSet | undefined;
let loading: Promise<OtSymbolSet> | undefined;

/** The built-in symbols, once loaded (or provided); undefined before. */
export function loadedSymbols(): OtSymbolSet | undefined {
  return loaded;
}

/** Loads the built-in symbols (once); resolves with them. */
export function loadSymbols(): Promise<OtSymbolSet> {
  loading ??= import('./symbol-data.js').then(({ OT_SYMBOLS }) => (loaded ??= OT_SYMBOLS));
  return loading;
}

/** Hands over symbols a module already holds (the public symbols module does), so nothing loads them again. */
export function provideSymbols(symbols: OtSymbolSet): void {
  loaded ??= symbols;
  loading ??= Promise.resolve(symbols);
}

/**
 * Renders nothing, and starts loading the symbols: the element that renders it waits for them in its
 * `updateComplete` and renders again when they are there.
 */
class AwaitSymbolsDirective extends Directive {
  render(): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart): typeof nothing {
    const host = part.options?.host;
    const symbols = loadSymbols();
    if (host instanceof ReactiveElement) holdUpdateComplete(host, symbols);
    return nothing;
  }
}

/**
 * A placeholder for a picture whose symbols are still loading (see the module comment).
 *
 * @example
 * const symbols = loadedSymbols();
 * return symbols ? symbolDrawing(symbols, id) : awaitSymbols();
 */
export const awaitSymbols = directive(AwaitSymbolsDirective);

/**
 * The drawing of symbol `id` for an element's template: the drawing once the symbols are loaded (nothing for an
 * unknown id), else {@link awaitSymbols}.
 *
 * @example
 * html`<svg part="done" viewBox="0 0 48 48">${drawSymbol('yes')}</svg>`;
 */
export function drawSymbol(id: string): SVGTemplateResult | typeof nothing | ReturnType<typeof awaitSymbols> {
  const symbols = loadedSymbols();
  if (!symbols) return awaitSymbols();
  return symbolDrawing(symbols, id) ?? nothing;
}
