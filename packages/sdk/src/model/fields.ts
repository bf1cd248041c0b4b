/**
 * Field schemas shared by the entities: ids, instants, dates, text, URLs through the URL policy, image
 * references and licences.
 */
import { checkAudioUrl, checkImageUrl, checkLinkUrl } from '../safety/url-policy.js';
import { buildSchema } from './build-schema.js';
import { OT_ID_PATTERN } from './ids.js';
import { describe, number, object, optional, refine, string, type Output, type Schema } from './schema.js';

/** A record id (see {@link createId}); hosts may bring their own ids of the same form. */
export const idField = (): Schema<string> =>
  describe(
    string({ pattern: OT_ID_PATTERN, patternLabel: 'an id of letters, digits and _ . : - (1–128 characters)' }),
    'A record id: letters, digits and _ . : - (1–128 characters). New ids are sortable (ULID).',
  );

/** An instant in time: whole milliseconds since 1970-01-01T00:00:00Z (what `Date.now()` returns). */
export const instantField = (): Schema<number> =>
  describe(number({ integer: true, min: 0 }), 'An instant: whole milliseconds since 1970-01-01T00:00:00Z.');

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A calendar date written `YYYY-MM-DD` (no time, no zone). */
export const dateField = (): Schema<string> =>
  refine(string({ pattern: DATE, patternLabel: 'a date written YYYY-MM-DD', format: 'date' }), (t) =>
    isCalendarDate(t) ? undefined : `is not a real calendar date (got "${t}")`,
  );

/** A time of day written `HH:MM` on a 24-hour clock. */
export const timeOfDayField = (): Schema<string> =>
  string({ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, patternLabel: 'a time of day written HH:MM (00:00–23:59)' });

/** Text that must not be blank, trimmed, at most `max` characters. */
export const textField = (max: number): Schema<string> => string({ min: 1, max });

/** Free text that may be empty, at most `max` characters. */
export const freeTextField = (max: number): Schema<string> => string({ max });

/** A BCP 47 language tag such as `en`, `es-MX` or `ar`. */
export const languageField = (): Schema<string> =>
  string({ pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, patternLabel: 'a language tag such as en, es-MX or ar' });

/** An image URL allowed by the URL policy (https:, blob:, raster data:). */
export const imageUrlField = (): Schema<string> =>
  describe(
    refine(
      string(),
      (url) => {
        const r = checkImageUrl(url);
        return r.ok ? undefined : r.reason;
      },
      'url',
    ),
    'An image URL: https:, blob: or a raster data:image/…;base64 URL.',
  );

/** A link URL allowed by the URL policy (https:, mailto:). */
export const linkUrlField = (): Schema<string> =>
  describe(
    refine(
      string(),
      (url) => {
        const r = checkLinkUrl(url);
        return r.ok ? undefined : r.reason;
      },
      'url',
    ),
    'A link URL: https: or mailto:.',
  );

/** A sound URL allowed by the URL policy (https:, blob:, base64 data:audio/…). */
export const audioUrlField = (): Schema<string> =>
  describe(
    refine(
      string(),
      (url) => {
        const r = checkAudioUrl(url);
        return r.ok ? undefined : r.reason;
      },
      'url',
    ),
    'A sound URL: https:, blob: or a base64 data:audio/… URL.',
  );

/** The id of a built-in symbol, e.g. `toilet` or `quiet-corner`. */
export const symbolIdField = (): Schema<string> =>
  string({
    pattern: /^[a-z0-9][a-z0-9-]{0,63}$/,
    patternLabel: 'a symbol id in lower-case letters, digits and dashes',
  });

/** A CSS colour written `#rgb`, `#rrggbb`, `rgb(…)` or `rgba(…)`. */
export const colorField = (): Schema<string> =>
  string({
    pattern:
      /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*(0|1|0?\.\d+)\s*)?\))$/,
    patternLabel: 'a colour written #rrggbb, rgb(r, g, b) or rgba(r, g, b, a)',
  });

/**
 * Licence of an image, sound or board (the Open Board Format licence fields). Without a licence a resource
 * is treated as private, all rights reserved.
 */
export const licenseSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      type: textField(200),
      copyrightNoticeUrl: optional(linkUrlField()),
      sourceUrl: optional(linkUrlField()),
      authorName: optional(freeTextField(200)),
      authorUrl: optional(linkUrlField()),
      authorEmail: optional(freeTextField(200)),
    },
    { title: 'License' },
  ),
);
/** A licence. */
export type OtLicense = Output<typeof licenseSchema>;

/**
 * A picture: a built-in `symbol` or an image `src` (exactly one), with alt text and its licence.
 */
export const imageRefSchema = /*#__PURE__*/ buildSchema(() =>
  refine(
    object(
      {
        src: optional(imageUrlField()),
        symbol: optional(symbolIdField()),
        alt: optional(freeTextField(300)),
        license: optional(licenseSchema),
      },
      { title: 'ImageRef' },
    ),
    (img) => {
      if (img.src === undefined && img.symbol === undefined)
        return [
          { path: ['src'], code: 'required', message: 'give "src" (an image URL) or "symbol" (a built-in symbol id)' },
        ];
      if (img.src !== undefined && img.symbol !== undefined)
        return [{ path: ['symbol'], code: 'invalid', message: 'give either "src" or "symbol", not both' }];
      return undefined;
    },
  ),
);
/** A picture. */
export type OtImageRef = Output<typeof imageRefSchema>;

/** A recorded sound (e.g. the spoken word of a choice) with its licence. */
export const soundRefSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      src: audioUrlField(),
      license: optional(licenseSchema),
    },
    { title: 'SoundRef' },
  ),
);
/** A sound. */
export type OtSoundRef = Output<typeof soundRefSchema>;
