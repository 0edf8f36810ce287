/**
 * Several pages about one council become one record. The same meeting (date and body) seen on two
 * pages is one meeting; the same issue (by its title, whatever the case) is one issue; an issue's
 * item at one meeting seen on two pages is one item, each field taken from the first page that
 * states it. Where pages disagree (a title, a date, a decision's text) the first page's value is
 * shown, every other value is kept in `disputed` with its own source, and the importer warns.
 */
import type {
  Body,
  DisputedValue,
  Issue,
  Item,
  Meeting,
  SourceDocument,
  SourceSpan,
} from '../bundle/schema.ts';
import { bodyIdOf, bodyKindFromName } from './body-names.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { ParsedItem } from './moderngov-issue-page.ts';
import type { ParsedSource } from './parsed-source.ts';
import { lineAt } from './source-text.ts';
import { slug, type Span } from './text-spans.ts';

export type MergeInput = {
  input: { file: string };
  source: ParsedSource;
  document: SourceDocument;
  placed: { item: ParsedItem; id: string }[];
};

export type Merged = {
  bodies: Map<string, Body>;
  meetings: Map<string, Meeting>;
  issues: Issue[];
  items: Item[];
};

type Entry = { item: Item; issueId: string; documentId: string; file: string };

export function mergeSources(results: MergeInput[], diag: Diagnostics): Merged {
  const bodies = new Map<string, Body>();
  const meetings = new Map<string, Meeting>();
  const issues = new Map<string, Issue>();
  const entries: Entry[] = [];
  /** The first page's meeting for an issue's numbered item at a body, to catch date disputes. */
  const firstDated = new Map<string, { meetingId: string; date: string; file: string }>();

  for (const r of results) {
    const doc = r.document;
    const at = (s: Span): SourceSpan => span(doc, s);
    const line = (s: Span | null) => (s ? lineAt(doc.text, s.start) : 1);

    const issueIds = new Map<string, string>();
    for (const parsed of r.source.issues) {
      let id = slug(parsed.title) || doc.id;
      // Another page already holds this page's numbered item under another title: the same item,
      // so the same issue, whose title is disputed.
      const same = r.source.items
        .filter((i) => (i.issueTitle ?? r.source.issues[0]!.title) === parsed.title)
        .flatMap((i) =>
          entries.filter(
            (e) =>
              i.number !== null &&
              e.item.number === i.number &&
              e.item.meetingId === `${i.date}-${bodyIdOf(i.bodyName)}` &&
              e.documentId !== doc.id &&
              e.issueId !== id,
          ),
        )[0];
      if (same) id = same.issueId;
      issueIds.set(parsed.title, id);
      const known = issues.get(id);
      if (!known) {
        issues.set(id, {
          id,
          title: parsed.title,
          subtitle: parsed.subtitle,
          documentId: doc.id,
        });
      } else if (known.title.toLowerCase() !== parsed.title.toLowerCase() && parsed.titleSpan) {
        dispute(known, { field: 'title', value: parsed.title, source: at(parsed.titleSpan) });
        diag.warn(
          r.input.file,
          line(parsed.titleSpan),
          `this page titles the issue "${parsed.title}"; an earlier page has "${known.title}": both kept, the bundle shows the earlier`,
        );
      } else if (known.subtitle === null && parsed.subtitle !== null) {
        known.subtitle = parsed.subtitle;
      }
    }

    const addBody = (name: string, dissolved: boolean) => {
      const id = bodyIdOf(name);
      const known = bodies.get(id);
      bodies.set(id, {
        id,
        name: known?.name ?? name,
        kind: known?.kind ?? bodyKindFromName(name),
        // A body dissolved later is shown as dissolved on every page that names it.
        status: dissolved || known?.status === 'dissolved' ? 'dissolved' : 'active',
      });
      return id;
    };
    const addMeeting = (
      bodyId: string,
      date: string,
      source: Span,
      inferred: boolean,
      cancelled: boolean,
    ) => {
      const id = `${date}-${bodyId}`;
      const known = meetings.get(id);
      if (!known || (known.basis === 'inferred' && !inferred)) {
        meetings.set(id, {
          id,
          bodyId,
          date,
          source: at(source),
          ...(inferred ? { basis: 'inferred' as const } : {}),
          ...(cancelled || known?.status ? { status: 'cancelled' as const } : {}),
          ...(known?.disputed ? { disputed: known.disputed } : {}),
        });
      } else if (cancelled) known.status = 'cancelled';
      return id;
    };

    for (const listed of r.source.meetings) {
      addMeeting(
        addBody(listed.bodyName, false),
        listed.date,
        listed.headerSpan,
        false,
        listed.cancelled,
      );
    }

    const perPage = new Map<string, number>();
    for (const item of r.source.items) {
      const issueId = issueIds.get(item.issueTitle ?? r.source.issues[0]!.title)!;
      const bodyId = addBody(item.bodyName, item.bodyDissolved);
      const numberKey = `${issueId}|${bodyId}|${item.number ?? ''}`;
      perPage.set(numberKey, (perPage.get(numberKey) ?? 0) + 1);
    }
    for (const item of r.source.items) {
      const issueId = issueIds.get(item.issueTitle ?? r.source.issues[0]!.title)!;
      const bodyId = bodyIdOf(item.bodyName);
      // The same issue's item with the same number at the same body, dated differently by
      // another page: one item, whose date is disputed.
      const numberKey = `${issueId}|${bodyId}|${item.number ?? ''}`;
      const first = firstDated.get(numberKey);
      let meetingId: string;
      if (
        first &&
        item.number !== null &&
        perPage.get(numberKey) === 1 &&
        first.date !== item.date &&
        first.file !== r.input.file
      ) {
        const meeting = meetings.get(first.meetingId)!;
        dispute(meeting, { field: 'date', value: item.date, source: at(item.headerSpan) });
        diag.warn(
          r.input.file,
          item.headerLine,
          `this page dates item ${item.number} of "${issues.get(issueId)!.title}" at ${bodies.get(bodyId)!.name} ${item.date}; ${first.file} says ${first.date}: both kept, the bundle shows ${first.date}`,
        );
        meetingId = first.meetingId;
      } else {
        meetingId = addMeeting(
          bodyId,
          item.date,
          item.headerSpan,
          item.dateBasis === 'inferred',
          false,
        );
        if (!first && item.number !== null && perPage.get(numberKey) === 1)
          firstDated.set(numberKey, { meetingId, date: item.date, file: r.input.file });
      }

      const existing = entries.find(
        (e) =>
          e.item.meetingId === meetingId &&
          e.issueId === issueId &&
          (e.item.number === null ||
            item.number === null ||
            e.item.number === item.number ||
            // An agenda item page numbers the item by its minute; the web service by display.
            e.item.minutes?.number === item.number ||
            item.minutesNumber === e.item.number),
      );
      if (existing && existing.documentId !== doc.id) {
        mergeItem(existing, item, doc, r.input.file, diag);
        r.placed.push({ item, id: existing.item.id });
        continue;
      }
      const base = `${meetingId}-item-${slug(item.number ?? '') || slug(item.title) || 'untitled'}`;
      const clash = entries.find((e) => e.item.id === base);
      if (clash && clash.documentId === doc.id) {
        diag.error(
          r.input.file,
          item.headerLine,
          `a second entry for the same meeting and item (${base})`,
        );
        continue;
      }
      let id = base;
      for (let n = 2; entries.some((e) => e.item.id === id); n += 1) id = `${base}-${n}`;
      entries.push({
        item: toItem(doc, item, id, issueId, meetingId),
        issueId,
        documentId: doc.id,
        file: r.input.file,
      });
      r.placed.push({ item, id });
    }
  }
  return { bodies, meetings, issues: [...issues.values()], items: entries.map((e) => e.item) };
}

