/**
 * Several pages about one council become one record. The same meeting (date and body) seen on two
 * pages is one meeting; the same issue (by its title, whatever the case) is one issue; an issue's
 * item at one meeting seen on two pages is one item, each field taken from the first page that
 * states it. Where pages disagree (a title, a date, a decision's text) the first page's value is
 * shown, every other value is kept in `disputed` with its own source, and the importer warns.
 *
 * What one page leaves out another may give: a web-service `GetMeeting` reply names no committee
 * and a `GetMeetings` list does, for the same meeting id, so the meeting takes its body from the
 * list, quoting it there. A meeting whose date no page gives is kept undated; an item that no
 * page places at any meeting (a decision by one member or an officer, or a page that never says
 * which meeting) is kept at no meeting, never at an invented one.
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
import { andList } from '../bundle/plurals-and-lists.ts';
import { bodyIdOf, bodyKindFromName } from './body-names.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { ParsedItem } from './parsed-item.ts';
import type { ParsedSource } from './parsed-source.ts';
import { lineAt } from './source-text.ts';
import { slug, type Span } from './text-spans.ts';

/** A document's link as the bundle keeps it: absolute where the site's address is known. */
export type LinkResolver = (href: string) => string;

export type MergeInput = {
  input: { file: string };
  source: ParsedSource;
  document: SourceDocument;
};

/** A page's item and the id of the bundle item it became (its own, or one it merged into). */
export type Placed = { item: ParsedItem; id: string };

export type Merged = {
  bodies: Map<string, Body>;
  meetings: Map<string, Meeting>;
  issues: Issue[];
  items: Item[];
  /** For each input, in order, the items of it that reached the bundle. */
  placed: Placed[][];
};

type Entry = { item: Item; issueId: string; documentId: string; file: string };

/** What any page of the import says of a meeting known by the site's own id. */
type SiteMeeting = {
  date: string | null;
  dateSpan: SourceSpan | null;
  bodyName: string | null;
  bodySpan: SourceSpan | null;
};

function siteMeetings(results: MergeInput[]): Map<string, SiteMeeting> {
  const known = new Map<string, SiteMeeting>();
  const learn = (id: string, fact: SiteMeeting) => {
    const was = known.get(id);
    known.set(id, {
      date: was?.date ?? fact.date,
      dateSpan: was?.dateSpan ?? fact.dateSpan,
      bodyName: was?.bodyName ?? fact.bodyName,
      bodySpan: was?.bodySpan ?? fact.bodySpan,
    });
  };
  for (const r of results) {
    for (const m of r.source.meetings) {
      if (!m.siteId) continue;
      learn(m.siteId, {
        date: m.date,
        dateSpan: span(r.document, m.headerSpan),
        // A committee one reply only inferred is no authority for another file's meeting.
        bodyName: m.bodyInferred ? null : m.bodyName,
        bodySpan: m.bodyInferred ? null : span(r.document, m.bodySpan ?? m.headerSpan),
      });
    }
  }
  return known;
}

