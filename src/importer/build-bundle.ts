/**
 * Turns pages and their annotation files into one bundle. Everything here is a pure function of
 * its inputs (no clock, no randomness, no directory order), so the same seeds give the same bytes.
 */
import {
  SCHEMA_VERSION,
  type Body,
  type BodyKind,
  type Bundle,
  type Commitment,
  type Council,
  type Figure,
  type Issue,
  type Item,
  type Meeting,
  type Mention,
  type Outcome,
  type SourceDocument,
  type SourceSpan,
  type Structure,
} from '../bundle/schema.ts';
import { validateBundle, type Problem } from '../bundle/validate.ts';
import { readAnnotations, type Annotations } from './annotations.ts';
import type { Diagnostics } from './diagnostics.ts';
import { htmlToText, looksLikeHtml } from './html-page.ts';
import { findMentions, type FoundMention } from './mentions.ts';
import { parseIssuePage, type ParsedItem } from './moderngov-issue-page.ts';
import { decodePage, normaliseLineEndings, sha256Hex } from './source-text.ts';
import { slug, type Span } from './text-spans.ts';

export type PageInput = {
  /** The path as shown in messages. */
  file: string;
  /** The bare file name, which annotation files use to name their page. */
  fileName: string;
  bytes: Uint8Array;
  annotation: { file: string; source: string } | null;
};

/** The bundle broke its own contract: a bug here, or ids that collide across pages. */
export class InvalidBundleError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    this.name = 'InvalidBundleError';
    this.problems = problems;
  }
}

export const DOCUMENT_KIND = 'moderngov-issue-meetings';

/** "strategic-commissioning.moderngov-issue.txt" -> "strategic-commissioning". */
export function pageStem(fileName: string): string {
  return fileName.split('.')[0] ?? fileName;
}

export function bodyKindFromName(name: string): BodyKind {
  if (/\bcabinet\b/i.test(name)) return 'cabinet';
  if (/\b(working group|task group|working party|task and finish)\b/i.test(name))
    return 'working-group';
  if (/\b(committee|panel|board|scrutiny|forum)\b/i.test(name)) return 'committee';
  if (/\bcouncil$/i.test(name)) return 'council';
  return 'other';
}

type PageResult = {
  document: SourceDocument;
  issue: Issue;
  parsed: { item: ParsedItem; id: string; meetingId: string; bodyId: string }[];
  mentions: Mention[];
  annotations: Annotations | null;
};

export function buildBundle(inputs: readonly PageInput[], diag: Diagnostics): Bundle {
  const pages = [...inputs].sort((a, b) => compare(a.fileName, b.fileName));
  const results: PageResult[] = [];
  for (const input of pages) {
    const result = buildPage(input, diag);
    if (result) results.push(result);
  }
  diag.throwIfErrors();

  const bodies = new Map<string, Body>();
  const annotatedKinds = new Map<string, BodyKind>();
  for (const r of results) {
    for (const [name, { kind, file, line }] of r.annotations?.bodyKinds ?? []) {
      const before = annotatedKinds.get(name);
      if (before && before !== kind) {
        diag.error(file, line, `body "${name}" is a ${before} in another annotation file`);
      }
      annotatedKinds.set(name, kind);
    }
  }
  const meetings = new Map<string, Meeting>();
  const items: Item[] = [];
  for (const r of results) {
    for (const { item, id, meetingId, bodyId } of r.parsed) {
      const known = bodies.get(bodyId);
      bodies.set(bodyId, {
        id: bodyId,
        name: known?.name ?? item.bodyName,
        kind: annotatedKinds.get(item.bodyName) ?? known?.kind ?? bodyKindFromName(item.bodyName),
        // A body dissolved later is shown as dissolved on every page that names it.
        status: item.bodyDissolved || known?.status === 'dissolved' ? 'dissolved' : 'active',
      });
      if (!meetings.has(meetingId)) {
        meetings.set(meetingId, {
          id: meetingId,
          bodyId,
          date: item.date,
          source: span(r.document, item.headerSpan),
        });
      }
      items.push(toItem(r, item, id, meetingId));
    }
  }
  diag.throwIfErrors();

  const annotations = results.flatMap((r) => (r.annotations ? [r.annotations] : []));
  const meetingList = [...meetings.values()].sort(
    (a, b) => compare(a.date, b.date) || compare(a.id, b.id),
  );
  const latestMeeting = meetingList.at(-1)?.date ?? '1970-01-01';
  const asOfs = annotations.flatMap((a) => (a.asOf ? [a.asOf] : []));
  const asOf = asOfs.length ? maxOf(asOfs) : latestMeeting;
  const reviewed = annotations.map((a) => a.reviewed);
  // Without an editor's review time the record's own last date is the only clock-free choice.
  const generatedAt = reviewed.length ? maxOf(reviewed) : `${asOf}T00:00:00Z`;

  const meetingDate = new Map(meetingList.map((m) => [m.id, m.date]));
  items.sort(
    (a, b) =>
      compare(meetingDate.get(a.meetingId)!, meetingDate.get(b.meetingId)!) || compare(a.id, b.id),
  );

  const bundle: Bundle = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    asOf,
    council: councilOf(results, diag),
    documents: results.map((r) => r.document),
    bodies: [...bodies.values()].sort((a, b) => compare(a.id, b.id)),
    meetings: meetingList,
    issues: results.map((r) => r.issue),
    items,
    mentions: results.flatMap((r) => r.mentions),
    figures: annotations.flatMap((a): Figure[] => a.figures),
    structure: annotations.flatMap((a): Structure[] => a.structure),
    commitments: annotations.flatMap((a): Commitment[] => a.commitments),
  };
  diag.throwIfErrors();

  const checked = validateBundle(JSON.parse(JSON.stringify(bundle)));
  if (!checked.ok) throw new InvalidBundleError(checked.problems);
  return bundle;
}

