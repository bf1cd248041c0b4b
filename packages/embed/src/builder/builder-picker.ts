import { html, type TemplateResult } from 'lit';
import { OT_SYMBOLS, renderImage, symbolIds } from '@otkit/elements';
import type { OtImageRef } from '@otkit/sdk';
import { fold } from './builder-drafts.js';
import { renderOwnPicture, type MediaHost } from './builder-media.js';

/** What the picture picker needs from the builder. */
export interface PickerHost extends MediaHost {
  readonly lang: 'en' | 'es';
  readonly locale: string;
  readonly search: string;
  /** The picture of what the picker is choosing for. */
  readonly current: OtImageRef | undefined;
  setSearch(text: string): void;
  pick(image: OtImageRef | undefined): void;
  closed(): void;
  close(): void;
}

/** The searchable grid of built-in symbols and the own-picture fields, in a modal dialog. */
export function renderPicker(host: PickerHost): TemplateResult {
  const { t } = host;
  const query = fold(host.search.trim());
  const word = (id: string) => OT_SYMBOLS[id]![host.lang];
  const ids = symbolIds().filter(
    (id) => !query || [id, OT_SYMBOLS[id]!.en, OT_SYMBOLS[id]!.es].some((w) => fold(w).includes(query)),
  );
  const current = host.current;
  const own = current?.src;
  return html`<dialog part="picker" aria-labelledby="picker-h" @close=${() => host.closed()}>
    <h2 id="picker-h">${t('pickerTitle')}</h2>
    <label
      >${t('search')}
      <input
        class="field"
        type="search"
        .value=${host.search}
        @input=${(e: Event) => host.setSearch((e.target as HTMLInputElement).value)}
    /></label>
    <p role="status">${t('found', { n: ids.length })}</p>
    <div class="grid" role="group" aria-labelledby="picker-h">
      <button
        type="button"
        class="btn"
        aria-pressed=${current === undefined ? 'true' : 'false'}
        @click=${() => host.pick(undefined)}
      >
        ${t('noPicture')}
      </button>
      ${
        own
          ? html`<button type="button" class="btn" aria-pressed="true" @click=${() => host.pick(current)}>
              ${renderImage(current, '', { decorative: true })}<span>${t('ownPictureChosen')}</span>
            </button>`
          : ''
      }
      ${ids
        .sort((a, b) => word(a).localeCompare(word(b), host.locale))
        .map(
          (id) =>
            html`<button
              type="button"
              class="btn"
              data-symbol=${id}
              aria-pressed=${current?.symbol === id ? 'true' : 'false'}
              @click=${() => host.pick({ symbol: id })}
            >
              ${renderImage({ symbol: id }, '', { decorative: true })}<span>${word(id)}</span>
            </button>`,
        )}
    </div>
    ${renderOwnPicture(host)}
    <button type="button" class="btn" @click=${() => host.close()}>${t('close')}</button>
  </dialog>`;
}
