import { AppLink } from '@/ui/app-link.tsx';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { itemAnchor, paths } from '@/config/paths.ts';
import { commitmentStatus } from '@/bundle/commitment-status.ts';
import type { Movement, Stop } from '@/bundle/indexes.ts';
import type { Fact, Item, ItemDocument, PlannedDecision } from '@/bundle/schema.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { detailLoader, useIssueDetail } from '@/data/issue-detail-query.ts';
import {
  BasisNote,
  DissolvedBadge,
  IndicativeBadge,
  OutcomeBadge,
  StatusBadge,
} from '@/ui/badges.tsx';
import { DateText } from '@/ui/date-text.tsx';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { PrintPaper } from '@/ui/print-paper.tsx';
import { jsonAction } from '@/ui/download-actions.ts';
import { Downloads } from '@/ui/downloads.tsx';
import { issueSubset } from '@/export/bundle-subset.ts';
import { useRecordSubset } from '@/data/record-subset.ts';
import { ExternalLink } from '@/ui/external-link.tsx';
import { formatDay } from '@/bundle/calendar.ts';
import { formatDayOrUnknown, formatFte, paragraphs, possessive, wordCount } from '@/ui/format.ts';
import { Money } from '@/ui/money.tsx';
import { statusReasonText } from '@/ui/status-reason.ts';
import { useScrollToHash } from '@/ui/use-scroll-to-hash.ts';
import { safeExternalUrl } from '@/ui/safe-external-url.ts';
import { SourceLink, SourceQuote, SourceQuotes } from '@/ui/source-link.tsx';
import { LoadingState, NotFound } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { useSearchFilter } from '@/ui/use-search-filter.ts';
import { StopRemarks } from './stop-remarks.tsx';
import { inferredFrom, issueTrailModel, stopWhere, trailInOrder } from './issue-model.ts';

const s = strings.issue;
/** Minutes longer than this fold away, so a long trail stays scannable. */
const LONG_MINUTES_WORDS = 120;

