import { html, nothing, type TemplateResult } from 'lit';
import type { OtLinkMedia, OtUrlCheck } from '@otkit/sdk';
import { renderLinkMedia } from './builder-media.js';
import { renderBase } from './builder-settings.js';
import type { BuilderT } from './builder.messages.js';

/** What the embed section needs from the builder. */
export interface EmbedHost {
  readonly t: BuilderT;
  /** The address of the published pages as shown in its field, and its check. */
  readonly base: string;
  readonly pages: OtUrlCheck;
  /** The schedule's link and snippet; no link while the address is refused or the schedule cannot be encoded. */
  readonly link: string | undefined;
  readonly snippet: string;
  /** Characters of the schedule in the link. */
  readonly size: number;
  /** Why the schedule cannot be encoded (rendered), if it cannot. */
  readonly problem: TemplateResult | typeof nothing;
  /** Own media stored inline that make the schedule too large for a link. */
  readonly linkMedia: readonly OtLinkMedia[];
  setBase(address: string): void;
  copy(text: string, field: string): void;
}

/** The address of the pages, then the snippet and the link, or why there are none. */
export function renderEmbed(host: EmbedHost): TemplateResult {
  const { t, link, size } = host;
  const base = renderBase(t, host.base, host.pages, (address) => host.setBase(address));
  if (host.linkMedia.length) return html`${base} ${renderLinkMedia(t, host.linkMedia)}`;
  if (host.problem !== nothing || !link) return html`${base} ${host.problem}`;
  return html`${base}
    <p>${t('size', { chars: size })} ${t(size <= 1000 ? 'small' : size <= 2000 ? 'fine' : 'long')}</p>
    <label
      >${t('code')}
      <textarea
        part="snippet"
        class="field"
        readonly
        .value=${host.snippet}
        @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
      ></textarea>
    </label>
    <div class="row">
      <button type="button" class="btn primary" @click=${() => host.copy(host.snippet, 'textarea')}>
        ${t('copyCode')}
      </button>
      <button type="button" class="btn" @click=${() => host.copy(link, '.link')}>${t('copyLink')}</button>
      <a href=${link} target="_blank" rel="noopener noreferrer">${t('open')}</a>
    </div>
    <label
      >${t('link')}
      <input class="field link" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
    /></label>
    <p>${t('linkHelp')}</p>`;
}
