import { paths, sectionIds } from '@/config/paths.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { ChartFrame, ChartKey } from '@/ui/chart-frame.tsx';
import { DataTable, type Column } from '@/ui/data-table.tsx';
import { DateText } from '@/ui/date-text.tsx';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { formatPreciseDate } from '@/bundle/calendar.ts';
import { formatFte } from '@/ui/format.ts';
import { MentionBarChart, mentionChartHeight } from '@/ui/mention-bar-chart.tsx';
import { countMentionBars, countMentionsSummary } from '@/ui/mention-bars.ts';
import { MentionTable } from '@/ui/mention-table.tsx';
import { SourceLink } from '@/ui/source-link.tsx';
import { EmptyState, QueryView } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { lineDash, seriesColor, StepChart, chartHeight } from './step-chart.tsx';
import {
  fteTicks,
  structureModel,
  type Series,
  type StepRow,
  type StructureModel,
} from './structure-series.ts';

const s = strings.structure;

const columns: readonly Column<StepRow>[] = [
  { key: 'role', header: s.colRole, rowHeader: true, cell: (r) => r.structure.role },
  { key: 'step', header: s.colStep, cell: (r) => r.step.label },
  {
    key: 'date',
    header: s.colDate,
    cell: (r) => (r.step.date ? <DateText precise={r.step.date} /> : s.noDate),
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
  },
  { key: 'basis', header: s.colBasis, cell: (r) => strings.chart.basis(r.step.basis) },
];

function seriesSentence(series: Series): string {
  const role = series.structure.role;
  const first = series.dated[0];
  const last = series.dated[series.dated.length - 1];
  if (series.kind === 'stepped' && first && last) {
    if (series.dated.length === 1 || !last.step.date) {
      return s.levelSummary(
        role,
        formatFte(first.step.fte),
        first.step.date ? formatPreciseDate(first.step.date) : '',
      );
    }
    const changes = series.dated.length - 1;
    const change =
      last.step.fte < first.step.fte ? 'fall' : last.step.fte > first.step.fte ? 'rise' : 'stay';
    return s.seriesSummary(
      role,
      change,
      formatFte(first.step.fte),
      formatFte(last.step.fte),
      s.phases(strings.chart.countWord(changes), changes),
      formatPreciseDate(last.step.date),
    );
  }
  const only = series.undated[0];
  if (series.undated.length === 1 && only) {
    return s.undatedSummary(role, formatFte(only.step.fte), only.step.fte, only.step.condition);
  }
  return s.undatedSteps(role, series.undated.length);
}

export function structureSummary(model: StructureModel): string {
  return model.series
    .filter((series) => series.dated.length + series.undated.length > 0)
    .map(seriesSentence)
    .join(' ');
}

function Key({ model }: { model: StructureModel }) {
  return (
    <ChartKey
      items={model.series
        .map((series, i) => ({ series, color: seriesColor(i) }))
        .filter(({ series }) => series.kind !== 'none')
        .map(({ series, color }) => {
          const only = series.undated[0];
          return {
            label:
              series.kind === 'level' && only
                ? s.undatedLine(
                    series.structure.role,
                    formatFte(only.step.fte),
                    only.step.condition,
                  )
                : series.structure.role,
            swatch: lineDash(series) ? ('dashed' as const) : ('solid' as const),
            color,
          };
        })}
    />
  );
}

function Notes({ model }: { model: StructureModel }) {
  const levels = model.series.filter((x) => x.kind === 'level');
  const unplaced = model.series.flatMap((x) => (x.kind === 'level' ? [] : x.undated));
  const hasMonth = model.markers.some((m) => m.step.date?.precision === 'month');
  return (
    <>
      {hasMonth && <p>{s.monthNote}</p>}
      {levels.map((series) => {
        const only = series.undated[0]!;
        return (
          <p key={series.structure.id}>
            {s.undatedNote(
              series.structure.role,
              formatFte(only.step.fte),
              only.step.fte,
              only.step.condition,
            )}
          </p>
        );
      })}
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
  if (model.rows.length === 0) return <EmptyState title={strings.common.noPostsReviewed} />;
  const summary = structureSummary(model);
  const table = (
    <DataTable
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
  if (model.mentions.length === 0) return null;
  const bars = countMentionBars(model.mentions);
  return (
    <ChartFrame
      id={sectionIds.mentionedCounts}
      title={mc.heading}
      summary={countMentionsSummary(model.mentions)}
      height={mentionChartHeight(bars)}
      chart={
        <MentionBarChart
          bars={bars}
          ticks={fteTicks(Math.max(0, ...model.mentions.map((r) => r.mention.value)))}
          tickFormat={formatFte}
        />
      }
      table={
        <MentionTable
          caption={mc.caption}
          quantityHeader={mc.colCount}
          rows={model.mentions}
          quantity={(r) => `${formatFte(r.mention.value)} ${r.mention.noun}`}
          sourcePath={(r) => paths.sourceOf(r.mention)}
          placePath={(place) => paths.issue(place.item.issueId, { itemId: place.item.id })}
        />
      }
    >
      <p>{strings.mentions.notReviewedNote}</p>
    </ChartFrame>
  );
}

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
            <StructureView model={model} />
            <MentionedCounts model={model} />
          </>
        )}
      </QueryView>
    </>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
