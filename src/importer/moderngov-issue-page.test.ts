// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Diagnostics, ImportError } from './diagnostics.ts';
import { parseDocumentLink, parseItemLine } from './item-block.ts';
import { parseUkDate } from '../bundle/calendar.ts';
import { parseIssuePage, type ParsedPage } from './moderngov-issue-page.ts';
import type { ParsedItem } from './parsed-item.ts';
import { normaliseLineEndings } from './source-text.ts';
import { ALLOTMENTS, BAD_DATE, LIBRARY_HOURS, MILL_LANE, NO_MEETINGS } from './test-pages.ts';

const SEED = readFileSync(
  new URL('../../seeds/strategic-commissioning.moderngov-issue.txt', import.meta.url),
  'utf8',
);

/** The documents as the bundle keeps them, without the spans the read report uses. */
function documentsOf(item: ParsedItem | undefined) {
  return item!.documents.map(({ span: _span, ...d }) => d);
}

function parse(text: string): { page: ParsedPage; diag: Diagnostics } {
  const diag = new Diagnostics();
  return { page: parseIssuePage(text, 'page.txt', diag), diag };
}

function parseError(text: string): string[] {
  const diag = new Diagnostics();
  expect(() => parseIssuePage(text, 'page.txt', diag)).toThrow(ImportError);
  return diag.errors().map((d) => `${d.file}:${d.line}: ${d.message}`);
}

/** Every span the parser records must quote the text exactly; checked on every page below. */
function expectSpansInside(text: string, page: ParsedPage) {
  for (const item of page.items) {
    const spans = [
      item.span,
      item.headerSpan,
      ...item.prose,
      item.decision?.span,
      item.minutes?.span,
    ];
    for (const r of item.decision?.resolutions ?? []) spans.push(r.span);
    for (const s of spans) {
      if (!s) continue;
      expect(s.start).toBeLessThan(s.end);
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    }
    for (const r of item.decision?.resolutions ?? []) {
      expect(text.slice(r.span.start, r.span.end)).toBe(r.text);
    }
  }
}

describe('the seed page', () => {
  const { page, diag } = parse(SEED);

  it('reads the issue heading and three meetings, without warnings', () => {
    expect(page.title).toBe('Strategic commissioning Section 4 report');
    expect(page.subtitle).toBeNull();
    expect(diag.all).toEqual([]);
    expect(page.items.map((i) => [i.date, i.bodyName, i.bodyDissolved, i.number])).toEqual([
      ['2010-12-13', 'Council', false, '14'],
      ['2010-11-16', 'Cabinet', false, '5'],
      ['2010-10-28', 'Staff and Support Services', true, '5'],
    ]);
    expectSpansInside(SEED, page);
  });

  it('reads each item line, its document and who reported', () => {
    expect(
      page.items.map((i) => [i.title, i.reportOf, documentsOf(i), i.additionalDocumentsUnlisted]),
    ).toEqual([
      [
        'Strategic commissioning',
        'the Chief Executive',
        [{ title: 'Strategic commissioning', format: 'PDF', sizeKb: 64, role: 'report' }],
        true,
      ],
      [
        'Strategic commissioning',
        'the Chief Executive',
        [{ title: 'Strategic commissioning', format: 'PDF', sizeKb: 58, role: 'report' }],
        true,
      ],
      [
        'Strategic commissioning',
        'Andrew North, Chief Executive',
        [{ title: 'Strategic commissioning', format: 'PDF', sizeKb: 85, role: 'report' }],
        true,
      ],
    ]);
  });

  it('reads the Cabinet decision as three numbered resolutions', () => {
    const [council, cabinet, sss] = page.items;
    expect(council!.decision).toBeNull();
    expect(sss!.decision).toBeNull();
    const decision = cabinet!.decision!;
    expect(decision.text).toMatch(/^RESOLVED THAT:\n\n1\.\s+The Chief Executive’s proposals/);
    expect(decision.resolutions.map((r) => r.number)).toEqual(['1', '2', '3']);
    expect(decision.resolutions[0]!.text).toMatch(
      /^The Chief Executive’s proposals .* be endorsed$/,
    );
    expect(decision.resolutions[2]!.text).toMatch(
      /^It be recommended that Council set aside .* including GO\.$/,
    );
  });

  it('marks all three minutes as cut short and drops the marker from their text', () => {
    for (const item of page.items) {
      expect(item.minutes!.truncated).toBe(true);
      expect(item.minutes!.text).not.toMatch(/view the full minutes text|\.\.\./);
      expect(SEED.slice(item.minutes!.span.start, item.minutes!.span.end)).not.toMatch(
        /view the full/,
      );
    }
    expect(page.items[0]!.minutes!.text.endsWith('He had raised these concerns back')).toBe(true);
    expect(page.items[2]!.minutes!.text.endsWith('In addition to this, the')).toBe(true);
  });

  it('treats lines of non-breaking spaces as paragraph breaks in the minutes', () => {
    const text = page.items[0]!.minutes!.text;
    expect(text.split('\n').filter((l) => l !== '' && l.trim() === '')).toEqual([]);
    expect(text.split('\n\n')).toHaveLength(9);
    expect(text.startsWith('The meeting adjourned for tea between 4.10 and 4.45 pm.')).toBe(true);
  });
});

