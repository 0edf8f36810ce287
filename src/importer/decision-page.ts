/**
 * ModernGov's "Decision details" page (one decision) and "Issue - decisions" page (every decision
 * on one issue, each under a "DD/MM/YYYY - Title" line).
 *
 * A decision details page prints labelled fields: "Decision Maker:", "Decision status:", "Is Key
 * decision?:", "Is subject to call in?:", then the purpose and the decision, "Report author:",
 * "Publication date:", "Date of decision:", "Decided at meeting:", "Effective from:" and
 * "Accompanying Documents:". Saved copies often lose the heading, the title and the labels that
 * sit on lines of their own ("Purpose:", "Decision:"), so the purpose and the decision are then
 * read by their form: the decision opens with RESOLVED or a numbered resolution, and the prose
 * around it is kept as minutes. Other labelled lines, including each council's own ("Wards
 * affected:", "Conflict of Interest:"), are kept as facts.
 *
 * Not every decision is taken at a meeting: a decision by one member or an officer has a maker
 * and a date but no "Decided at meeting:" line, and is kept as a decision at no meeting. An
 * "Issue - decisions" page often prints no maker and no meeting at all: the decision is kept with
 * its date, and the meeting is left unknown rather than guessed.
 */
import type { Diagnostics } from './diagnostics.ts';
import {
  decisionByForm,
  decisionFromLines,
  documentOfLine,
  lineSpan,
  proseOf,
} from './item-block.ts';
import { parseUkDate } from '../bundle/calendar.ts';
import type {
  ParsedDecision,
  ParsedDocument,
  ParsedFact,
  ParsedItem,
  ParsedMinutes,
} from './parsed-item.ts';
import { FORM_TITLES, type PageLink, type ParsedSource } from './parsed-source.ts';
import { displayView, navigationAbove, scanView } from './scan-view.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import { paragraphText, trimSpan, type Span } from './text-spans.ts';

type FieldName =
  | 'maker'
  | 'status'
  | 'key'
  | 'callIn'
  | 'published'
  | 'decidedOn'
  | 'meeting'
  | 'effective'
  | 'decision'
  | 'documents'
  | 'fact';

const LABELS: [RegExp, FieldName][] = [
  [/^Decision Maker$/i, 'maker'],
  [/^Decision status$/i, 'status'],
  [/^Is Key decision\??$/i, 'key'],
  [/^Is subject to call[- ]in\??$/i, 'callIn'],
  [/^(?:Publication date|Decision published|Date of publication)$/i, 'published'],
  [/^Date of decision$/i, 'decidedOn'],
  [/^(?:Decided at meeting|Made at meeting)$/i, 'meeting'],
  [/^Effective from$/i, 'effective'],
  [/^Decisions?$/i, 'decision'],
  [/^(?:Accompanying Documents|Supporting documents)$/i, 'documents'],
];
/** Fields whose value is on their own line; what follows them is not theirs. */
const ONE_LINE: ReadonlySet<FieldName> = new Set([
  'maker',
  'status',
  'key',
  'callIn',
  'published',
  'decidedOn',
  'meeting',
  'effective',
]);
const LABEL_LINE = /^\s*([A-Za-z][A-Za-z0-9 /?'(),&-]{1,70}?)\s*:\s*(.*)$/;
/** A council's own label: a few words opening with a capital, never a decision's opening. */
const OWN_LABEL = /^[A-Z][A-Za-z0-9/?'(),&-]*(?:\s+[A-Za-z0-9/?'(),&-]+){0,5}$/;
const NOT_A_LABEL =
  /^(?:RESOLVED|RECOMMENDED|AGREED|DECIDED|Resolved|Recommended|Agreed|Decided|That|It|Note|NOTE)\b/;
const DECISION_HEADING = /^\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(\S.*?)\s*$/;
const MEETING_VALUE =
  /^(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.+?)(?:\s*\(Item\s+([^)]*?)\s*\))?\s*$/i;

function yesOrNo(value: string): boolean | null {
  if (/^yes\b/i.test(value)) return true;
  return /^no\b/i.test(value) ? false : null;
}

type Label = { name: FieldName; label: string; rest: string };

function labelOf(line: Line): Label | null {
  const m = LABEL_LINE.exec(line.text);
  if (!m) return null;
  const label = m[1]!.trim();
  const known = LABELS.find(([p]) => p.test(label))?.[1];
  if (known) return { name: known, label, rest: m[2]! };
  if (OWN_LABEL.test(label) && !NOT_A_LABEL.test(label))
    return { name: 'fact', label, rest: m[2]! };
  return null;
}

