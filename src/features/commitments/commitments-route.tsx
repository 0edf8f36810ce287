import { AppLink } from '@/ui/app-link.tsx';
import { bundleSubset } from '@/export/bundle-subset.ts';
import { commitmentCalendar, useAbsoluteUrl } from '@/ui/calendar-events.ts';
import { placeFields, sourceFields, type CsvField } from '@/ui/csv-fields.ts';
import { csvAction } from '@/ui/csv-action.ts';
import { calendarAction, jsonAction } from '@/ui/download-actions.ts';
import { Downloads } from '@/ui/downloads.tsx';
import { VIRTUAL_FROM_ROWS } from '@/ui/data-table.tsx';
import { VirtualList } from '@/ui/virtual-list.tsx';
import { paths, sectionIds } from '@/config/paths.ts';
import type { MentionRow } from '@/bundle/mentions.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { useRecordSubset } from '@/data/record-subset.ts';
import { BasisNote, StatusBadge } from '@/ui/badges.tsx';
import { NewBadge } from '@/ui/changes/new-badge.tsx';
import { useBundleChanges } from '@/ui/changes/use-bundle-changes.ts';
import { DateText } from '@/ui/date-text.tsx';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { PrintPaper } from '@/ui/print-paper.tsx';
import { FilterSelect } from '@/ui/filter-select.tsx';
import { formatDay, formatPreciseDate } from '@/bundle/calendar.ts';
import { MentionTable } from '@/ui/mention-table.tsx';
import { SourceLink, SourceQuotes } from '@/ui/source-link.tsx';
import { EmptyState, QueryView } from '@/ui/states.tsx';
import { placeDate, placeName } from '@/ui/place.ts';
import { statusReasonText } from '@/ui/status-reason.ts';
import { strings } from '@/ui/strings.en.ts';
import { useSearchFilter } from '@/ui/use-search-filter.ts';
import {
  commitmentsModel,
  filterRows,
  NO_OWNER,
  STATUS_FILTERS,
  type CommitmentRow,
} from './commitments-model.ts';

const s = strings.commitments;

