import { lazy, Suspense } from 'react';
import { AndList } from '@/ui/and-list.tsx';
import { AppLink } from '@/ui/app-link.tsx';
import { paths } from '@/config/paths.ts';
import type { Figure } from '@/bundle/schema.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { BasisNote, DissolvedBadge, IndicativeBadge, StatusBadge } from '@/ui/badges.tsx';
import { DownloadableTable } from '@/ui/downloadable-table.tsx';
import { DateText } from '@/ui/date-text.tsx';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { formatDay, formatPreciseDate } from '@/bundle/calendar.ts';
import { formatFte } from '@/ui/format.ts';
import { Money } from '@/ui/money.tsx';
import { SourceLink } from '@/ui/source-link.tsx';
import { EmptyState, QueryView } from '@/ui/states.tsx';
import { statusReasonText } from '@/ui/status-reason.ts';
import { strings } from '@/ui/strings.en.ts';
import { HEADLINE_AT_MOST, overviewModel, type OverviewModel } from './overview-model.ts';
import { MeetingSummary, RecentDecisions } from './overview-summary.tsx';

const s = strings.overview;

// Lazy, so the first route does not carry the digest code; it draws only when something changed.
const ChangesSummary = lazy(() => import('./changes-summary.tsx'));

function FigureLine({ figure }: { figure: Figure }) {
  return (
    <li>
      <SourceLink to={paths.sourceOf(figure.source)}>
        <Money amount={figure} />
      </SourceLink>{' '}
      <span className="figure-label">{figure.label}</span>
      {figure.recurrence && (
        <span className="meta"> ({strings.recurrence.word(figure.recurrence)})</span>
      )}
      {figure.period && (
        <span className="meta">
          {' '}
          <DateText precise={figure.period} />
        </span>
      )}
      {figure.indicative && (
        <>
          {' '}
          <IndicativeBadge />
        </>
      )}
      <BasisNote basis={figure.basis} />
    </li>
  );
}

/** Says how many a card left out, linking to the view that lists them all. */
function MoreLink({ more, to }: { more: number; to: string }) {
  if (more === 0) return null;
  return (
    <p>
      <AppLink to={to}>{s.headlineMore(HEADLINE_AT_MOST, more)}</AppLink>
    </p>
  );
}

