/**
 * What a CSV download holds, before it is written: the header and each row's cells. Working the
 * cells out needs the rows and the views' own functions, so it runs beside them; writing the
 * text does not, and runs in a worker (csv-worker.ts).
 */

/** A cell's value: numbers stay numbers (no £, no thousands commas); null is an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column of a download: its header and how each row fills it. */
export type CsvField<Row> = { header: string; value: (row: Row) => CsvValue };

/** Plain data that can be posted to a worker. */
export type CsvTable = { header: string[]; cells: (string | number | boolean)[][] };

export function csvTable<Row>(fields: readonly CsvField<Row>[], rows: readonly Row[]): CsvTable {
  return {
    header: fields.map((f) => f.header),
    cells: rows.map((row) => fields.map((f) => f.value(row) ?? '')),
  };
}
