import { useMemo } from 'react';
import { paths } from '@/config/paths.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { AppLink } from '@/ui/app-link.tsx';
import type { CsvField } from '@/ui/csv-fields.ts';
import { csvAction } from '@/ui/csv-action.ts';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { Downloads } from '@/ui/downloads.tsx';
import { FilterSelect } from '@/ui/filter-select.tsx';
import { formatDay } from '@/bundle/calendar.ts';
import { EmptyState, QueryView } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { useSearchFilter } from '@/ui/use-search-filter.ts';
import { VirtualList } from '@/ui/virtual-list.tsx';
import {
  filterIssueRows,
  HAS_VALUES,
  isHasValue,
  issueListModel,
  type IssueListModel,
  type IssueRow,
} from './issue-list-model.ts';

const s = strings.issueList;
const FILTER_KEYS = ['body', 'year', 'has'] as const;

const d = strings.downloads;

/** The list's rows as the CSV download writes them: every issue the filters leave, not a screenful. */
function csvFields(model: IssueListModel): CsvField<IssueRow>[] {
  return [
    { header: d.colIssue, value: (r) => r.issue.title },
    { header: d.colIssueId, value: (r) => r.issue.id },
    { header: s.bodyFilter, value: (r) => r.bodyIds.map((id) => model.bodyName(id)).join('; ') },
    { header: strings.overview.colLastMet, value: (r) => r.latest },
    { header: strings.overview.colMeetings, value: (r) => r.meetingCount },
    { header: s.decided, value: (r) => r.decided },
    { header: s.has.figures, value: (r) => r.figureCount },
    { header: s.has.commitments, value: (r) => r.commitmentCount },
  ];
}

function Row({ row, model }: { row: IssueRow; model: IssueListModel }) {
  const facts = [
    row.latest === null ? s.undated : s.latest(formatDay(row.latest)),
    s.meetings(row.meetingCount),
    ...(row.decided ? [s.decided] : []),
    ...(row.figureCount > 0 ? [s.figures(row.figureCount)] : []),
    ...(row.commitmentCount > 0 ? [s.commitments(row.commitmentCount)] : []),
  ];
  return (
    <>
      <AppLink to={paths.issue(row.issue.id)} className="issue-link">
        {row.issue.title}
      </AppLink>
      {row.bodyIds.length > 0 && (
        <p className="meta">{row.bodyIds.map((id) => model.bodyName(id)).join(' · ')}</p>
      )}
      <p className="meta">{facts.join(' · ')}</p>
    </>
  );
}

function IssueList({ model }: { model: IssueListModel }) {
  const [filters, setFilter] = useSearchFilter(FILTER_KEYS);
  const has = isHasValue(filters.has) ? filters.has : null;
  const rows = useMemo(
    () => filterIssueRows(model.rows, { body: filters.body, year: filters.year, has }),
    [model.rows, filters.body, filters.year, has],
  );
  if (model.rows.length === 0) return <EmptyState title={s.empty} />;
  return (
    <>
      <div className="filters">
        <FilterSelect
          label={s.bodyFilter}
          allLabel={s.allBodies}
          value={filters.body ?? ''}
          options={model.bodies}
          onChange={(v) => setFilter('body', v)}
        />
        <FilterSelect
          label={s.yearFilter}
          allLabel={s.allYears}
          value={filters.year ?? ''}
          options={model.years}
          onChange={(v) => setFilter('year', v)}
        />
        <FilterSelect
          label={s.hasFilter}
          allLabel={s.anything}
          value={has ?? ''}
          options={HAS_VALUES.map((value) => ({ value, label: s.has[value] }))}
          onChange={(v) => setFilter('has', v)}
        />
      </div>
      <p role="status" className="meta">
        {s.shown(rows.length, model.rows.length)}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={s.none}>
          <p>{s.noneHint}</p>
        </EmptyState>
      ) : (
        <>
          <Downloads label={s.listLabel} actions={[csvAction(s.title, csvFields(model), rows)]} />
          <VirtualList
            items={rows}
            label={s.listLabel}
            rowKey={(row) => row.issue.id}
            renderRow={(row) => <Row row={row} model={model} />}
          />
        </>
      )}
    </>
  );
}

export function Component() {
  const query = useBundleIndex(issueListModel);
  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <p className="lede">{s.intro}</p>
      <QueryView query={query}>{(model) => <IssueList model={model} />}</QueryView>
    </>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