function dispute(record: { disputed?: DisputedValue[] }, value: DisputedValue) {
  if (record.disputed?.some((d) => d.field === value.field && d.value === value.value)) return;
  (record.disputed ??= []).push(value);
}

/** Fills what the first page left out, and keeps what it contradicts. */
function mergeItem(
  entry: Entry,
  item: ParsedItem,
  doc: SourceDocument,
  file: string,
  diag: Diagnostics,
) {
  const into = entry.item;
  const other = toItem(doc, item, into.id, entry.issueId, into.meetingId);
  const disagree = (field: string, shown: string, value: string, source: SourceSpan) => {
    // A field one page prints empty is not a disagreement: there is nothing to dispute with.
    if (!value.trim() || !shown.trim()) return;
    dispute(into, { field, value, source });
    diag.warn(
      file,
      lineAt(doc.text, source.start),
      `this page gives the ${field} of ${into.id} as "${clip(value)}"; ${entry.file} has "${clip(shown)}": both kept, the bundle shows the first`,
    );
  };
  into.number ??= other.number;
  if (into.title !== other.title && into.title.toLowerCase() !== other.title.toLowerCase())
    disagree('title', into.title, other.title, span(doc, item.titleSpan));
  if (into.reportOf === null) into.reportOf = other.reportOf;
  else if (other.reportOf !== null && other.reportOf !== into.reportOf)
    disagree('reportOf', into.reportOf, other.reportOf, other.source);
  if (!into.documents.length) into.documents = other.documents;
  if (!into.decision) into.decision = other.decision;
  else if (other.decision && other.decision.text !== into.decision.text)
    disagree('decision', into.decision.text, other.decision.text, other.decision.source);
  if (
    !into.minutes ||
    (!into.minutes.text && other.minutes?.text) ||
    (into.minutes.truncated && other.minutes && !other.minutes.truncated)
  )
    into.minutes = other.minutes ?? into.minutes;
  else if (other.minutes && other.minutes.text !== into.minutes.text && !other.minutes.truncated)
    disagree('minutes', into.minutes.text, other.minutes.text, other.minutes.source);
  if (!into.details && other.details) into.details = other.details;
  if (into.outcome.source === null && into.decision)
    into.outcome = { ...other.outcome, note: NOT_READ };
}

