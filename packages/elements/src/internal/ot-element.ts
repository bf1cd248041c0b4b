import { LitElement, css, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { OtError, formatPath, type OtValidationError } from '@otkit/sdk';
import { LocaleController } from '../controllers/locale-controller.js';
import { OtErrorEvent } from '../events/ot-error.js';
import { commonMessages } from '../i18n/common.messages.js';
import { baseStyles } from '../styles/base.styles.js';

/**
 * Turns anything thrown into an {@link OtError}, keeping its message. An error from another copy of the SDK
 * (a store made with otkit-sdk.min.js, say) is not an `instanceof` ours but has the same shape — a string
 * `code` — and is kept as it is, issues included.
 */
export function toOtError(error: unknown): OtError {
  if (error instanceof OtError) return error;
  if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && error.name.startsWith('Ot'))
    return error as OtError;
  const message = error instanceof Error ? error.message : String(error);
  return new OtError('unexpected', message, { cause: error });
}

const errorStyles = css`
  [part='error'] {
    border: 2px solid var(--_ot-color-danger);
    border-radius: var(--_ot-radius-m);
    background: var(--_ot-color-danger-soft);
    color: var(--_ot-color-text);
    padding: var(--_ot-space-m);
  }
  [part='error'] strong {
    display: block;
    color: var(--_ot-color-danger);
  }
  [part='error'] ul {
    margin: var(--_ot-space-s) 0;
    padding-inline-start: var(--_ot-space-l);
  }
  [part='error'] code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    [part='error'] {
      border-color: CanvasText;
    }
  }
`;

/**
 * The base of every OT Kit element: shared styles, language and direction from the page, typed event
 * dispatch and a readable error state. `LitElement → OtElement → Ot<Name>`, nothing deeper.
 */
export class OtElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, errorStyles];

  /** Language and direction of the element, from the nearest `lang` and `dir`. */
  protected readonly locale = new LocaleController(this);

  /** Dispatches a typed event; returns false when a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /** Reports an error to the page with `ot-error`; returns it as an {@link OtError}. */
  protected reportError(error: unknown): OtError {
    const otError = toOtError(error);
    this.emit(new OtErrorEvent({ error: otError }));
    return otError;
  }

  /**
   * A readable error state (`part="error"`, role alert): what is wrong, each problem with the field it is in,
   * and the reassurance that nothing held was changed.
   */
  protected renderError(error: OtError, title?: string): TemplateResult {
    const issues = (error as Partial<OtValidationError>).issues ?? [];
    const shown = issues.slice(0, 8);
    const t = this.locale.t.bind(this.locale);
    return html`<div part="error" role="alert">
      <strong>${title ?? t(commonMessages, 'errorTitle')}</strong>
      ${
        issues.length
          ? html`<ul>
              ${shown.map((i) => html`<li><code>${formatPath(i.path)}</code>: ${i.message}</li>`)}
              ${issues.length > shown.length ? html`<li>${t(commonMessages, 'moreProblems', { count: issues.length - shown.length })}</li>` : nothing}
            </ul>`
          : html`<p>${error.message}</p>`
      }
      <p>${t(commonMessages, 'errorKept')}</p>
    </div>`;
  }
}
