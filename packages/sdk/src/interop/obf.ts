/**
 * Open Board Format (OBF 0.1) boards ↔ choice boards, so boards move between OT Kit and AAC apps such as
 * Cboard, CoughDrop and AsTeRICS Grid. Spec: https://www.openboardformat.org/docs.
 *
 * Import is forgiving and honest: it keeps everything valid (grid with empty cells, pictures from inline
 * data, a path inside an .obz or a URL the URL policy allows, the licence of each picture, hidden buttons,
 * sounds, links to other boards) and lists everything it left out or repaired, each with the path in the
 * file and the reason. When nothing usable is left it refuses with an {@link OtObfError}; it never throws
 * anything else.
 */
import { OtError, formatPath } from '../errors.js';
import { choiceBoardSchema, choiceSchema, type OtChoice, type OtChoiceBoard } from '../model/entities.js';
import type { OtImageRef, OtLicense, OtSoundRef } from '../model/fields.js';
import { OT_ID_PATTERN, createId } from '../model/ids.js';
import { isArraySafe, readItems, safeParse, type Schema } from '../model/schema.js';
import { checkAudioUrl, checkImageUrl, type OtUrlCheck } from '../safety/url-policy.js';
import type { ZipInput } from './zip.js';

/** The `format` OT Kit writes. */
export const OT_OBF_FORMAT = 'open-board-0.1';

/** Limits of import: text size of one board, choices kept, entries in a report. */
export const OT_OBF_LIMITS = { text: 32_000_000, choices: 36, report: 200 } as const;

/** Why an import was refused. */
export const OT_OBF_ERROR_CODES = [
  'not-json',
  'not-obf',
  'no-choices',
  'not-zip',
  'broken-zip',
  'too-large',
  'no-board',
] as const;
/** Why an import was refused. */
export type OtObfErrorCode = (typeof OT_OBF_ERROR_CODES)[number];

/**
 * An Open Board Format file or package that cannot be imported at all: not JSON, not a board, a broken
 * or oversized zip, no button that can be a choice. `code` says which; the message says it in words.
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

/** What an import kept, and what it left out. */
export interface OtObfImport {
  readonly board: OtChoiceBoard;
  /** Everything left out or repaired, in file order; empty when the file was taken whole. */
  readonly skipped: readonly OtObfSkip[];
}

/** Options of {@link importObf}. */
export interface OtObfImportOptions {
  /** `createdAt` of the board (ms since the epoch); default now. */
  now?: number;
}

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
  readonly [ext: `ext_${string}`]: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const key = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
/** OBF ids should be strings; numbers are common in the wild and are read as strings. */
const idOf = (v: unknown) => {
  const id = key(v);
  return id !== undefined && OT_ID_PATTERN.test(id) ? id : undefined;
};
/** A file name inside a package, as zip directories spell it. */
export const zipPath = (path: string) => path.replace(/^\.?\//, '');

/** Parses JSON text, refusing with a typed error. */
export function parseJson(input: string, what: string): unknown {
  if (input.length > OT_OBF_LIMITS.text)
    throw new OtObfError(
      'too-large',
      `${what} is too large (${input.length} characters; at most ${OT_OBF_LIMITS.text})`,
    );
  try {
    return JSON.parse(input);
  } catch (error) {
    throw new OtObfError('not-json', `${what} is not JSON (${(error as Error).message})`);
  }
}

const HEX = /^\s*#([0-9a-f]{3}|[0-9a-f]{6})\s*$/i;
const RGB = /^\s*rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)\s*$/i;

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

const LICENSE_KEYS = ['type', 'copyright_notice_url', 'source_url', 'author_name', 'author_url', 'author_email'];
const BOARD_KEYS = [
  'format',
  'id',
  'locale',
  'name',
  'buttons',
  'grid',
  'images',
  'sounds',
  'license',
  'ext_otkit_layout',
  'ext_otkit_no_locale',
];
const BUTTON_KEYS = [
  'id',
  'label',
  'vocalization',
  'image_id',
  'sound_id',
  'hidden',
  'background_color',
  'load_board',
  'ext_otkit_language',
  'ext_otkit_unavailable',
];
const MEDIA_KEYS = [
  'id',
  'data',
  'path',
  'url',
  'symbol',
  'content_type',
  'width',
  'height',
  'duration',
  'license',
  'ext_otkit_alt',
];

