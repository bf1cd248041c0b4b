import { html, nothing, type TemplateResult } from 'lit';
import { checkChoiceImageUrl, type OtImageRef } from '@otkit/sdk';
import { awaitSymbols, loadedSymbols } from '../symbols/load-symbols.js';
import { symbolDrawing } from '../symbols/symbol-drawing.js';

/**
 * Renders a picture reference: a built-in symbol (inline SVG) or an image URL that passed the URL policy
 * (loaded with no referrer). SVG pictures from a page or a file (base64 `data:image/svg+xml` URLs, with the same
 * size cap as other pictures, and https URLs) are allowed here because they are only ever shown as `<img>`: an
 * SVG loaded as an image runs no script and loads nothing else, whatever it holds. Never inline one into the
 * DOM (`unsafeSVG`, `innerHTML`): there its script would run. `alt` falls back to `fallbackAlt` (usually the label). An image URL the policy
 * refuses, or an unknown symbol, renders nothing rather than something unsafe. Use `decorative` when the
 * label next to the picture already says everything (the picture is then hidden from assistive tech).
 */
export function renderImage(
  image: OtImageRef | undefined,
  fallbackAlt: string,
  options: { part?: string; decorative?: boolean } = {},
): TemplateResult | typeof nothing {
  if (!image) return nothing;
  const part = options.part ?? 'image';
  const alt = options.decorative ? '' : (image.alt ?? fallbackAlt);
  if (image.symbol) {
    // The symbols load on first use: until then nothing shows, and the element's updateComplete waits for them.
    const symbols = loadedSymbols();
    if (!symbols) return html`${awaitSymbols()}`;
    const drawing = symbolDrawing(symbols, image.symbol);
    if (!drawing) return nothing;
    return options.decorative
      ? html`<svg part=${part} viewBox="0 0 48 48" aria-hidden="true" focusable="false">${drawing}</svg>`
      : html`<svg part=${part} viewBox="0 0 48 48" role="img" aria-label=${alt} focusable="false">${drawing}</svg>`;
  }
  const check = checkChoiceImageUrl(image.src);
  if (!check.ok) return nothing;
  const src = check.url;
  return html`<img
    part=${part}
    src=${src}
    alt=${alt}
    referrerpolicy="no-referrer"
    loading="lazy"
    decoding="async"
    draggable="false"
  />`;
}