describe('page variants', () => {
  it('reads a dissolved working group, a dotted item number and listed additional documents', () => {
    const { page, diag } = parse(ALLOTMENTS);
    expect(diag.all).toEqual([]);
    expect(page.subtitle).toBe('Annual review of allotment charges');
    const [item] = page.items;
    expect(item).toMatchObject({
      date: '2015-03-03',
      bodyName: 'Green Spaces Working Group',
      bodyDissolved: true,
      number: '6',
      title: 'Allotment rents review',
      reportOf: 'the Head of Parks',
      additionalDocumentsUnlisted: false,
    });
    expect(documentsOf(item)).toEqual([
      { title: 'Allotment rents review', format: 'PDF', sizeKb: 120, role: 'report' },
      { title: 'Appendix 1 - tenancy figures', format: 'PDF', sizeKb: 1536, role: 'additional' },
    ]);
    expectSpansInside(ALLOTMENTS, page);
  });

  it('reads lettered resolutions "(a)"', () => {
    const decision = parse(ALLOTMENTS).page.items[0]!.decision!;
    expect(decision.resolutions.map((r) => [r.number, r.text])).toEqual([
      ['a', 'rents rise by 5% from April 2016; and'],
      ['b', 'the waiting list be reviewed in 2016/17.'],
    ]);
  });

  it('removes a truncation marker written with spaces and joins paragraphs across a nbsp line', () => {
    const minutes = parse(ALLOTMENTS).page.items[0]!.minutes!;
    expect(minutes).toMatchObject({
      truncated: true,
      text: 'The Head of Parks presented the report.\n\nMembers asked about the £2.4m reserve.',
    });
  });

  it('reads minute-numbered resolutions "237/2008" and a bare author line', () => {
    const { page, diag } = parse(MILL_LANE);
    expect(diag.all).toEqual([]);
    const [item] = page.items;
    expect(item!.reportOf).toBe('Jane Example, Head of Planning');
    expect(item!.additionalDocumentsUnlisted).toBe(false);
    expect(item!.minutes).toBeNull();
    expect(item!.decision!.resolutions.map((r) => [r.number, r.text])).toEqual([
      ['236/2008', 'That the application be refused.'],
      ['237/2008', 'That officers report back in 2009/10 on costs of £1.580 million.'],
    ]);
    expectSpansInside(MILL_LANE, page);
  });

  it('reads numbered resolutions "1." and minutes that are not cut short', () => {
    const { page } = parse(LIBRARY_HOURS);
    const [council, cabinet] = page.items;
    expect(council!.minutes).toMatchObject({ text: 'Members noted the report.', truncated: false });
    expect(council!.additionalDocumentsUnlisted).toBe(true);
    expect(cabinet!.documents).toEqual([]);
    expect(cabinet!.reportOf).toBeNull();
    expect(cabinet!.decision!.resolutions.map((r) => r.number)).toEqual(['1', '2']);
    expectSpansInside(LIBRARY_HOURS, page);
  });

  it('keeps offsets into the text after CRLF line endings are normalised', () => {
    const text = normaliseLineEndings(ALLOTMENTS.replace(/\n/g, '\r\n'));
    expect(text).toBe(ALLOTMENTS);
    expect(parse(text).page).toEqual(parse(ALLOTMENTS).page);
  });

  it('warns, with the line, when the item line and the meeting line disagree on the number', () => {
    const { diag } = parse(
      LIBRARY_HOURS.replace('4 Library opening hours', '5 Library opening hours'),
    );
    expect(diag.warnings().map((d) => [d.line, d.message])).toEqual([
      [19, 'item number 5 differs from "(Item 4)" in the meeting line'],
    ]);
  });
});