/** Labelled lines the page states, each leading to the words it came from. */
function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="stated-facts">
      {facts.map((f) => (
        <div key={`${f.label}-${f.source.start}`}>
          <dt>{f.label}</dt>
          <dd>
            <SourceLink to={paths.sourceOf(f.source)}>{f.text}</SourceLink>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Planned({ planned }: { planned: readonly PlannedDecision[] }) {
  return (
    <section aria-labelledby="planned-heading" className="planned">
      <h2 id="planned-heading">{s.plannedHeading}</h2>
      <p>{s.plannedIntro}</p>
      <ul className="plain planned-list">
        {planned.map((p) => (
          <li key={p.source.start}>
            <dl className="stated-facts">
              <div>
                <dt>{s.plannedDue}</dt>
                <dd>
                  <SourceLink to={paths.sourceOf(p.source)}>
                    {p.due ? <DateText precise={p.due} /> : s.plannedDueUnknown}
                  </SourceLink>
                  {p.previouslyDue && (
                    <span className="meta"> ({s.previouslyDue(p.previouslyDue)})</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{s.plannedBy}</dt>
                <dd>{p.maker ?? s.plannedMakerUnknown}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DocumentLine({ document: d }: { document: ItemDocument }) {
  const meta = s.documentMeta(d.format, d.sizeKb);
  return (
    <li>
      {/* Only an absolute https address is offered as the council's document; others stay text. */}
      {safeExternalUrl(d.url) ? (
        <ExternalLink href={d.url}>
          {d.title} <span className="link-note">({s.openDocument})</span>
        </ExternalLink>
      ) : (
        d.title
      )}
      {meta && <span className="meta"> ({meta})</span>}
    </li>
  );
}

function Minutes({ item }: { item: Item }) {
  const minutes = item.minutes;
  if (!minutes) return <p className="notice">{s.minutesMissing}</p>;
  const words = wordCount(minutes.text);
  const text = (
    <div className="minutes-text">
      {paragraphs(minutes.text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
  return (
    <div className="minutes">
      {words > LONG_MINUTES_WORDS ? (
        <details>
          <summary>{s.minutesLong(words)}</summary>
          {text}
        </details>
      ) : (
        text
      )}
      {minutes.truncated && <p className="notice">{s.minutesCut}</p>}
    </div>
  );
}

function Decision({ stop }: { stop: Stop }) {
  const decision = stop.item.decision;
  if (!decision) {
    return (
      <p className="notice">
        {stop.body ? s.decisionMissing(possessive(stop.body.name)) : s.decisionTextMissing}
      </p>
    );
  }
  if (decision.resolutions.length === 0) {
    return (
      <>
        {paragraphs(decision.text).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <SourceQuote source={decision.source} to={paths.sourceOf(decision.source)} />
      </>
    );
  }
  return (
    <>
      <p>{s.resolvedThat}</p>
      {/* The record's own numbers ("1", "a", "237/2008") are kept, so the list is not renumbered. */}
      <ol className="resolutions">
        {decision.resolutions.map((r) => (
          <li key={`${r.number}-${r.source.start}`}>
            <span className="resolution-number">
              <SourceLink to={paths.sourceOf(r.source)}>{r.number}.</SourceLink>
            </span>
            <span>{r.text}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

function StopFacts({ stop, asOf }: { stop: Stop; asOf: string }) {
  return (
    <>
      {stop.figures.length > 0 && (
        <>
          <h3>{s.figuresHeading}</h3>
          <ul className="plain">
            {stop.figures.map((f) => (
              <li key={f.id}>
                <SourceLink to={paths.sourceOf(f.source)}>
                  <Money amount={f} />
                </SourceLink>{' '}
                {f.label}
                {f.recurrence && (
                  <span className="meta"> ({strings.recurrence.word(f.recurrence)})</span>
                )}
                {f.period && (
                  <span className="meta">
                    {' '}
                    <DateText precise={f.period} />
                  </span>
                )}
                {f.indicative && (
                  <>
                    {' '}
                    <IndicativeBadge />
                  </>
                )}
                <BasisNote basis={f.basis} />
                <SourceQuote source={f.source} to={paths.sourceOf(f.source)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {stop.steps.length > 0 && (
        <>
          <h3>{s.structureHeading}</h3>
          <ul className="plain">
            {stop.steps.map(({ structure, step }) => (
              <li key={step.id}>
                <SourceLink to={paths.sourceOf(step.source)}>
                  {s.postsAt(formatFte(step.fte), structure.role, step.label)}
                </SourceLink>
                {step.date && (
                  <span className="meta">
                    {' '}
                    (<DateText precise={step.date} />)
                  </span>
                )}
                {step.condition && <span className="meta"> ({step.condition})</span>}
                {step.note && <span className="basis-note">{step.note}</span>}
                <BasisNote basis={step.basis} />
              </li>
            ))}
          </ul>
        </>
      )}
      {stop.commitments.length > 0 && (
        <>
          <h3>{s.commitmentsHeading}</h3>
          <ul className="plain">
            {stop.commitments.map((c) => {
              const reading = commitmentStatus(c, asOf);
              return (
                <li key={c.id}>
                  <SourceLink to={paths.sourceOf(c.source)}>{c.text}</SourceLink>{' '}
                  <StatusBadge status={reading.status} />
                  <span className="meta">
                    {' '}
                    {strings.commitments.due}:{' '}
                    {c.due ? <DateText precise={c.due} /> : strings.commitments.noDue}
                    {c.owner && `, ${strings.commitments.owner.toLowerCase()}: ${c.owner}`}
                  </span>
                  <span className="status-reason">
                    <span className="visually-hidden">{strings.status.whyLabel}: </span>
                    {statusReasonText(reading.reason)}
                  </span>
                  {/* Its text links to its first quote; where it rests on more, all are shown. */}
                  {c.furtherSources && c.furtherSources.length > 0 && (
                    <SourceQuotes
                      quotes={[c.source, ...c.furtherSources].map((source) => ({
                        source,
                        to: paths.sourceOf(source),
                      }))}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

function StopCard({
  stop,
  movement,
  asOf,
}: {
  stop: Stop;
  movement: Movement | undefined;
  asOf: string;
}) {
  const { item, body } = stop;
  const headingId = `${itemAnchor(item.id)}-heading`;
  const where = stopWhere(stop);
  const date = stop.date === null ? null : formatDay(stop.date);
  return (
    <li>
      <article
        id={itemAnchor(item.id)}
        className={`stop${stop.kind === 'decision' ? ' stop-decision' : ''}${date === null ? ' stop-undated' : ''}`}
        aria-labelledby={headingId}
      >
        {movement && (
          <p className="movement">
            <span className="movement-label">{s.cameFrom}:</span>{' '}
            {s.movement(movement.from.name, movement.to.name, movement.outcome, movement.decided)}
          </p>
        )}
        <h2 id={headingId}>{s.stopHeading(date, where)}</h2>
        <p className="stop-meta">
          {body?.status === 'dissolved' && <DissolvedBadge />}
          {stop.kind === 'decision' && <span>{strings.common.noMeetingNamed}</span>}
          {stop.kind === 'meeting' && inferredFrom(stop.meeting) && (
            <SourceLink to={paths.sourceOf(inferredFrom(stop.meeting)!)}>
              {s.meetingInferred}
            </SourceLink>
          )}
          {item.number && <span>{s.item(item.number)}</span>}
          <OutcomeBadge outcome={item.outcome.value} decided={item.decision !== null} />
        </p>
        <p>
          <SourceLink to={paths.sourceOf(item.source)}>{item.title}</SourceLink>
        </p>
        {stop.kind === 'decision' && (
          <dl className="stated-facts">
            <div>
              <dt>{s.decidedOn}</dt>
              <dd>{formatDayOrUnknown(stop.date)}</dd>
            </div>
            {item.details?.published && (
              <div>
                <dt>{s.published}</dt>
                <dd>{formatDay(item.details.published)}</dd>
              </div>
            )}
            {item.details?.status && (
              <div>
                <dt>{s.decisionStatus}</dt>
                <dd>{item.details.status}</dd>
              </div>
            )}
          </dl>
        )}
        {item.agendaText && (
          <p className="agenda-text">
            <span className="agenda-label">{s.agendaText}:</span>{' '}
            <SourceLink to={paths.sourceOf(item.agendaText.source)}>
              {item.agendaText.text}
            </SourceLink>
          </p>
        )}
        {item.outcome.note && <p className="meta">{item.outcome.note}</p>}
        {item.outcome.value !== 'unknown' && <BasisNote basis={item.outcome.basis} />}
        {item.reportOf && (
          <p>
            {s.reportOf} {item.reportOf}
          </p>
        )}
        {item.facts && item.facts.length > 0 && <Facts facts={item.facts} />}
        {/* A decision outside a meeting lists documents only where the page gives some. */}
        {(stop.kind === 'meeting' || item.documents.length > 0) && (
          <>
            <h3>{s.documents}</h3>
            {item.documents.length ? (
              <ul>
                {item.documents.map((d, i) => (
                  <DocumentLine key={`${d.title}-${i}`} document={d} />
                ))}
              </ul>
            ) : (
              <p>{s.noDocuments}</p>
            )}
          </>
        )}
        {item.additionalDocumentsUnlisted && <p className="meta">{s.additionalUnlisted}</p>}
        <h3>{s.decision}</h3>
        <Decision stop={stop} />
        {/* Minutes belong to a meeting: a decision taken outside one has none to miss. */}
        {(stop.kind === 'meeting' || item.minutes) && (
          <>
            <h3>{s.minutes}</h3>
            <Minutes item={item} />
          </>
        )}
        <StopFacts stop={stop} asOf={asOf} />
        <StopRemarks remarks={item.remarks ?? []} />
      </article>
    </li>
  );
}

/** The issue's part of the bundle, everything on this trail and what it rests on, as JSON. */
function IssueDownloads({ issueId, title }: { issueId: string; title: string }) {
  const subsetOf = useRecordSubset();
  if (!subsetOf) return null;
  return (
    <Downloads
      label={title}
      actions={[
        jsonAction(issueId, () => subsetOf([issueId], (whole) => issueSubset(whole, issueId))),
      ]}
    />
  );
}

export function Component() {
  const { issueId = '' } = useParams();
  const [{ order }, setFilter] = useSearchFilter(['order'] as const);
  const newestFirst = order === 'newest';
  const index = useBundleIndex().data;
  const known = index?.issueById.has(issueId);
  // The items in full come with the issue's detail: cut from a whole bundle, or its own file.
  const detail = useIssueDetail(known ? issueId : null).data;
  const model = useMemo(
    () => (index && detail ? issueTrailModel(index, detail) : undefined),
    [index, detail],
  );
  useScrollToHash(model !== undefined);

  if (known === false || model === null) {
    return (
      <NotFound
        title={strings.notFound.issueTitle}
        message={strings.notFound.issueBody(issueId)}
        backTo={paths.home()}
      />
    );
  }
  if (model === undefined) return <LoadingState />;
  const ordered = trailInOrder(model, newestFirst);
  return (
    <>
      <DocumentTitle title={model.issue.title} />
      <p className="meta">
        <AppLink to={paths.home()}>{strings.common.backHome}</AppLink>
      </p>
      <h1>{model.issue.title}</h1>
      {model.issue.subtitle && <p className="lede">{model.issue.subtitle}</p>}
      {model.issue.facts && model.issue.facts.length > 0 && (
        <section aria-labelledby="issue-facts-heading">
          <h2 id="issue-facts-heading" className="small-heading">
            {s.issueFactsHeading}
          </h2>
          <Facts facts={model.issue.facts} />
        </section>
      )}
      {model.stopCount > 0 ? (
        <p>
          {s.trailSummary(
            model.meetingCount,
            model.decisionCount,
            model.span &&
              strings.overview.spanValue(formatDay(model.span.first), formatDay(model.span.last)),
          )}
          {model.undated.length > 0 && <> {s.undatedSummary(model.undated.length)}</>}
        </p>
      ) : (
        <p>{s.noItems}</p>
      )}
      <IssueDownloads issueId={model.issue.id} title={model.issue.title} />
      {model.mentionedAmounts > 0 && (
        <p>
          {s.mentionedAmounts(model.mentionedAmounts)}{' '}
          <AppLink to={paths.mentionedAmounts({ issue: model.issue.id })}>
            {s.mentionedAmountsLink}
          </AppLink>
        </p>
      )}
      {model.dated.length > 1 && (
        <div className="toolbar">
          <span>
            {s.orderLabel}: {newestFirst ? s.newestFirst : s.oldestFirst}
          </span>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setFilter('order', newestFirst ? '' : 'newest')}
          >
            {newestFirst ? s.showOldestFirst : s.showNewestFirst}
          </button>
        </div>
      )}
      <ol className="trail" aria-label={s.trailHeading}>
        {ordered.map((stop) => (
          <StopCard
            key={stop.item.id}
            stop={stop}
            movement={model.movements.get(stop.item.id)}
            asOf={model.asOf}
          />
        ))}
      </ol>
      {model.issue.planned && model.issue.planned.length > 0 && (
        <Planned planned={model.issue.planned} />
      )}
      <PrintPaper />
    </>
  );
}

/** The bundle and this issue's detail are ready before the view renders. */
export const createLoader = detailLoader(({ issueId }, index) =>
  issueId !== undefined && index.issueById.has(issueId) ? issueId : null,
);
