/**
 * Stable resource ids: the same record always becomes the same FHIR id and `urn:uuid:` full URL, so exporting
 * twice gives the same bundle and a receiving system can update instead of duplicate. The id is a UUID made
 * from a hash of the resource type and OT Kit's record id (a name-based UUID in the shape of RFC 9562's
 * version 8); it reveals nothing about the record, and OT Kit's own id travels as an identifier.
 */

/** 32-bit FNV-1a over the UTF-16 code units of `text`, starting from `seed`. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // A final avalanche so that close inputs differ in every byte.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  return hash >>> 0;
}

const SEEDS = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x7f4a7c15] as const;

/**
 * The stable UUID of one record as one resource type.
 *
 * @example
 * stableUuid('Goal', '01JD8Y6S0000000000000000G1'); // always the same 'xxxxxxxx-xxxx-8xxx-…'
 */
export function stableUuid(resourceType: string, recordId: string): string {
  const key = `${resourceType}/${recordId}`;
  const hex = SEEDS.map((seed) => fnv1a(key, seed).toString(16).padStart(8, '0')).join('');
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}
