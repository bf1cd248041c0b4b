/**
 * What the link codecs share (the schedule link, the home-program link and the practice-log code): compact
 * JSON packed as base64url( deflate-raw( UTF-8 JSON ) ), and unpacked with hostile input in mind — a bounded
 * inflate (no "zip bomb"), strict base64url and UTF-8, and only {@link OtFragmentError}s coming out.
 */
import { OtError } from '../errors.js';
import type { OtImageRef } from '../model/fields.js';

/** What can be wrong with a fragment before its content is read. */
export const OT_FRAGMENT_PROBLEMS = ['empty', 'malformed', 'truncated', 'version', 'oversize'] as const;
/** What is wrong with a fragment. */
export type OtFragmentProblem = (typeof OT_FRAGMENT_PROBLEMS)[number];

/**
 * A link fragment (or a code) that cannot be read: `problem` says why (`empty`, `malformed`, `truncated`,
 * `version`, `oversize`); `code` is `fragment-<problem>`.
 */
export class OtFragmentError extends OtError {
  /** Why the fragment cannot be read. */
  readonly problem: OtFragmentProblem;
  constructor(problem: OtFragmentProblem, message: string, options?: { cause?: unknown }) {
    super(`fragment-${problem}`, message, options);
    this.name = 'OtFragmentError';
    this.problem = problem;
  }
}

/** What a packed text holds and where it came from, for the messages: "the schedule in the link". */
export interface OtPackedWords {
  /** e.g. `schedule`, `home program`, `practice log`. */
  readonly thing: string;
  /** `link` (default) or `code`. */
  readonly carrier?: 'link' | 'code';
}

const cutShort = (carrier: string) =>
  new OtFragmentError('truncated', `The ${carrier} is cut short: its end is missing.`);

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string, { thing, carrier = 'link' }: OtPackedWords): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new OtFragmentError(
      'malformed',
      `The ${carrier} holds characters that cannot be part of a ${thing} (it may have been changed).`,
    );
  // A length of 4n+1 cannot come from whole bytes: the end of the link is missing.
  if (text.length % 4 === 1) throw cutShort(carrier);
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates at most `limit` bytes. A stream that fails while being written is corrupt (malformed); one that
 * is fine until its end arrives early is truncated (the Compression Streams spec errors on flush then).
 */
async function inflate(bytes: Uint8Array, limit: number, { thing, carrier = 'link' }: OtPackedWords) {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooBig = false;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > limit) {
        tooBig = true;
        await reader.cancel();
        return;
      }
      chunks.push(value);
    }
  })();
  let stage: 'write' | 'close' = 'write';
  try {
    await writer.write(bytes as Uint8Array<ArrayBuffer>);
    stage = 'close';
    await writer.close();
    await reading;
  } catch (cause) {
    await reading.catch(() => undefined);
    if (!tooBig)
      throw stage === 'close'
        ? cutShort(carrier)
        : new OtFragmentError('malformed', `The ${carrier} is damaged: its data cannot be unpacked.`, { cause });
  }
  if (tooBig)
    throw new OtFragmentError('oversize', `The ${thing} in the ${carrier} is too big (over ${limit} bytes unpacked).`);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Packs a JSON value as base64url( deflate-raw( UTF-8 JSON ) ).
 *
 * @example
 * const data = await packJson(['Morning', [['Snack']]]); // base64url text, e.g. for a link fragment
 */
export async function packJson(value: unknown): Promise<string> {
  return toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(value))));
}

/**
 * Unpacks what {@link packJson} made, inflating at most `limit` bytes. Rejects only with an
 * {@link OtFragmentError}: `malformed`, `truncated` or `oversize`.
 *
 * @example
 * const json = await unpackJson(data, 65_536, { thing: 'schedule' });
 */
export async function unpackJson(data: string, limit: number, words: OtPackedWords): Promise<unknown> {
  const bytes = await inflate(fromBase64Url(data, words), limit, words);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch (cause) {
    throw new OtFragmentError(
      'malformed',
      `The ${words.carrier ?? 'link'} is damaged: its data is not a ${words.thing}.`,
      {
        cause,
      },
    );
  }
}

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Compact form of a list of fields: values in key order, trailing empty slots dropped, holes as null.
 *
 * @example
 * pack(['label', 'image', 'minutes'], { label: 'Snack', minutes: 5 }); // ['Snack', null, 5]
 */
export function pack(keys: readonly string[], value: Record<string, unknown>): Json[] {
  const list = keys.map((k) => (value[k] ?? null) as Json);
  while (list.length && list[list.length - 1] === null) list.pop();
  return list;
}

/**
 * Compact form of a picture: the symbol id or URL alone, or `[ref, alt, license]`.
 *
 * @example
 * packImage({ symbol: 'snack' }); // 'snack'
 */
export function packImage(image: OtImageRef | undefined): Json {
  if (!image) return null;
  const ref = (image.symbol ?? image.src)!;
  return image.alt === undefined && !image.license ? ref : pack(['ref', 'alt', 'license'], { ref, ...image });
}

/**
 * The object form of a compact list. Anything that is not a list is passed on as it is, so the schema
 * reports it at its path ("must be an object").
 *
 * @example
 * unpack(['label', 'image', 'minutes'], ['Snack', null, 5]); // { label: 'Snack', minutes: 5 }
 */
export function unpack(keys: readonly string[], raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    if (raw[i] !== null && raw[i] !== undefined) out[k] = raw[i];
  });
  return out;
}

/**
 * The picture a compact form stands for (see {@link packImage}); anything else is passed on for the schema.
 *
 * @example
 * unpackImage('https://example.org/a.png'); // { src: 'https://example.org/a.png' }
 */
export function unpackImage(raw: unknown): unknown {
  const image = unpack(['ref', 'alt', 'license'], typeof raw === 'string' ? [raw] : raw) as Record<string, unknown>;
  if (typeof image?.ref !== 'string') return raw;
  // A built-in symbol id never holds a colon; every URL does.
  const { ref, ...rest } = image;
  return { [ref.includes(':') ? 'src' : 'symbol']: ref, ...rest };
}
