import { useBundleIndex } from '@/data/bundle-query.ts';
import { useBundleSource } from '@/data/bundle-source.ts';
import type { BundleIndex } from '@/bundle/indexes.ts';
import { strings } from './strings.en.ts';

/** What a downloaded chart says it was drawn from, and the date the record speaks up to. */
export type ChartSource = { line: string; asOf: string };

const councilName = (index: BundleIndex) => index.bundle.council?.name ?? null;
const asOfOf = (index: BundleIndex) => index.bundle.asOf;

/**
 * The source line of a chart, naming the record as the record names itself: its council where the
 * bundle gives one, else the bundle's own name. `drawnFrom` says which of its words the chart
 * draws (figures an editor reviewed, amounts found unreviewed...). Null until the bundle is read.
 */
export function useChartSource(drawnFrom: string): ChartSource | null {
  const council = useBundleIndex(councilName).data;
  const asOf = useBundleIndex(asOfOf).data;
  const { source } = useBundleSource();
  if (asOf === undefined || council === undefined) return null;
  return { line: strings.chart.sourceLine(council ?? source.name, drawnFrom), asOf };
}
