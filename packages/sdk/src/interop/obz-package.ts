/**
 * Reading an Open Board Format package (`.obz`) within hard bounds: the package size, the number of entries,
 * the bytes of any one entry, the bytes inflated in all (boards and media together), and how deeply a board
 * nests. Entry names that try to climb out of the package (`../`, absolute paths, drive letters, backslashes,
 * control characters) are never read and are reported.
 */
import { checkAudioUrl, type OtUrlCheck } from '../safety/url-policy.js';
import { checkChoiceImageUrl } from '../model/choice-boards.js';
import { convertObf, type ObfPlacement, type OtObfImport, type OtObfImportOptions } from './obf-import.js';
import { OtObfError, isObj, mediaType, parseJson, toBase64, zipPath, type Obj, type OtObfSkip } from './obf-shared.js';
import { ZipError, readZipEntry, zipEntries, type ZipEntry } from './zip.js';

/**
 * Limits of package import: the package (bytes), its entries, one picture or sound (bytes), everything inflated
 * from one package (bytes), and the boards of one set. What a zip bomb or a crafted package can cost at most.
 */
export const OT_OBZ_LIMITS = {
  package: 64_000_000,
  entries: 10_000,
  media: 3_750_000,
  total: 64_000_000,
  boards: 500,
} as const;

/** Why an entry name is not read, or undefined for a safe name. */
export function unsafeEntryName(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(name)) return 'has a backslash or a control character in its name';
  if (/^[A-Za-z]:/.test(name) || name.startsWith('/')) return 'has an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'climbs out of the package (..)';
  return undefined;
}

/** An opened package: its entries, manifest and boards, read with shared limits. */
export class ObzPackage {
  /** Entries not read (unsafe names), reported with the import. */
  readonly skipped: OtObfSkip[] = [];
  readonly #bytes: Uint8Array;
  readonly #entries: Map<string, ZipEntry>;
  #manifest: Obj = {};
  #inflated = 0;

  private constructor(bytes: Uint8Array, entries: Map<string, ZipEntry>) {
    this.#bytes = bytes;
    this.#entries = entries;
  }

  /** `manifest.json`, or an empty object for a package without one. */
  get manifest(): Obj {
    return this.#manifest;
  }

  /** Opens a zip's directory and manifest. Throws {@link ZipError} or {@link OtObfError}. */
  static async open(bytes: Uint8Array): Promise<ObzPackage> {
    const all = zipEntries(bytes, OT_OBZ_LIMITS.entries);
    const entries = new Map<string, ZipEntry>();
    const refused: OtObfSkip[] = [];
    for (const [name, entry] of all) {
      const unsafe = unsafeEntryName(name);
      if (unsafe) refused.push({ path: name, reason: `${unsafe}; not read` });
      else entries.set(name, entry);
    }
    // Sizes as the directory declares them (an entry cannot inflate past its own): too much in all is refused
    // before anything is inflated.
    const declared = [...entries.values()].reduce((sum, entry) => sum + entry.size, 0);
    if (declared > OT_OBZ_LIMITS.total)
      throw new OtObfError(
        'too-large',
        `The package would inflate to ${declared} bytes; at most ${OT_OBZ_LIMITS.total} are read`,
      );
    const pkg = new ObzPackage(bytes, entries);
    pkg.skipped.push(...refused);
    const manifest = entries.has('manifest.json') ? await pkg.json('manifest.json') : {};
    if (isObj(manifest)) pkg.#manifest = manifest;
    return pkg;
  }

  /** `manifest.paths.boards`, `.images` or `.sounds`: id → path. */
  paths(kind: 'boards' | 'images' | 'sounds'): Obj {
    const paths = isObj(this.manifest.paths) ? this.manifest.paths : {};
    return isObj(paths[kind]) ? (paths[kind] as Obj) : {};
  }