/**
 * Converts a parsed OBF board. `files` holds the media of an .obz by path (already checked by the URL
 * policy); `prefix` goes in front of every reported path.
 */
export function convertObf(
  raw: unknown,
  options: OtObfImportOptions = {},
  files?: Map<string, OtUrlCheck>,
  prefix = '',
): OtObfImport {
  const skipped: OtObfSkip[] = [];
  const tallies = new Map<string, number>();
  const skip = (path: string, reason: string) => skipped.push({ path: prefix + path, reason });
  const tally = (path: string, reason: string) =>
    tallies.set(`${path}\n${reason}`, (tallies.get(`${path}\n${reason}`) ?? 0) + 1);
  const extra = (o: Obj, known: string[], at: string) => {
    for (const k of Object.keys(o)) if (!known.includes(k)) tally(at + k, 'is not used by choice boards; left out');
  };

  /**
   * Checks `value`. A bad field is left out, the smallest part first (a licence link, not the whole
   * picture), and reported; a bad required field drops the whole value.
   */
  const fit = <T>(schema: Schema<T, unknown>, value: Obj, at: string, required: string[]): T | undefined => {
    for (;;) {
      const r = safeParse(schema, value);
      if (r.success) return r.data;
      const p = r.issues[0]!.path as string[];
      const chain: unknown[] = [value];
      for (const seg of p.slice(0, -1)) chain.push(isObj(chain.at(-1)) ? (chain.at(-1) as Obj)[seg] : undefined);
      let d = p.length - 1;
      while (d > 0 && !(isObj(chain[d]) && p[d]! in (chain[d] as Obj))) d--;
      const fatal = d < 0 || (d === 0 && required.includes(p[0]!));
      const field = (path: string[]) => formatPath(path).replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
      skip(
        [at, field(p.slice(0, d + 1))].filter((x) => x && x !== '(root)').join('.'),
        `${d + 1 < p.length ? `${field(p.slice(d + 1))} ` : ''}${r.issues[0]!.message}${fatal ? ' (left out)' : '; left out'}`,
      );
      if (fatal) return undefined;
      delete (chain[d] as Obj)[p[d]!];
    }
  };

  const license = (v: unknown, at: string): OtLicense | undefined => {
    if (!isObj(v)) return undefined;
    const out: Obj = {};
    for (const k of LICENSE_KEYS) {
      let value = text(v[k]);
      if (value && k.endsWith('_url') && /^http:/i.test(value)) {
        // Licence links are mostly http://creativecommons.org/…; the link policy allows only https:.
        value = `https:${value.slice(5)}`;
        tally(`${at}.${k}`, 'http: link changed to https:');
      }
      if (value) out[k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())] = value;
    }
    return Object.keys(out).length ? (out as unknown as OtLicense) : (skip(at, 'is empty; left out'), undefined);
  };

  /** The first usable source of an image or sound: data, then path, then url (the spec's order). */
  const source = (m: Obj, check: (url: unknown) => OtUrlCheck): OtUrlCheck => {
    const reasons: string[] = [];
    for (const k of ['data', 'path', 'url']) {
      const v = m[k];
      if (typeof v !== 'string') continue;
      const r =
        k !== 'path'
          ? check(v)
          : (files?.get(zipPath(v)) ?? {
              ok: false,
              reason: files ? `"${v}" is not in the package` : 'a path works only inside an .obz package',
            });
      if (r.ok) return r;
      reasons.push(`${k}: ${r.reason}`);
    }
    return { ok: false, reason: reasons.join('; ') || 'has no data, path or url' };
  };

  const byId = (list: unknown, at: string) => {
    const map = new Map<string, Obj>();
    if (isArraySafe(list)) {
      for (const m of readItems(list)) if (isObj(m) && key(m.id) !== undefined) map.set(key(m.id)!, m);
    } else if (list !== undefined) skip(at, 'is not a list; left out');
    return map;
  };

  if (!isObj(raw) || !Array.isArray(raw.buttons))
    throw new OtObfError('not-obf', 'The file is not an Open Board Format board (it has no "buttons" list)');
  if (typeof raw.format === 'string' && !raw.format.startsWith('open-board-'))
    throw new OtObfError('not-obf', `The file is not an Open Board Format board (format is "${raw.format}")`);
  if (raw.format !== OT_OBF_FORMAT)
    skip('format', `is ${JSON.stringify(raw.format ?? null)}; read as ${OT_OBF_FORMAT}`);
  extra(raw, BOARD_KEYS, '');
  const images = byId(raw.images, 'images');
  const sounds = byId(raw.sounds, 'sounds');

  // Lists are read by index and at most OT_SCHEMA_MAX_ITEMS of them: a page may hand over a proxy claiming 2³² items.
  const buttonList = readItems(raw.buttons);
  const buttons = new Map<string, number>();
  buttonList.forEach((b: unknown, i) => {
    const id = isObj(b) ? idOf(b.id) : undefined;
    if (id === undefined)
      skip(
        `buttons[${i}]`,
        isObj(b) ? `has no usable id (got ${JSON.stringify(b.id ?? null)}); left out` : 'is not a button; left out',
      );
    else if (buttons.has(id)) skip(`buttons[${i}].id`, `repeats id "${id}"; left out`);
    else buttons.set(id, i);
  });

  const g = raw.grid as Obj | undefined;
  const cells =
    isObj(g) && isArraySafe(g.order)
      ? readItems(g.order).map((row) => (isArraySafe(row) ? readItems(row) : row))
      : undefined;
  const order = new Set<string>();
  let rows = 0;
  let columns = 0;
  const auto = raw.ext_otkit_layout === 'auto';
  if (cells) {
    rows = Number.isInteger(g!.rows) ? (g!.rows as number) : cells.length;
    columns = Number.isInteger(g!.columns)
      ? (g!.columns as number)
      : Math.max(0, ...cells.map((r) => (Array.isArray(r) ? r.length : 0)));
    if (cells.length !== rows || cells.some((r) => !Array.isArray(r) || r.length !== columns))
      skip(
        'grid.order',
        `does not have grid.rows × grid.columns (${rows} × ${columns}) cells; missing cells left empty`,
      );
    cells.forEach((row, r) => {
      if (Array.isArray(row))
        row.forEach((cell: unknown, c) => {
          const id = key(cell);
          if (cell === null || cell === undefined) return;
          if (id === undefined || !buttons.has(id))
            skip(`grid.order[${r}][${c}]`, `names no button (got ${JSON.stringify(cell)}); cell left empty`);
          else order.add(id);
        });
    });
  } else {
    if (!auto)
      skip(
        'grid',
        `is ${g === undefined ? 'missing' : 'not a grid (rows, columns, order)'}; choices laid out automatically`,
      );
  }
  // Buttons in the grid first (row by row), then the rest: OBF keeps unplaced buttons, and so do we.
  for (const id of buttons.keys()) order.add(id);

  const kept = new Map<string, OtChoice>();
  let over = 0;
  for (const id of order) {
    if (kept.size === OT_OBF_LIMITS.choices) {
      over++;
      continue;
    }
    const i = buttons.get(id)!;
    const b = buttonList[i] as Obj;
    const at = `buttons[${i}]`;
    extra(b, BUTTON_KEYS, 'buttons[].');
    const c: Obj = {
      id,
      label: text(b.label),
      spokenText: text(b.vocalization),
      language: typeof b.ext_otkit_language === 'string' ? b.ext_otkit_language : undefined,
      hidden: b.hidden === true || undefined,
      unavailable: b.ext_otkit_unavailable === true || undefined,
    };
    if (b.hidden !== undefined && typeof b.hidden !== 'boolean')
      skip(`${at}.hidden`, 'must be true or false; left out');
    const bg = b.background_color;
    if (bg !== undefined) {
      c.background = typeof bg === 'string' ? obfColor(bg) : undefined;
      if (!c.background)
        skip(`${at}.background_color`, `is not an rgb() or rgba() colour (got ${JSON.stringify(bg)}); left out`);
      else if (HEX.test(bg as string))
        skip(`${at}.background_color`, `is a hex colour, which OBF does not allow; read as ${c.background}`);
    }
    if (b.image_id != null) {
      const m = images.get(key(b.image_id) ?? '');
      if (!m) skip(`${at}.image_id`, `names no image (got ${JSON.stringify(b.image_id)}); left out`);
      else {
        extra(m, MEDIA_KEYS, 'images[].');
        const r = source(m, checkImageUrl);
        const symbol = isObj(m.symbol) ? m.symbol : undefined;
        const image: Obj = { alt: text(m.ext_otkit_alt), license: license(m.license, 'images[].license') };
        if (r.ok) image.src = r.url;
        else if (symbol?.set === 'otkit') image.symbol = symbol.filename;
        else
          skip(
            `${at}.image_id`,
            `image "${m.id}" has no picture that can be shown (${r.reason}${symbol ? `; symbol: the "${symbol.set}" set is not available here` : ''}); left out`,
          );
        if (image.src || image.symbol) c.image = image as OtImageRef;
      }
    }
    if (b.sound_id != null) {
      const m = sounds.get(key(b.sound_id) ?? '');
      const r = m ? source(m, checkAudioUrl) : undefined;
      if (m) extra(m, MEDIA_KEYS, 'sounds[].');
      if (r?.ok) c.sound = { src: r.url, license: license(m!.license, 'sounds[].license') } satisfies OtSoundRef;
      else
        skip(
          `${at}.sound_id`,
          `${r ? `sound "${m!.id}" cannot be played (${r.reason})` : `names no sound (got ${JSON.stringify(b.sound_id)})`}; left out`,
        );
    }
    const link = b.load_board;
    if (isObj(link)) {
      if (link.data_url !== undefined)
        tally('buttons[].load_board.data_url', 'is not kept (it may carry credentials); left out');
      c.loadBoard = {
        id: text(key(link.id)),
        name: text(link.name),
        url: text(link.url),
        path: text(link.path ?? link.ext_otkit_path),
      };
    }
    const choice = fit<OtChoice>(choiceSchema, c, at, ['id', 'label']);
    if (choice) kept.set(id, choice);
  }
  // Choices keep the order of the buttons in the file; the grid says where each is shown.
  const choices = [...buttons.keys()].filter((id) => kept.has(id)).map((id) => kept.get(id)!);
  if (over)
    skip(
      'buttons',
      `${over} more button${over === 1 ? '' : 's'} left out: a choice board holds at most ${OT_OBF_LIMITS.choices} choices`,
    );
  if (!choices.length)
    throw new OtObfError(
      'no-choices',
      `The board has no button that can be a choice${skipped.length ? ` (${skipped[0]!.path}: ${skipped[0]!.reason})` : ''}`,
    );

  let grid: Obj | undefined;
  if (cells && !auto) {
    if (rows < 1 || columns < 1 || rows > 12 || columns > 12)
      skip(
        'grid',
        `is ${rows} × ${columns}; a choice board grid is 1–12 × 1–12, so choices are laid out automatically`,
      );
    else
      grid = {
        rows,
        columns,
        order: Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => {
            const id = key((cells[r] as unknown[] | undefined)?.[c]);
            return id !== undefined && kept.has(id) ? id : null;
          }),
        ),
      };
  }
  const id =
    idOf(raw.id) ??
    (skip('id', `is not a usable id (got ${JSON.stringify(raw.id ?? null)}); a new id was given`), createId());
  let name = text(raw.name) ?? (skip('name', 'is missing; the board id is used'), id);
  if (name.length > 120) {
    skip('name', 'is longer than 120 characters; shortened');
    name = name.slice(0, 120);
  }
  const board = fit<OtChoiceBoard>(
    choiceBoardSchema,
    {
      id,
      name,
      language: typeof raw.locale === 'string' && !raw.ext_otkit_no_locale ? raw.locale.replace(/_/g, '-') : undefined,
      choices,
      grid,
      license: license(raw.license, 'license'),
      createdAt: options.now ?? Date.now(),
    },
    '',
    ['id', 'name', 'choices', 'createdAt'],
  );
  if (!board) throw new OtObfError('not-obf', 'The board could not be read');
  for (const [k, n] of tallies) {
    const [path, reason] = k.split('\n') as [string, string];
    skip(path, n > 1 ? `${reason} (${n} times)` : reason);
  }
  const max = OT_OBF_LIMITS.report;
  return {
    board,
    skipped:
      skipped.length > max
        ? [...skipped.slice(0, max), { path: prefix || '(file)', reason: `and ${skipped.length - max} more` }]
        : skipped,
  };
}

