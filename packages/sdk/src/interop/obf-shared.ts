/**
 * What the Open Board Format importer and exporter share: the typed error, the report of what was left out,
 * limits, colours, media types, fast base64 and the nesting check that keeps hostile files from blowing the
 * stack.
 */
import { OtError } from '../errors.js';
import { OT_SCHEMA_MAX_ITEMS } from '../model/schema.js';
import { withoutByteOrderMark } from './json-text.js';

/** The `format` OT Kit writes. */
export const OT_OBF_FORMAT = 'open-board-0.1';

/**
 * Limits of import: text size of one board, buttons kept per board, entries in a report, and how deeply a
 * board's JSON may nest (real boards nest 5 levels; a hostile one nests until a recursive reader overflows).
 */
export const OT_OBF_LIMITS = { text: 32_000_000, choices: 150, report: 200, depth: 32 } as const;

/** Why an import was refused. */
export const OT_OBF_ERROR_CODES = [
  'not-json',
  'not-obf',
  'no-choices',
  'not-zip',
  'broken-zip',
  'too-large',
  'too-deep',
  'no-board',
] as const;
/** Why an import was refused. */
export type OtObfErrorCode = (typeof OT_OBF_ERROR_CODES)[number];

/**
 * An Open Board Format file or package that cannot be imported at all: not JSON, not a board, a broken
 * or oversized zip, nested too deeply, no button that can be a choice. `code` says which; the message says it in
 * words.
 */
export class OtObfError extends OtError {
  declare readonly code: OtObfErrorCode;
  constructor(code: OtObfErrorCode, message: string) {
    super(code, message);
    this.name = 'OtObfError';
  }
}

/** Something an import left out or repaired: where in the file, and why. */
export interface OtObfSkip {
  /** Path in the file, e.g. `buttons[3].image_id`; in a package prefixed with the board file (`boards/1.obf#…`). */
  readonly path: string;
  readonly reason: string;
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
/** OBF ids should be strings; numbers are common in the wild and are read as strings. */
export const key = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
/** A file name inside a package, as zip directories spell it. */
export const zipPath = (path: string) => path.replace(/^\.?\//, '');

/** A short, safe description of a value for a report: never walks a deep or huge structure. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isObj(value)) return 'an object';
  const shown = JSON.stringify(value ?? null) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

/** Objects and lists walked at most when checking a board's nesting (a 150-button board has a few thousand). */
const MAX_NODES = 1_000_000;

/**
 * Refuses a value nested deeper than `OT_OBF_LIMITS.depth`, naming where: walked with a list, never by
 * recursion, so a hostile file gets a named error rather than "Maximum call stack size exceeded".
 */
export function checkNesting(root: unknown, what: string): void {
  const stack: [unknown, number, string][] = [[root, 0, '']];
  let visited = 0;
  while (stack.length) {
    const [value, depth, at] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    // A page may hand over a proxy claiming 10¹² items: bounded work, never a walk that fills the memory.
    if (++visited > MAX_NODES || (Array.isArray(value) && value.length > OT_SCHEMA_MAX_ITEMS))
      throw new OtObfError(
        'too-large',
        `${what} holds more than a board can (${at || '(root)'} has too many items); at most ${OT_SCHEMA_MAX_ITEMS} per list`,
      );
    if (depth >= OT_OBF_LIMITS.depth)
      throw new OtObfError(
        'too-deep',
        `${what} nests more than ${OT_OBF_LIMITS.depth} levels deep (at ${at || '(root)'}); a board never does`,
      );
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push([value[i], depth + 1, `${at}[${i}]`]);
    } else for (const [k, v] of Object.entries(value)) stack.push([v, depth + 1, at ? `${at}.${k}` : k]);
  }
}

/** Parses JSON text, refusing with a typed error: too large, not JSON, or nested too deeply. */
export function parseJson(input: string, what: string): unknown {
  if (input.length > OT_OBF_LIMITS.text)
    throw new OtObfError(
      'too-large',
      `${what} is too large (${input.length} characters; at most ${OT_OBF_LIMITS.text})`,
    );
  let value: unknown;
  try {
    value = JSON.parse(withoutByteOrderMark(input));
  } catch (error) {
    const message = error instanceof RangeError ? 'it nests too deeply' : (error as Error).message;
    throw new OtObfError(error instanceof RangeError ? 'too-deep' : 'not-json', `${what} is not JSON (${message})`);
  }
  checkNesting(value, what);
  return value;
}

const HEX = /^\s*#([0-9a-f]{3}|[0-9a-f]{6})\s*$/i;
const RGB = /^\s*rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)\s*$/i;

