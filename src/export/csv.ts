/**
 * Table rows as a CSV file a spreadsheet opens as it should. Quoting is papaparse's; what this
 * module adds is what spreadsheets need beyond the format: a byte-order mark, so Excel reads the
 * file as UTF-8 and a pound sign stays a pound sign, and a quote mark before any cell that a
 * spreadsheet would run as a formula (CSV injection).
 */
import Papa from 'papaparse';
import { csvTable, type CsvField, type CsvTable } from './csv-table.ts';

export type { CsvField, CsvTable, CsvValue } from './csv-table.ts';

const BYTE_ORDER_MARK = '\ufeff';

/**
 * A text cell a spreadsheet could take for a formula. papaparse's own default pattern ends in
 * `.*$` without the multi-line flag, so a cell such as "=1+1" followed by a line break would slip
 * through; only the first character matters.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The file's text: header and cells already worked out, so this part can run in a worker. */
export function csvFromTable({ header, cells }: CsvTable): string {
  const body = Papa.unparse(
    { fields: header, data: cells },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${BYTE_ORDER_MARK}${body}\r\n`;
}

export function csvText<Row>(fields: readonly CsvField<Row>[], rows: readonly Row[]): string {
  return csvFromTable(csvTable(fields, rows));
}
