/**
 * The read report: where every line of a page went. Each line that holds text ends in exactly one
 * of three places: a field of the bundle (placed), the site's furniture (menus, template residue,
 * markup), or a warning that names it and says it was not read. The placements are taken from
 * what the parsers actually stored, never from what they meant to store, so a line that slips
 * through a parser shows up here as reported instead of vanishing.
 */
import type { Diagnostics } from './diagnostics.ts';
import type { ParsedItem } from './parsed-item.ts';
import type { FurnitureKind, PageForm, ParsedSource } from './parsed-source.ts';
import { furnitureOfLine } from './scan-view.ts';
import { isBlank, splitLines } from './source-text.ts';
import type { Span } from './text-spans.ts';

/** The bundle fields a line can end in, in the order a line that two of them cover is counted. */
export const FIELD_KINDS = [
  'heading',
  'title',
  'meeting',
  'item',
  'document',
  'report-of',
  'details',
  'facts',
  'planned',
  'agenda-text',
  'decision',
  'minutes',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export type Placement = { field: FieldKind; span: Span };

export type ReadReport = {
  file: string;
  form: PageForm;
  /** Lines that hold any text. */
  lines: number;
  placed: Partial<Record<FieldKind, number>>;
  furniture: Partial<Record<FurnitureKind, number>>;
  /** The 1-based lines of the stored text that were not read, each named by a warning. */
  reported: number[];
};

/** Every span the source stores in a field, for the items that made it into the bundle. */
export function placementsOf(
  source: ParsedSource,
  kept: (item: ParsedItem) => boolean = () => true,
): Placement[] {
  const out: Placement[] = [];
  const add = (field: FieldKind, span: Span | null | undefined) => {
    if (span) out.push({ field, span });
  };
  for (const h of source.headings) add('heading', h);
  for (const issue of source.issues) {
    add('title', issue.titleSpan);
    add('title', issue.subtitleSpan);
    for (const p of issue.planned ?? []) add('planned', p.span);
    for (const f of issue.facts ?? []) add('facts', f.span);
  }
  // A meeting's facts reach the bundle only with a meeting to hold them.
  if (source.items.some((i) => kept(i) && i.bodyName !== null) || source.meetings.length)
    for (const f of source.meetingFacts ?? []) add('facts', f.span);
  for (const m of source.meetings) {
    add('meeting', m.headerSpan);
    add('meeting', m.bodySpan);
  }
  for (const item of source.items) {
    if (!kept(item)) continue;
    // An item at no meeting has no meeting line: its header is its title or its block.
    const named = item.bodyName !== null || item.date !== null || item.siteMeetingId;
    if (named && !item.outsideMeeting) add('meeting', item.headerSpan);
    add('meeting', item.bodySpan);
    add('item', item.titleSpan === item.span ? null : item.titleSpan);
    for (const l of item.labels) add('heading', l);
    for (const d of item.documents) add('document', d.span);
    add('report-of', item.reportOfSpan);
    for (const f of item.details?.fieldSpans ?? []) add('details', f);
    for (const f of item.facts) add('facts', f.span);
    add('agenda-text', item.agendaText?.span);
    add('decision', item.decision?.span);
    add('minutes', item.minutes?.span);
    add('minutes', item.minutes?.markerSpan);
  }
  return out;
}

/**
 * Counts where each line went and warns once for every run of lines that no field, furniture or
 * earlier warning accounts for.
 */
export function readReport(
  source: ParsedSource,
  file: string,
  placements: readonly Placement[],
  diag: Diagnostics,
): ReadReport {
  const lines = splitLines(source.pageText ?? source.text);
  const byLine = new Map<number, FieldKind>();
  const rank = (f: FieldKind) => FIELD_KINDS.indexOf(f);
  for (const p of placements) {
    for (const line of lines) {
      if (line.start >= p.span.end || line.end <= p.span.start) continue;
      const overlap = source.text.slice(
        Math.max(line.start, p.span.start),
        Math.min(line.end, p.span.end),
      );
      if (isBlank(overlap)) continue;
      const before = byLine.get(line.number);
      if (before === undefined || rank(p.field) < rank(before)) byLine.set(line.number, p.field);
    }
  }
  const furnitureSpans = source.furniture;
  const xml = source.form === 'getmeetings-xml' || source.form === 'getmeeting-xml';
  const warned = diag.all.filter((d) => d.file === file && d.textLines).map((d) => d.textLines!);

  const report: ReadReport = {
    file,
    form: source.form,
    lines: 0,
    placed: {},
    furniture: {},
    reported: [],
  };
  const unread: number[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    report.lines += 1;
    const field = byLine.get(line.number);
    if (field) {
      report.placed[field] = (report.placed[field] ?? 0) + 1;
      continue;
    }
    const listed = furnitureSpans.find((f) => f.span.start < line.end && line.start < f.span.end);
    const kind = listed?.kind ?? furnitureOfLine(line.text, xml);
    if (kind) {
      report.furniture[kind] = (report.furniture[kind] ?? 0) + 1;
      continue;
    }
    report.reported.push(line.number);
    if (!warned.some(([from, to]) => line.number >= from && line.number <= to))
      unread.push(line.number);
  }
  for (const run of runs(unread)) {
    const first = lines[run[0] - 1]!.text.trim();
    const words = first.length > 60 ? `${first.slice(0, 57)}...` : first;
    diag.warn(
      file,
      run[0],
      `${run[0] === run[1] ? `line ${run[0]}` : `lines ${run[0]}-${run[1]}`} not read: "${words}" is in no part of the page this importer knows`,
      run,
    );
  }
  return report;
}

function runs(numbers: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of numbers) {
    const last = out.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** One line per page: "page.txt (issue-meetings): 40 lines: 35 placed (...), 3 furniture (...), 2 not read (lines 7-8)". */
export function formatReport(r: ReadReport): string {
  const sum = (o: Partial<Record<string, number>>) =>
    Object.values(o).reduce<number>((a, b) => a + (b ?? 0), 0);
  const parts = (o: Partial<Record<string, number>>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const placed = sum(r.placed);
  const furniture = sum(r.furniture);
  const reported = runs(r.reported)
    .map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`))
    .join(', ');
  return (
    `${r.file} (${r.form}): ${r.lines} lines with text: ${placed} placed` +
    (placed ? ` (${parts(r.placed)})` : '') +
    `, ${furniture} furniture` +
    (furniture ? ` (${parts(r.furniture)})` : '') +
    `, ${r.reported.length} not read` +
    (r.reported.length ? ` (lines ${reported})` : '')
  );
}
