/**
 * Turns pages and their annotation files into one bundle. Everything here is a pure function of
 * its inputs (no clock, no randomness, no directory order), so the same seeds give the same bytes.
 */
import {
  SCHEMA_VERSION,
  type BodyKind,
  type Bundle,
  type Commitment,
  type Council,
  type Figure,
  type Mention,
  type Outcome,
  type Remark,
  type SourceDocument,
  type Structure,
} from '../bundle/schema.ts';
import { validateBundle, type Problem } from '../bundle/validate.ts';
import { readAnnotations, type Annotations } from './annotations.ts';
import type { Diagnostics } from './diagnostics.ts';
import { ImportError } from './diagnostics.ts';
import { findMentions, type FoundMention } from './mentions.ts';
import { mergeSources, type Placed } from './merge-sources.ts';
import { decodeMarkup, fileSpan } from './escaped-markup.ts';
import type { ProseSpan } from './parsed-item.ts';
import { placementsOf, readReport, type ReadReport } from './read-report.ts';
import { DOCUMENT_KINDS, type ParsedSource } from './parsed-source.ts';
import { readSource } from './read-source.ts';
import { sha256Hex } from './source-text.ts';
import { slug } from './text-spans.ts';

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

/** "strategic-commissioning.moderngov-issue.txt" -> "strategic-commissioning". */
export function pageStem(fileName: string): string {
  return fileName.split('.')[0] ?? fileName;
}

export { bodyKindFromName } from './body-names.ts';

export type PageResult = {
  input: PageInput;
  source: ParsedSource;
  document: SourceDocument;
  /** This page's items with the ids they have in the bundle (after merging). */
  placed: Placed[];
  mentions: Mention[];
  annotations: Annotations | null;
};

export type BuildOptions = {
  /** The council site's address, against which relative document links are made absolute. */
  site?: string;
  /** Filled with each page's read report, in file-name order. */
  reports?: ReadReport[];
};

