/**
 * What the overview shows of a record too big to list: meetings and issues counted by body and
 * by year, each count of issues a link to the issue list so filtered, and the latest decisions.
 */
import { formatDay } from '@/bundle/calendar.ts';
import { paths } from '@/config/paths.ts';
import { AppLink } from '@/ui/app-link.tsx';
import { DissolvedBadge } from '@/ui/badges.tsx';
import type { Column } from '@/ui/data-table.tsx';
import { DownloadableTable } from '@/ui/downloadable-table.tsx';
import { DateText } from '@/ui/date-text.tsx';
import { placeName } from '@/ui/place.ts';
import { strings } from '@/ui/strings.en.ts';
import type { ActivityModel, BodyActivity } from './overview-activity.ts';

const s = strings.overview;

/**
 * The meetings and issues columns of a count table; a count of issues links to the issue list
 * narrowed the same way.
 */
function countColumns<Row extends { meetings: number; issues: number }>(
  issueLink: (row: Row) => { to: string; label: string },
): Column<Row>[] {
  return [
    {
      key: 'meetings',
      header: s.colMeetings,
      numeric: true,
      cell: (r) => s.number(r.meetings),
      csv: (r) => r.meetings,
    },
    {
      key: 'issues',
      header: s.colIssues,
      numeric: true,
      csv: (r) => r.issues,
      cell: (r) => {
        if (!r.issues) return s.number(0);
        const link = issueLink(r);
        return (
          <AppLink to={link.to} aria-label={link.label}>
            {s.number(r.issues)}
          </AppLink>
        );
      },
    },
  ];
}

function BodyName({ row }: { row: BodyActivity }) {
  return (
    <>
      {row.body?.name ?? row.bodyId}
      {row.body?.status === 'dissolved' && (
        <>
          {' '}
          <DissolvedBadge />
        </>
      )}
    </>
  );
}

/** The body a row counts, named as the record names it, dissolved ones marked. */
const bodyColumn: Column<BodyActivity> = {
  key: 'body',
  header: s.colBody,
  rowHeader: true,
  cell: (r) => <BodyName row={r} />,
  csv: (r) => r.body?.name ?? r.bodyId,
};

export function RecentDecisions({ activity }: { activity: ActivityModel }) {
  const decisions = activity.recentDecisions;
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">{s.recentHeading}</h2>
      <p className="meta">{s.recentIntro(decisions.length)}</p>
      <ol className="issue-list">
        {decisions.map((d) => (
          <li key={d.item.id}>
            <AppLink to={paths.issue(d.item.issueId, { itemId: d.item.id })} className="issue-link">
              {d.issue?.title ?? d.item.title}
            </AppLink>
            <p className="meta">{s.decisionWhere(formatDay(d.date), placeName(d))}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Two narrow tables that read at 360 px (a row per body, a row per year), and the full body by
 * year table, which scrolls in its own box, folded away below them.
 */
export function MeetingSummary({
  activity,
  meetingCount,
}: {
  activity: ActivityModel;
  meetingCount: number;
}) {
  const bodiesThatMet = activity.bodies.filter((b) => b.meetings > 0);
  return (
    <>
      <p>{s.meetingTotal(meetingCount, bodiesThatMet.length, activity.undatedMeetings)}</p>
      <p>
        <AppLink to={paths.timeline()}>{s.seeAllMeetings}</AppLink>
      </p>
      <div className="compact-tables">
        <DownloadableTable
          caption={s.byBodyCaption}
          rows={activity.bodies}
          rowKey={(r) => r.bodyId}
          columns={[
            bodyColumn,
            ...countColumns<BodyActivity>((r) => ({
              to: paths.issues({ body: r.bodyId }),
              label: s.issuesOfBody(r.issues, r.body?.name ?? r.bodyId),
            })),
            {
              key: 'last',
              header: s.colLastMet,
              cell: (r) => (r.lastMet ? <DateText iso={r.lastMet} /> : s.neverMet),
              csv: (r) => r.lastMet,
            },
          ]}
        />
        <DownloadableTable
          caption={s.byYearCaption}
          rows={activity.byYear}
          rowKey={(r) => String(r.year)}
          columns={[
            {
              key: 'year',
              header: s.colYear,
              rowHeader: true,
              cell: (r) => r.year,
              csv: (r) => r.year,
            },
            ...countColumns<ActivityModel['byYear'][number]>((r) => ({
              to: paths.issues({ year: String(r.year) }),
              label: s.issuesOfYear(r.issues, r.year),
            })),
          ]}
        />
      </div>
      <details className="full-table">
        <summary>{s.byBodyAndYear}</summary>
        <DownloadableTable
          caption={s.byBodyAndYear}
          captionHidden
          rows={bodiesThatMet}
          rowKey={(r) => r.bodyId}
          columns={[
            bodyColumn,
            ...activity.years.map((year) => ({
              key: String(year),
              header: String(year),
              numeric: true,
              cell: (r: BodyActivity) => s.number(r.meetingsByYear.get(year) ?? 0),
              csv: (r: BodyActivity) => r.meetingsByYear.get(year) ?? 0,
            })),
          ]}
        />
      </details>
    </>
  );
}
