import { css, html, type TemplateResult } from 'lit';
import { OtElement, commonMessages } from '@otkit/elements';

/**
 * Story helper (not part of OT Kit): an OtElement that shows what its LocaleController resolved from the
 * page (language, full tag, direction) and a few shared messages in that language. Its layout uses logical
 * properties, so it mirrors in right-to-left.
 */
export class OtkitStoryLocaleProbe extends OtElement {
  static override styles = [
    ...(OtElement.styles as []),
    css`
      :host {
        display: block;
      }
      [part='base'] {
        padding: var(--_ot-space-m);
        border: 1px solid var(--_ot-color-border);
        border-inline-start: 6px solid var(--_ot-color-accent);
        border-radius: var(--_ot-radius-m);
        background: var(--_ot-color-surface);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--_ot-space-xs) var(--_ot-space-m);
        margin: 0 0 var(--_ot-space-s);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      p {
        margin: var(--_ot-space-xs) 0 0;
      }
    `,
  ];

  override render(): TemplateResult {
    const { lang, locale, dir } = this.locale;
    return html`<div part="base" dir=${dir}>
      <dl>
        <dt>lang found</dt>
        <dd><code>${locale}</code></dd>
        <dt>catalog</dt>
        <dd><code>${lang}</code></dd>
        <dt>dir</dt>
        <dd><code>${dir}</code></dd>
      </dl>
      <p>${this.locale.t(commonMessages, 'loading')}</p>
      <p>${this.locale.t(commonMessages, 'storageError')}</p>
      <p>${this.locale.t(commonMessages, 'moreProblems', { count: 3 })}</p>
    </div>`;
  }
}

if (!customElements.get('otkit-story-locale-probe'))
  customElements.define('otkit-story-locale-probe', OtkitStoryLocaleProbe);

declare global {
  interface HTMLElementTagNameMap {
    'otkit-story-locale-probe': OtkitStoryLocaleProbe;
  }
}
