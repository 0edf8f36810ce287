import { paths, sectionIds } from '@/config/paths.ts';
import type { BundleIndex } from '@/bundle/indexes.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { ChartFrame, ChartKey } from '@/ui/chart-frame.tsx';
import { sourceFields } from '@/ui/csv-fields.ts';
import { useChartSource } from '@/ui/chart-source.ts';
import type { Column } from '@/ui/data-table.tsx';
import { DownloadableTable } from '@/ui/downloadable-table.tsx';
import { RecordsDownload } from '@/ui/records-download.tsx';
import { DateText } from '@/ui/date-text.tsx';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { PrintPaper } from '@/ui/print-paper.tsx';
import { formatFte } from '@/ui/format.ts';
import { MentionBarChart, mentionChartHeight } from '@/ui/mention-bar-chart.tsx';
import { countMentionsSummary } from '@/ui/mention-bars.ts';
import { MentionTable } from '@/ui/mention-table.tsx';
import { SourceLink } from '@/ui/source-link.tsx';
import { EmptyState, QueryView } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { lineDash, seriesColor, StepChart, chartHeight } from './step-chart.tsx';
import {
  chartNotes,
  countMentionChart,
  keyedSeries,
  structureModel,
  structureSummary,
  type StepRow,
  type StructureModel,
} from './structure-series.ts';

const s = strings.structure;

const columns: readonly Column<StepRow>[] = [
  {
    key: 'role',
    header: s.colRole,
    rowHeader: true,
    cell: (r) => r.structure.role,
    csv: (r) => r.structure.role,
  },
  { key: 'step', header: s.colStep, cell: (r) => r.step.label, csv: (r) => r.step.label },
  {
    key: 'date',
    header: s.colDate,
    cell: (r) => (r.step.date ? <DateText precise={r.step.date} /> : s.noDate),
    // The record's own precision: "2011-04" is a month, not a made-up day.
    csv: (r) => r.step.date?.date,
  },
  {
    key: 'fte',
    header: s.colFte,
    numeric: true,
    cell: (r) => (
      <SourceLink to={paths.sourceOf(r.step.source)}>
        <span className="amount">{formatFte(r.step.fte)}</span>
      </SourceLink>
    ),
    csv: [
      { header: s.colFte, value: (r) => r.step.fte },
      ...sourceFields<StepRow>((r) => r.step.source),
    ],
  },
  {
    key: 'condition',
    header: s.colCondition,
    cell: (r) => (
      <>
        {r.step.condition && <strong>{r.step.condition}</strong>}
        {r.step.note && <span className="cell-note">{r.step.note}</span>}
      </>
    ),
    csv: (r) => [r.step.condition, r.step.note].filter(Boolean).join('; '),
  },
  {
    key: 'basis',
    header: s.colBasis,
    cell: (r) => strings.chart.basis(r.step.basis),
    csv: (r) => strings.chart.basis(r.step.basis),
  },
];

function Key({ model }: { model: StructureModel }) {
  return (
    <ChartKey
      items={keyedSeries(model).map(({ series, colorIndex, label }) => ({
        label,
        swatch: lineDash(series) ? ('dashed' as const) : ('solid' as const),
        color: seriesColor(colorIndex),
      }))}
    />
  );
}

function Notes({ model }: { model: StructureModel }) {
  const { hasMonth, levels, unplaced } = chartNotes(model);
  return (
    <>
      {hasMonth && <p>{s.monthNote}</p>}
      {levels.map(({ structure, step }) => (
        <p key={structure.id}>
          {s.undatedNote(structure.role, formatFte(step.fte), step.fte, step.condition)}
        </p>
      ))}
      {unplaced.map((r) => (
        <p key={r.step.id}>{s.notCharted(r.structure.role, r.step.label)}</p>
      ))}
      {model.notes.length > 0 && (
        <>
          <h3>{s.notesHeading}</h3>
          <ul className="plain">
            {model.notes.map(({ structure, note }, i) => (
              <li key={`${structure.id}-${i}`}>
                <SourceLink to={paths.sourceOf(note.source)}>{note.text}</SourceLink>{' '}
                <span className="meta">({strings.chart.basis(note.basis)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function StructureView({ model }: { model: StructureModel }) {
  const source = useChartSource(strings.chart.drawnFrom.posts);
  if (model.rows.length === 0) return <EmptyState title={strings.common.noPostsReviewed} />;
  const summary = structureSummary(model);
  const table = (
    <DownloadableTable
      caption={s.tableCaption}
      columns={columns}
      rows={model.rows}
      rowKey={(r) => `${r.structure.id}-${r.step.id}`}
    />
  );
  if (!model.domain) {
    // Nothing has a date, so there is no time axis to draw on: the words and the table remain.
    return (
      <section aria-labelledby="structure-chart-heading">
        <h2 id="structure-chart-heading">{s.chartHeading}</h2>
        <p className="chart-summary">{summary}</p>
        <Key model={model} />
        <Notes model={model} />
        {table}
      </section>
    );
  }
  return (
    <ChartFrame
      id="structure-chart-heading"
      title={s.chartHeading}
      summary={summary}
      height={chartHeight(model)}
      source={source}
      chart={<StepChart model={model} />}
      table={table}
      after={<Notes model={model} />}
    >
      <Key model={model} />
    </ChartFrame>
  );
}

const mc = strings.mentions.count;

/** Counts of posts the record mentions that no editor has reviewed: each alone, never added. */
function MentionedCounts({ model }: { model: StructureModel }) {
  const source = useChartSource(strings.chart.drawnFrom.mentionedCounts);
  if (model.mentions.length === 0) return null;
  const { bars, ticks } = countMentionChart(model.mentions);
  return (
    <ChartFrame
      id={sectionIds.mentionedCounts}
      title={mc.heading}
      summary={countMentionsSummary(model.mentions)}
      height={mentionChartHeight(bars)}
      source={source}
      chart={<MentionBarChart bars={bars} ticks={ticks} tickFormat={formatFte} />}
      table={
        <MentionTable
          caption={mc.caption}
          quantityHeader={mc.colCount}
          rows={model.mentions}
          quantity={(r) => `${formatFte(r.mention.value)} ${r.mention.noun}`}
          quantityCsv={[
            { header: mc.colCount, value: (r) => r.mention.value },
            { header: strings.downloads.colCounts, value: (r) => r.mention.noun },
          ]}
          sourcePath={(r) => paths.sourceOf(r.mention)}
          placePath={(place) => paths.issue(place.item.issueId, { itemId: place.item.id })}
        />
      }
    >
      <p>{strings.mentions.notReviewedNote}</p>
    </ChartFrame>
  );
}

/** The structure series this page draws, for its JSON. */
const structureSeeds = (index: BundleIndex) => ({
  structure: index.bundle.structure.map((st) => st.id),
});
const structureItems = (index: BundleIndex) =>
  index.bundle.structure.flatMap((st) => st.steps.map((step) => step.itemId));

export function Component() {
  const query = useBundleIndex(structureModel);
  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <p className="lede">{s.intro}</p>
      <QueryView query={query}>
        {(model) => (
          <>
            <RecordsDownload label={s.title} seeds={structureSeeds} itemIds={structureItems} />
            <StructureView model={model} />
            <MentionedCounts model={model} />
          </>
        )}
      </QueryView>
      <PrintPaper />
    </>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