function Headlines({ model }: { model: OverviewModel }) {
  const none = model.figuresReviewed ? s.noneOfKind : strings.common.noFiguresReviewed;
  return (
    <section aria-labelledby="headlines-heading">
      <h2 id="headlines-heading">{s.headlinesHeading}</h2>
      <div className="cards">
        <article className="card">
          <h3>{s.recurringSavings}</h3>
          {model.savings.shown.length ? (
            <ul className="plain">
              {model.savings.shown.map((f) => (
                <FigureLine key={f.id} figure={f} />
              ))}
            </ul>
          ) : (
            <p>{none}</p>
          )}
          <MoreLink more={model.savings.more} to={paths.savings()} />
        </article>
        <article className="card">
          <h3>{s.oneOffCosts}</h3>
          {model.costs.shown.length ? (
            <ul className="plain">
              {model.costs.shown.map((f) => (
                <FigureLine key={f.id} figure={f} />
              ))}
            </ul>
          ) : (
            <p>{none}</p>
          )}
          <MoreLink more={model.costs.more} to={paths.savings()} />
        </article>
        <article className="card">
          <h3>{s.mentionedHeading}</h3>
          <p>
            {model.mentionedAmounts
              ? s.mentionedCount(model.mentionedAmounts)
              : strings.mentions.money.empty(model.figuresReviewed)}
          </p>
          {model.mentionedAmounts > 0 && (
            <p>
              <AppLink to={paths.mentionedAmounts()}>{s.mentionedLink}</AppLink>
            </p>
          )}
        </article>
        <article className="card">
          <h3>{s.structureChange}</h3>
          {model.structure.shown.length ? (
            <ul className="plain">
              {model.structure.shown.map(({ structure, first, last }) => (
                <li key={structure.id}>
                  <SourceLink to={paths.sourceOf(last.source)}>
                    <span className="amount">
                      {s.postsChange(formatFte(first.fte), formatFte(last.fte), structure.role)}
                    </span>
                  </SourceLink>
                  {last.date && <span className="meta"> ({formatPreciseDate(last.date)})</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>{strings.common.noPostsReviewed}</p>
          )}
          {model.structure.more > 0 ? (
            <MoreLink more={model.structure.more} to={paths.structure()} />
          ) : (
            <p>
              <AppLink to={paths.structure()}>{strings.structure.title}</AppLink>
            </p>
          )}
        </article>
        <article className="card">
          <h3>{s.openCommitments}</h3>
          {model.open.length ? (
            <>
              <p className="amount">{s.openCount(model.open.length)}</p>
              <ul className="plain status-counts">
                {model.openByStatus.map(({ status, count }) => (
                  <li key={status}>
                    <AppLink to={paths.commitments({ status })}>
                      {s.statusCount(strings.status.word(status), count)}
                    </AppLink>
                  </li>
                ))}
              </ul>
              {model.nextDue?.commitment.due && (
                <>
                  <p>
                    {s.nextDue(formatPreciseDate(model.nextDue.commitment.due))}{' '}
                    <StatusBadge status={model.nextDue.status} />
                  </p>
                  <p className="status-reason">{statusReasonText(model.nextDue.reason)}</p>
                </>
              )}
            </>
          ) : (
            <p>{s.noneOpen}</p>
          )}
          <p>
            <AppLink to={paths.commitments()}>{strings.commitments.title}</AppLink>
          </p>
        </article>
      </div>
    </section>
  );
}

/** More bodies than this read as a count; the table of meetings by body names each one. */
const BODIES_INLINE_AT_MOST = 8;

function Coverage({ model }: { model: OverviewModel }) {
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{s.coverageHeading}</h2>
      <dl className="facts">
        <div>
          <dt>{s.council}</dt>
          <dd>
            {model.council ? (
              <>
                {model.council.name} <BasisNote basis={model.council.basis} />
              </>
            ) : (
              s.councilUnknown
            )}
          </dd>
        </div>
        <div>
          <dt>{s.issues}</dt>
          <dd>{s.number(model.issueCount)}</dd>
        </div>
        <div>
          <dt>{s.bodies}</dt>
          <dd>
            {model.bodies.length > BODIES_INLINE_AT_MOST ? (
              s.bodiesCount(
                model.bodies.length,
                model.bodies.filter((b) => b.status === 'dissolved').length,
              )
            ) : model.bodies.length ? (
              <AndList
                items={model.bodies}
                keyOf={(b) => b.id}
                render={(b) => (
                  <span>
                    {b.name}
                    {b.status === 'dissolved' && (
                      <>
                        {' '}
                        <DissolvedBadge />
                      </>
                    )}
                  </span>
                )}
              />
            ) : (
              strings.common.none
            )}
          </dd>
        </div>
        <div>
          <dt>{s.span}</dt>
          <dd>
            {model.span
              ? s.spanValue(formatDay(model.span.first), formatDay(model.span.last))
              : strings.common.none}
          </dd>
        </div>
        <div>
          <dt>{s.asOf}</dt>
          <dd>
            <DateText iso={model.asOf} />
          </dd>
        </div>
      </dl>
    </section>
  );
}

function IssueList({ model }: { model: OverviewModel }) {
  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">{s.issuesHeading}</h2>
      {model.issues === null ? (
        <>
          <p>{s.issueTotal(model.issueCount)}</p>
          <p>
            <AppLink to={paths.issues()}>{s.seeAllIssues(model.issueCount)}</AppLink>
          </p>
        </>
      ) : model.issues.length === 0 ? (
        <EmptyState title={s.emptyIssues}>
          <p>{s.emptyIssuesHint}</p>
        </EmptyState>
      ) : (
        <ul className="issue-list">
          {model.issues.map(({ issue, meetingCount, decisionCount, span }) => (
            <li key={issue.id}>
              <AppLink to={paths.issue(issue.id)} className="issue-link">
                {issue.title}
              </AppLink>
              {issue.subtitle && <span className="meta"> {issue.subtitle}</span>}
              <p className="meta">
                {s.issueMeta(
                  meetingCount,
                  decisionCount,
                  span ? s.spanValue(formatDay(span.first), formatDay(span.last)) : '',
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Meetings({ model }: { model: OverviewModel }) {
  if (model.meetings === null) {
    return (
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{s.meetingsHeading}</h2>
        <MeetingSummary activity={model.activity} meetingCount={model.meetingCount} />
      </section>
    );
  }
  if (model.meetings.length === 0) return null;
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{s.meetingsHeading}</h2>
      <DownloadableTable
        caption={s.meetingsCaption}
        rows={model.meetings}
        rowKey={(r) => r.meeting.id}
        columns={[
          {
            key: 'date',
            header: s.colDate,
            rowHeader: true,
            cell: (r) => <DateText iso={r.meeting.date} />,
            csv: (r) => r.meeting.date,
          },
          {
            key: 'body',
            header: s.colBody,
            csv: (r) => r.body?.name ?? r.meeting.bodyId,
            cell: (r) => (
              <>
                {r.body?.name ?? r.meeting.bodyId}
                {r.body?.status === 'dissolved' && (
                  <>
                    {' '}
                    <DissolvedBadge />
                  </>
                )}
              </>
            ),
          },
          {
            key: 'items',
            header: s.colItems,
            csv: (r) =>
              r.items.map((item) => strings.common.itemLabel(item.number, item.title)).join('\n'),
            cell: (r) => (
              <ul className="plain">
                {r.items.map((item) => (
                  <li key={item.id}>
                    <AppLink to={paths.issue(item.issueId, { itemId: item.id })}>
                      {strings.common.itemLabel(item.number, item.title)}
                    </AppLink>
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </section>
  );
}

export function Component() {
  const query = useBundleIndex(overviewModel);
  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <p className="lede">{s.intro}</p>
      <QueryView query={query}>
        {(model) => (
          <>
            <Suspense fallback={null}>
              <ChangesSummary />
            </Suspense>
            <Coverage model={model} />
            <Headlines model={model} />
            {/* A listed record shows its decisions in the meetings table; a summarised one here. */}
            {model.meetings === null && <RecentDecisions activity={model.activity} />}
            <IssueList model={model} />
            <Meetings model={model} />
          </>
        )}
      </QueryView>
    </>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
