import { expect } from '@open-wc/testing';
import {
  colorField,
  dateField,
  freeTextField,
  idField,
  imageRefSchema,
  imageUrlField,
  instantField,
  isCalendarDate,
  languageField,
  licenseSchema,
  linkUrlField,
  safeParse,
  symbolIdField,
  textField,
  timeOfDayField,
  type Schema,
  toJsonSchema,
} from '@otkit/sdk';
import { PNG } from '../helpers/sdk-examples.js';

function accepts(schema: Schema<unknown, unknown>, values: unknown[]): void {
  for (const v of values) expect(safeParse(schema, v).success, JSON.stringify(v)).to.equal(true);
}
function rejects(schema: Schema<unknown, unknown>, values: unknown[]): void {
  for (const v of values) expect(safeParse(schema, v).success, JSON.stringify(v)).to.equal(false);
}
function firstIssue(schema: Schema<unknown, unknown>, value: unknown) {
  const r = safeParse(schema, value);
  if (r.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return r.issues[0]!;
}

describe('fields', () => {
  it('idField: letters, digits and _ . : - up to 128 characters, starting with a letter or digit', () => {
    accepts(idField(), ['a', '01JD3Z8Q4C7W5V2M9K1R6T0B8N', 'goal-1', 'urn:x.y_z', 'a'.repeat(128)]);
    rejects(idField(), ['', '-a', '_a', 'a b', 'a/b', 'a'.repeat(129), '__proto__', 5]);
    expect(firstIssue(idField(), 'a b').message).to.match(/^must be an id of letters, digits/);
    expect(toJsonSchema(idField())).to.have.property('description').that.contains('ULID');
  });

  it('instantField: whole non-negative milliseconds', () => {
    accepts(instantField(), [0, Date.UTC(2026, 0, 1)]);
    rejects(instantField(), [-1, 1.5, '2026-01-01', Number.NaN]);
  });

  it('dateField: a real calendar date written YYYY-MM-DD', () => {
    accepts(dateField(), ['2026-11-23', '2024-02-29', '0001-01-01']);
    rejects(dateField(), ['2026-1-1', '2026-11-23T00:00', '23/11/2026', '', ' 2026-11-23']);
    expect(firstIssue(dateField(), '2025-02-29')).to.deep.equal({
      path: [],
      code: 'invalid',
      message: 'is not a real calendar date (got "2025-02-29")',
    });
    expect(firstIssue(dateField(), '2026-13-01').message).to.contain('not a real calendar date');
    expect(toJsonSchema(dateField())).to.include({ type: 'string', format: 'date' });
  });

  it('isCalendarDate', () => {
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2023-02-29')).to.equal(false);
    expect(isCalendarDate('2026-04-31')).to.equal(false);
    expect(isCalendarDate('2026-00-10')).to.equal(false);
    expect(isCalendarDate('not a date')).to.equal(false);
    // Date.UTC maps years 0–99 to 1900–1999; those years are still real years.
    expect(isCalendarDate('0001-01-01')).to.equal(true);
    expect(isCalendarDate('0099-12-31')).to.equal(true);
    expect(isCalendarDate('0100-02-29')).to.equal(false);
  });

  it('timeOfDayField: HH:MM on a 24-hour clock', () => {
    accepts(timeOfDayField(), ['00:00', '08:30', '23:59']);
    rejects(timeOfDayField(), ['24:00', '8:30', '08:60', '08:30:00', '08.30']);
  });

  it('textField trims and refuses blank text; freeTextField allows empty text', () => {
    const text = textField(5);
    expect(safeParse(text, '  ab  ')).to.deep.equal({ success: true, data: 'ab' });
    expect(firstIssue(text, ' ').message).to.equal('must not be empty');
    expect(firstIssue(text, 'abcdef').message).to.equal('must be at most 5 characters (got 6)');
    accepts(freeTextField(3), ['', 'abc']);
    rejects(freeTextField(3), ['abcd', null]);
  });

  it('languageField: BCP 47-like tags', () => {
    accepts(languageField(), ['en', 'es-MX', 'ar', 'zh-Hant-TW', 'yue']);
    rejects(languageField(), ['english', 'e', 'es_MX', 'es-', '']);
  });

  it('colorField: #rgb, #rrggbb, rgb() and rgba() only (nothing CSS could run)', () => {
    accepts(colorField(), ['#fff', '#FFEECC', 'rgb(1, 2, 3)', 'rgba(1,2,3,0.5)', 'rgba(1, 2, 3, 1)']);
    rejects(colorField(), [
      'red',
      '#ffff',
      'url(javascript:alert(1))',
      'expression(alert(1))',
      'rgb(1,2)',
      'var(--x)',
      '#fff; background:url(x)',
    ]);
  });

  it('symbolIdField: lower-case ids', () => {
    accepts(symbolIdField(), ['toilet', 'quiet-corner', 'a1']);
    rejects(symbolIdField(), ['Toilet', '-a', 'a_b', 'a'.repeat(65)]);
  });

  it('imageUrlField and linkUrlField apply the URL policy with its reason', () => {
    accepts(imageUrlField(), ['https://example.org/a.png', PNG, 'blob:https://example.org/0f1e']);
    expect(firstIssue(imageUrlField(), 'http://example.org/a.png')).to.deep.equal({
      path: [],
      code: 'url',
      message: 'http: is not allowed for images (it is not private); use https:',
    });
    accepts(linkUrlField(), ['https://example.org', 'mailto:ot@example.org']);
    expect(firstIssue(linkUrlField(), 'javascript:alert(1)').code).to.equal('url');
  });

  it('licenseSchema: a type, and links through the link policy', () => {
    accepts(licenseSchema, [
      { type: 'CC0' },
      { type: 'CC BY-SA 4.0', sourceUrl: 'https://x.org', authorName: 'A', authorEmail: 'a@x.org' },
    ]);
    expect(firstIssue(licenseSchema, {}).path).to.deep.equal(['type']);
    expect(firstIssue(licenseSchema, { type: 'CC0', authorUrl: 'javascript:alert(1)' }).path).to.deep.equal([
      'authorUrl',
    ]);
  });

  it('imageRefSchema: exactly one of src or symbol, with optional alt and licence', () => {
    accepts(imageRefSchema, [{ symbol: 'toilet' }, { src: PNG, alt: '', license: { type: 'CC0' } }]);
    expect(firstIssue(imageRefSchema, {})).to.deep.equal({
      path: ['src'],
      code: 'required',
      message: 'give "src" (an image URL) or "symbol" (a built-in symbol id)',
    });
    expect(firstIssue(imageRefSchema, { src: PNG, symbol: 'toilet' })).to.deep.equal({
      path: ['symbol'],
      code: 'invalid',
      message: 'give either "src" or "symbol", not both',
    });
    expect(firstIssue(imageRefSchema, { src: 'javascript:alert(1)' }).path).to.deep.equal(['src']);
    expect(firstIssue(imageRefSchema, { symbol: 'toilet', onerror: 'alert(1)' })).to.deep.equal({
      path: ['onerror'],
      code: 'unknown-key',
      message: 'is not a known field',
    });
  });
});
