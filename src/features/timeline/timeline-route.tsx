import { AppLink } from '@/ui/app-link.tsx';
import { useCallback } from 'react';
import { paths } from '@/config/paths.ts';
import type { BundleIndex } from '@/bundle/indexes.ts';
import type { Body } from '@/bundle/schema.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { DissolvedBadge, OutcomeBadge } from '@/ui/badges.tsx';
import { ChartFrame, ChartKey } from '@/ui/chart-frame.tsx';
import { meetingCalendar } from '@/ui/calendar-events.ts';
import { sourceFields } from '@/ui/csv-fields.ts';
import { calendarAction } from '@/ui/download-actions.ts';
import { Downloads } from '@/ui/downloads.tsx';
import { useChartSource } from '@/ui/chart-source.ts';
import type { Column } from '@/ui/data-table.tsx';
import { DownloadableTable } from '@/ui/downloadable-table.tsx';
import { DateText } from '@/ui/date-text.tsx';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { FilterSelect } from '@/ui/filter-select.tsx';
import { formatFte } from '@/ui/format.ts';
import { SourceLink } from '@/ui/source-link.tsx';
import { EmptyState, QueryView } from '@/ui/states.tsx';
import { placeDate, placeName } from '@/ui/place.ts';
import { strings } from '@/ui/strings.en.ts';
import { useSearchFilter } from '@/ui/use-search-filter.ts';
import { LANE_COLORS, TimelineChart, timelineHeight } from './timeline-chart.tsx';
import './timeline.css';
import { MAX_MARKS } from './timeline-groups.ts';
import {
  bodyOf,
  busiestMonths,
  keyMarks,
  timelineModel,
  timelineSummary,
  type KeyMark,
  type TimelineEvent,
  type TimelineModel,
  type UndatedMeeting,
} from './timeline-model.ts';

const s = strings.timeline;

function SaidAt({ event }: { event: Extract<TimelineEvent, { place: unknown }> }) {
  const place = event.place;
  if (!place) return null;
  return (
    <span className="cell-note">
      <AppLink to={paths.issue(place.item.issueId, { itemId: place.item.id })}>
        {s.saidAt(placeName(place), placeDate(place))}
      </AppLink>
    </span>
  );
}

