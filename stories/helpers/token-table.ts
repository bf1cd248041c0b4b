import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { OT_TOKEN_DEFAULTS, type OtTokenName } from '@otkit/elements';

const NAMES = Object.keys(OT_TOKEN_DEFAULTS) as OtTokenName[];

function kind(name: OtTokenName): string {
  if (name.startsWith('color-')) return 'color';
  if (name.startsWith('space-') || name === 'target-size') return 'size';
  if (name.startsWith('radius-')) return 'radius';
  if (name.startsWith('font-size')) return 'font-size';
  if (name === 'font-family') return 'font-family';
  if (name === 'focus-ring-width') return 'focus';
  return 'text';
}

/**
 * Story helper (not part of OT Kit): every design token with its value in one theme and a sample of it.
 * Samples get their value through `style.setProperty` (CSSOM), never a style attribute.
 */
export class OtkitStoryTokenTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: var(--ot-space-m);
      border: 1px solid var(--ot-color-border);
      border-radius: var(--ot-radius-m);
      background: var(--ot-color-bg);
      color: var(--ot-color-text);
      font-family: var(--ot-font-family);
      /* Token names stay whole: on a phone the table scrolls inside its card, not the page. */
      overflow-x: auto;
    }
    h3 {
      margin: 0 0 var(--ot-space-m);
      font-size: var(--ot-font-size-l);
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    th,
    td {
      padding: var(--ot-space-xs) var(--ot-space-s);
      border-block-end: 1px solid var(--ot-color-border);
      text-align: start;
      vertical-align: middle;
    }
    code {
      font-family: ui-monospace, monospace;
      font-size: var(--ot-font-size-s);
      overflow-wrap: anywhere;
    }
    td:first-child code {
      white-space: nowrap;
    }
    .sample {
      display: inline-block;
      box-sizing: border-box;
    }
    .color {
      inline-size: 3rem;
      block-size: 1.5rem;
      border: 1px solid var(--ot-color-text);
      border-radius: 4px;
      background: var(--v);
    }
    .size {
      block-size: 0.75rem;
      inline-size: var(--v);
      background: var(--ot-color-accent);
    }
    .radius {
      inline-size: 2.5rem;
      block-size: 2.5rem;
      border: 2px solid var(--ot-color-accent);
      border-radius: var(--v);
    }
    .font-size {
      font-size: var(--v);
      line-height: 1;
    }
    .font-family {
      font-family: var(--v);
    }
    .focus {
      inline-size: 2.5rem;
      block-size: 1.5rem;
      outline: var(--v) solid var(--ot-color-focus);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .color {
        forced-color-adjust: none;
      }
    }
  `;

  /** The theme to show (set as `data-ot-theme` on the host); `auto` inherits from the page. */
  @property() theme: 'auto' | 'light' | 'dark' | 'high-contrast' = 'auto';

  /** The heading of the table. */
  @property() label = '';

  private values: Record<string, string> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('theme')) return;
    if (this.theme === 'auto') delete this.dataset.otTheme;
    else this.dataset.otTheme = this.theme;
    const computed = getComputedStyle(this);
    this.values = Object.fromEntries(NAMES.map((n) => [n, computed.getPropertyValue(`--ot-${n}`).trim()]));
  }

  protected override updated(): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-token]'))
      el.style.setProperty('--v', `var(--ot-${el.dataset.token})`);
  }

  override render(): TemplateResult {
    return html`
      <h3>${this.label || this.theme}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
            <th scope="col">Sample</th>
          </tr>
        </thead>
        <tbody>
          ${NAMES.map(
            (name) =>
              html`<tr>
                <td><code>--ot-${name}</code></td>
                <td><code>${this.values[name] || OT_TOKEN_DEFAULTS[name]}</code></td>
                <td>${this.renderSample(name)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  renderSample(name: OtTokenName): TemplateResult {
    const k = kind(name);
    if (k === 'font-size' || k === 'font-family')
      return html`<span class="sample ${k}" data-token=${name}>Aa Ññ</span>`;
    if (k === 'text') return html``;
    return html`<span class="sample ${k}" data-token=${name} aria-hidden="true"></span>`;
  }
}

if (!customElements.get('otkit-story-token-table'))
  customElements.define('otkit-story-token-table', OtkitStoryTokenTable);

declare global {
  interface HTMLElementTagNameMap {
    'otkit-story-token-table': OtkitStoryTokenTable;
  }
}
