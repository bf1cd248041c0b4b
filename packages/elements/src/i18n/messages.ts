/**
 * A small message layer. Each element has its own catalog with an English and a Spanish table; the
 * Spanish table must have every key of the English one (the type checks it). A message is a string or a
 * function of parameters, so plurals and word order stay right in each language.
 */

/** Languages OT Kit ships messages for. */
export const OT_LANGUAGES = ['en', 'es'] as const;
/** A language OT Kit ships messages for. */
export type OtLanguage = (typeof OT_LANGUAGES)[number];

/** One message: plain text, or a function of its parameters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OtMessage = string | ((params: any) => string);

/** English and Spanish tables with the same keys. */
export interface OtCatalog<T extends Record<string, OtMessage>> {
  readonly en: T;
  readonly es: { readonly [K in keyof T]: T[K] extends (p: infer P) => string ? (p: P) => string : string };
}

/** Parameters a message takes (none for plain text). */
export type OtMessageParams<M> = M extends (p: infer P) => string ? P : undefined;

/**
 * Declares a catalog; the type makes sure Spanish has every English key with the same parameters.
 *
 * @example
 * export const messages = defineMessages({
 *   en: { notes: (p: { count: number }) => (p.count === 1 ? '1 note' : `${p.count} notes`) },
 *   es: { notes: (p) => (p.count === 1 ? '1 nota' : `${p.count} notas`) },
 * });
 */
export function defineMessages<T extends Record<string, OtMessage>>(catalog: OtCatalog<T>): OtCatalog<T> {
  return catalog;
}

/** The supported language for a BCP 47 tag: `es-MX` → `es`; anything unsupported → `en`. */
export function supportedLanguage(tag: string | null | undefined): OtLanguage {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (OT_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as OtLanguage) : 'en';
}

/**
 * A message function bound to one catalog: the keys are the catalog's, and each takes the parameters its
 * message needs (none for plain text). `OtElement.translator(catalog)` makes one for an element.
 *
 * @example
 * const t: OtTranslate<typeof goalStackMessages.en> = this.translator(goalStackMessages);
 * t('remaining', { count: 3 });
 */
export type OtTranslate<T extends Record<string, OtMessage>> = <K extends keyof T & string>(
  key: K,
  ...params: OtMessageParams<T[K]> extends undefined ? [] : [OtMessageParams<T[K]>]
) => string;

/** Looks up `key` in `catalog` for `lang` (English when missing) and fills in its parameters. */
export function translate<T extends Record<string, OtMessage>, K extends keyof T & string>(
  catalog: OtCatalog<T>,
  lang: OtLanguage,
  key: K,
  ...params: OtMessageParams<T[K]> extends undefined ? [] : [OtMessageParams<T[K]>]
): string {
  const table = (catalog[lang] ?? catalog.en) as Record<string, OtMessage>;
  const message = table[key] ?? (catalog.en as Record<string, OtMessage>)[key];
  if (message === undefined) return key;
  return typeof message === 'function' ? message(params[0]) : message;
}
