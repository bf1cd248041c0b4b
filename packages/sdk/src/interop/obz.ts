/**
 * Open Board Format packages (`.obz`): a zip of boards with `manifest.json` and their pictures and sounds.
 * Import reads the root board (or the one asked for) with the media its buttons use; export writes one
 * board with its inline pictures and sounds as files.
 */
import type { OtChoiceBoard } from '../model/entities.js';
import { checkAudioUrl, checkImageUrl, type OtUrlCheck } from '../safety/url-policy.js';
import {
  OT_OBF_FORMAT,
  OtObfError,
  buildObf,
  convertObf,
  mediaType,
  parseJson,
  zipPath,
  type OtObfImport,
  type OtObfImportOptions,
} from './obf.js';
import { ZipError, readZipEntry, writeZip, zipEntries, type ZipInput } from './zip.js';

/** Limits of package import, in bytes and entries: what a zip bomb or a huge package can cost at most. */
export const OT_OBZ_LIMITS = { package: 64_000_000, entries: 10_000, media: 3_750_000, total: 64_000_000 } as const;

/** Options of {@link importObz}. */
export interface OtObzImportOptions extends OtObfImportOptions {
  /** The board to import, by its id in the manifest or its path in the package; default the root board. */
  board?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

/**
 * Imports an Open Board Format package (`.obz`) — or an `.obf` board given as a file, bytes or text — as a
 * choice board. Rejects only with {@link OtObfError}.
 *
 * @example
 * const { board, skipped } = await importObz(input.files[0]);
 * await store.choiceBoards.put(board);
 */
export async function importObz(
  input: Blob | ArrayBuffer | Uint8Array | string,
  options: OtObzImportOptions = {},
): Promise<OtObfImport> {
  try {
    if (typeof input === 'string') return convertObf(parseJson(input, 'The file'), options);
    const size =
      input instanceof Uint8Array ? input.length : input instanceof ArrayBuffer ? input.byteLength : input.size;
    if (size > OT_OBZ_LIMITS.package)
      throw new OtObfError('too-large', `The file is too large (${size} bytes; at most ${OT_OBZ_LIMITS.package})`);
    const bytes =
      input instanceof Uint8Array
        ? input
        : new Uint8Array(input instanceof ArrayBuffer ? input : await input.arrayBuffer());
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      const text = new TextDecoder().decode(bytes);
      if (text.trimStart().startsWith('{')) return convertObf(parseJson(text, 'The file'), options);
      throw new OtObfError('not-zip', 'The file is neither an .obz package (a zip) nor an .obf board (JSON)');
    }
    const entries = zipEntries(bytes, OT_OBZ_LIMITS.entries);
    const read = async (path: string, limit: number) => {
      const entry = entries.get(zipPath(path));
      if (!entry) throw new ZipError(`has no file "${path}"`);
      return readZipEntry(bytes, entry, limit);
    };
    const json = async (path: string) => parseJson(new TextDecoder().decode(await read(path, 32_000_000)), `"${path}"`);

    const manifest = entries.has('manifest.json') ? await json('manifest.json') : {};
    const paths = isObj(manifest) && isObj(manifest.paths) ? manifest.paths : {};
    const boards = isObj(paths.boards) ? paths.boards : {};
    const all = [...entries.keys()].filter((n) => n.endsWith('.obf'));
    const wanted = options.board ?? (isObj(manifest) ? manifest.root : undefined);
    const named =
      typeof wanted === 'string'
        ? zipPath(typeof boards[wanted] === 'string' ? (boards[wanted] as string) : wanted)
        : undefined;
    const path = named && entries.has(named) ? named : options.board === undefined ? all[0] : undefined;
    if (!path)
      throw new OtObfError(
        'no-board',
        options.board === undefined ? 'The package holds no .obf board' : `The package has no board "${options.board}"`,
      );
    const raw = await json(path);

    // Load only the media that buttons use, each capped; a package cannot make us inflate more than the limits.
    const files = new Map<string, OtUrlCheck>();
    let total = 0;
    if (isObj(raw) && Array.isArray(raw.buttons)) {
      const used = new Set(
        raw.buttons.flatMap((b: unknown) => (isObj(b) ? [String(b.image_id), String(b.sound_id)] : [])),
      );
      for (const [list, kind] of [
        [raw.images, 'image'],
        [raw.sounds, 'audio'],
      ] as const) {
        const byId = paths[kind === 'image' ? 'images' : 'sounds'];
        for (const m of Array.isArray(list) ? list : []) {
          if (!isObj(m) || !used.has(String(m.id))) continue;
          if (m.path === undefined && isObj(byId) && typeof byId[String(m.id)] === 'string')
            m.path = byId[String(m.id)];
          if (typeof m.path !== 'string' || files.has(zipPath(m.path))) continue;
          let check: OtUrlCheck;
          try {
            const data = await read(m.path, Math.min(OT_OBZ_LIMITS.media, OT_OBZ_LIMITS.total - total));
            total += data.length;
            const url = `data:${mediaType(m.path, m.content_type, kind)};base64,${base64(data)}`;
            check = kind === 'image' ? checkImageUrl(url) : checkAudioUrl(url);
          } catch (error) {
            check = { ok: false, reason: `the package ${(error as Error).message}` };
          }
          files.set(zipPath(m.path), check);
        }
      }
    }
    const result = convertObf(raw, options, files, `${path}#`);
    const others = all.length - 1;
    return others > 0
      ? {
          board: result.board,
          skipped: [
            ...result.skipped,
            {
              path: 'manifest.json',
              reason: `${others} other board${others === 1 ? ' is' : 's are'} not imported (import them one by one with the board option); links to them are kept`,
            },
          ],
        }
      : result;
  } catch (error) {
    if (error instanceof OtObfError) throw error;
    throw new OtObfError(
      error instanceof ZipError ? 'broken-zip' : 'not-obf',
      `The package ${(error as Error).message}`,
    );
  }
}

/**
 * Exports a choice board as an Open Board Format package (`.obz`): `manifest.json`, the board, and its
 * inline pictures and sounds as files. Remote pictures stay URLs (OT Kit never fetches them).
 *
 * @example
 * const bytes = await exportObz(board);
 * const blob = new Blob([bytes], { type: 'application/zip' });
 */
export async function exportObz(board: OtChoiceBoard): Promise<Uint8Array> {
  const files: ZipInput[] = [];
  const obf = buildObf(board, files);
  const path = `boards/${board.id}.obf`;
  const list = (dir: string) =>
    Object.fromEntries(
      files.filter((f) => f.name.startsWith(dir)).map((f) => [f.name.slice(dir.length + 1).split('.')[0], f.name]),
    );
  const manifest = {
    format: OT_OBF_FORMAT,
    root: path,
    paths: { boards: { [board.id]: path }, images: list('images'), sounds: list('sounds') },
  };
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 1));
  return writeZip([{ name: 'manifest.json', data: encode(manifest) }, { name: path, data: encode(obf) }, ...files]);
}