export function buildBundle(
  inputs: readonly PageInput[],
  diag: Diagnostics,
  options: BuildOptions = {},
): Bundle {
  const pages = [...inputs].sort(
    (a, b) => compare(a.fileName, b.fileName) || compare(a.file, b.file),
  );
  const results: PageResult[] = [];
  const documentIds = new Set<string>();
  for (const input of pages) {
    let source: ParsedSource;
    try {
      source = readSource(input, diag);
    } catch (error) {
      // Every file is read, so one run reports every unusable page, not just the first.
      if (error instanceof ImportError) continue;
      throw error;
    }
    const documentId = uniqueId(slug(pageStem(input.fileName)) || 'page', documentIds);
    const document: SourceDocument = {
      id: documentId,
      title: source.title,
      kind: DOCUMENT_KINDS[source.form],
      fileName: input.fileName,
      // Of the stored text, so that anyone holding only the bundle can check it.
      sha256: sha256Hex(source.text),
      text: source.text,
    };
    results.push({ input, source, document, placed: [], mentions: [], annotations: null });
  }
  diag.throwIfErrors();

  const annotatedKinds = new Map<string, BodyKind>();
  const merged = mergeSources(results, diag, linkResolver(options.site));
  results.forEach((r, k) => (r.placed = merged.placed[k]!));
  for (const r of results) {
    const kept = new Set(r.placed.map((p) => p.item));
    const report = readReport(
      r.source,
      r.input.file,
      placementsOf(r.source, (item) => kept.has(item)),
      diag,
    );
    options.reports?.push(report);
  }
  diag.throwIfErrors();

  const counters = new Map<string, number>();
  for (const r of results) {
    r.mentions = r.placed.flatMap(({ item, id }) =>
      item.prose
        .flatMap((s) => mentionsIn(r.source.text, s))
        .map((m) => {
          const key = `${id}-${m.kind}`;
          const n = (counters.get(key) ?? 0) + 1;
          counters.set(key, n);
          return toMention(m, `${key}-${n}`, r.document.id, id);
        }),
    );
    r.annotations = r.input.annotation
      ? (readAnnotations(
          r.input.annotation.source,
          r.input.annotation.file,
          {
            file: r.input.file,
            fileName: r.input.fileName,
            documentId: r.document.id,
            text: r.source.text,
            items: r.placed.map((p) => ({ id: p.id, span: p.item.span })),
            mentions: r.mentions,
          },
          diag,
        ) ?? null)
      : null;
  }
  diag.throwIfErrors();

  for (const r of results) {
    for (const [name, { kind, file, line }] of r.annotations?.bodyKinds ?? []) {
      const before = annotatedKinds.get(name);
      if (before && before !== kind) {
        diag.error(file, line, `body "${name}" is a ${before} in another annotation file`);
      }
      annotatedKinds.set(name, kind);
    }
  }
  const bodies = [...merged.bodies.values()].map((b) => ({
    ...b,
    kind: annotatedKinds.get(b.name) ?? b.kind,
  }));
  const outcomes = new Map<string, Outcome>();
  const remarks = new Map<string, Remark[]>();
  for (const r of results) {
    for (const [id, o] of r.annotations?.outcomes ?? []) outcomes.set(id, o);
    // Two pages may hold one item; each page's remarks on it are kept, in file-name order.
    for (const [id, list] of r.annotations?.remarks ?? []) {
      remarks.set(id, [...(remarks.get(id) ?? []), ...list]);
    }
  }
  const items = merged.items.map((i) => {
    const said = remarks.get(i.id);
    return { ...i, outcome: outcomes.get(i.id) ?? i.outcome, ...(said ? { remarks: said } : {}) };
  });
  diag.throwIfErrors();

  const annotations = results.flatMap((r) => (r.annotations ? [r.annotations] : []));
  // Undated meetings last: they have no place in time, only in the record.
  const meetingList = [...merged.meetings.values()].sort(
    (a, b) => compare(a.date ?? UNDATED, b.date ?? UNDATED) || compare(a.id, b.id),
  );
  // The record speaks up to its last meeting that took place and dealt with something, or its
  // last decision taken outside a meeting: a cancelled meeting, or a future one listed with no
  // items, says nothing about what happened.
  const withItems = new Set(items.map((i) => i.meetingId));
  const dated = meetingList.filter((m) => m.date !== null);
  const held = dated.filter((m) => m.status !== 'cancelled');
  const spoken = [
    ...held.filter((m) => withItems.has(m.id)).map((m) => m.date!),
    ...items.flatMap((i) =>
      i.meetingId === null && i.details?.decidedOn ? [i.details.decidedOn] : [],
    ),
  ];
  const latestMeeting = spoken.length
    ? maxOf(spoken)
    : ((held.at(-1) ?? dated.at(-1))?.date ?? '1970-01-01');
  const asOfs = annotations.flatMap((a) => (a.asOf ? [a.asOf] : []));
  const asOf = asOfs.length ? maxOf(asOfs) : latestMeeting;
  const reviewed = annotations.map((a) => a.reviewed);
  // Without an editor's review time the record's own last date is the only clock-free choice.
  const generatedAt = reviewed.length ? maxOf(reviewed) : `${asOf}T00:00:00Z`;

  const meetingDate = new Map(meetingList.map((m) => [m.id, m.date]));
  const dateOf = (i: (typeof items)[number]) =>
    (i.meetingId ? meetingDate.get(i.meetingId) : i.details?.decidedOn) ?? UNDATED;
  items.sort((a, b) => compare(dateOf(a), dateOf(b)) || compare(a.id, b.id));

  const bundle: Bundle = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    asOf,
    council: councilOf(results, diag),
    documents: results.map((r) => r.document),
    bodies: bodies.sort((a, b) => compare(a.id, b.id)),
    meetings: meetingList,
    issues: merged.issues,
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

/** Sorts after every ISO day. */
const UNDATED = '9999';

/**
 * Relative links made absolute against the council's site where it was named; links are kept
 * as the page printed them otherwise, since guessing the site would invent an address.
 */
function linkResolver(site: string | undefined): (href: string) => string {
  return (href) => {
    if (!site) return href;
    try {
      return new URL(href, site).href;
    } catch {
      return href;
    }
  };
}

/** Quantities in one stretch of an item's words; escaped HTML is decoded first and quoted raw. */
function mentionsIn(text: string, span: ProseSpan): FoundMention[] {
  if (!span.markup) return findMentions(text, span);
  const decoded = decodeMarkup(text, span.start, span.end);
  return findMentions(decoded.text, { start: 0, end: decoded.text.length }).map((m) => {
    const raw = fileSpan(decoded, m.start, m.end);
    return { ...m, ...raw, quote: text.slice(raw.start, raw.end) };
  });
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A found quantity as a bundle mention, with the id the importer gives it. */
export function toMention(
  m: FoundMention,
  id: string,
  documentId: string,
  itemId: string,
): Mention {
  const base = { id, documentId, itemId, start: m.start, end: m.end, quote: m.quote };
  switch (m.kind) {
    case 'money': {
      const amount =
        m.low !== undefined
          ? { low: m.low, high: m.high }
          : m.value !== undefined
            ? { value: m.value }
            : {};
      return {
        ...base,
        kind: 'money',
        unit: 'GBP',
        ...amount,
        ...(m.pence !== undefined ? { pence: m.pence } : {}),
        ...(m.per !== undefined ? { per: m.per } : {}),
      };
    }
    case 'percent': {
      const amount = m.value !== undefined ? { value: m.value } : { low: m.low!, high: m.high! };
      return { ...base, kind: 'percent', unit: 'percent', ...amount };
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

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function maxOf(values: string[]): string {
  return values.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
}
