import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createStore, csvCell, memoryAdapter, progressCsv, toCsv } from '@otkit/sdk';

/** A small RFC 4180 reader, to check what a spreadsheet would get back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1')).to.equal("'-1");
    expect(csvCell(-1)).to.equal('-1');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(Number.NaN)).to.equal('');
  });

  it('round-trips any text through a CSV reader (formula starts kept behind an apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const csv = toCsv(rows, [
          { header: 'a', value: (row) => row[0] },
          { header: 'b', value: (row) => row[1] },
        ]);
        const back = readCsv(csv);
        expect(back[0]).to.deep.equal(['a', 'b']);
        const defused = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        expect(back.slice(1)).to.deep.equal(rows.map((row) => row.map(defused)));
      }),
    );
  });

  it('writes one row per progress entry, oldest first, filtered by client, goal and time', async () => {
    const T0 = Date.UTC(2026, 8, 1, 15);
    const store = createStore({
      adapter: memoryAdapter({
        seed: {
          clients: [
            { id: 'c1', alias: 'Blue', createdAt: 0 },
            { id: 'c2', alias: 'Green', createdAt: 0 },
          ],
          goals: [
            { id: 'g1', clientId: 'c1', description: 'Zip, then "button"', order: 1, createdAt: 0 },
            { id: 'g2', clientId: 'c2', description: 'Cut', order: 1, createdAt: 0 },
          ],
          progressEntries: [
            { id: 'e2', goalId: 'g1', at: T0 + 1000, trials: { plus: 3, minus: 1 }, note: '=1+1', setting: 'school' },
            { id: 'e1', goalId: 'g1', at: T0, trials: { plus: 1, minus: 2 }, assistance: 'moderate', gasLevel: -1 },
            { id: 'e3', goalId: 'g2', at: T0, status: 'met' },
          ],
        },
      }),
    });
    await store.ready;
    const rows = readCsv(progressCsv(store.getState(), { clientId: 'c1' }));
    expect(rows[0]).to.deep.equal([
      'date',
      'time',
      'goal_id',
      'goal',
      'session_id',
      'setting',
      'trials_correct',
      'trials_incorrect',
      'percent_correct',
      'assistance',
      'prompt',
      'status',
      'gas_level',
      'note',
    ]);
    expect(rows.slice(1).map((row) => row[2])).to.deep.equal(['g1', 'g1']);
    expect(rows[1]).to.include.members(['2026-09-01', 'Zip, then "button"', '33.3', 'moderate', '-1']);
    expect(rows[2]![8]).to.equal('75');
    expect(rows[2]![13]).to.equal("'=1+1");
    expect(readCsv(progressCsv(store.getState(), { from: T0 + 1 })).length).to.equal(2);
    expect(readCsv(progressCsv(store.getState(), { goalId: 'g2' }))[1]![11]).to.equal('met');
  });
});