function MeetingDetail({ meeting }: { meeting: UndatedMeeting }) {
  return (
    <>
      {s.meetingDetail(meeting.body?.name ?? meeting.meeting.bodyId)}
      <ul className="plain timeline-items">
        {meeting.items.map((item) => (
          <li key={item.id}>
            <AppLink to={paths.issue(item.issueId, { itemId: item.id })}>
              {strings.common.itemLabel(item.number, item.title)}
            </AppLink>{' '}
            <OutcomeBadge outcome={item.outcome} decided={item.decided} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Detail({ event }: { event: TimelineEvent }) {
  switch (event.lane) {
    case 'meeting':
      return <MeetingDetail meeting={event} />;
    case 'due':
      return (
        <>
          {event.commitment.text}
          <SaidAt event={event} />
        </>
      );
    case 'phase':
      return (
        <>
          {s.phaseDetail(event.step.label, formatFte(event.step.fte), event.structure.role)}
          <SaidAt event={event} />
        </>
      );
  }
}

/** What a meeting took: one line per item, as its detail cell lists them. */
function meetingText(meeting: UndatedMeeting): string {
  return [
    s.meetingDetail(meeting.body?.name ?? meeting.meeting.bodyId),
    ...meeting.items.map((item) => strings.common.itemLabel(item.number, item.title)),
  ].join('\n');
}

/** The detail cell as text, for the CSV download. */
function detailText(event: TimelineEvent): string {
  switch (event.lane) {
    case 'meeting':
      return meetingText(event);
    case 'due':
      return event.commitment.text;
    case 'phase':
      return s.phaseDetail(event.step.label, formatFte(event.step.fte), event.structure.role);
  }
}

function BodyCell({ body }: { body: Body | null }) {
  if (!body) return null;
  return (
    <>
      {body.name}
      {body.status === 'dissolved' && (
        <>
          {' '}
          <DissolvedBadge />
        </>
      )}
    </>
  );
}

const columns: readonly Column<TimelineEvent>[] = [
  {
    key: 'date',
    header: s.colDate,
    rowHeader: true,
    cell: (e) => (
      <SourceLink to={paths.sourceOf(e.source)}>
        <DateText precise={e.date} />
      </SourceLink>
    ),
    // The record's own precision: a due date "by April 2011" stays "2011-04".
    csv: [
      { header: s.colDate, value: (e) => e.date.date },
      ...sourceFields<TimelineEvent>((e) => e.source),
    ],
  },
  { key: 'kind', header: s.colKind, cell: (e) => s.kind[e.lane], csv: (e) => s.kind[e.lane] },
  {
    key: 'detail',
    header: s.colDetail,
    cell: (e) => (
      <div className="timeline-detail">
        <Detail event={e} />
      </div>
    ),
    csv: detailText,
  },
  {
    key: 'body',
    header: s.colBody,
    cell: (e) => <BodyCell body={bodyOf(e)} />,
    csv: (e) => bodyOf(e)?.name,
  },
];

/** The same columns as the timeline's table, for meetings that have no place on its axis. */
const undatedColumns: readonly Column<UndatedMeeting>[] = [
  {
    key: 'date',
    header: s.colDate,
    rowHeader: true,
    cell: (m) => (
      <SourceLink to={paths.sourceOf(m.meeting.source)}>
        <DateText iso={m.meeting.date} />
      </SourceLink>
    ),
    csv: [
      { header: s.colDate, value: (m) => m.meeting.date },
      ...sourceFields<UndatedMeeting>((m) => m.meeting.source),
    ],
  },
  { key: 'kind', header: s.colKind, cell: () => s.kind.meeting, csv: () => s.kind.meeting },
  {
    key: 'detail',
    header: s.colDetail,
    cell: (m) => (
      <div className="timeline-detail">
        <MeetingDetail meeting={m} />
      </div>
    ),
    csv: meetingText,
  },
  {
    key: 'body',
    header: s.colBody,
    cell: (m) => <BodyCell body={m.body} />,
    csv: (m) => m.body?.name,
  },
];

function UndatedTable({ model }: { model: TimelineModel }) {
  if (model.undated.length === 0) return null;
  // A heading outside the scrolling box, so a phone shows the whole label before the table.
  return (
    <>
      <h3 className="table-heading">{s.undatedCaption}</h3>
      <DownloadableTable
        caption={s.undatedCaption}
        captionHidden
        columns={undatedColumns}
        rows={model.undated}
        rowKey={(m) => m.id}
      />
    </>
  );
}

/** How the key draws each mark: a shape as well as a colour, so colour is never the only sign. */
const KEY_ITEMS = {
  decided: { label: s.keyDecided, swatch: 'dot', color: LANE_COLORS.meeting },
  undecided: { label: s.keyUndecided, swatch: 'ring', color: LANE_COLORS.meeting },
  due: { label: s.kind.due, swatch: 'diamond', color: LANE_COLORS.due },
  phase: { label: s.kind.phase, swatch: 'triangle', color: LANE_COLORS.phase },
  'meeting-month': { label: s.keyMonth.meeting, swatch: 'solid', color: LANE_COLORS.meeting },
  'due-month': { label: s.keyMonth.due, swatch: 'solid', color: LANE_COLORS.due },
  'phase-month': { label: s.keyMonth.phase, swatch: 'solid', color: LANE_COLORS.phase },
} as const satisfies Record<KeyMark, unknown>;

/**
 * The meetings the timeline shows, as a calendar. Those the record gives no date for cannot be
 * placed in one; the control says how many it left out.
 */
function MeetingDownloads({ model }: { model: TimelineModel }) {
  const index = useBundleIndex().data;
  if (!index) return null;
  const meetings = [
    ...model.events.flatMap((e) => (e.lane === 'meeting' ? [e.meeting] : [])),
    ...model.undated.map((u) => u.meeting),
  ];
  if (meetings.length === 0) return null;
  const { leftOut } = meetingCalendar(index, meetings);
  return (
    <Downloads
      label={s.lane.meeting}
      note={leftOut > 0 ? strings.downloads.leftOut(leftOut) : null}
      actions={[
        calendarAction(
          s.lane.meeting,
          () => meetingCalendar(index, meetings).calendar,
          strings.downloads.meetingsToCalendar,
        ),
      ]}
    />
  );
}

type FilterKey = 'body' | 'issue' | 'year';
type FilterValues = Record<FilterKey, string | null>;

function Filters({
  model,
  values: { body, issue, year },
  onChange,
}: {
  model: TimelineModel;
  values: FilterValues;
  onChange: (key: FilterKey, value: string) => void;
}) {
  return (
    <form className="filters" aria-labelledby="timeline-filters-heading" role="search">
      <h2 id="timeline-filters-heading">{s.filtersHeading}</h2>
      <FilterSelect
        label={s.bodyFilter}
        allLabel={s.all}
        value={body && !model.unknownBody ? body : ''}
        options={model.bodies.map((b) => ({ value: b.id, label: b.name }))}
        onChange={(value) => onChange('body', value)}
      />
      <FilterSelect
        label={s.issueFilter}
        allLabel={s.all}
        value={issue && !model.unknownIssue ? issue : ''}
        options={model.issues.map((i) => ({ value: i.id, label: i.title }))}
        onChange={(value) => onChange('issue', value)}
      />
      <FilterSelect
        label={s.yearFilter}
        allLabel={s.allYears}
        value={model.year === null ? '' : String(model.year)}
        options={model.years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(value) => onChange('year', value)}
      />
      {(body || issue || year) && (
        <AppLink to={paths.timeline()} replace>
          {s.clearFilters}
        </AppLink>
      )}
    </form>
  );
}

function TimelineView({
  model,
  values,
  onChange,
}: {
  model: TimelineModel;
  values: FilterValues;
  onChange: (key: FilterKey, value: string) => void;
}) {
  const source = useChartSource(strings.chart.drawnFrom.events);
  if (model.total === 0) return <EmptyState title={s.empty} />;
  const busiest = busiestMonths(model);
  return (
    <>
      <Filters model={model} values={values} onChange={onChange} />
      {model.unknownBody && <p className="notice">{s.unknownBody(model.unknownBody)}</p>}
      {model.unknownIssue && <p className="notice">{s.unknownIssue(model.unknownIssue)}</p>}
      {model.unknownYear && <p className="notice">{s.unknownYear(model.unknownYear)}</p>}
      <p role="status">{s.showing(model.events.length + model.undated.length, model.total)}</p>
      <MeetingDownloads model={model} />
      {model.events.length === 0 || !model.domain ? (
        model.undated.length > 0 ? (
          <UndatedTable model={model} />
        ) : (
          <EmptyState title={s.noMatch} />
        )
      ) : (
        <ChartFrame
          id="timeline-chart-heading"
          title={s.chartHeading}
          summary={timelineSummary(model)}
          height={timelineHeight(model)}
          source={source}
          chart={<TimelineChart model={model} />}
          table={
            <>
              <DownloadableTable
                caption={s.tableCaption}
                columns={columns}
                rows={model.events}
                rowKey={(e) => e.id}
              />
              <UndatedTable model={model} />
            </>
          }
        >
          <ChartKey items={keyMarks(model).map((mark) => KEY_ITEMS[mark])} />
          <p>{s.howToRead}</p>
          {busiest.length > 0 && (
            <p>
              {s.groupedNote(MAX_MARKS)} {s.busiest(busiest)}
            </p>
          )}
          {model.undated.length > 0 && <p>{s.undatedNote(model.undated.length)}</p>}
        </ChartFrame>
      )}
    </>
  );
}

export function Component() {
  const [values, onChange] = useSearchFilter(['body', 'issue', 'year'] as const);
  const { body, issue, year } = values;
  const select = useCallback(
    (index: BundleIndex) => timelineModel(index, { body, issue, year }),
    [body, issue, year],
  );
  const query = useBundleIndex(select);

  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <p className="lede">{s.intro}</p>
      <QueryView query={query}>
        {(model) => <TimelineView model={model} values={values} onChange={onChange} />}
      </QueryView>
    </>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