function CommitmentCard({ row }: { row: CommitmentRow }) {
  const { commitment: c, place } = row;
  const changed = useBundleChanges()?.ids;
  return (
    <article className="card commitment" aria-labelledby={`commitment-${c.id}`}>
      <h2 id={`commitment-${c.id}`}>{c.text}</h2>
      <StatusBadge status={row.status} />
      {changed && (
        <>
          {' '}
          <NewBadge id={c.id} changed={changed} />
        </>
      )}
      <p className="status-reason">
        <span className="visually-hidden">{strings.status.whyLabel}: </span>
        {statusReasonText(row.reason)}
      </p>
      <dl>
        <dt>{s.owner}</dt>
        <dd>{c.owner ?? s.noOwner}</dd>
        <dt>{s.due}</dt>
        <dd>
          {c.due ? (
            <SourceLink to={paths.sourceOf(c.source)}>
              <DateText precise={c.due} />
            </SourceLink>
          ) : (
            s.noDue
          )}
        </dd>
        <dt>{s.saidAt}</dt>
        <dd>
          {place ? (
            <AppLink to={paths.issue(place.item.issueId, { itemId: place.item.id })}>
              {s.saidAtValue(placeName(place), placeDate(place), place.item.number)}
            </AppLink>
          ) : (
            c.madeAt
          )}
          <SourceQuotes
            quotes={[c.source, ...(c.furtherSources ?? [])].map((source) => ({
              source,
              to: paths.sourceOf(source),
            }))}
          />
        </dd>
        {c.evidence.length > 0 && (
          <>
            <dt>{s.evidence}</dt>
            <dd>
              <ul className="plain">
                {c.evidence.map((e, i) => (
                  <li key={i}>
                    <SourceLink to={paths.sourceOf(e.source)}>{e.text}</SourceLink>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <BasisNote basis={c.basis} />
    </article>
  );
}

const d = strings.downloads;

/** The cards as the CSV download writes them, one row a commitment. */
const csvFields: readonly CsvField<CommitmentRow>[] = [
  { header: d.colCommitment, value: (r) => r.commitment.text },
  { header: s.owner, value: (r) => r.commitment.owner },
  // The record's own precision: "2011-04" is a month, not a made-up day.
  { header: s.due, value: (r) => r.commitment.due?.date },
  { header: s.statusFilter, value: (r) => strings.status.word(r.status) },
  ...placeFields<CommitmentRow>(s.saidAt, (r) => r.place),
  ...sourceFields<CommitmentRow>((r) => r.commitment.source),
  {
    header: s.evidence,
    value: (r) => r.commitment.evidence.map((e) => e.text).join('\n'),
  },
  { header: d.colBasis, value: (r) => strings.chart.basis(r.commitment.basis) },
];

/** CSV of the commitments shown, their due dates as a calendar, and their records as JSON. */
function CommitmentDownloads({ shown }: { shown: readonly CommitmentRow[] }) {
  const index = useBundleIndex().data;
  const absoluteUrl = useAbsoluteUrl();
  const subsetOf = useRecordSubset();
  if (!index) return null;
  const commitments = shown.map((r) => r.commitment);
  const { leftOut } = commitmentCalendar(index, commitments, absoluteUrl);
  return (
    <Downloads
      label={s.title}
      note={leftOut > 0 ? d.leftOut(leftOut) : null}
      actions={[
        csvAction(s.title, csvFields, shown),
        calendarAction(s.title, () => commitmentCalendar(index, commitments, absoluteUrl).calendar),
        ...(subsetOf
          ? [
              jsonAction(s.title, () =>
                subsetOf(
                  [...new Set(commitments.map((c) => index.itemById.get(c.madeAt)?.issueId ?? ''))],
                  (whole) => bundleSubset(whole, { commitments: commitments.map((c) => c.id) }),
                ),
              ),
            ]
          : []),
      ]}
    />
  );
}

const md = strings.mentions.date;

/** Dates the record mentions that no editor has read for promises yet. */
function MentionedDates({ rows }: { rows: readonly MentionRow<'date'>[] | null }) {
  const id = sectionIds.mentionedDates;
  if (rows === null) {
    return (
      <section aria-labelledby={id}>
        <h2 id={id}>{md.heading}</h2>
        <p>{md.notInIndex}</p>
      </section>
    );
  }
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{md.heading}</h2>
      <p className="chart-summary">{md.summary(rows.length)}</p>
      <p>{strings.mentions.notReviewedNote}</p>
      <MentionTable
        caption={md.caption}
        quantityHeader={md.colDate}
        rows={rows}
        quantity={(r) => formatPreciseDate(r.mention.value)}
        // The record's own precision: "2011-04" is a month, "2011/12" a financial year.
        quantityCsv={[{ header: md.colDate, value: (r) => r.mention.value.date }]}
        sourcePath={(r) => paths.sourceOf(r.mention)}
        placePath={(place) => paths.issue(place.item.issueId, { itemId: place.item.id })}
      />
    </section>
  );
}

export function Component() {
  const [{ status, owner }, setFilter] = useSearchFilter(['status', 'owner'] as const);
  const query = useBundleIndex(commitmentsModel);

  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <QueryView query={query}>
        {({ rows, owners, hasUnowned, asOf, mentions }) => {
          if (rows.length === 0) {
            return (
              <>
                <p className="lede">{s.intro(formatDay(asOf))}</p>
                <EmptyState title={s.empty} />
                <MentionedDates rows={mentions} />
              </>
            );
          }
          const shown = filterRows(rows, status, owner);
          return (
            <>
              <p className="lede">{s.intro(formatDay(asOf))}</p>
              <form className="filters" aria-labelledby="filters-heading" role="search">
                <h2 id="filters-heading">{s.filtersHeading}</h2>
                <FilterSelect
                  label={s.statusFilter}
                  allLabel={s.all}
                  value={status ?? ''}
                  options={STATUS_FILTERS.map((f) => ({ value: f, label: strings.status.word(f) }))}
                  onChange={(value) => setFilter('status', value)}
                />
                <FilterSelect
                  label={s.ownerFilter}
                  allLabel={s.all}
                  value={owner ?? ''}
                  options={[
                    ...owners.map((o) => ({ value: o, label: o })),
                    ...(hasUnowned ? [{ value: NO_OWNER, label: s.noOwner }] : []),
                  ]}
                  onChange={(value) => setFilter('owner', value)}
                />
                {(status || owner) && (
                  <AppLink to={paths.commitments()} replace>
                    {s.clearFilters}
                  </AppLink>
                )}
              </form>
              <p role="status">{s.showing(shown.length, rows.length)}</p>
              {shown.length === 0 ? (
                <EmptyState title={s.noMatch} />
              ) : (
                <>
                  <CommitmentDownloads shown={shown} />
                  {shown.length >= VIRTUAL_FROM_ROWS ? (
                    <VirtualList
                      items={shown}
                      label={s.title}
                      className="commitment-list"
                      estimateSize={260}
                      rowKey={(row) => row.commitment.id}
                      renderRow={(row) => <CommitmentCard row={row} />}
                    />
                  ) : (
                    <ul className="commitment-list" aria-label={s.title}>
                      {shown.map((row) => (
                        <li key={row.commitment.id}>
                          <CommitmentCard row={row} />
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
              <MentionedDates rows={mentions} />
            </>
          );
        }}
      </QueryView>
      <PrintPaper />
    </>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