type Field = { name: FieldName; label: string; line: Line; lines: Line[]; value: string };
type Block = { heading: Line | null; lines: Line[] };

export function parseDecisionPage(
  original: string,
  form: 'decision-details' | 'issue-decisions',
  file: string,
  diag: Diagnostics,
  links: readonly PageLink[] = [],
): ParsedSource {
  const text = displayView(original);
  const lines = splitLines(scanView(original));
  const headingPattern =
    form === 'decision-details' ? /^\s*Decision details\s*$/i : /^\s*Issue\s*[-–]\s*decisions\s*$/i;
  const headingAt = lines.findLastIndex((l) => headingPattern.test(l.text));
  const furniture = navigationAbove(text, lines, headingAt);
  const headings: Span[] = headingAt === -1 ? [] : [lineSpan(text, lines[headingAt]!)!];
  const afterHeading = lines.slice(headingAt + 1);
  // The title may hold a colon ("Budget: 2016/17"); only a known label makes a line a field. A
  // saved copy that lost its title starts at its first field.
  const firstFilled = afterHeading.find((l) => !isBlank(l.text));
  const titled =
    firstFilled &&
    (labelOf(firstFilled)?.name ?? 'fact') === 'fact' &&
    (headingAt !== -1 || !labelOf(firstFilled)) &&
    !DECISION_HEADING.test(firstFilled.text) &&
    (headingAt !== -1 || form === 'issue-decisions');
  const titleLine = titled ? firstFilled : null;
  const rest = titleLine ? afterHeading.slice(afterHeading.indexOf(titleLine) + 1) : afterHeading;

  const blocks: Block[] = [];
  if (form === 'issue-decisions') {
    for (const line of rest) {
      if (DECISION_HEADING.test(line.text)) blocks.push({ heading: line, lines: [] });
      else if (blocks.length) blocks.at(-1)!.lines.push(line);
      else if (!isBlank(line.text))
        diag.warn(
          file,
          line.number,
          `ignored a line before the first decision: "${line.text.trim()}"`,
          [line.number, line.number],
        );
    }
  } else blocks.push({ heading: null, lines: rest });

  let title = titleLine?.text.trim() ?? null;
  const items: ParsedItem[] = [];
  for (const block of blocks) {
    const item = readDecision(text, block, title, file, diag, links);
    if (item) items.push(item);
  }
  if (!items.length)
    diag.fail(file, titleLine?.number ?? 1, `no decision on this ${FORM_TITLES[form]} page`);
  if (title === null) {
    title = items[0]!.title;
    diag.warn(
      file,
      firstFilled?.number ?? 1,
      `no title on the page; using the first words of its text, "${title}"`,
    );
  }
  diag.throwIfErrors();
  return {
    form,
    title: `${FORM_TITLES[form]}: ${title}`,
    text,
    issues: [{ title, subtitle: null, titleSpan: titleLine ? lineSpan(text, titleLine)! : null }],
    items,
    meetings: [],
    headings,
    furniture,
    links: [...links],
  };
}

function readFields(block: Block): { fields: Field[]; loose: Line[][] } {
  const fields: Field[] = [];
  const loose: Line[][] = [];
  let open: Field | null = null;
  let group: Line[] | null = null;
  for (const line of block.lines) {
    const label = labelOf(line);
    const repeatsDecision = label?.name === 'decision' && fields.some((f) => f.name === 'decision');
    if (label && !repeatsDecision) {
      const start = line.start + line.text.length - label.rest.length;
      const inline = label.rest.trim() ? [{ ...line, start, text: label.rest }] : [];
      const field: Field = { name: label.name, label: label.label, line, lines: inline, value: '' };
      fields.push(field);
      // A one-line field, or a fact with its value beside it, takes no more lines; a field
      // whose value is below its label ("Purpose:", "Decision:") takes what follows.
      const takesMore = !ONE_LINE.has(label.name) && !(label.name === 'fact' && inline.length);
      const waitsForValue = ONE_LINE.has(label.name) && !inline.length;
      open = takesMore || waitsForValue ? field : null;
      group = null;
      continue;
    }
    if (open && ONE_LINE.has(open.name)) {
      // "Decision due:" with its value on the next line.
      if (!isBlank(line.text)) {
        open.lines.push(line);
        open = null;
      }
      continue;
    }
    if (open) {
      open.lines.push(line);
      continue;
    }
    if (isBlank(line.text)) {
      group?.push(line);
      continue;
    }
    if (!group) loose.push((group = []));
    group.push(line);
  }
  for (const f of fields)
    f.value = f.lines
      .map((l) => l.text.trim())
      .filter(Boolean)
      .join(' ');
  return { fields, loose };
}

