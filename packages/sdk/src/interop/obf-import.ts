/**
 * Converts a parsed Open Board Format board into a choice board. Forgiving and honest: it keeps everything valid
 * (the grid with its empty cells, blank and picture-only buttons, long labels, pictures from inline data, a path
 * inside an .obz or a URL the URL policy allows — SVG included, licences, hidden buttons, sounds, border colours,
 * translations, links to other boards, ids of any form the spec allows) and lists everything it left out or
 * repaired, each with the path in the file and the reason.
 */
import { formatPath } from '../errors.js';
import { OT_WORD_CLASSES, checkChoiceImageUrl, choiceBoardSchema, choiceSchema } from '../model/choice-boards.js';
import type { OtChoice, OtChoiceBoard } from '../model/entities.js';
import type { OtLicense, OtSoundRef } from '../model/fields.js';
import { OT_ID_PATTERN, createId } from '../model/ids.js';
import { BOARD_KEYS, BUTTON_KEYS, LICENSE_KEYS, MEDIA_KEYS, ownId } from './obf-import-keys.js';
import { buildGrid, readColor, readGridCells } from './obf-import-grid.js';
import { isArraySafe, readItems, safeParse, type Schema } from '../model/schema.js';
import { checkAudioUrl, type OtUrlCheck } from '../safety/url-policy.js';
import {
  OT_OBF_FORMAT,
  OT_OBF_LIMITS,
  OtObfError,
  describeValue,
  isObj,
  key,
  text,
  zipPath,
  type Obj,
  type OtObfSkip,
} from './obf-shared.js';

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

/** Where a board sits when it is converted as part of a package. */
export interface ObfPlacement {
  /** The board's path in the package. */
  readonly path?: string | undefined;
  /** The id to give the board (a set gives its boards ids of their own). */
  readonly boardId?: string | undefined;
  /** The set the board belongs to, and whether it is the set's home board. */
  readonly setId?: string | undefined;
  readonly root?: boolean | undefined;
}

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * Converts a parsed OBF board. `files` holds the media of an .obz by path (already checked by the URL
 * policy); `prefix` goes in front of every reported path.
 */
export { ownId };