/** Whether a colour is written in hex (which OBF does not allow, but apps write). */
export const isHexColor = (color: string) => HEX.test(color);

/**
 * A colour in the form OBF requires, `rgb(r, g, b)` or `rgba(r, g, b, a)`, from any form a choice may hold
 * (`#rgb`, `#rrggbb`, `rgb()`, `rgba()` with any spacing); undefined when it is not a colour.
 *
 * @example
 * obfColor('#ffff32'); // 'rgb(255, 255, 50)'
 */
export function obfColor(color: string): string | undefined {
  const hex = HEX.exec(color)?.[1];
  const m = RGB.exec(color);
  const alpha = m?.[4] === undefined ? 1 : Number(m[4]);
  const rgb = hex
    ? [0, 2, 4].map((i) => parseInt((hex.length === 3 ? hex.replace(/./g, '$&$&') : hex).slice(i, i + 2), 16))
    : m
      ? [1, 2, 3].map((i) => Number(m[i]))
      : [];
  if (rgb.length !== 3 || rgb.some((n) => n > 255) || !(alpha <= 1)) return undefined;
  return alpha < 1 ? `rgba(${rgb.join(', ')}, ${+alpha.toFixed(3)})` : `rgb(${rgb.join(', ')})`;
}

export const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
};

/** The media type of a file from its declared type or its extension. */
export function mediaType(path: string, declared: unknown, kind: 'image' | 'audio'): string {
  if (typeof declared === 'string' && declared.startsWith(`${kind}/`)) return declared;
  return MEDIA_TYPES[path.split('.').pop()!.toLowerCase()] ?? (kind === 'image' ? 'image/png' : 'audio/mpeg');
}

/** The file extension for a media type. */
export function extensionOf(type: string): string {
  return Object.keys(MEDIA_TYPES).find((e) => MEDIA_TYPES[e] === type) ?? type.split('/')[1]!.replace(/\W.*/, '');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = /*#__PURE__*/ new TextEncoder().encode(ALPHABET);
const DECODE = /*#__PURE__*/ (() => {
  const table = new Int16Array(256).fill(-1);
  for (let i = 0; i < 64; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

type Base64Bytes = Uint8Array & { toBase64?: () => string };
type Base64Ctor = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array };

/**
 * Base64 of bytes: the platform's `Uint8Array.prototype.toBase64` where there is one, else a table encoder
 * that writes ASCII bytes and decodes them once (no string built character by character).
 */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Bytes).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[n >>> 18]!;
    out[o++] = ENCODE[(n >>> 12) & 63]!;
    out[o++] = ENCODE[(n >>> 6) & 63]!;
    out[o++] = ENCODE[n & 63]!;
  }
  if (i < bytes.length) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    out[o++] = ENCODE[n >>> 18]!;
    out[o++] = ENCODE[(n >>> 12) & 63]!;
    out[o++] = i + 1 < bytes.length ? ENCODE[(n >>> 6) & 63]! : 61;
    out[o] = 61; // =
  }
  return new TextDecoder().decode(out);
}

/** Bytes of base64 text (checked already by the URL policy): the platform's `fromBase64`, else a table decoder. */
export function fromBase64(b64: string): Uint8Array {
  const native = (Uint8Array as Base64Ctor).fromBase64;
  if (typeof native === 'function') return native(b64);
  const body = b64.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  let bits = 0;
  let acc = 0;
  for (let i = 0; i < body.length; i++) {
    acc = ((acc << 6) | Math.max(0, DECODE[body.charCodeAt(i)]!)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 255;
    }
  }
  return out;
}
