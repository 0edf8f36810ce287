import { AppLink } from '@/ui/app-link.tsx';
import { paths } from '@/config/paths.ts';
import { IndicativeBadge } from '@/ui/badges.tsx';
import { ChartFrame, ChartKey, chartColors } from '@/ui/chart-frame.tsx';
import { amountFields, placeFields, sourceFields } from '@/ui/csv-fields.ts';
import { useChartSource, type ChartSource } from '@/ui/chart-source.ts';
import type { Column } from '@/ui/data-table.tsx';
import { DownloadableTable } from '@/ui/downloadable-table.tsx';
import { RecordsDownload } from '@/ui/records-download.tsx';
import { DateText } from '@/ui/date-text.tsx';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { PrintPaper } from '@/ui/print-paper.tsx';
import { useScrollToHash } from '@/ui/use-scroll-to-hash.ts';
import { Money } from '@/ui/money.tsx';
import { SourceLink } from '@/ui/source-link.tsx';
import { EmptyState, QueryView } from '@/ui/states.tsx';
import { placeDate, placeName } from '@/ui/place.ts';
import { strings } from '@/ui/strings.en.ts';
import type { BundleIndex } from '@/bundle/indexes.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { chartHeight, FigureBarChart } from './figure-bar-chart.tsx';
import { MentionedAmounts } from './mentioned-amounts.tsx';
import {
  costsSummary,
  figureKeyMarks,
  recurringSummary,
  savingsModel,
  type BarVariant,
  type FigureBar,
  type FigureKeyMark,
} from './savings-series.ts';

const s = strings.savings;

const columns: readonly Column<FigureBar>[] = [
  {
    key: 'figure',
    header: s.colFigure,
    rowHeader: true,
    csv: [
      { header: s.colFigure, value: ({ figure }) => figure.label },
      { header: strings.common.indicative, value: ({ figure }) => figure.indicative },
      { header: strings.downloads.colNote, value: ({ figure }) => figure.note },
    ],
    cell: ({ figure, qualifiers }) => (
      <>
        {figure.label}
        {figure.indicative && (
          <>
            {' '}
            <IndicativeBadge />
          </>
        )}
        {figure.note && <span className="cell-note">{figure.note}</span>}
        {qualifiers.map((q) => (
          <span key={q.id} className="cell-note">
            {s.qualifiedBy} <SourceLink to={paths.sourceOf(q)}>{q.quote}</SourceLink>
          </span>
        ))}
      </>
    ),
  },
  {
    key: 'amount',
    header: s.colAmount,
    numeric: true,
    csv: [
      ...amountFields<FigureBar>(s.colAmount, ({ figure }) => figure),
      { header: strings.downloads.colUnit, value: ({ figure }) => figure.unit },
      ...sourceFields<FigureBar>(({ figure }) => figure.source),
    ],
    cell: ({ figure }) => (
      <SourceLink to={paths.sourceOf(figure.source)}>
        <Money amount={figure} />
      </SourceLink>
    ),
  },
  {
    key: 'recurrence',
    header: s.colRecurrence,
    cell: ({ figure }) => strings.recurrence.word(figure.recurrence),
    csv: ({ figure }) => strings.recurrence.word(figure.recurrence),
  },
  {
    key: 'period',
    header: s.colPeriod,
    // The record's own precision: "2011/12" is a financial year, "2011-04" a month.
    csv: ({ figure }) => figure.period?.date,
    cell: ({ figure }) => (figure.period ? <DateText precise={figure.period} /> : s.notGiven),
  },
  {
    key: 'basis',
    header: s.colBasis,
    cell: ({ figure }) => strings.chart.basis(figure.basis),
    csv: ({ figure }) => strings.chart.basis(figure.basis),
  },
  {
    key: 'said-at',
    header: s.colSaidAt,
    csv: placeFields<FigureBar>(s.colSaidAt, ({ place }) => place),
    cell: ({ figure, place }) =>
      place ? (
        <AppLink to={paths.issue(place.item.issueId, { itemId: place.item.id })}>
          {s.saidAt(placeName(place), placeDate(place))}
        </AppLink>
      ) : (
        figure.itemId
      ),
  },
];

/** How the key draws each kind of bar: a pattern as well as a colour, never colour alone. */
const KEY_ITEMS = {
  stated: { label: s.legendStated, swatch: 'solid', color: chartColors.primary },
  indicative: { label: s.legendIndicative, swatch: 'hatched', color: chartColors.secondary },
  cost: { label: s.legendCost, swatch: 'hatched', color: chartColors.cost },
} as const satisfies Record<FigureKeyMark, unknown>;

function Panel({
  id,
  title,
  bars,
  variant,
  empty,
  summary,
  caption,
  source,
}: {
  id: string;
  title: string;
  bars: readonly FigureBar[];
  variant: BarVariant;
  empty: string;
  summary: string;
  caption: string;
  source: ChartSource | null;
}) {
  if (bars.length === 0) {
    return (
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <EmptyState title={empty} />
      </section>
    );
  }
  const marks = figureKeyMarks(bars, variant);
  return (
    <ChartFrame
      id={id}
      title={title}
      summary={summary}
      height={chartHeight(bars)}
      source={source}
      chart={<FigureBarChart bars={bars} variant={variant} />}
      table={
        <DownloadableTable
          caption={caption}
          columns={columns}
          rows={bars}
          rowKey={(b) => b.figure.id}
        />
      }
    >
      <ChartKey items={marks.map((mark) => KEY_ITEMS[mark])} />
      {marks.includes('indicative') && <p>{s.indicativeNote}</p>}
    </ChartFrame>
  );
}

/** The reviewed figures this page draws, for its JSON. */
const figureSeeds = (index: BundleIndex) => ({ figures: index.bundle.figures.map((f) => f.id) });
const figureItems = (index: BundleIndex) => index.bundle.figures.map((f) => f.itemId);

export function Component() {
  const query = useBundleIndex(savingsModel);
  useScrollToHash(query.isSuccess);
  const source = useChartSource(strings.chart.drawnFrom.figures);
  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <p className="lede">{s.intro}</p>
      <QueryView query={query}>
        {(model) => (
          <>
            <p className="chart-assumption">{s.notDerived}</p>
            <RecordsDownload label={s.title} seeds={figureSeeds} itemIds={figureItems} />
            <Panel
              id="recurring-heading"
              title={s.recurringHeading}
              bars={model.recurring}
              variant="recurring"
              empty={model.figuresReviewed ? s.emptyRecurring : strings.common.noFiguresReviewed}
              summary={recurringSummary(model.recurring)}
              caption={s.recurringCaption}
              source={source}
            />
            <Panel
              id="costs-heading"
              title={s.costsHeading}
              bars={model.costs}
              variant="cost"
              empty={model.figuresReviewed ? s.emptyCosts : strings.common.noFiguresReviewed}
              summary={costsSummary(model.costs)}
              caption={s.costsCaption}
              source={source}
            />
            <MentionedAmounts mentions={model.mentions} figuresReviewed={model.figuresReviewed} />
          </>
        )}
      </QueryView>
      <PrintPaper />
    </>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