  /** The paths of every board in the package, the manifest's first, then any other `.obf` file. */
  boardPaths(): string[] {
    const listed = Object.values(this.paths('boards')).filter((p): p is string => typeof p === 'string');
    const found = [...this.#entries.keys()].filter((n) => n.endsWith('.obf'));
    return [...new Set([...listed.map(zipPath), ...found])].filter((p) => this.#entries.has(p));
  }

  /** The path of a board named by its manifest id or its path; undefined when there is none. */
  resolve(board: unknown): string | undefined {
    if (typeof board !== 'string') return undefined;
    const byId = this.paths('boards')[board];
    const path = zipPath(typeof byId === 'string' ? byId : board);
    return this.#entries.has(path) ? path : undefined;
  }

  /** The root board's path: the manifest's, else the first board. */
  rootPath(): string | undefined {
    return this.resolve(this.manifest.root) ?? this.boardPaths()[0];
  }

  /** Reads an entry within the per-entry `limit` and what is left of the package's total. */
  async read(path: string, limit: number): Promise<Uint8Array> {
    const entry = this.#entries.get(zipPath(path));
    if (!entry) throw new ZipError(`has no file "${path}"`);
    const left = OT_OBZ_LIMITS.total - this.#inflated;
    if (entry.size > left && entry.size <= limit)
      throw new OtObfError(
        'too-large',
        `The package inflates to more than ${OT_OBZ_LIMITS.total} bytes in all ("${path}" is past that)`,
      );
    const data = await readZipEntry(this.#bytes, entry, limit);
    this.#inflated += data.length;
    return data;
  }

  /** Reads and parses a JSON entry (a board or the manifest). */
  async json(path: string): Promise<unknown> {
    return parseJson(new TextDecoder().decode(await this.read(path, 32_000_000)), `"${path}"`);
  }

  /** Reads the board at `path` with the pictures and sounds its buttons use, and converts it. */
  async board(path: string, options: OtObfImportOptions, placement: ObfPlacement = {}): Promise<OtObfImport> {
    const raw = await this.json(path);
    return convertObf(raw, options, await this.#media(raw), { ...placement, path });
  }

  /** The packaged media a board's buttons use, each capped, as checked data URLs by path. */
  async #media(raw: unknown): Promise<Map<string, OtUrlCheck>> {
    const files = new Map<string, OtUrlCheck>();
    if (!isObj(raw) || !Array.isArray(raw.buttons)) return files;
    const used = new Set(
      raw.buttons.flatMap((b: unknown) => (isObj(b) ? [String(b.image_id), String(b.sound_id)] : [])),
    );
    for (const [list, kind] of [
      [raw.images, 'image'],
      [raw.sounds, 'audio'],
    ] as const) {
      const byId = this.paths(kind === 'image' ? 'images' : 'sounds');
      for (const m of Array.isArray(list) ? list : []) {
        if (!isObj(m) || !used.has(String(m.id))) continue;
        if (m.path === undefined && typeof byId[String(m.id)] === 'string') m.path = byId[String(m.id)];
        if (typeof m.path !== 'string' || files.has(zipPath(m.path))) continue;
        let check: OtUrlCheck;
        try {
          const data = await this.read(m.path, OT_OBZ_LIMITS.media);
          // SVG stays SVG: the board shows it only as <img>, where its script never runs.
          const url = `data:${mediaType(m.path, m.content_type, kind)};base64,${toBase64(data)}`;
          check = kind === 'image' ? checkChoiceImageUrl(url) : checkAudioUrl(url);
        } catch (error) {
          if (error instanceof OtObfError) throw error;
          check = { ok: false, reason: `the package ${(error as Error).message}` };
        }
        files.set(zipPath(m.path), check);
      }
    }
    return files;
  }
}

/** The bytes of a package given as a Blob, bytes or buffer, refusing one over the size limit. */
export async function packageBytes(input: Blob | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const size =
    input instanceof Uint8Array ? input.length : input instanceof ArrayBuffer ? input.byteLength : input.size;
  if (size > OT_OBZ_LIMITS.package)
    throw new OtObfError('too-large', `The file is too large (${size} bytes; at most ${OT_OBZ_LIMITS.package})`);
  return input instanceof Uint8Array
    ? input
    : new Uint8Array(input instanceof ArrayBuffer ? input : await input.arrayBuffer());
}

/** Whether bytes start like a zip. */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
