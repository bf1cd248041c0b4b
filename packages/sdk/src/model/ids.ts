/**
 * Sortable unique ids (ULID form: 26 Crockford base-32 characters, a 48-bit millisecond time then 80 random
 * bits). Ids made in the same millisecond stay in creation order, so sorting ids sorts records by creation.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The largest time 48 bits hold (year 10889). */
const MAX_TIME = 2 ** 48 - 1;

let lastTime = -1;
const lastRandom = new Uint8Array(10);

function encodeTime(time: number): string {
  let out = '';
  let t = time;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[t % 32]! + out;
    t = Math.floor(t / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  // 80 bits -> 16 characters of 5 bits each
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

/**
 * Creates a new sortable unique id.
 *
 * @example
 * const id = createId(); // '01JD3Z8Q4C7W5V2M9K1R6T0B8N'
 */
export function createId(time: number = Date.now()): string {
  // Clocks such as performance.timeOrigin + performance.now() give fractions; the id holds whole milliseconds.
  const now = Math.floor(time);
  if (!(now >= 0 && now <= MAX_TIME))
    throw new RangeError(`createId needs a time in whole milliseconds since 1970 from 0 to ${MAX_TIME} (got ${time})`);
  if (now <= lastTime) {
    // same (or earlier) millisecond: increment the random part so ids stay strictly increasing
    for (let i = lastRandom.length - 1; i >= 0; i--) {
      lastRandom[i] = (lastRandom[i]! + 1) & 0xff;
      if (lastRandom[i] !== 0) break;
    }
    return encodeTime(lastTime) + encodeRandom(lastRandom);
  }
  lastTime = now;
  globalThis.crypto.getRandomValues(lastRandom);
  lastRandom[0] = lastRandom[0]! & 0x7f; // leave head-room so increments within one millisecond never wrap
  return encodeTime(now) + encodeRandom(lastRandom);
}

/** Ids the SDK accepts: its own, or a host's (letters, digits, `_ . : -`, up to 128 characters). */
export const OT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