/**
 * Imports an Open Board Format board (`.obf`: JSON text or the parsed object) as a choice board.
 * Throws only {@link OtObfError}.
 *
 * @example
 * const { board, skipped } = importObf(await file.text());
 * skipped.forEach((s) => console.log(`${s.path}: ${s.reason}`));
 * await store.choiceBoards.put(board);
 */
export function importObf(input: unknown, options: OtObfImportOptions = {}): OtObfImport {
  try {
    return convertObf(typeof input === 'string' ? parseJson(input, 'The file') : input, options);
  } catch (error) {
    throw error instanceof OtObfError
      ? error
      : new OtObfError('not-obf', `The board could not be read (${(error as Error).message})`);
  }
}

const TYPES: Record<string, string> = {
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
  return TYPES[path.split('.').pop()!.toLowerCase()] ?? (kind === 'image' ? 'image/png' : 'audio/mpeg');
}

/** Width and height of a PNG (from its header); undefined for other data. */
function dimensions(b: Uint8Array): [number, number] | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return b.length > 24 && v.getUint32(0) === 0x89504e47 ? [v.getUint32(16), v.getUint32(20)] : undefined;
}

const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));

/**
 * Builds the OBF board; with `files`, inline pictures and sounds go into the package as files
 * (`images/…`, `sounds/…`) referenced by path.
 */
