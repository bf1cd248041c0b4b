/**
 * The errors (not warnings) of the reference OBF validator (CoughDrop/obf lib/obf/validator.rb, MIT) as
 * rules of our own, used to check that what we export is valid OBF 0.1. Returns a list of problems.
 * (The reference's `actions` check is a known bug — it flags every string `action` — and is left out.)
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const COLOR = /^\s*rgba?\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*(,\s*[01]\.?\d*)?\)\s*/;

export function obfProblems(board: unknown, zipFiles?: Set<string>): string[] {
  const out: string[] = [];
  if (!isObj(board)) return ['board is not an object'];
  if (board.format !== 'open-board-0.1') out.push('format must be open-board-0.1');
  if (!board.id) out.push('id is required');
  if (!board.locale) out.push('locale is required');
  if (!Array.isArray(board.buttons)) out.push('buttons must be an array');
  const grid = board.grid;
  if (!isObj(grid)) out.push('grid is required');
  else {
    const { rows, columns, order } = grid as { rows: number; columns: number; order: unknown[][] };
    if (!(Number.isInteger(rows) && rows > 0)) out.push('grid.rows must be a positive number');
    if (!(Number.isInteger(columns) && columns > 0)) out.push('grid.columns must be a positive number');
    if (!Array.isArray(order) || order.length !== rows) out.push('grid.order length must match rows');
    else if (order.some((r) => !Array.isArray(r) || r.length !== columns))
      out.push('grid.order rows must match columns');
    const ids = new Set(((board.buttons as Obj[]) ?? []).map((b) => b.id));
    for (const row of Array.isArray(order) ? order : [])
      for (const id of row ?? [])
        if (id !== null && !ids.has(id)) out.push(`grid.order names unknown button ${String(id)}`);
  }
  if (!Array.isArray(board.images)) out.push('images must be an array');
  for (const [i, img] of ((board.images as Obj[]) ?? []).entries()) {
    if (!img.id) out.push(`images[${i}].id is required`);
    if (!Number.isInteger(img.width)) out.push(`images[${i}].width must be an integer`);
    if (!Number.isInteger(img.height)) out.push(`images[${i}].height must be an integer`);
    if (typeof img.content_type !== 'string' || !/^image\/.+$/.test(img.content_type))
      out.push(`images[${i}].content_type must be image/*`);
    if (!img.url && !img.data && !img.symbol && !img.path) out.push(`images[${i}] needs data, url, path or symbol`);
    if (img.data && !/^data:image\/.+;base64,.+$/.test(img.data as string))
      out.push(`images[${i}].data must be a data URI`);
    if (img.symbol && !isObj(img.symbol)) out.push(`images[${i}].symbol must be an object`);
    if (img.path && !zipFiles?.has(img.path as string)) out.push(`images[${i}].path not in package`);
  }
  if (!Array.isArray(board.sounds)) out.push('sounds must be an array');
  for (const [i, s] of ((board.sounds as Obj[]) ?? []).entries()) {
    if (!s.id) out.push(`sounds[${i}].id is required`);
    if (!Number.isInteger(s.duration)) out.push(`sounds[${i}].duration must be an integer`);
    if (typeof s.content_type !== 'string' || !/^audio\/.+$/.test(s.content_type))
      out.push(`sounds[${i}].content_type must be audio/*`);
    if (!s.url && !s.data && !s.path) out.push(`sounds[${i}] needs data, url or path`);
    if (s.data && !/^data:audio\/.+;base64,.+$/.test(s.data as string))
      out.push(`sounds[${i}].data must be a data URI`);
    if (s.path && !zipFiles?.has(s.path as string)) out.push(`sounds[${i}].path not in package`);
  }
  for (const [i, b] of ((board.buttons as Obj[]) ?? []).entries()) {
    if (!b.id) out.push(`buttons[${i}].id is required`);
    if (!b.label) out.push(`buttons[${i}].label is required`);
    for (const k of ['background_color', 'border_color'])
      if (b[k] && !COLOR.test(b[k] as string)) out.push(`buttons[${i}].${k} must be rgb() or rgba()`);
    if (b.hidden !== undefined && typeof b.hidden !== 'boolean') out.push(`buttons[${i}].hidden must be a boolean`);
    if (b.action && !/^(:|\+)/.test(b.action as string)) out.push(`buttons[${i}].action must start with : or +`);
    const link = b.load_board as Obj | undefined;
    if (link?.path && !zipFiles?.has(link.path as string)) out.push(`buttons[${i}].load_board.path not in package`);
    if (typeof b.id !== 'string') out.push(`buttons[${i}].id should be a string`);
  }
  for (const k of Object.keys(board))
    if (
      ![
        'format',
        'id',
        'locale',
        'url',
        'data_url',
        'name',
        'description_html',
        'buttons',
        'grid',
        'images',
        'sounds',
        'license',
        'strings',
        'background',
      ].includes(k) &&
      !k.startsWith('ext_')
    )
      out.push(`${k} is not a spec field and has no ext_ prefix`);
  return out;
}
