// @vitest-environment node
import Papa from 'papaparse';
import { csvText, type CsvField } from './csv.ts';

type Row = { name: string; amount: number | null; note?: string };
const fields: CsvField<Row>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Amount', value: (r) => r.amount },
  { header: 'Note', value: (r) => r.note },
];

/** What a spreadsheet program reads back, cell by cell. */
function readBack(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
}

describe('csvText', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const text = csvText(fields, [{ name: 'Library', amount: 1847000 }]);
    expect(text.startsWith('\ufeffName,Amount,Note\r\n')).toBe(true);
    expect(text).toBe('\ufeffName,Amount,Note\r\nLibrary,1847000,\r\n');
  });

  it('keeps pound signs, commas, quotes and line breaks inside their cells', () => {
    const row = {
      name: 'Saving of £2.4m, "indicative"',
      amount: 2400000,
      note: 'first line\nsecond line',
    };
    const text = csvText(fields, [row]);
    expect(text).toContain('"Saving of £2.4m, ""indicative"""');
    expect(readBack(text)).toEqual([
      ['Name', 'Amount', 'Note'],
      ['Saving of £2.4m, "indicative"', '2400000', 'first line\nsecond line'],
    ]);
  });

  it('writes amounts as plain numbers and a missing value as an empty cell', () => {
    const text = csvText(fields, [
      { name: 'Cost', amount: 26440000 },
      { name: 'None', amount: null },
    ]);
    expect(readBack(text).slice(1)).toEqual([
      ['Cost', '26440000', ''],
      ['None', '', ''],
    ]);
  });

  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+44 1234', "'+44 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['=1+1\nthen more', "'=1+1\nthen more"],
  ])('makes the formula-like cell %j safe with a leading quote', (cell, safe) => {
    const [, row] = readBack(csvText(fields, [{ name: cell, amount: 1 }]));
    expect(row?.[0]).toBe(safe);
  });

  it('leaves numbers alone, negative ones too, and text that only contains a sign', () => {
    const [, row] = readBack(csvText(fields, [{ name: 'a = b', amount: -5 }]));
    expect(row).toEqual(['a = b', '-5', '']);
  });
});