export function buildObf(board: OtChoiceBoard, files?: ZipInput[]): OtObfBoard {
  const images: Obj[] = [];
  const sounds: Obj[] = [];
  const ids = new Map<string, string>();
  const lic = (l: OtLicense | undefined) =>
    l &&
    Object.fromEntries(Object.entries(l).map(([k, v]) => [k.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`), v]));
  const media = (ref: OtImageRef | OtSoundRef, kind: 'image' | 'audio'): string => {
    const src = 'src' in ref ? ref.src : undefined;
    const cacheKey = kind + JSON.stringify(ref);
    let id = ids.get(cacheKey);
    if (id) return id;
    id = `${kind}-${ids.size + 1}`;
    ids.set(cacheKey, id);
    const out: Obj = { id, license: lic(ref.license) };
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
        const type = out.content_type as string;
        out.path = `${kind === 'image' ? 'images' : 'sounds'}/${id}.${Object.keys(TYPES).find((e) => TYPES[e] === type) ?? type.split('/')[1]!.replace(/\W.*/, '')}`;
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
  const buttons = board.choices.map((c) => ({
    id: c.id,
    label: c.label,
    vocalization: c.spokenText,
    image_id: c.image && media(c.image, 'image'),
    sound_id: c.sound && media(c.sound, 'audio'),
    background_color: c.background && obfColor(c.background),
    hidden: c.hidden,
    // A path names a board in the same package; we export one board, so it travels as an extension.
    load_board: c.loadBoard && { ...c.loadBoard, path: undefined, ext_otkit_path: c.loadBoard.path },
    ext_otkit_language: c.language,
    ext_otkit_unavailable: c.unavailable,
  }));
  const n = board.choices.length;
  const columns = Math.ceil(Math.sqrt(n));
  const grid = board.grid ?? {
    rows: Math.ceil(n / columns),
    columns,
    order: Array.from({ length: Math.ceil(n / columns) }, (_, r) =>
      Array.from({ length: columns }, (_, c) => board.choices[r * columns + c]?.id ?? null),
    ),
  };
  // JSON round trip: drops the undefined fields, and the result shares nothing with the (frozen) board.
  return JSON.parse(
    JSON.stringify({
      format: OT_OBF_FORMAT,
      id: board.id,
      locale: board.language ?? 'en', // required by OBF
      ext_otkit_no_locale: board.language ? undefined : true,
      name: board.name,
      license: lic(board.license),
      buttons,
      grid,
      images,
      sounds,
      ext_otkit_layout: board.grid ? undefined : 'auto',
    }),
  ) as OtObfBoard;
}

/**
 * Exports a choice board as an OBF 0.1 board (`.obf`), with inline pictures and sounds as data URLs and
 * remote ones as URLs. OT Kit's own fields travel as `ext_otkit_*` so a re-import gives the same board.
 *
 * @example
 * const blob = new Blob([JSON.stringify(exportObf(board))], { type: 'application/json' });
 */
export function exportObf(board: OtChoiceBoard): OtObfBoard {
  return buildObf(board);
}
