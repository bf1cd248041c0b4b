/**
 * What the Open Board Format importer recognises: the fields of a board, a button, a picture or sound and a
 * licence (anything else is reported as left out), and how a file's id becomes an id of ours.
 */
import { OT_ID_PATTERN } from '../model/ids.js';

/**
 * An id of ours for an id of the file: the same when it is valid here and not taken, else one made of its
 * letters and digits, numbered if need be. The caller keeps the original to write it back.
 */
export function ownId(raw: string, taken: Set<string>, fallback: string): string {
  let id = raw;
  if (!OT_ID_PATTERN.test(raw) || taken.has(raw)) {
    const base =
      raw
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-z0-9_.:-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 100) || fallback;
    id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  }
  taken.add(id);
  return id;
}

export const LICENSE_KEYS = ['type', 'copyright_notice_url', 'source_url', 'author_name', 'author_url', 'author_email'];
export const BOARD_KEYS = [
  'format',
  'strings',
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
  'ext_otkit_native',
  'ext_otkit_board_id',
];
export const BUTTON_KEYS = [
  'id',
  'label',
  'vocalization',
  'image_id',
  'sound_id',
  'hidden',
  'background_color',
  'border_color',
  'load_board',
  'ext_otkit_word_class',
  'ext_otkit_language',
  'ext_otkit_unavailable',
];
export const MEDIA_KEYS = [
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
