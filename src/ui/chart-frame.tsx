import { Component as ReactComponent, useRef, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { ChartDownloads } from './chart-downloads.tsx';
import type { ChartSource } from './chart-source.ts';
import { strings } from './strings.en.ts';
import './chart-frame.css';

/** A chart that throws takes only itself down: the summary, the table and the page stay. */
class ChartErrorBoundary extends ReactComponent<
  { children: ReactNode; fallback: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * The frame every chart sits in: a heading, a one-line summary, the chart, and its table twin.
 * The table is always rendered and visible, so no number is only in the picture; the picture is
 * one image named by the summary, because its marks mean nothing one by one to a screen reader.
 */
export function ChartFrame({
  id,
  title,
  summary,
  chart,
  table,
  children,
  after,
  source,
  height = 280,
}: {
  /** The heading's id; the section is named by it. */
  id: string;
  title: string;
  summary: string;
  /**
   * A recharts chart element; ResponsiveContainer gives it its size. Null where a filter leaves
   * nothing to draw: the frame stays, so its filters keep their place and focus.
   */
  chart: ReactElement | null;
  /** The table twin, usually a DataTable with the same rows the chart draws. */
  table: ReactNode;
  /** The key and what a reader needs before the chart, as text. */
  children?: ReactNode;
  /** Notes and assumptions read after the chart, before its table. */
  after?: ReactNode;
  /**
   * What the chart is drawn from and the record's date, written into a downloaded copy (see
   * useChartSource); null while the bundle is unknown, and then the chart offers no download.
   */
  source: ChartSource | null;
  height?: number;
}) {
  const summaryId = `${id}-summary`;
  const box = useRef<HTMLDivElement>(null);
  return (
    <section className="chart-frame" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="chart-summary" id={summaryId}>
        {summary}
      </p>
      {children && <div className="chart-notes">{children}</div>}
      {/* Keyed by the summary so new data (a changed filter) gets a fresh attempt to draw. */}
      {chart && (
        <ChartErrorBoundary
          key={summary}
          fallback={<p className="notice">{strings.chart.failed}</p>}
        >
          <div
            ref={box}
            className="chart-box"
            role="img"
            aria-labelledby={summaryId}
            style={{ height }}
          >
            {/* initialDimension lets the chart draw before (or without) a ResizeObserver, as in
                jsdom; the observer then fits it to the box. */}
            <ResponsiveContainer
              width="100%"
              height={height}
              initialDimension={{ width: 320, height }}
            >
              {chart}
            </ResponsiveContainer>
          </div>
          {source && (
            <ChartDownloads
              box={box}
              headingId={id}
              title={title}
              summary={summary}
              source={source}
            />
          )}
        </ChartErrorBoundary>
      )}
      {after && <div className="chart-notes">{after}</div>}
      {table}
    </section>
  );
}

/** A small key drawn in words and a swatch, so a colour is never the only sign of a series. */
export function ChartKey({
  items,
}: {
  items: readonly {
    label: string;
    swatch: 'solid' | 'hatched' | 'dashed' | 'dot' | 'ring' | 'diamond' | 'triangle';
    color: string;
  }[];
}) {
  return (
    <ul className="chart-key">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={`chart-swatch chart-swatch-${item.swatch}`}
            style={{ color: item.color }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Colours with at least 3:1 contrast on white, as WCAG asks of graphics. */
export const chartColors = {
  primary: '#1d3557',
  secondary: '#00695c',
  accent: '#b35c00',
  cost: '#8a1c1c',
  muted: '#4a5360',
  grid: '#c9d1da',
} as const;