describe('pages this parser only partly understands', () => {
  it('warns when the decision itself is cut short, keeping the marker in its text', () => {
    const { page, diag } = parse(
      MILL_LANE.replace(
        'of £1.580 million.',
        'of £1.580 million ...  view the full decision text for item 9',
      ),
    );
    expect(diag.warnings().map((d) => [d.line, d.message])).toEqual([
      [15, 'the decision text is cut short on this page; the marker is kept in its text'],
    ]);
    expect(page.items[0]!.decision!.text).toMatch(/view the full decision text for item 9$/);
  });

  it('warns when the "Issue - meetings" heading is missing and reads the first line as the title', () => {
    const { page, diag } = parse(MILL_LANE.replace('Issue - meetings\n\n', ''));
    expect(page.title).toBe('Land at Mill Lane');
    expect(diag.warnings().map((d) => [d.line, d.message])).toEqual([
      [1, 'no "Issue - meetings" heading; reading the first line as the issue title'],
    ]);
  });

  it('lists a bulleted additional document without a link as a title only', () => {
    const { page } = parse(
      LIBRARY_HOURS.replace(
        'Additional documents:\n\n',
        'Additional documents:\n\n  • Map of branches\n\n',
      ),
    );
    expect(documentsOf(page.items[0]).at(-1)).toEqual({
      title: 'Map of branches',
      format: null,
      sizeKb: null,
      role: 'additional',
    });
    expect(page.items[0]!.additionalDocumentsUnlisted).toBe(false);
  });

  it('never joins prose above an item line into a wrapped title', () => {
    // A saved copy whose first minutes paragraph slid up under the meeting line.
    const { page } = parse(
      LIBRARY_HOURS.replace(
        'Meeting: 20/01/2012 - Council (Item 7)\n\n',
        'Meeting: 20/01/2012 - Council (Item 7)\nMembers noted the report. The Chair thanked officers.\n',
      ),
    );
    for (const d of documentsOf(page.items[0])) {
      expect(d.title).not.toMatch(/Members noted/);
    }
  });

  it('never takes prose under "Additional documents:" for a document title', () => {
    const { page } = parse(
      LIBRARY_HOURS.replace(
        'Additional documents:\n\n',
        'Additional documents:\n\nMembers were shown a map of the branches. The map was noted.\n\n',
      ),
    );
    expect(documentsOf(page.items[0]).map((d) => d.title)).not.toContain(
      'Members were shown a map of the branches. The map was noted.',
    );
    expect(page.items[0]!.additionalDocumentsUnlisted).toBe(true);
  });
});

describe('bad pages', () => {
  it('rejects an impossible date with its line, never rolling it over', () => {
    expect(parseError(BAD_DATE)).toEqual([
      'page.txt:5: impossible date "31/02/2010": February 2010 has 28 days',
    ]);
  });

  it('rejects a page with no meeting headers', () => {
    expect(parseError(NO_MEETINGS)[0]).toMatch(
      /^page\.txt:1: no "Meeting: DD\/MM\/YYYY - Body \(Item N\)" lines/,
    );
  });

  it('rejects a meeting line it cannot read', () => {
    expect(
      parseError(BAD_DATE.replace('Meeting: 31/02/2010 - Cabinet (Item 3)', 'Meeting: sometime')),
    ).toEqual([
      'page.txt:5: cannot read this meeting line; expected "Meeting: DD/MM/YYYY - Body (Item N)"',
    ]);
  });
});

describe('small readers', () => {
  it('reads UK dates strictly', () => {
    expect(parseUkDate('29/02/2012')).toEqual({ iso: '2012-02-29' });
    expect(parseUkDate('29/02/2011')).toEqual({
      problem: 'impossible date "29/02/2011": February 2011 has 28 days',
    });
    expect(parseUkDate('01/13/2011')).toEqual({
      problem: 'impossible date "01/13/2011": there is no month 13',
    });
  });

  it('reads item lines with and without a number, a trailing dot, or a document', () => {
    expect(parseItemLine('14 Strategic commissioning pdf icon PDF 64 KB')).toEqual({
      number: '14',
      title: 'Strategic commissioning',
      document: { title: 'Strategic commissioning', format: 'PDF', sizeKb: 64 },
    });
    expect(parseItemLine('6. Minutes of the last meeting')).toEqual({
      number: '6',
      title: 'Minutes of the last meeting',
      document: null,
    });
    expect(parseItemLine('6.1 Budget monitoring')).toMatchObject({ number: '6.1' });
    expect(parseItemLine('Budget monitoring')).toMatchObject({
      number: null,
      title: 'Budget monitoring',
    });
    expect(parseDocumentLink('Budget report doc icon DOC 40.5 KB')).toEqual({
      title: 'Budget report',
      format: 'DOC',
      sizeKb: 40.5,
    });
  });
});
