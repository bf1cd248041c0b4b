const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The text without a leading byte-order mark. Windows editors and some apps start a saved UTF-8 file with one;
 * `JSON.parse` refuses it, though the file is JSON to everyone who opens it.
 *
 * @example
 * JSON.parse(withoutByteOrderMark(await file.text()));
 */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}