const NOT_READ = 'No editor has read the outcome of this decision yet.';

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

export function toItem(
  doc: SourceDocument,
  item: ParsedItem,
  id: string,
  issueId: string,
  meetingId: string,
): Item {
  return {
    id,
    issueId,
    meetingId,
    number: item.number,
    title: item.title,
    reportOf: item.reportOf,
    documents: item.documents,
    additionalDocumentsUnlisted: item.additionalDocumentsUnlisted,
    decision: item.decision
      ? {
          text: item.decision.text,
          resolutions: item.decision.resolutions.map((res) => ({
            number: res.number,
            text: res.text,
            source: span(doc, res.span),
          })),
          source: span(doc, item.decision.span),
        }
      : null,
    outcome: {
      value: 'unknown',
      basis: 'inferred',
      source: null,
      note: item.decision ? NOT_READ : 'The decision is not in this record.',
    },
    minutes: item.minutes
      ? {
          text: item.minutes.text,
          truncated: item.minutes.truncated,
          source: span(doc, item.minutes.span),
          ...(item.minutesNumber !== undefined ? { number: item.minutesNumber } : {}),
        }
      : null,
    source: span(doc, item.span),
    ...(item.details
      ? {
          details: {
            maker: item.details.maker,
            status: item.details.status,
            keyDecision: item.details.keyDecision,
            published: item.details.published,
            decidedOn: item.details.decidedOn,
            decidedAtMeeting: item.details.decidedAtMeeting,
            effectiveFrom: item.details.effectiveFrom,
            source: span(doc, item.details.span),
          },
        }
      : {}),
  };
}

export function span(doc: SourceDocument, s: Span): SourceSpan {
  return { documentId: doc.id, start: s.start, end: s.end, quote: doc.text.slice(s.start, s.end) };
}
