/**
 * A small zip reader and writer for Open Board Format packages (.obz), built on the platform's
 * `DecompressionStream('deflate-raw')` / `CompressionStream('deflate-raw')`: no dependency.
 *
 * Reading trusts nothing in the file: the central directory is bounds-checked, encrypted and ZIP64
 * entries are refused, every entry is inflated with a hard size cap (the size the directory declares,
 * never more than the caller's limit) and its CRC-32 is checked. A zip bomb therefore costs at most the
 * limit in memory, and only for the entries the caller asks for.
 */

/** One file of a zip as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the local header. */
  readonly offset: number;
}

/** A file to write into a zip. */
export interface ZipInput {
  readonly name: string;
  readonly data: Uint8Array;
}

/** Thrown (internally) for anything wrong with a zip; the OBZ importer turns it into a typed error. */
export class ZipError extends Error {}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3), as zip stores it. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 255]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * Lists the entries of a zip from its central directory. Throws {@link ZipError} when the bytes are
 * not a zip, the directory is cut short or points outside the file, or there are more than `maxEntries`.
 */
export function zipEntries(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('is not a zip file (no central directory found)');
  const count = u16(end + 10);
  let at = u32(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('is a ZIP64 file, which is not supported');
  if (count > maxEntries) throw new ZipError(`has ${count} files; at most ${maxEntries} are read`);
  if (at + u32(end + 12) > end) throw new ZipError('is broken (its central directory points outside the file)');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== 0x02014b50) throw new ZipError('is broken (a central directory entry is damaged)');
    const nameLength = u16(at + 28);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\.?\//, '');
    const entry: ZipEntry = {
      name,
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      offset: u32(at + 42),
    };
    if (u16(at + 8) & 1) throw new ZipError(`is encrypted ("${name}"); encrypted packages are not supported`);
    if (!name.endsWith('/')) entries.set(name, entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/**
 * Reads one entry, refusing to produce more than `limit` bytes. Throws {@link ZipError} when the entry is
 * larger than the limit, compressed with an unsupported method, damaged, or fails its CRC-32 check.
 */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  const { name, size, compressedSize, method, offset } = entry;
  if (size > limit) throw new ZipError(`"${name}" is too large (${size} bytes; at most ${limit})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== 0x04034b50)
    throw new ZipError(`is broken ("${name}" has no local header)`);
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (start + compressedSize > bytes.length)
    throw new ZipError(`is cut short ("${name}" ends past the end of the file)`);
  const raw = bytes.subarray(start, start + compressedSize);
  let out: Uint8Array;
  if (method === 0) out = raw;
  else if (method === 8) {
    out = new Uint8Array(size);
    let filled = 0;
    const reader = new Blob([raw as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'))
      .getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        // The directory's size is the cap: a stream that inflates past it is lying (a zip bomb) or broken.
        if (filled + value.length > size) throw new ZipError(`"${name}" inflates past its declared size`);
        out.set(value, filled);
        filled += value.length;
      }
    } catch (error) {
      reader.cancel().catch(() => undefined);
      throw error instanceof ZipError ? error : new ZipError(`is broken ("${name}" cannot be inflated)`);
    }
    if (filled !== size) throw new ZipError(`is broken ("${name}" is shorter than declared)`);
  } else
    throw new ZipError(`uses compression method ${method} for "${name}"; only stored and deflated files are supported`);
  if (out.length !== size || crc32(out) !== entry.crc)
    throw new ZipError(`is broken ("${name}" fails its CRC-32 check)`);
  return out;
}

async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Writes a zip. Each file is deflated when that makes it smaller (JSON), else stored (PNG, MP3).
 * Names are UTF-8; times are the zip epoch (1980-01-01), so the same input gives the same bytes.
 */
export async function writeZip(files: readonly ZipInput[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const packed = await deflate(file.data);
    const stored = packed.length >= file.data.length;
    const body = stored ? file.data : packed;
    const crc = crc32(file.data);
    const header = (size: number, sig: number) => {
      const h = new Uint8Array(size + name.length);
      const v = new DataView(h.buffer);
      v.setUint32(0, sig, true);
      const base = sig === 0x02014b50 ? 2 : 0;
      if (base) v.setUint16(4, 20, true); // version made by
      v.setUint16(4 + base, 20, true); // version needed
      v.setUint16(6 + base, 0x0800, true); // UTF-8 names
      v.setUint16(8 + base, stored ? 0 : 8, true);
      v.setUint16(12 + base, 0x21, true); // 1980-01-01
      v.setUint32(14 + base, crc, true);
      v.setUint32(18 + base, body.length, true);
      v.setUint32(22 + base, file.data.length, true);
      v.setUint16(26 + base, name.length, true);
      if (base) v.setUint32(42, offset, true);
      h.set(name, size);
      return h;
    };
    central.push(header(46, 0x02014b50));
    const local = header(30, 0x04034b50);
    parts.push(local, body);
    offset += local.length + body.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, files.length, true);
  v.setUint16(10, files.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const out = new Uint8Array(offset + dirSize + 22);
  let at = 0;
  for (const p of [...parts, ...central, end]) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