function readDecision(
  text: string,
  block: Block,
  issueTitle: string | null,
  file: string,
  diag: Diagnostics,
  links: readonly PageLink[],
): ParsedItem | null {
  const { fields, loose } = readFields(block);
  // A date line with nothing under it: there is no decision here to read.
  if (!fields.length && !loose.length) return null;
  const field = (name: FieldName) => fields.find((f) => f.name === name) ?? null;
  const where = block.heading ?? block.lines.find((l) => !isBlank(l.text)) ?? block.lines[0];
  const whereLine = where?.number ?? 1;

  const date = (name: FieldName): string | null => {
    const f = field(name);
    if (!f || !f.value) return null;
    const parsed = parseUkDate(f.value.split(/\s+/)[0]!);
    if ('iso' in parsed) return parsed.iso;
    diag.warn(file, f.line.number, `${parsed.problem}; this date is left out`);
    return null;
  };
  let decidedOn = date('decidedOn');
  let headingTitle: string | null = null;
  if (block.heading) {
    // On an "Issue - decisions" page the date heading each decision is its date of decision.
    const m = DECISION_HEADING.exec(block.heading.text)!;
    headingTitle = m[2]!;
    const stated = parseUkDate(m[1]!);
    if ('iso' in stated) decidedOn ??= stated.iso;
    else diag.warn(file, block.heading.number, `${stated.problem}; this date is left out`);
  }
  const keyField = field('key');
  const key = keyField ? yesOrNo(keyField.value) : null;
  if (keyField && key === null)
    diag.warn(file, keyField.line.number, `cannot read "${keyField.value}" as yes or no; left out`);

  const meetingField = field('meeting');
  const meetingMatch = meetingField ? MEETING_VALUE.exec(meetingField.value) : null;
  let meetingDate: string | null = null;
  if (meetingField && !meetingMatch) {
    diag.warn(
      file,
      meetingField.line.number,
      `cannot read the meeting "${meetingField.value}"; expected "DD/MM/YYYY - Body": the decision is kept without its meeting`,
    );
  } else if (meetingMatch) {
    const parsed = parseUkDate(meetingMatch[1]!);
    if ('problem' in parsed) {
      diag.error(file, meetingField!.line.number, parsed.problem);
      return null;
    }
    meetingDate = parsed.iso;
  }
  const bodyName = meetingMatch
    ? meetingMatch[2]!.replace(/\s+[-–]\s+dissolved$/i, '').trim()
    : null;
  const maker = field('maker')?.value || null;
  if (meetingDate && decidedOn && decidedOn !== meetingDate) {
    diag.warn(
      file,
      (field('decidedOn') ?? meetingField)!.line.number,
      `the date of decision (${decidedOn}) is not the date of the meeting it was decided at (${meetingDate}): both kept`,
    );
  }
  if (
    bodyName &&
    maker &&
    maker.toLowerCase() !== bodyName.toLowerCase() &&
    !/\b(?:officer|director|chief|head|manager|member|leader|portfolio)\b/i.test(maker)
  ) {
    diag.warn(
      file,
      field('maker')!.line.number,
      `the decision maker "${maker}" is not the body of the meeting it was decided at ("${bodyName}"): both kept`,
    );
  }

  // The decision: under its label, or else read by its form from the unlabelled prose, whose
  // other words are kept as minutes.
  const decisionField = field('decision');
  let decision: ParsedDecision | null = decisionField
    ? decisionFromLines(text, decisionField.line, decisionField.lines, file, diag)
    : null;
  let minutes: ParsedMinutes | null = null;
  for (const group of loose) {
    const read = decision ? null : decisionByForm(text, group, file, diag);
    if (read?.decision) {
      decision = read.decision;
      if (!minutes) minutes = read.minutes;
      else if (read.minutes)
        unread(group, 'prose apart from the decision and its minutes', file, diag);
    } else if (!minutes) minutes = proseAsMinutes(text, group);
    else unread(group, 'prose apart from the decision and its minutes', file, diag);
  }
  // A decision page is a record of a decision: where no words of the prose open one, the prose
  // is the decision itself ("The Director of Public Health has approved ..."), not its minutes.
  if (!decision && minutes?.text) {
    decision = { text: minutes.text, resolutions: [], span: minutes.span };
    minutes = null;
  }

  const documents: ParsedDocument[] = [];
  const documentsField = field('documents');
  for (const line of documentsField?.lines ?? []) {
    if (isBlank(line.text)) continue;
    const document = documentOfLine(text, line, 'report', links);
    if (document) documents.push(document);
    else unread([line], 'a line under the documents that is not a document', file, diag);
  }
  const facts: ParsedFact[] = fields
    .filter((f) => f.name === 'fact' || f.name === 'callIn')
    .flatMap((f) => {
      const span = trimSpan(text, f.line.start, (f.lines.at(-1) ?? f.line).end)!;
      return f.value ? [{ label: f.label, text: f.value, span }] : [];
    });
  const labels = fields
    .filter((f) => (f.name === 'fact' || f.name === 'callIn') && !f.value)
    .map((f) => lineSpan(text, f.line)!);
  if (decisionField) labels.push(lineSpan(text, decisionField.line)!);
  if (documentsField) labels.push(lineSpan(text, documentsField.line)!);

  const first = block.heading ?? fields[0]?.line ?? where;
  if (!first) return null;
  const last = block.lines.at(-1) ?? first;
  const span: Span = trimSpan(text, first.start, last.end) ?? lineSpan(text, first)!;
  // Without a title of its own, the page's first words of prose stand in: its purpose where it
  // prints one, else its decision without the resolution's number.
  const title =
    headingTitle ??
    issueTitle ??
    firstWords(minutes?.text ?? decision?.text.replace(/^\s*\(?\w{1,4}[.)]\s+/, '') ?? maker ?? '');
  if (!title) {
    diag.warn(file, whereLine, 'a decision with no title and no text: not read', [
      block.lines[0]?.number ?? whereLine,
      block.lines.at(-1)?.number ?? whereLine,
    ]);
    return null;
  }
  const detailFields = fields.filter((f) => ONE_LINE.has(f.name) && f.name !== 'callIn');
  const meetingSpan = meetingField ? lineSpan(text, meetingField.line)! : null;
  const headerSpan = meetingSpan ?? (block.heading ? lineSpan(text, block.heading)! : span);
  return {
    headerLine: meetingField?.line.number ?? whereLine,
    headerSpan,
    date: meetingDate,
    bodyName,
    bodyDissolved: meetingMatch ? /\s[-–]\s+dissolved$/i.test(meetingMatch[2]!) : false,
    ...(!meetingField && maker ? { outsideMeeting: true } : {}),
    number: meetingMatch?.[3] ? meetingMatch[3].replace(/[.:]+$/, '') : null,
    title,
    reportOf: null,
    documents,
    additionalDocumentsUnlisted: false,
    decision,
    minutes,
    agendaText: null,
    facts,
    labels,
    span,
    prose: proseOf({ decision, minutes, facts }),
    titleSpan: block.heading ? lineSpan(text, block.heading)! : span,
    details: {
      maker,
      status: field('status')?.value || null,
      keyDecision: key,
      published: date('published'),
      decidedOn,
      decidedAtMeeting: meetingField?.value || null,
      effectiveFrom: date('effective'),
      span,
      fieldSpans: detailFields.map((f) =>
        trimSpan(text, f.line.start, (f.lines.at(-1) ?? f.line).end)!,
      ),
    },
  };
}

/** Prose beside a decision found elsewhere on the page: the minutes, read whole. */
function proseAsMinutes(text: string, lines: Line[]): ParsedMinutes | null {
  const words = lines.filter((l) => !isBlank(l.text));
  if (!words.length) return null;
  const span = trimSpan(text, words[0]!.start, words.at(-1)!.end)!;
  return { text: paragraphText(text, span), truncated: false, span };
}

function unread(lines: Line[], why: string, file: string, diag: Diagnostics) {
  const words = lines.filter((l) => !isBlank(l.text));
  if (!words.length) return;
  const range: [number, number] = [words[0]!.number, words.at(-1)!.number];
  diag.warn(file, range[0], `${why}; lines ${range[0]}-${range[1]} not read`, range);
}

/** A title from the record's own words, where the page prints none. */
function firstWords(text: string): string {
  const first = text.split('\n')[0]!.trim();
  if (first.length <= 150) return first;
  return `${first.slice(0, first.lastIndexOf(' ', 147))}...`;
}
