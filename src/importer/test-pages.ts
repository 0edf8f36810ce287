/**
 * Small invented pages in the ModernGov "Issue - meetings" layout, one per parser variant. The
 * councils, items and amounts are made up; only the layout follows the real pages.
 */
import { readFileSync } from 'node:fs';
import type { Bundle } from '../bundle/schema.ts';
import { buildBundle } from './build-bundle.ts';
import { main } from './command-line.ts';
import { Diagnostics, formatDiagnostic, ImportError } from './diagnostics.ts';

export const NBSP_LINE = '\u00a0';

export function page(lines: readonly string[]): string {
  return lines.join('\n');
}

/** A dissolved working group, a dotted item number, lettered resolutions, listed extra documents. */
export const ALLOTMENTS = page([
  'Issue - meetings',
  '',
  'Allotment rents review',
  '',
  'Annual review of allotment charges',
  '',
  'Meeting: 03/03/2015 - Green Spaces Working Group - dissolved (Item 6)',
  '',
  '6. Allotment rents review pdf icon PDF 120 KB',
  '',
  'Report of the Head of Parks',
  '',
  'Additional documents:',
  '',
  'Appendix 1 - tenancy figures pdf icon PDF 1.5 MB',
  '',
  'Decision:',
  '',
  'RESOLVED that:',
  '',
  '(a)   rents rise by 5% from April 2016; and',
  '',
  '(b)   the waiting list be reviewed in 2016/17.',
  '',
  'Minutes:',
  '',
  'The Head of Parks presented the report.',
  NBSP_LINE,
  'Members asked about the £2.4m reserve.  ...  view the full minutes text for item 6',
]);

/** Minute-numbered resolutions, a bare author line, and no minutes at all. */
export const MILL_LANE = page([
  'Issue - meetings',
  '',
  'Land at Mill Lane',
  '',
  'Meeting: 14/07/2008 - Planning Committee (Item 9)',
  '',
  '9 Land at Mill Lane pdf icon PDF 12 KB',
  '',
  'Jane Example, Head of Planning',
  '',
  'Decision:',
  '',
  '236/2008    That the application be refused.',
  '',
  '237/2008    That officers report back in 2009/10 on costs of £1.580 million.',
]);

/** Numbered resolutions over two meetings, the later one first as ModernGov lists them. */
export const LIBRARY_HOURS = page([
  'Issue - meetings',
  '',
  'Library opening hours',
  '',
  'Meeting: 20/01/2012 - Council (Item 7)',
  '',
  '7 Library opening hours pdf icon PDF 30 KB',
  '',
  'Report of the Cabinet Member for Culture',
  '',
  'Additional documents:',
  '',
  'Minutes:',
  '',
  'Members noted the report.',
  '',
  'Meeting: 10/01/2012 - Cabinet (Item 4)',
  '',
  '4 Library opening hours',
  '',
  'Decision:',
  '',
  'RESOLVED THAT:',
  '',
  '1.      Opening hours be reduced by 10-15% from Feb 2012',
  '',
  '2.      The saving of £40,000 be noted',
]);

export const BAD_DATE = page([
  'Issue - meetings',
  '',
  'Parking charges',
  '',
  'Meeting: 31/02/2010 - Cabinet (Item 3)',
  '',
  '3 Parking charges',
]);

export const NO_MEETINGS = page([
  'Issue - meetings',
  '',
  'Parking charges',
  '',
  'Nothing here yet.',
]);

/**
 * The invented pages in `test-pages/`, one file per form, built as `import` would build them.
 * Messages are the `FILE:LINE: severity: message` lines a person would see.
 */
export function buildTestPages(...names: string[]): { bundle: Bundle | null; messages: string[] } {
  const diag = new Diagnostics();
  const inputs = names.map((name) => ({
    file: name,
    fileName: name,
    bytes: readFileSync(new URL(`./test-pages/${name}`, import.meta.url)),
    annotation: null,
  }));
  try {
    const bundle = buildBundle(inputs, diag);
    return { bundle, messages: diag.all.map(formatDiagnostic) };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { bundle: null, messages: diag.all.map(formatDiagnostic) };
  }
}

export function readTestPage(name: string): string {
  return readFileSync(new URL(`./test-pages/${name}`, import.meta.url), 'utf8');
}

/** What a bundle says, without offsets: enough to assert a page's whole yield in one place. */
export function summarise(bundle: Bundle) {
  return {
    meetings: bundle.meetings.map((m) => ({
      date: m.date,
      body: bundle.bodies.find((b) => b.id === m.bodyId)!.name,
      ...(m.basis ? { basis: m.basis, quote: m.source.quote } : {}),
      ...(m.bodyBasis ? { bodyBasis: m.bodyBasis, bodyQuote: m.bodySource?.quote } : {}),
      ...(m.status ? { status: m.status } : {}),
      ...(m.facts ? { facts: m.facts.map((f) => `${f.label}: ${f.text}`) } : {}),
    })),
    issues: bundle.issues.map((i) => i.title),
    items: bundle.items.map((i) => ({
      meeting: i.meetingId,
      number: i.number,
      title: i.title,
      reportOf: i.reportOf,
      documents: i.documents.map((d) =>
        [d.title, d.format, d.sizeKb, d.role, d.url].filter((x) => x != null).join(' '),
      ),
      ...(i.agendaText ? { agendaText: i.agendaText.text } : {}),
      decision: i.decision && {
        text: i.decision.text,
        resolutions: i.decision.resolutions.map((r) => `${r.number}: ${r.text}`),
      },
      minutes: i.minutes && {
        text: i.minutes.text,
        truncated: i.minutes.truncated,
        ...(i.minutes.number !== undefined ? { number: i.minutes.number } : {}),
      },
      ...(i.details ? { details: { ...i.details, source: undefined } } : {}),
      ...(i.facts ? { facts: i.facts.map((f) => `${f.label}: ${f.text}`) } : {}),
    })),
    mentions: bundle.mentions.map((m) =>
      Object.fromEntries(
        Object.entries(m).filter(
          ([k]) => !['id', 'documentId', 'itemId', 'start', 'end', 'unit'].includes(k),
        ),
      ),
    ),
  };
}

/** Runs the command line in `cwd`, collecting what it prints, as a person's shell would. */
export async function runCommand(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
  });
  return { status, stdout, stderr };
}
