/**
 * Table rows as a CSV file a spreadsheet opens as it should. Quoting is papaparse's; what this
 * module adds is what spreadsheets need beyond the format: a byte-order mark, so Excel reads the
 * file as UTF-8 and a pound sign stays a pound sign, and a quote mark before any cell that a
 * spreadsheet would run as a formula (CSV injection).
 */
import Papa from 'papaparse';

/** A cell's value: numbers stay numbers (no £, no thousands commas); null is an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column of a download: its header and how each row fills it. */
export type CsvField<Row> = { header: string; value: (row: Row) => CsvValue };

const BYTE_ORDER_MARK = '\ufeff';

/**
 * A text cell a spreadsheet could take for a formula. papaparse's own default pattern ends in
 * `.*$` without the multi-line flag, so a cell such as "=1+1" followed by a line break would slip
 * through; only the first character matters.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText<Row>(fields: readonly CsvField<Row>[], rows: readonly Row[]): string {
  const body = Papa.unparse(
    {
      fields: fields.map((f) => f.header),
      data: rows.map((row) => fields.map((f) => f.value(row) ?? '')),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${BYTE_ORDER_MARK}${body}\r\n`;
}