export function convertObf(
  raw: unknown,
  options: OtObfImportOptions = {},
  files?: Map<string, OtUrlCheck>,
  placement: ObfPlacement = {},
): OtObfImport {
  const prefix = placement.path ? `${placement.path}#` : '';
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

  /** The board's `strings` for a label and a vocalization: { es: { label, spokenText } }. */
  const strings = isObj(raw) && isObj(raw.strings) ? raw.strings : undefined;
  const translations = (label: string, spoken: string | undefined) => {
    const out: Obj = {};
    for (const [locale, table] of Object.entries(strings ?? {})) {
      const language = locale.replace(/_/g, '-');
      if (!LANGUAGE.test(language) || !isObj(table)) {
        tally(`strings.${locale}`, 'is not a language with a table of translations; left out');
        continue;
      }
      const t = { label: text(table[label]), spokenText: spoken && text(table[spoken]) };
      if (t.label || t.spokenText) out[language] = t;
    }
    return Object.keys(out).length ? out : undefined;
  };

  if (!isObj(raw) || !Array.isArray(raw.buttons))
    throw new OtObfError('not-obf', 'The file is not an Open Board Format board (it has no "buttons" list)');
  if (typeof raw.format === 'string' && !raw.format.startsWith('open-board-'))
    throw new OtObfError('not-obf', `The file is not an Open Board Format board (format is "${raw.format}")`);
  if (raw.format !== OT_OBF_FORMAT) skip('format', `is ${describeValue(raw.format)}; read as ${OT_OBF_FORMAT}`);
  extra(raw, BOARD_KEYS, '');
  const images = byId(raw.images, 'images');
  const sounds = byId(raw.sounds, 'sounds');

  // Lists are read by index and at most OT_SCHEMA_MAX_ITEMS of them: a page may hand over a proxy claiming 2³² items.
  const buttonList = readItems(raw.buttons);
  // The file's id of each button kept → its index; our ids (the same where valid here) come later.
  const buttons = new Map<string, number>();
  buttonList.forEach((b: unknown, i) => {
    const id = isObj(b) ? key(b.id) : undefined;
    if (id === undefined || id === '' || id.length > 1000)
      skip(
        `buttons[${i}]`,
        isObj(b) ? `has no usable id (got ${describeValue(b.id)}); left out` : 'is not a button; left out',
      );
    else if (buttons.has(id)) skip(`buttons[${i}].id`, `repeats id "${id}"; left out`);
    else buttons.set(id, i);
  });
  const taken = new Set<string>();
  const ours = new Map([...buttons].map(([fileId, i]) => [fileId, ownId(fileId, taken, `button-${i + 1}`)]));

  const {
    cells,
    rows,
    columns,
    placed: order,
  } = readGridCells(raw.grid, buttons, skip, raw.ext_otkit_layout === 'auto');
  const auto = raw.ext_otkit_layout === 'auto';
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
    let label = text(b.label) ?? '';
    if (label.length > 1000) {
      skip(`${at}.label`, `is longer than 1000 characters; shortened`);
      label = label.slice(0, 1000);
    }
    const c: Obj = {
      id: ours.get(id),
      obfId: ours.get(id) === id ? undefined : id,
      label,
      spokenText: text(b.vocalization),
      strings: translations(label, text(b.vocalization)),
      wordClass: OT_WORD_CLASSES.find((w) => w === b.ext_otkit_word_class),
      language: typeof b.ext_otkit_language === 'string' ? b.ext_otkit_language : undefined,
      hidden: b.hidden === true || undefined,
      unavailable: b.ext_otkit_unavailable === true || undefined,
    };
    if (b.hidden !== undefined && typeof b.hidden !== 'boolean')
      skip(`${at}.hidden`, 'must be true or false; left out');
    c.background = readColor(b.background_color, `${at}.background_color`, skip);
    c.border = readColor(b.border_color, `${at}.border_color`, skip);
    if (b.image_id != null) {
      const m = images.get(key(b.image_id) ?? '');
      if (!m) skip(`${at}.image_id`, `names no image (got ${describeValue(b.image_id)}); left out`);
      else {
        extra(m, MEDIA_KEYS, 'images[].');
        const r = source(m, checkChoiceImageUrl);
        const symbol = isObj(m.symbol) ? m.symbol : undefined;
        const image: Obj = { alt: text(m.ext_otkit_alt), license: license(m.license, 'images[].license') };
        if (r.ok) image.src = r.url;
        else if (symbol?.set === 'otkit') image.symbol = symbol.filename;
        else
          skip(
            `${at}.image_id`,
            `image "${m.id}" has no picture that can be shown (${r.reason}${symbol ? `; symbol: the "${symbol.set}" set is not available here` : ''}); left out`,
          );
        if (image.src || image.symbol) c.image = image;
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
          `${r ? `sound "${m!.id}" cannot be played (${r.reason})` : `names no sound (got ${describeValue(b.sound_id)})`}; left out`,
        );
    }
    const link = b.load_board;
    if (isObj(link)) {
      if (link.data_url !== undefined)
        tally('buttons[].load_board.data_url', 'is not kept (it may carry credentials); left out');
      const boardId = link.ext_otkit_board_id;
      c.loadBoard = {
        boardId: typeof boardId === 'string' && OT_ID_PATTERN.test(boardId) ? boardId : undefined,
        id: key(link.id),
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
      `${over} more button${over === 1 ? '' : 's'} left out: an imported board holds at most ${OT_OBF_LIMITS.choices} buttons`,
    );
  if (!choices.length)
    throw new OtObfError(
      'no-choices',
      `The board has no button that can be a choice${skipped.length ? ` (${skipped[0]!.path}: ${skipped[0]!.reason})` : ''}`,
    );

  const grid = cells && !auto ? buildGrid(cells, rows, columns, (id) => kept.get(id)?.id, skip) : undefined;
  const fileId = key(raw.id);
  const ownBoardId = typeof raw.ext_otkit_board_id === 'string' ? raw.ext_otkit_board_id : undefined;
  const id =
    placement.boardId ??
    (ownBoardId && OT_ID_PATTERN.test(ownBoardId) ? ownBoardId : undefined) ??
    (fileId ? ownId(fileId, new Set(), 'board') : undefined) ??
    (skip('id', `is not a usable id (got ${describeValue(raw.id)}); a new id was given`), createId());
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
      // A board made in OT Kit (and exported) comes back as it was; any other is marked as imported.
      obf: raw.ext_otkit_native === true ? undefined : { id: fileId ?? id, path: placement.path },
      setId: placement.setId,
      setRoot: placement.root || undefined,
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
