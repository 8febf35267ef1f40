import fc from 'fast-check';
import type { Group } from './analytics';
import { csvCell, trendsCsv } from './trends-csv';

// RFC 4180 read back, the way a spreadsheet splits the file: rows end in CRLF outside quotes.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

const FORMULA_LEADS = ['=', '+', '-', '@', '\t', '\r'];
// Strings rich in what matters here: the formula leads, quotes, separators and line ends.
const tricky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', 'a', '1', '→'), maxLength: 12 });
const anyText = fc.oneof(tricky, fc.string());

describe('trends as CSV', () => {
  it('one row per period, group and unit; a group without quantities is one row; cells quoted and defused where needed', () => {
    const csv = trendsCsv({
      groupBy: 'route',
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-07-01T00:00:00.000Z',
      groups: [
        { key: 'MM→CN', count: 3, quantities: [{ unit: 'KGM', total: '24.5' }, { unit: 'NAR', total: '1200' }] },
        { key: '=HYPERLINK("x")', count: 1, quantities: [] },
      ],
      previous: { from: '2025-07-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', groups: [{ key: 'MM→CN', count: 1, quantities: [{ unit: 'KGM', total: '2' }] }] },
    });
    expect(csv.split('\r\n')).toEqual([
      'period,from,to,groupBy,key,count,unit,total',
      'current,2026-01-01T00:00:00.000Z,2026-07-01T00:00:00.000Z,route,MM→CN,3,KGM,24.5',
      'current,2026-01-01T00:00:00.000Z,2026-07-01T00:00:00.000Z,route,MM→CN,3,NAR,1200',
      `current,2026-01-01T00:00:00.000Z,2026-07-01T00:00:00.000Z,route,"'=HYPERLINK(""x"")",1,,`,
      'previous,2025-07-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,route,MM→CN,1,KGM,2',
      '',
    ]);
  });

  it('defuses a cell led by a tab or a carriage return as it does =, +, - and @', () => {
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    // Inside a cell they are harmless: only the lead is where a spreadsheet looks for a formula.
    expect(csvCell('a\tb')).toBe('a\tb');
    expect(csvCell(12)).toBe('12');
  });

  it('never writes a cell that reads back starting a formula, and reads back as the text, quote-led where defused', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        // A second cell after it, so an empty cell still reads back as one.
        const [row, ...more] = parseCsv(`${csvCell(text)},end\r\n`);
        expect(more).toEqual([]);
        expect(row).toHaveLength(2);
        expect(FORMULA_LEADS).not.toContain(row![0]![0]);
        expect(row![0]).toBe(FORMULA_LEADS.includes(text[0]!) ? `'${text}` : text);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every row at eight cells whatever the group keys and units hold', () => {
    const group: fc.Arbitrary<Group> = fc.record({
      key: anyText,
      count: fc.nat(),
      quantities: fc.array(fc.record({ unit: anyText, total: anyText }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 5 }), anyText, (groups, groupBy) => {
        const rows = parseCsv(trendsCsv({ groupBy, from: 'a', to: 'b', groups, previous: null }));
        expect(rows).toHaveLength(1 + groups.reduce((n, g) => n + Math.max(1, g.quantities.length), 0));
        for (const row of rows) {
          expect(row).toHaveLength(8);
          for (const cell of row) expect(FORMULA_LEADS).not.toContain(cell[0]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
