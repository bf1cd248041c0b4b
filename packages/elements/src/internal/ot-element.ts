import { LitElement, css, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { OtError, formatPath, type OtIssue, type OtValidationError } from '@otkit/sdk';
import { LocaleController } from '../controllers/locale-controller.js';
import { OtErrorEvent } from '../events/ot-error.js';
import { commonMessages } from '../i18n/common.messages.js';
import { translate, type OtCatalog, type OtMessage, type OtTranslate } from '../i18n/messages.js';
import { baseStyles } from '../styles/base.styles.js';
import { runChecks, type OtCheckedProperties } from './checked-properties.js';
import { settleHolds } from './update-holds.js';

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
 * dispatch, checked attributes, typed messages, focus after an update and a readable error state.
 * `LitElement → OtElement → Ot<Name>`, nothing deeper.
 */
export class OtElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, errorStyles];

  /**
   * Properties checked whenever they change, before `willUpdate`: a bad value (from an attribute or a property
   * set) is put back to the last good one, named in {@link attributeError} (each issue's path starts with the
   * attribute) and reported once with `ot-error`. A removed attribute goes back to the check's `fallback`.
   *
   * @example
   * static override checkedProperties = {
   *   view: check(picklist(OT_GOAL_STACK_VIEWS), 'therapist'),
   *   warnSeconds: check(number({ min: 0, integer: true }), 60),
   * };
   */
  static checkedProperties: OtCheckedProperties = {};

  /** Language and direction of the element, from the nearest `lang` and `dir`. */
  protected readonly locale = new LocaleController(this);

  /** Problems of the checked properties still standing, by property. */
  readonly #badProperties = new Map<string, readonly OtIssue[]>();
  #attributeError: OtValidationError | undefined;

  /**
   * What is wrong with the checked properties (see {@link checkedProperties}), until each gets a good value;
   * render it with {@link renderError}. The values in effect are the last good ones.
   */
  get attributeError(): OtValidationError | undefined {
    return this.#attributeError;
  }

  /**
   * Runs the property checks. It is the hook before `willUpdate`, so an element's own `willUpdate` (which need not
   * call super) already sees good values.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const checks = (this.constructor as typeof OtElement).checkedProperties;
    const { error, fresh } = runChecks(this, checks, changed, this.#badProperties);
    this.#attributeError = error;
    if (error && fresh) this.reportError(error);
    return super.shouldUpdate(changed);
  }

  /** Also waits for work a controller holds the element for (a store still loading), and the render after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (await settleHolds(this)) done = await super.getUpdateComplete();
    return done;
  }

  /**
   * A message function for one catalog, in the element's language at the time of each call.
   *
   * @example
   * readonly #t = this.translator(goalStackMessages);
   * render() { return html`<h2>${this.#t('goals')}</h2><p>${this.#t('remaining', { count: 3 })}</p>`; }
   */
  protected translator<T extends Record<string, OtMessage>>(catalog: OtCatalog<T>): OtTranslate<T> {
    return (key, ...params) => translate(catalog, this.locale.lang, key, ...params);
  }

  /**
   * Moves focus once the pending update has rendered: to `target`, or to the first match of a selector in the
   * element's shadow root. Returns whether something took the focus.
   *
   * @example
   * this.panel = 'pause';
   * await this.focusAfterUpdate('[part=panel] button');
   */
  protected async focusAfterUpdate(
    target: HTMLElement | string | null | undefined,
    options?: FocusOptions,
  ): Promise<boolean> {
    await this.updateComplete;
    const element = typeof target === 'string' ? this.renderRoot.querySelector<HTMLElement>(target) : target;
    if (!element?.isConnected) return false;
    element.focus(options);
    const root = element.getRootNode() as Document | ShadowRoot;
    return root.activeElement === element;
  }

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