export function mergeSources(
  results: MergeInput[],
  diag: Diagnostics,
  resolve: LinkResolver = (href) => href,
): Merged {
  const placed = results.map((): Placed[] => []);
  const placedOf = (r: MergeInput) => placed[results.indexOf(r)]!;
  const bodies = new Map<string, Body>();
  const meetings = new Map<string, Meeting>();
  const issues = new Map<string, Issue>();
  const entries: Entry[] = [];
  /** The first page's meeting for an issue's numbered item at a body, to catch date disputes. */
  const firstDated = new Map<string, { meetingId: string; date: string; file: string }>();
  const bySiteId = siteMeetings(results);
  const undated = new Map<string, string>();

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
              i.date !== null &&
              i.bodyName !== null &&
              e.item.number === i.number &&
              e.item.meetingId === `${i.date}-${bodyIdOf(i.bodyName)}` &&
              e.documentId !== doc.id &&
              e.issueId !== id,
          ),
        )[0];
      if (same) id = same.issueId;
      issueIds.set(parsed.title, id);
      const known = issues.get(id);
      const planned = (parsed.planned ?? []).map((p) => ({
        due: p.due,
        maker: p.maker,
        previouslyDue: p.previouslyDue,
        source: at(p.span),
      }));
      const facts = (parsed.facts ?? []).map((f) => ({
        label: f.label,
        text: f.text,
        source: at(f.span),
      }));
      if (known) {
        if (planned.length) known.planned = [...(known.planned ?? []), ...planned];
        if (facts.length) known.facts = [...(known.facts ?? []), ...facts];
      }
      if (!known) {
        issues.set(id, {
          id,
          title: parsed.title,
          subtitle: parsed.subtitle,
          documentId: doc.id,
          ...(planned.length ? { planned } : {}),
          ...(facts.length ? { facts } : {}),
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
    const pageFacts = (r.source.meetingFacts ?? []).map((f) => ({
      label: f.label,
      text: f.text,
      source: at(f.span),
    }));
    type MeetingFacts = {
      bodyId: string;
      date: string | null;
      source: SourceSpan;
      inferred: boolean;
      cancelled: boolean;
      bodySource?: SourceSpan;
      bodyInferred?: boolean;
      siteId?: string;
      undatedKey?: string;
    };
    const addMeeting = (m: MeetingFacts) => {
      let id: string;
      if (m.date) id = `${m.date}-${m.bodyId}`;
      else {
        // No page says when it was: one meeting per page and body, named for what is known.
        const key = `${m.undatedKey}|${m.bodyId}`;
        id = undated.get(key) ?? `${m.bodyId}-date-unknown`;
        for (let n = 2; !undated.has(key) && meetings.has(id); n += 1)
          id = `${m.bodyId}-date-unknown-${n}`;
        undated.set(key, id);
      }
      const known = meetings.get(id);
      const bodyFields = m.bodySource
        ? {
            ...(m.bodyInferred ? { bodyBasis: 'inferred' as const } : {}),
            bodySource: m.bodySource,
          }
        : {};
      if (!known || (known.basis === 'inferred' && !m.inferred)) {
        meetings.set(id, {
          id,
          bodyId: m.bodyId,
          date: m.date,
          source: m.source,
          ...(m.inferred ? { basis: 'inferred' as const } : {}),
          ...(known?.bodyBasis === undefined && known?.bodySource
            ? { bodySource: known.bodySource }
            : {}),
          ...bodyFields,
          ...((m.siteId ?? known?.siteId) ? { siteId: (m.siteId ?? known?.siteId)! } : {}),
          ...(m.cancelled || known?.status ? { status: 'cancelled' as const } : {}),
          ...(known?.facts ? { facts: known.facts } : {}),
          ...(known?.disputed ? { disputed: known.disputed } : {}),
        });
      } else {
        if (m.cancelled) known.status = 'cancelled';
        if (m.siteId && !known.siteId) known.siteId = m.siteId;
        // A body a page states outranks one another page only implied.
        if (m.bodySource && (known.bodyBasis === 'inferred' || !known.bodySource)) {
          delete known.bodyBasis;
          Object.assign(known, bodyFields);
        }
      }
      const meeting = meetings.get(id)!;
      for (const f of pageFacts) {
        if (
          !meeting.facts?.some(
            (g) => g.source.documentId === f.source.documentId && g.source.start === f.source.start,
          )
        )
          (meeting.facts ??= []).push(f);
      }
      return id;
    };

    for (const listed of r.source.meetings) {
      addMeeting({
        bodyId: addBody(listed.bodyName, false),
        date: listed.date,
        source: at(listed.headerSpan),
        inferred: false,
        cancelled: listed.cancelled,
        ...(listed.bodySpan
          ? { bodySource: at(listed.bodySpan), bodyInferred: listed.bodyInferred === true }
          : {}),
        ...(listed.siteId ? { siteId: listed.siteId } : {}),
      });
    }

    const told = new Set<string>();
    /** The item's meeting as this page gives it, filled in from other pages by meeting id. */
    const meetingOf = (item: ParsedItem) => {
      const site = item.siteMeetingId ? bySiteId.get(item.siteMeetingId) : undefined;
      // Another file's stated committee outranks one this page lacks or only inferred.
      const bodyFromSite = site?.bodyName && (!item.bodyName || item.bodyBasis) ? site : null;
      const dateFromSite = !item.date && site?.date ? site : null;
      if ((bodyFromSite || dateFromSite) && !told.has(item.siteMeetingId!)) {
        told.add(item.siteMeetingId!);
        const taken = [
          dateFromSite ? `its date (${dateFromSite.date})` : '',
          bodyFromSite ? `its committee ("${bodyFromSite.bodyName}")` : '',
        ].filter(Boolean);
        diag.warn(
          r.input.file,
          item.headerLine,
          `meeting ${item.siteMeetingId}: ${andList(taken)} taken from another file of this import`,
        );
      }
      return {
        date: item.date ?? site?.date ?? null,
        dateSource: dateFromSite?.dateSpan ?? at(item.headerSpan),
        bodyName: bodyFromSite?.bodyName ?? item.bodyName,
        bodySource: bodyFromSite?.bodySpan ?? (item.bodySpan ? at(item.bodySpan) : undefined),
        bodyInferred: !bodyFromSite && item.bodyBasis === 'inferred',
      };
    };
    const places = new Map(r.source.items.map((item) => [item, meetingOf(item)]));

    const perPage = new Map<string, number>();
    for (const item of r.source.items) {
      const issueId = issueIds.get(item.issueTitle ?? r.source.issues[0]!.title)!;
      const { bodyName } = places.get(item)!;
      if (!bodyName || item.outsideMeeting) continue;
      const bodyId = addBody(bodyName, item.bodyDissolved);
      const numberKey = `${issueId}|${bodyId}|${item.number ?? ''}`;
      perPage.set(numberKey, (perPage.get(numberKey) ?? 0) + 1);
    }
    for (const item of r.source.items) {
      const issueId = issueIds.get(item.issueTitle ?? r.source.issues[0]!.title)!;
      const where = places.get(item)!;
      if (!where.bodyName || item.outsideMeeting) {
        // Only where a meeting id promised more: the page's own reader said what it lacks.
        if (!item.outsideMeeting && item.siteMeetingId)
          diag.warn(
            r.input.file,
            item.headerLine,
            `no file of this import names the committee of meeting ${item.siteMeetingId}: "${item.title}" is kept at no known meeting`,
          );
        placedOf(r).push(placeOutsideMeeting(item, issueId, r, entries, resolve, diag));
        continue;
      }
      const bodyId = bodyIdOf(where.bodyName);
      // The same issue's item with the same number at the same body, dated differently by
      // another page: one item, whose date is disputed.
      const numberKey = `${issueId}|${bodyId}|${item.number ?? ''}`;
      const first = firstDated.get(numberKey);
      let meetingId: string;
      if (
        first &&
        item.number !== null &&
        where.date !== null &&
        perPage.get(numberKey) === 1 &&
        first.date !== where.date &&
        first.file !== r.input.file
      ) {
        const meeting = meetings.get(first.meetingId)!;
        dispute(meeting, { field: 'date', value: where.date, source: where.dateSource });
        diag.warn(
          r.input.file,
          item.headerLine,
          `this page dates item ${item.number} of "${issues.get(issueId)!.title}" at ${bodies.get(bodyId)!.name} ${where.date}; ${first.file} says ${first.date}: both kept, the bundle shows ${first.date}`,
        );
        meetingId = first.meetingId;
      } else {
        meetingId = addMeeting({
          bodyId,
          date: where.date,
          source: where.dateSource,
          inferred: item.dateBasis === 'inferred',
          cancelled: false,
          ...(where.bodySource
            ? { bodySource: where.bodySource, bodyInferred: where.bodyInferred }
            : {}),
          ...(item.siteMeetingId ? { siteId: item.siteMeetingId } : {}),
          undatedKey: `${doc.id}|${item.headerSpan.start}`,
        });
        if (!first && item.number !== null && where.date && perPage.get(numberKey) === 1)
          firstDated.set(numberKey, { meetingId, date: where.date, file: r.input.file });
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
        mergeItem(existing, item, doc, r.input.file, diag, resolve, r.source.links);
        placedOf(r).push({ item, id: existing.item.id });
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
      placedOf(r).push(addEntry(entries, r, item, base, issueId, meetingId, resolve));
    }
  }
  return {
    bodies,
    meetings,
    issues: [...issues.values()],
    items: entries.map((e) => e.item),
    placed,
  };
}

/** A decision at no meeting: one per issue and date of decision, merged across pages. */
function placeOutsideMeeting(
  item: ParsedItem,
  issueId: string,
  r: MergeInput,
  entries: Entry[],
  resolve: LinkResolver,
  diag: Diagnostics,
): Placed {
  const doc = r.document;
  const decidedOn = item.details?.decidedOn ?? null;
  const existing = entries.find(
    (e) =>
      e.item.meetingId === null &&
      e.issueId === issueId &&
      (e.item.details?.decidedOn ?? null) === decidedOn &&
      e.item.title.toLowerCase() === item.title.toLowerCase(),
  );
  if (existing && existing.documentId !== doc.id) {
    mergeItem(existing, item, doc, r.input.file, diag, resolve, r.source.links);
    return { item, id: existing.item.id };
  }
  const base = `${issueId}-decision-${decidedOn ?? 'undated'}`;
  return addEntry(entries, r, item, base, issueId, null, resolve);
}

/** A new bundle item under the first free id from `base`. */
function addEntry(
  entries: Entry[],
  r: MergeInput,
  item: ParsedItem,
  base: string,
  issueId: string,
  meetingId: string | null,
  resolve: LinkResolver,
): Placed {
  let id = base;
  for (let n = 2; entries.some((e) => e.item.id === id); n += 1) id = `${base}-${n}`;
  entries.push({
    item: toItem(r.document, item, id, issueId, meetingId, resolve, r.source.links),
    issueId,
    documentId: r.document.id,
    file: r.input.file,
  });
  return { item, id };
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
  resolve: LinkResolver,
  links: ParsedSource['links'],
) {
  const into = entry.item;
  const other = toItem(doc, item, into.id, entry.issueId, into.meetingId, resolve, links);
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
  if (!into.agendaText && other.agendaText) into.agendaText = other.agendaText;
  if (other.facts?.length) into.facts = [...(into.facts ?? []), ...other.facts];
  for (const d of into.documents) {
    d.url ??= other.documents.find((o) => o.title === d.title)?.url ?? null;
    if (d.url === null) delete d.url;
  }
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
  meetingId: string | null,
  resolve: LinkResolver = (href) => href,
  links: ParsedSource['links'] = [],
): Item {
  const documents = item.documents.map(({ span: where, url, ...d }) => {
    // A saved HTML page keeps each document's link on its words; the web service sends it.
    const link =
      url ??
      (where
        ? links.find((l) => l.start < where.end && where.start < l.end && l.end - l.start > 0)?.href
        : undefined);
    return link ? { ...d, url: resolve(link) } : d;
  });
  return {
    id,
    issueId,
    meetingId,
    number: item.number,
    title: item.title,
    reportOf: item.reportOf,
    documents,
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
    ...(item.agendaText
      ? { agendaText: { text: item.agendaText.text, source: span(doc, item.agendaText.span) } }
      : {}),
    source: span(doc, item.span),
    ...(item.facts.length
      ? {
          facts: item.facts.map((f) => ({
            label: f.label,
            text: f.text,
            source: span(doc, f.span),
          })),
        }
      : {}),
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
