/**
 * Reads a request body as JSON within a byte cap, with an answer ready for each way it can go wrong: not JSON
 * by its type (415), too big by its declared length or by what arrives (413), not UTF-8 or not JSON (400).
 */
import { readCappedBytes } from '@otkit/sdk';
import { errorResponse } from './response.js';

/** A parsed body, or the error answer to send instead. */
export type OtBodyResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly response: Response };

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function tooLarge(maxBytes: number): OtBodyResult {
  return {
    ok: false,
    response: errorResponse(413, 'too-large', `The body is larger than ${maxBytes} bytes: send smaller batches`),
  };
}

function malformed(message: string): OtBodyResult {
  return { ok: false, response: errorResponse(400, 'malformed', message) };
}

/**
 * Reads and parses a JSON request body.
 *
 * @example
 * const body = await readJsonBody(request, 4 * 1024 * 1024);
 * if (!body.ok) return body.response;
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<OtBodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type))
    return {
      ok: false,
      response: errorResponse(
        415,
        'unsupported-media-type',
        `The body must be JSON (content-type: application/json), not ${type ? `"${type.slice(0, 80)}"` : 'untyped'}`,
      ),
    };
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) return tooLarge(maxBytes);
  const bytes = await readCappedBytes(request.body, maxBytes);
  if (!bytes) return tooLarge(maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return malformed('The body is not UTF-8 text');
  }
  if (text.trim() === '') return malformed('The body is empty; it must be a JSON object');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const hint = /^\s*</.test(text) ? 'it looks like HTML' : (error as Error).message;
    return malformed(`The body is not valid JSON (${hint})`);
  }
}
