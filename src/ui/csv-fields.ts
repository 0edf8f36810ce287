/**
 * CSV columns that many tables share, so a quote, a place or an amount is written the same way
 * in every download: plain numbers, ISO dates, the source document by its id and the quote word
 * for word.
 */
import type { ItemPlace } from '@/bundle/indexes.ts';
import type { CsvField, CsvValue } from '@/export/csv-table.ts';
import { placeName } from './place.ts';
import { strings } from './strings.en.ts';

export type { CsvField, CsvValue };

const d = strings.downloads;

/** The document a row's words come from, and the words themselves. */
export function sourceFields<Row>(
  span: (row: Row) => { documentId: string; quote: string } | null | undefined,
): CsvField<Row>[] {
  return [
    { header: strings.common.source, value: (row) => span(row)?.documentId },
    { header: d.colQuote, value: (row) => span(row)?.quote },
  ];
}

/** Who it was said before and the ISO day (empty where the record gives none). */
export function placeFields<Row>(
  header: string,
  place: (row: Row) => ItemPlace | null,
): CsvField<Row>[] {
  return [
    { header, value: (row) => placeOrNull(place(row)) },
    { header: d.colSaidOn, value: (row) => place(row)?.date },
    { header: d.colIssueId, value: (row) => place(row)?.item.issueId },
  ];
}

function placeOrNull(place: ItemPlace | null): string | null {
  return place ? placeName(place) : null;
}

type Amount = { value?: number; low?: number; high?: number; pence?: number };

/** An amount as numbers a spreadsheet can add: a single value, or a range as low and high. */
export function amountFields<Row>(header: string, amount: (row: Row) => Amount): CsvField<Row>[] {
  const single = (a: Amount) => a.value ?? (a.pence === undefined ? null : a.pence / 100);
  return [
    { header, value: (row) => single(amount(row)) },
    { header: d.colLow, value: (row) => amount(row).low },
    { header: d.colHigh, value: (row) => amount(row).high },
  ];
}
