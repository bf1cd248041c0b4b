import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  supportedLanguage,
  translate,
  type OtCatalog,
  type OtLanguage,
  type OtMessage,
  type OtMessageParams,
} from '../i18n/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: a `lang` or `dir` change anywhere re-resolves every element. */
function watch(controller: LocaleController): void {
  hosts.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((h) => h.resolve()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
}

function unwatch(controller: LocaleController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The nearest value of `attr` on the element or its ancestors, crossing shadow roots. */
function nearest(el: Element, attr: 'lang' | 'dir'): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(attr);
      if (value && value !== 'auto') return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * Gives an element its language (from the nearest `lang`) and direction (from the nearest `dir`), and
 * translates messages. The host re-renders when either changes.
 */
export class LocaleController implements ReactiveController {
  /** The supported language in use: `en` or `es`. */
  lang: OtLanguage = 'en';
  /** The full language tag found (e.g. `es-MX`), for Intl formatting. */
  locale = 'en';
  /** Text direction. */
  dir: 'ltr' | 'rtl' = 'ltr';
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.resolve();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Reads `lang` and `dir` again; re-renders the host when they changed. */
  resolve(): void {
    const locale = nearest(this.#host, 'lang') ?? 'en';
    const dir = nearest(this.#host, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    if (locale === this.locale && dir === this.dir) return;
    this.locale = locale;
    this.lang = supportedLanguage(locale);
    this.dir = dir;
    this.#host.requestUpdate();
  }

  /** Translates `key` from `catalog` into the element's language. */
  t<T extends Record<string, OtMessage>, K extends keyof T & string>(
    catalog: OtCatalog<T>,
    key: K,
    ...params: OtMessageParams<T[K]> extends undefined ? [] : [OtMessageParams<T[K]>]
  ): string {
    return translate(catalog, this.lang, key, ...params);
  }
}
