/**
 * Builds the Open Board Format board of a choice board: the file's own ids written back, blank and picture-only
 * buttons, border colours, translations as `strings`, links as `load_board` (with the path of the linked board
 * when it travels in the same package), and OT Kit's own fields as `ext_otkit_*`.
 */
import type { OtChoice, OtChoiceBoard } from '../model/entities.js';
import type { OtImageRef, OtLicense, OtSoundRef } from '../model/fields.js';
import type { ZipInput } from './zip.js';
import { OT_OBF_FORMAT, extensionOf, fromBase64, mediaType, obfColor, type Obj } from './obf-shared.js';

/** An OBF 0.1 board as {@link exportObf} writes it (other apps add more fields). */
export interface OtObfBoard {
  readonly format: string;
  readonly id: string;
  readonly locale: string;
  readonly name: string;
  readonly buttons: readonly Record<string, unknown>[];
  readonly grid: {
    readonly rows: number;
    readonly columns: number;
    readonly order: readonly (readonly (string | null)[])[];
  };
  readonly images: readonly Record<string, unknown>[];
  readonly sounds: readonly Record<string, unknown>[];
  readonly license?: Record<string, string>;
  readonly strings?: Record<string, Record<string, string>>;
  readonly [ext: `ext_${string}`]: unknown;
}

/** Where the boards of a package are: a board's own id → its file id and path. */
export type ObfPackagePaths = ReadonlyMap<string, { readonly id: string; readonly path: string }>;

/** Width and height of a PNG (from its header); undefined for other data. */
function dimensions(b: Uint8Array): [number, number] | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return b.length > 24 && v.getUint32(0) === 0x89504e47 ? [v.getUint32(16), v.getUint32(20)] : undefined;
}

const licenseOf = (l: OtLicense | undefined) =>
  l && Object.fromEntries(Object.entries(l).map(([k, v]) => [k.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`), v]));

/** The board's `strings`: for each language, the original label and spoken text → their translations. */
function stringsOf(choices: readonly OtChoice[]): Obj | undefined {
  const out: Record<string, Record<string, string>> = {};
  for (const c of choices)
    for (const [language, t] of Object.entries(c.strings ?? {})) {
      const table = (out[language] ??= {});
      if (t.label && c.label) table[c.label] = t.label;
      if (t.spokenText && c.spokenText) table[c.spokenText] = t.spokenText;
    }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Builds the OBF board; with `files`, inline pictures and sounds go into the package as files (`images/…`,
 * `sounds/…`, prefixed by `mediaPrefix`) referenced by path. `boards` names the other boards of the package, so
 * links to them carry their path.
 */
export function buildObf(
  board: OtChoiceBoard,
  files?: ZipInput[],
  boards?: ObfPackagePaths,
  mediaPrefix = '',
): OtObfBoard {
  const images: Obj[] = [];
  const sounds: Obj[] = [];
  const ids = new Map<string, string>();
  const media = (ref: OtImageRef | OtSoundRef, kind: 'image' | 'audio'): string => {
    const src = 'src' in ref ? ref.src : undefined;
    const cacheKey = kind + JSON.stringify(ref);
    let id = ids.get(cacheKey);
    if (id) return id;
    id = `${kind}-${ids.size + 1}`;
    ids.set(cacheKey, id);
    const out: Obj = { id, license: licenseOf(ref.license) };
    const data = src && /^data:([^;,]+);base64,(.*)$/.exec(src);
    const bytes = data ? fromBase64(data[2]!) : undefined;
    if (!src)
      Object.assign(out, {
        symbol: { set: 'otkit', filename: (ref as OtImageRef).symbol },
        content_type: 'image/svg+xml',
      });
    else {
      out.content_type = data ? data[1] : mediaType(new URL(src).pathname, undefined, kind);
      if (bytes && files) {
        const folder = kind === 'image' ? 'images' : 'sounds';
        out.path = `${folder}/${mediaPrefix}${id}.${extensionOf(out.content_type as string)}`;
        files.push({ name: out.path as string, data: bytes });
      } else out[data ? 'data' : 'url'] = src;
    }
    if (kind === 'image') {
      // OBF wants integer sizes: read from a PNG's header, else a nominal 300 × 300 (remote pictures are never fetched).
      [out.width, out.height] = (bytes && dimensions(bytes)) ?? [300, 300];
      out.ext_otkit_alt = (ref as OtImageRef).alt;
      images.push(out);
    } else {
      out.duration = 0; // unknown: sounds are not decoded
      sounds.push(out);
    }
    return id;
  };
  const fileIdOf = new Map(board.choices.map((c) => [c.id, c.obfId ?? c.id]));
  const linkOf = (link: NonNullable<OtChoice['loadBoard']>) => {
    const target = link.boardId === undefined ? undefined : boards?.get(link.boardId);
    // A link into the same package names the linked board's file; our own board id travels as an extension.
    return target
      ? { id: link.id, name: link.name, url: link.url, path: target.path, ext_otkit_board_id: link.boardId }
      : // A path names a board of the same package; with no such board here it travels as an extension.
        { id: link.id, name: link.name, url: link.url, ext_otkit_path: link.path, ext_otkit_board_id: link.boardId };
  };
  const buttons = board.choices.map((c) => ({
    id: fileIdOf.get(c.id),
    label: c.label || undefined,
    vocalization: c.spokenText,
    image_id: c.image && media(c.image, 'image'),
    sound_id: c.sound && media(c.sound, 'audio'),
    background_color: c.background && obfColor(c.background),
    border_color: c.border && obfColor(c.border),
    hidden: c.hidden,
    load_board: c.loadBoard && linkOf(c.loadBoard),
    ext_otkit_language: c.language,
    ext_otkit_unavailable: c.unavailable,
    ext_otkit_word_class: c.wordClass,
  }));
  const n = board.choices.length;
  const columns = Math.ceil(Math.sqrt(n));
  const grid = board.grid
    ? { ...board.grid, order: board.grid.order.map((row) => row.map((id) => (id === null ? null : fileIdOf.get(id)))) }
    : {
        rows: Math.ceil(n / columns),
        columns,
        order: Array.from({ length: Math.ceil(n / columns) }, (_, r) =>
          Array.from({ length: columns }, (_, c) => fileIdOf.get(board.choices[r * columns + c]?.id ?? '') ?? null),
        ),
      };
  // JSON round trip: drops the undefined fields, and the result shares nothing with the (frozen) board.
  return JSON.parse(
    JSON.stringify({
      format: OT_OBF_FORMAT,
      id: boards?.get(board.id)?.id ?? board.obf?.id ?? board.id,
      locale: board.language ?? 'en', // required by OBF
      ext_otkit_no_locale: board.language ? undefined : true,
      name: board.name,
      license: licenseOf(board.license),
      buttons,
      grid,
      images,
      sounds,
      strings: stringsOf(board.choices),
      ext_otkit_layout: board.grid ? undefined : 'auto',
      ext_otkit_board_id: board.obf && board.obf.id !== board.id ? board.id : undefined,
      ext_otkit_native: board.obf ? undefined : true,
    }),
  ) as OtObfBoard;
}
