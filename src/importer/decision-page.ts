/**
 * ModernGov's "Decision details" page (one decision) and "Issue - decisions" page (every decision
 * on one issue, each under a "DD/MM/YYYY - Title" line). Both print labelled fields: the decision
 * maker, its status, the key decision flag, publication and decision dates, the meeting it was
 * made at, the decision's text and its documents. A field the page does not print stays null.
 * Where two fields contradict each other (the date of decision and the meeting's date) both are
 * kept and the importer warns. A decision made outside any meeting has no place in a bundle,
 * whose items belong to meetings, so it is reported and not read.
 */
import type { ItemDocument } from '../bundle/schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import {
  decisionFromLines,
  listedDocument,
  parseUkDate,
  type ParsedItem,
} from './moderngov-issue-page.ts';
import { FORM_TITLES, type ParsedSource } from './parsed-source.ts';
import { displayView, scanView } from './scan-view.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import { trimSpan, type Span } from './text-spans.ts';

type FieldName =
  | 'maker'
  | 'status'
  | 'key'
  | 'published'
  | 'decidedOn'
  | 'meeting'
  | 'effective'
  | 'decision'
  | 'documents'
  | 'other';

const LABELS: [RegExp, FieldName][] = [
  [/^Decision Maker$/i, 'maker'],
  [/^Decision status$/i, 'status'],
  [/^Is Key decision\??$/i, 'key'],
  [/^(?:Publication date|Decision published|Date of publication)$/i, 'published'],
  [/^Date of decision$/i, 'decidedOn'],
  [/^(?:Decided at meeting|Made at meeting)$/i, 'meeting'],
  [/^Effective from$/i, 'effective'],
  [/^Decision$/i, 'decision'],
  [/^(?:Accompanying Documents|Supporting documents)$/i, 'documents'],
  [
    /^(?:Purpose|Reasons? for the decision|Alternative options considered|Interests and Nature of Interests Declared|Is subject to call in\??|Call-in deadline|Lead officer|Wards affected|Reason Key|Consultees|Notice of proposed decision first published|Other reasons \/ organisations consulted|Contact|Report author|Subject)$/i,
    'other',
  ],
];
const LABEL_LINE = /^\s*([A-Za-z][A-Za-z /?'-]{1,70}?)\s*:\s*(.*)$/;
const DECISION_HEADING = /^\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(\S.*?)\s*$/;
const MEETING_VALUE =
  /^(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.+?)(?:\s*\(Item\s+([^)]*?)\s*\))?\s*$/i;

function yesOrNo(value: string): boolean | null {
  if (/^yes\b/i.test(value)) return true;
  return /^no\b/i.test(value) ? false : null;
}

function labelOf(line: Line): FieldName | undefined {
  const m = LABEL_LINE.exec(line.text);
  return m ? LABELS.find(([p]) => p.test(m[1]!.trim()))?.[1] : undefined;
}

type Field = { name: FieldName; label: Line; lines: Line[]; value: string };

export function parseDecisionPage(
  original: string,
  form: 'decision-details' | 'issue-decisions',
  file: string,
  diag: Diagnostics,
): ParsedSource {
  const text = displayView(original);
  const lines = splitLines(scanView(original));
  const headingPattern =
    form === 'decision-details' ? /^\s*Decision details\s*$/i : /^\s*Issue\s*[-–]\s*decisions\s*$/i;
  const headingAt = lines.findIndex((l) => headingPattern.test(l.text));
  const afterHeading = lines.slice(headingAt + 1);
  // The title may hold a colon ("Budget: 2016/17"); only a known label makes a line a field.
  const titleLine = afterHeading.find((l) => !isBlank(l.text) && labelOf(l) === undefined);
  if (!titleLine) diag.fail(file, 1, `no title: this ${FORM_TITLES[form]} page names no decision`);
  const title = titleLine.text.trim();
  const titleSpan = trimSpan(text, titleLine.start, titleLine.end)!;

  const rest = afterHeading.slice(afterHeading.indexOf(titleLine) + 1);
  const blocks: { heading: Line | null; lines: Line[] }[] = [];
  if (form === 'issue-decisions') {
    for (const line of rest) {
      if (DECISION_HEADING.test(line.text)) blocks.push({ heading: line, lines: [] });
      else if (blocks.length) blocks.at(-1)!.lines.push(line);
      else if (!isBlank(line.text))
        diag.warn(
          file,
          line.number,
          `ignored a line before the first decision: "${line.text.trim()}"`,
        );
    }
  } else blocks.push({ heading: null, lines: rest });

  const items: ParsedItem[] = [];
  for (const block of blocks) {
    const item = readDecision(text, block, title, file, diag);
    if (item) items.push(item);
  }
  if (!items.length)
    diag.fail(
      file,
      titleLine.number,
      `no decision made at a meeting on this ${FORM_TITLES[form]} page`,
    );
  diag.throwIfErrors();
  return {
    form,
    title: `${FORM_TITLES[form]}: ${title}`,
    text,
    issues: [{ title, subtitle: null, titleSpan }],
    items,
    meetings: [],
  };
}

function readDecision(
  text: string,
  block: { heading: Line | null; lines: Line[] },
  issueTitle: string,
  file: string,
  diag: Diagnostics,
): ParsedItem | null {
  const fields: Field[] = [];
  for (const line of block.lines) {
    const m = LABEL_LINE.exec(line.text);
    const name = m ? LABELS.find(([p]) => p.test(m[1]!.trim()))?.[1] : undefined;
    if (m && name) {
      const rest = m[2]!;
      const start = line.start + line.text.length - rest.length;
      fields.push({
        name,
        label: line,
        lines: rest.trim() ? [{ ...line, start, text: rest }] : [],
        value: '',
      });
    } else if (fields.length) fields.at(-1)!.lines.push(line);
    else if (!isBlank(line.text))
      diag.warn(
        file,
        line.number,
        `ignored a line this parser does not recognise: "${line.text.trim()}"`,
      );
  }
  for (const f of fields)
    f.value = f.lines
      .map((l) => l.text.trim())
      .filter(Boolean)
      .join(' ');
  const field = (name: FieldName) => fields.find((f) => f.name === name) ?? null;
  const where = block.heading ?? block.lines.find((l) => !isBlank(l.text)) ?? block.lines[0];
  const whereLine = where?.number ?? 1;

  const date = (name: FieldName): string | null => {
    const f = field(name);
    if (!f || !f.value) return null;
    const parsed = parseUkDate(f.value.split(/\s+/)[0]!);
    if ('iso' in parsed) return parsed.iso;
    diag.warn(file, f.label.number, `${parsed.problem}; this date is left out`);
    return null;
  };
  let decidedOn = date('decidedOn');
  if (block.heading) {
    // On an "Issue - decisions" page the date heading each decision is its date of decision.
    const stated = parseUkDate(DECISION_HEADING.exec(block.heading.text)![1]!);
    if ('iso' in stated) decidedOn ??= stated.iso;
    else diag.warn(file, block.heading.number, `${stated.problem}; this date is left out`);
  }
  const keyField = field('key');
  const key = keyField ? yesOrNo(keyField.value) : null;
  if (keyField && key === null)
    diag.warn(
      file,
      keyField.label.number,
      `cannot read "${keyField.value}" as yes or no; left out`,
    );

  const meetingField = field('meeting');
  const meetingMatch = meetingField ? MEETING_VALUE.exec(meetingField.value) : null;
  if (!meetingField || !meetingMatch) {
    diag.warn(
      file,
      meetingField?.label.number ?? whereLine,
      meetingField
        ? `cannot read the meeting "${meetingField.value}"; expected "DD/MM/YYYY - Body": this decision is not read`
        : 'no "Decided at meeting:" line: a decision made outside a meeting has no place in the bundle, so it is not read',
    );
    return null;
  }
  const meetingDate = parseUkDate(meetingMatch[1]!);
  if ('problem' in meetingDate) {
    diag.error(file, meetingField.label.number, meetingDate.problem);
    return null;
  }
  const bodyName = meetingMatch[2]!.replace(/\s+[-–]\s+dissolved$/i, '').trim();
  const maker = field('maker')?.value || null;
  if (decidedOn && decidedOn !== meetingDate.iso) {
    diag.warn(
      file,
      (field('decidedOn') ?? meetingField).label.number,
      `the date of decision (${decidedOn}) is not the date of the meeting it was decided at (${meetingDate.iso}): both kept`,
    );
  }
  if (
    maker &&
    maker.toLowerCase() !== bodyName.toLowerCase() &&
    !/\b(?:officer|director|chief|head|manager|member|leader|portfolio)\b/i.test(maker)
  ) {
    diag.warn(
      file,
      field('maker')!.label.number,
      `the decision maker "${maker}" is not the body of the meeting it was decided at ("${bodyName}"): both kept`,
    );
  }
  const published = date('published');

  const decisionField = field('decision');
  const decision = decisionField
    ? decisionFromLines(text, decisionField.label, decisionField.lines, file, diag)
    : null;
  const documents: ItemDocument[] = [];
  for (const line of field('documents')?.lines ?? []) {
    if (!isBlank(line.text)) documents.push(listedDocument(line.text, 'report'));
  }
  const first = block.heading ?? fields[0]?.label ?? where!;
  const last = block.lines.at(-1) ?? first;
  const span: Span = trimSpan(text, first.start, last.end) ?? {
    start: first.start,
    end: first.end,
  };
  const meetingSpan = trimSpan(text, meetingField.label.start, meetingField.label.end)!;
  const headingTitle = block.heading ? DECISION_HEADING.exec(block.heading.text)![2]! : issueTitle;
  return {
    headerLine: meetingField.label.number,
    headerSpan: meetingSpan,
    date: meetingDate.iso,
    bodyName,
    bodyDissolved: /\s[-–]\s+dissolved$/i.test(meetingMatch[2]!),
    number: meetingMatch[3] ? meetingMatch[3].replace(/[.:]+$/, '') : null,
    title: headingTitle,
    reportOf: null,
    documents,
    additionalDocumentsUnlisted: false,
    decision,
    minutes: null,
    span,
    prose: decision ? [decision.span] : [],
    titleSpan: block.heading ? trimSpan(text, block.heading.start, block.heading.end)! : span,
    details: {
      maker,
      status: field('status')?.value || null,
      keyDecision: key,
      published,
      decidedOn,
      decidedAtMeeting: meetingField.value,
      effectiveFrom: date('effective'),
      span,
    },
  };
}
