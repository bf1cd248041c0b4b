/**
 * Reading a body with a byte cap, shared by both halves of the sync protocol: the client reads the server's
 * answers with it and `@otkit/server` reads requests with it, so neither ever holds more than it allows,
 * whatever a peer declares or sends.
 */

/**
 * Reads a stream (a `Request`'s or `Response`'s `body`) to its end, or stops and cancels it as soon as more
 * than `maxBytes` arrived. Resolves with the bytes, or `undefined` when the cap was passed; a missing body
 * is empty.
 *
 * @example
 * const bytes = await readCappedBytes(response.body, 16 * 1024 * 1024);
 * if (!bytes) throw new Error('The answer is too large');
 * const text = new TextDecoder().decode(bytes);
 */
export async function readCappedBytes(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
