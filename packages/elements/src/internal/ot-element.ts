import { LitElement, css, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { OtError, formatPath, type OtIssue, type OtValidationError } from '@otkit/sdk';
import { LocaleController } from '../controllers/locale-controller.js';
import { OtErrorEvent } from '../events/ot-error.js';
import { commonMessages } from '../i18n/common.messages.js';
import { translate, type OtCatalog, type OtMessage, type OtTranslate } from '../i18n/messages.js';
import { baseStyles } from '../styles/base.styles.js';
import { runChecks, type OtCheckedProperties } from './checked-properties.js';
import { describeAttributeValue, insideProvider, warnOnce, type OtMisuse } from './misuse-warnings.js';
import { restoreUpgradeProperties, takeUpgradeProperties } from './upgrade-properties.js';
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

  /**
   * Attributes that name a record in the provider's store (`board-id`): set outside `<ot-provider>`, they warn
   * once (see {@link warnings}).
   */
  static providerAttributes: readonly string[] = [];

  /**
   * Whether misuse warns with `console.warn`, once per problem per page: a bad attribute value, a
   * {@link providerAttributes provider attribute} outside a provider, data put in an attribute where the element
   * takes a property. On in every build (see docs/frameworks.md); set it to false to silence them.
   */
  static warnings = true;

  /**
   * Also observes the attributes named like properties that take only a property (`steps`, `board`): data
   * put there (JSON, or an object a framework turned into "[object Object]") warns instead of vanishing.
   */
  static override get observedAttributes(): string[] {
    const names = super.observedAttributes;
    for (const [name, options] of this.elementProperties)
      if (options.attribute === false && typeof name === 'string') names.push(name.toLowerCase());
    return names;
  }

  /** Language and direction of the element, from the nearest `lang` and `dir`. */
  protected readonly locale = new LocaleController(this);

  /** Problems of the checked properties still standing, by property. */
  readonly #badProperties = new Map<string, readonly OtIssue[]>();
  #attributeError: OtValidationError | undefined;
  #error: OtError | undefined;
  /** Errors reported while disconnected, dispatched once connected (no listener on the page could hear them). */
  readonly #undelivered: OtError[] = [];
  /** Non-reactive accessors set before the element was upgraded (see takeUpgradeProperties). */
  readonly #upgradeProperties: Map<string, unknown>;

  constructor() {
    super();
    const litProperties = new Set((this.constructor as typeof OtElement).elementProperties.keys());
    this.#upgradeProperties = takeUpgradeProperties(this, litProperties);
  }

  /**
   * The last error the element reported with `ot-error` (bad data, a failed save), or undefined: readable by a
   * page that started listening after it fired.
   */
  get error(): OtError | undefined {
    return this.#error;
  }

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
    if (error && fresh) {
      for (const issue of error.issues) {
        const attribute = String(issue.path[0]);
        this.warnMisuse('bad-attribute', attribute, `bad "${attribute}": ${issue.message}; the last good value stays.`);
      }
      this.reportError(error);
    }
    if (!this.hasUpdated) this.#warnWithoutProvider();
    return super.shouldUpdate(changed);
  }

  override connectedCallback(): void {
    restoreUpgradeProperties(this, this.#upgradeProperties);
    super.connectedCallback();
    for (const error of this.#undelivered.splice(0)) this.emit(new OtErrorEvent({ error }));
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    const properties = (this.constructor as typeof OtElement).elementProperties;
    const property = [...properties.keys()].find((key) => typeof key === 'string' && key.toLowerCase() === name);
    if (value === null || property === undefined || properties.get(property)?.attribute !== false) return;
    const what = describeAttributeValue(value);
    this.warnMisuse(
      'property-as-attribute',
      name,
      `the "${name}" attribute holds ${what}, which is ignored: set the property instead (element.${String(property)} = …).`,
    );
  }

  /** Warns once per page about a misuse (see {@link warnings}). */
  protected warnMisuse(kind: OtMisuse, attribute: string, message: string): void {
    warnOnce((this.constructor as typeof OtElement).warnings, this.localName, kind, attribute, message);
  }

  #warnWithoutProvider(): void {
    for (const attribute of (this.constructor as typeof OtElement).providerAttributes) {
      if (!this.getAttribute(attribute) || insideProvider(this)) continue;
      this.warnMisuse(
        'no-provider',
        attribute,
        `"${attribute}" names a record in the store of an <ot-provider>, but there is none around this element: put it inside <ot-provider>, or give it its data through properties.`,
      );
    }
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
    this.#error = otError;
    if (this.isConnected) this.emit(new OtErrorEvent({ error: otError }));
    else this.#undelivered.push(otError);
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