function buildPage(input: PageInput, diag: Diagnostics): PageResult | null {
  let text = normaliseLineEndings(decodePage(input.bytes, input.file, diag));
  if (looksLikeHtml(input.fileName)) {
    const visible = htmlToText(text);
    diag.mapLines(input.file, visible.sourceLine);
    text = visible.text;
    if (!text.trim()) diag.fail(input.file, 1, 'the HTML page shows no text');
  }
  const page = parseIssuePage(text, input.file, diag);
  const documentId = slug(pageStem(input.fileName)) || 'page';
  const document: SourceDocument = {
    id: documentId,
    title: `Issue - meetings: ${page.title}`,
    kind: DOCUMENT_KIND,
    fileName: input.fileName,
    // Of the stored text, so that anyone holding only the bundle can check it.
    sha256: sha256Hex(text),
    text,
  };
  const issue: Issue = {
    id: slug(page.title) || documentId,
    title: page.title,
    subtitle: page.subtitle,
    documentId,
  };

  const parsed = page.items.map((item, index) => {
    const bodyId = slug(item.bodyName) || 'body';
    const meetingId = `${item.date}-${bodyId}`;
    const id = `${meetingId}-item-${slug(item.number ?? '') || String(index + 1)}`;
    return { item, id, meetingId, bodyId };
  });
  const seen = new Set<string>();
  for (const p of parsed) {
    if (seen.has(p.id))
      diag.error(
        input.file,
        p.item.headerLine,
        `a second entry for the same meeting and item (${p.id})`,
      );
    seen.add(p.id);
  }

  const mentions = parsed.flatMap(({ item, id }) => {
    const counters = new Map<string, number>();
    return item.prose
      .flatMap((s) => findMentions(text, s))
      .map((m) => {
        const n = (counters.get(m.kind) ?? 0) + 1;
        counters.set(m.kind, n);
        return toMention(m, `${id}-${m.kind}-${n}`, documentId, id);
      });
  });

  const annotations = input.annotation
    ? (readAnnotations(
        input.annotation.source,
        input.annotation.file,
        {
          file: input.file,
          fileName: input.fileName,
          documentId,
          text,
          items: parsed.map((p) => ({ id: p.id, span: p.item.span })),
          mentions,
        },
        diag,
      ) ?? null)
    : null;
  return { document, issue, parsed, mentions, annotations };
}

function toItem(r: PageResult, item: ParsedItem, id: string, meetingId: string): Item {
  const doc = r.document;
  const annotated = r.annotations?.outcomes.get(id);
  const outcome: Outcome = annotated ?? {
    value: 'unknown',
    basis: 'inferred',
    source: null,
    note: item.decision
      ? 'No editor has read the outcome of this decision yet.'
      : 'The decision is not in this record.',
  };
  return {
    id,
    issueId: r.issue.id,
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
    outcome,
    minutes: item.minutes
      ? {
          text: item.minutes.text,
          truncated: item.minutes.truncated,
          source: span(doc, item.minutes.span),
        }
      : null,
    source: span(doc, item.span),
  };
}

function toMention(m: FoundMention, id: string, documentId: string, itemId: string): Mention {
  const base = { id, documentId, itemId, start: m.start, end: m.end, quote: m.quote };
  switch (m.kind) {
    case 'money':
    case 'percent': {
      const unit = m.kind === 'money' ? 'GBP' : 'percent';
      const amount = m.value !== undefined ? { value: m.value } : { low: m.low, high: m.high };
      return { ...base, kind: m.kind, unit, ...amount } as Mention;
    }
    case 'count':
      return { ...base, kind: 'count', unit: 'count', value: m.value, noun: m.noun };
    case 'date':
      return { ...base, kind: 'date', unit: 'date', value: m.value };
  }
}

function councilOf(results: PageResult[], diag: Diagnostics): Council | null {
  let council: Council | null = null;
  for (const r of results) {
    const c = r.annotations?.council;
    if (!c) continue;
    if (council && council.name !== c.name) {
      diag.error(
        r.document.fileName,
        1,
        `this page's annotation names the council "${c.name}", another names "${council.name}"`,
      );
    }
    council ??= c;
  }
  return council;
}

function span(doc: SourceDocument, s: Span): SourceSpan {
  return { documentId: doc.id, start: s.start, end: s.end, quote: doc.text.slice(s.start, s.end) };
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function maxOf(values: string[]): string {
  return values.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
}
