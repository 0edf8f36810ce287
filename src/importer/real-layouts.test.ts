// @vitest-environment node
// One invented page per layout that real ModernGov pages take once text extraction has been
// at them (labels dropped, no title, no date line, 4-space indents, officer decisions with no
// meeting, forward-plan entries, saved HTML): each test asserts everything the page yields and
// where every one of its lines went. The councils, people, items and amounts are made up; only
// the line layouts follow the real pages.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../bundle/schema.ts';
import { buildBundle } from './build-bundle.ts';
import { Diagnostics, formatDiagnostic, ImportError } from './diagnostics.ts';
import type { ReadReport } from './read-report.ts';
import { furnitureOfLine } from './scan-view.ts';
import { runCommand, summarise } from './test-pages.ts';

const PAGES = new URL('./test-pages/', import.meta.url);
const REAL = new URL('./test-pages/real/', import.meta.url);
const REAL_PAGES = readdirSync(REAL)
  .filter((n) => /\.(txt|html?|xml)$/i.test(n))
  .sort();
/** Every test page of every form, the older invented ones and the real replies included. */
const ALL_PAGES = readdirSync(PAGES, { recursive: true, encoding: 'utf8' })
  .filter((n) => /\.(txt|html?|xml)$/i.test(n))
  .sort();

/**
 * `buildTestPages` with the read report as well: the report is only handed out through
 * `buildBundle`'s `reports` option, which that helper does not pass.
 */
function build(name: string, folder: URL = REAL) {
  const diag = new Diagnostics();
  const reports: ReadReport[] = [];
  const input = {
    file: name,
    fileName: name,
    bytes: readFileSync(new URL(name, folder)),
    annotation: null,
  };
  let bundle: Bundle | null = null;
  try {
    bundle = buildBundle([input], diag, { reports });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
  return {
    bundle,
    messages: diag.all.map(formatDiagnostic),
    warned: diag.all.flatMap((d) => (d.textLines ? [d.textLines] : [])),
    report: reports[0] ?? null,
  };
}

/** What `summarise` leaves out: the issue's own fields, and an unlisted "Additional documents:". */
function more(bundle: Bundle) {
  return {
    issues: bundle.issues.map((i) => ({
      subtitle: i.subtitle,
      planned: (i.planned ?? []).map(({ source, ...p }) => ({ ...p, quote: source.quote })),
      facts: (i.facts ?? []).map((f) => `${f.label}: ${f.text}`),
    })),
    additionalDocumentsUnlisted: bundle.items.map((i) => i.additionalDocumentsUnlisted),
  };
}

const sum = (o: Partial<Record<string, number>>) =>
  Object.values(o).reduce<number>((a, b) => a + (b ?? 0), 0);

/** The meeting every item sits at, for pages where its id is the importer's to choose. */
function onlyMeetingId(bundle: Bundle): string {
  expect.soft(bundle.meetings).toHaveLength(1);
  return bundle.meetings[0]?.id ?? '(no meeting)';
}

describe('Issue - meetings, minutes with no "Minutes:" label (IM8 style)', () => {
  const name = 'seafront-shelters.issue-meetings.txt';

  it('finds the RECOMMENDED paragraph as the decision and keeps the prose as minutes', () => {
    const { bundle, messages } = build(name);
    expect.soft(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [{ date: '2016-07-12', body: 'Council' }],
      issues: ['Seafront shelters refurbishment'],
      items: [
        {
          meeting: '2016-07-12-council',
          number: '38',
          title: 'Seafront shelters refurbishment',
          reportOf: null,
          // Only the item's own link: the prose after "Additional documents:" is no document.
          documents: ['Seafront shelters refurbishment PDF 42 report'],
          agendaText:
            'To consider the report of the Executive Head of Assets on repairs to the six seafront shelters.',
          decision: {
            text: 'RECOMMENDED to Council that the refurbishment programme set out in the report be approved.',
            resolutions: [],
          },
          minutes: {
            text:
              'Cllr A. Example introduced the report and explained that four of the shelters had failed their last inspection.\n\n' +
              'Members asked whether the £180,000 budget would cover all six shelters. Cllr B. Sample replied that it would cover 85% of the works.',
            truncated: false,
          },
        },
      ],
      mentions: [
        { kind: 'money', quote: '£180,000', value: 180000 },
        { kind: 'percent', quote: '85%', value: 85 },
      ],
    });
    expect(more(bundle!)).toEqual({
      issues: [{ subtitle: null, planned: [], facts: [] }],
      additionalDocumentsUnlisted: [true],
    });
  });

  it('places every line', () => {
    const { report } = build(name);
    expect.soft(report).toMatchObject({
      form: 'issue-meetings',
      lines: 9,
      placed: {
        heading: 2,
        title: 1,
        meeting: 1,
        item: 1,
        'agenda-text': 1,
        minutes: 2,
        decision: 1,
      },
      furniture: {},
      reported: [],
    });
  });
});

describe('Issue - meetings, a bare title and "(Item 4:)" (IM4), and a decision inside minutes (IM6)', () => {
  const name = 'community-grants.issue-meetings.txt';

  it('reads the "Decision:" after nbsp lines, and the RESOLVED – paragraph at the end of the minutes', () => {
    const { bundle, messages } = build(name);
    expect.soft(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        { date: '2023-02-07', body: 'Communities Scrutiny Panel' },
        { date: '2023-03-14', body: 'Cabinet' },
      ],
      issues: ['Community grants scheme 2023/24'],
      items: [
        {
          meeting: '2023-02-07-communities-scrutiny-panel',
          number: '6',
          title: 'Community grants scheme 2023/24',
          reportOf: null,
          documents: ['Community grants scheme 2023/24 PDF 210 report'],
          decision: {
            text: "RESOLVED – That the Panel's comments be passed to Cabinet.",
            resolutions: [],
          },
          minutes: {
            text:
              'The Panel considered the draft scheme and the scoring of the applications received.\n\n' +
              "RESOLVED – That the Panel's comments be passed to Cabinet.",
            truncated: false,
          },
        },
        {
          meeting: '2023-03-14-cabinet',
          number: '4',
          title: 'Community grants scheme 2023/24',
          reportOf: null,
          documents: [],
          agendaText:
            'To consider the report of the Service Director for Communities on the grants to be awarded.',
          decision: {
            text: 'That grants totalling £95,000 be awarded to the groups listed in Appendix A.',
            resolutions: [],
          },
          minutes: null,
        },
      ],
      mentions: [{ kind: 'money', quote: '£95,000', value: 95000 }],
    });
    expect(more(bundle!).additionalDocumentsUnlisted).toEqual([false, false]);
  });

  it('places every line', () => {
    const { report } = build(name);
    expect.soft(report).toMatchObject({
      lines: 12,
      placed: {
        heading: 3,
        title: 1,
        meeting: 2,
        item: 2,
        'agenda-text': 1,
        decision: 2,
        minutes: 1,
      },
      furniture: {},
      reported: [],
    });
  });
});

describe('Decision details, style B: no heading, no title, labels dropped', () => {
  const name = 'waste-savings.decision-details.txt';

  it('reads the header and footer fields, the numbered resolutions and the document', () => {
    const { bundle, messages } = build(name);
    expect
      .soft(messages)
      .toEqual([
        `${name}:1: warning: no title on the page; using the first words of its text, "To agree the savings proposals for the waste service following public consultation."`,
      ]);
    // The page prints no title: its purpose, the first words of its prose, stands in.
    const purpose =
      'To agree the savings proposals for the waste service following public consultation.';
    const resolutions = [
      '(1) That the revised collection rounds be introduced from June 2024;',
      '(2) That the resulting saving of £2.4m over three years be included in the budget;',
      '(3) That the Director of Environment be authorised to agree the final round boundaries; and',
      '(4) That a review of the new rounds be reported to Cabinet.',
    ];
    expect(summarise(bundle!)).toEqual({
      meetings: [{ date: '2024-02-20', body: 'Cabinet' }],
      issues: [purpose],
      items: [
        {
          meeting: '2024-02-20-cabinet',
          number: null,
          title: purpose,
          reportOf: null,
          documents: ['Waste service savings report PDF 120 report'],
          decision: {
            text: resolutions.join('\n'),
            resolutions: resolutions.map((r) => r.replace(/^\((\d)\) /, '$1: ')),
          },
          // The unlabelled purpose is kept, as the prose around the decision.
          minutes: {
            text: 'To agree the savings proposals for the waste service following public consultation.',
            truncated: false,
          },
          details: {
            maker: 'Cabinet',
            status: 'Recommendations Approved',
            keyDecision: true,
            published: '2024-02-22',
            decidedOn: '2024-02-20',
            decidedAtMeeting: '20/02/2024 - Cabinet',
            effectiveFrom: '2024-03-01',
            source: undefined,
          },
          facts: ['Is subject to call in?: Yes', 'Report author: Pat Sample'],
        },
      ],
      mentions: [
        { kind: 'date', quote: 'June 2024', value: { date: '2024-06', precision: 'month' } },
        { kind: 'money', quote: '£2.4m', value: 2400000 },
      ],
    });
  });

  it('places every line', () => {
    const { report } = build(name);
    expect.soft(report).toMatchObject({
      form: 'decision-details',
      lines: 16,
      placed: {
        details: 6,
        facts: 2,
        minutes: 1,
        decision: 4,
        meeting: 1,
        heading: 1,
        document: 1,
      },
      furniture: {},
      reported: [],
    });
  });
});

describe('Decision details, an officer decision at no meeting (D11/D17 style)', () => {
  const name = 'lighting-columns.decision-details.txt';

  it('keeps the decision with its maker and date, and no meeting', () => {
    const { bundle, messages } = build(name);
    expect.soft(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [],
      issues: ['Replacement of lighting columns, Orchard Road'],
      items: [
        {
          meeting: null,
          number: null,
          title: 'Replacement of lighting columns, Orchard Road',
          reportOf: null,
          documents: [],
          decision: {
            text: 'To award the works to Example Lighting Ltd at a cost of £46,500.',
            resolutions: [],
          },
          minutes: null,
          details: {
            maker: 'Assistant Director Highways and Transport',
            status: 'Recommendations Approved',
            keyDecision: false,
            published: '2023-06-14',
            decidedOn: '2023-06-09',
            decidedAtMeeting: null,
            effectiveFrom: null,
            source: undefined,
          },
          facts: [
            'Is subject to call in?: No',
            'Purpose: To replace the life-expired lighting columns on Orchard Road.',
            'Alternative options considered: Repairing the existing columns was considered and rejected, as they are beyond economic repair.',
          ],
        },
      ],
      mentions: [{ kind: 'money', quote: '£46,500', value: 46500 }],
    });
    expect(bundle!.bodies).toEqual([]);
    expect(bundle!.asOf).toBe('2023-06-09');
  });

  it('places every line, and none of them in a meeting, since there is none', () => {
    const { report } = build(name);
    expect.soft(report).toMatchObject({ lines: 14, furniture: {}, reported: [] });
    expect(report!.placed).toEqual({ heading: 2, title: 1, details: 5, facts: 5, decision: 1 });
  });
});

describe('Issue - decisions, maker only in prose (ID7/ID12 style)', () => {
  const name = 'healthy-weight.issue-decisions.txt';

  it('keeps each dated decision at no meeting, the officer\'s "has approved" as its decision', () => {
    const { bundle, messages } = build(name);
    expect.soft(messages).toEqual([]);
    const details = (decidedOn: string) => ({
      // The maker is named only in the decision's own words: not read into a field.
      maker: null,
      status: null,
      keyDecision: null,
      published: null,
      decidedOn,
      decidedAtMeeting: null,
      effectiveFrom: null,
      source: undefined,
    });
    expect(summarise(bundle!)).toEqual({
      meetings: [],
      issues: ['Healthy weight service for children'],
      items: [
        {
          meeting: null,
          number: null,
          title: 'Healthy weight service: consultation',
          reportOf: null,
          documents: [],
          decision: {
            text: '1. That a consultation on the new service model be carried out.\n\n2. That the results be reported back before any contract is awarded.',
            resolutions: [
              '1: That a consultation on the new service model be carried out.',
              '2: That the results be reported back before any contract is awarded.',
            ],
          },
          minutes: null,
          details: details('2016-01-14'),
        },
        {
          meeting: null,
          number: null,
          title: 'Award of contract for a healthy weight service',
          reportOf: null,
          documents: [],
          decision: {
            text: "The Director of Public Health has approved the award of a contract for a children's healthy weight service to Example Health CIC for two years at a cost of £310,000.",
            resolutions: [],
          },
          minutes: null,
          details: details('2016-05-23'),
        },
      ],
      mentions: [{ kind: 'money', quote: '£310,000', value: 310000 }],
    });
    expect(bundle!.items.map((i) => i.outcome.note)).not.toContainEqual(
      expect.stringMatching(/not in this record/),
    );
  });

  it('places every line, and none of them in a meeting, since there is none', () => {
    const { report } = build(name);
    expect.soft(report).toMatchObject({ lines: 7, furniture: {}, reported: [] });
    expect(sum(report!.placed)).toBe(7);
    expect(report!.placed.meeting).toBeUndefined();
  });
});

describe('Agenda item with no meeting line (AI1 style)', () => {
  const name = 'library-review.agenda-item.txt';

  it('reads the body from "The Cabinet considered", and no date from a date in the resolution', () => {
    const { bundle, messages } = build(name);
    // The page never says when the Cabinet met, and the importer says so.
    expect
      .soft(messages)
      .toEqual([
        `${name}:3: warning: no "Meeting:" line, and the text does not say when the meeting was: the item on lines 3-19 is kept without it`,
      ]);
    const meeting = onlyMeetingId(bundle!);
    expect(summarise(bundle!)).toEqual({
      // "approved from 1 October 2022" is when the hours change, not when the Cabinet met.
      meetings: [{ date: null, body: 'Cabinet', bodyBasis: 'inferred', bodyQuote: 'Cabinet' }],
      issues: ['Library service review'],
      items: [
        {
          meeting,
          number: null,
          title: 'Library service review',
          reportOf: null,
          documents: ['Library service review report PDF 310 report'],
          agendaText:
            'To consider the report of the Strategic Director of Place on the outcome of the library consultation.',
          decision: {
            text: 'RESOLVED – That the revised opening hours set out in Appendix 2 be approved from 1 October 2022.',
            resolutions: [],
          },
          minutes: {
            text:
              'The Cabinet considered the report, which set out the responses to the consultation and proposed new opening hours at the branch libraries.\n\n' +
              'Cllr A. Example said that the proposals would save £120,000 a year while keeping every branch open.',
            truncated: false,
          },
        },
      ],
      mentions: [
        { kind: 'date', quote: '1 October 2022', value: { date: '2022-10-01', precision: 'day' } },
        { kind: 'money', quote: '£120,000 a year', value: 120000, per: 'year' },
      ],
    });
    expect(more(bundle!)).toEqual({
      issues: [{ subtitle: null, planned: [], facts: [] }],
      additionalDocumentsUnlisted: [false],
    });
  });

  it('places every line', () => {
    const { report } = build(name);
    expect
      .soft(report)
      .toMatchObject({ form: 'agenda-item', lines: 8, furniture: {}, reported: [] });
    // "Cabinet" on the first minutes line is the meeting's body; the rest are the item's.
    expect(report!.placed).toEqual({
      heading: 2,
      title: 1,
      'agenda-text': 1,
      meeting: 1,
      minutes: 1,
      decision: 1,
      document: 1,
    });
  });
});

describe('Meeting page with no date line, Surrey style (M15/M16)', () => {
  const name = 'harbour-cabinet-undated.meeting.txt';

  it('keeps an undated meeting with its venue and contact, and items 77/21 and 78/21', () => {
    const { bundle, messages } = build(name);
    expect
      .soft(messages)
      .toEqual([
        `${name}:3: warning: no "Body - Weekday, Nth Month, YYYY" line: the meeting is kept without a date`,
        `${name}:27: warning: the page does not name the body that met; read "Cabinet" from its text`,
      ]);
    const meeting = onlyMeetingId(bundle!);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: null,
          body: 'Cabinet',
          bodyBasis: 'inferred',
          bodyQuote: 'Cabinet',
          facts: [
            'Venue: Council Chamber, Harbourside House, Quay Street',
            'Contact: Robin Example, Committee Manager',
          ],
        },
      ],
      issues: ['Harbour dredging contract', 'Quayside car park charges'],
      items: [
        {
          meeting,
          number: '77/21',
          title: 'Harbour dredging contract',
          reportOf: null,
          // "• Share this item" is a link beside the item, not a document.
          documents: [],
          decision: {
            text: 'RESOLVED that the dredging contract be awarded to Example Marine Ltd for 3 years.',
            resolutions: [],
          },
          minutes: {
            text: 'The Cabinet considered the report and noted the annual cost of £540,000.',
            truncated: false,
          },
        },
        {
          meeting,
          number: '78/21',
          title: 'Quayside car park charges',
          reportOf: null,
          documents: ['Quayside car park charges PDF 98 report'],
          decision: { text: 'RESOLVED that the charges in Annex 1 be approved.', resolutions: [] },
          minutes: {
            text: 'Cllr C. Example introduced the report on behalf of the Cabinet Member for Transport.',
            truncated: false,
          },
        },
      ],
      mentions: [{ kind: 'money', quote: '£540,000', value: 540000 }],
    });
  });

  it('counts the menu, the table headings and the share links as furniture', () => {
    const { report } = build(name);
    expect.soft(report).toMatchObject({ form: 'meeting', lines: 21, reported: [] });
    expect.soft(report!.furniture).toEqual({ navigation: 3, layout: 3 });
    expect(report!.placed).toEqual({
      heading: 7,
      facts: 2,
      title: 2,
      decision: 2,
      meeting: 1,
      minutes: 1,
    });
  });
});

describe('Meeting page with no date line, Haringey style (M4): unindented, body only in the minutes', () => {
  const name = 'sea-wall-undated.meeting.txt';

  it('keeps one undated meeting for both items, its body marked as read from the minutes', () => {
    const { bundle, messages, report } = build(name);
    expect
      .soft(messages)
      .toEqual([
        `${name}:1: warning: no "Body - Weekday, Nth Month, YYYY" line: the meeting is kept without a date`,
        `${name}:23: warning: the page does not name the body that met; read "Coastal Defence Panel" from its text`,
      ]);
    const meeting = onlyMeetingId(bundle!);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: null,
          body: 'Coastal Defence Panel',
          bodyBasis: 'inferred',
          bodyQuote: 'Coastal Defence Panel',
          facts: ['Venue: Committee Room 2, Harbourside House', 'Contact: Alex Example X2957'],
        },
      ],
      issues: ['Sea wall inspection programme', 'Beach access ramps'],
      items: [
        {
          meeting,
          number: '156',
          title: 'Sea wall inspection programme',
          reportOf: 'the Head of Coastal Engineering',
          documents: ['Sea wall inspection programme PDF 64 report'],
          decision: { text: 'RESOLVED that the programme be agreed.', resolutions: [] },
          minutes: {
            text: 'The Coastal Defence Panel considered the inspection programme for 2012/13.\n\nRESOLVED that the programme be agreed.',
            truncated: false,
          },
        },
        {
          meeting,
          number: '157',
          title: 'Beach access ramps',
          reportOf: null,
          documents: [],
          decision: null,
          minutes: {
            text: 'Members noted the update on the repair of the beach access ramps.',
            truncated: false,
          },
        },
      ],
      mentions: [
        { kind: 'date', quote: '2012/13', value: { date: '2012/13', precision: 'financial-year' } },
      ],
    });
    expect(more(bundle!).additionalDocumentsUnlisted).toEqual([true, false]);
    expect.soft(report).toMatchObject({ form: 'meeting', lines: 17, reported: [] });
    expect.soft(report!.furniture).toEqual({ layout: 3 });
    expect(report!.placed).toEqual({
      heading: 6,
      facts: 2,
      title: 2,
      'report-of': 1,
      meeting: 1,
      decision: 1,
      minutes: 1,
    });
  });
});

describe('Meeting pages: date lines with no ordinal, no commas, and a P108/24 item number', () => {
  it('Cabinet - Tuesday, 21 March 2023 6.00 pm', () => {
    const name = 'cabinet-21-03-2023.meeting.txt';
    const { bundle, messages, report } = build(name);
    expect.soft(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: '2023-03-21',
          body: 'Cabinet',
          facts: [
            'Venue: Committee Room 1, Civic Centre',
            'Contact: Sam Sample, Democratic Services',
          ],
        },
      ],
      issues: ['Parks events policy'],
      items: [
        {
          meeting: '2023-03-21-cabinet',
          number: '12',
          title: 'Parks events policy',
          reportOf: null,
          documents: ['Parks events policy PDF 75 report'],
          decision: { text: 'RESOLVED that the parks events policy be adopted.', resolutions: [] },
          minutes: { text: 'RESOLVED that the parks events policy be adopted.', truncated: false },
        },
      ],
      mentions: [],
    });
    expect.soft(report).toMatchObject({
      lines: 10,
      placed: { heading: 3, meeting: 1, facts: 2, title: 1, decision: 1 },
      furniture: { layout: 2 },
      reported: [],
    });
  });

  it('Planning Committee - Wednesday, 2nd April, 2025 1.00 pm, item P108/24 with a 3-line title', () => {
    const name = 'planning-02-04-2025.meeting.txt';
    const { bundle, messages, report } = build(name);
    expect.soft(messages).toEqual([]);
    const title = 'F/YR24/0999/F Land North Of 12 Example Drove, Marshby Erection of 4 dwellings';
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: '2025-04-02',
          body: 'Planning Committee',
          facts: ['Venue: Council Chamber, Fenside House', 'Contact: Lee Example, Member Services'],
        },
      ],
      issues: [title],
      items: [
        {
          meeting: '2025-04-02-planning-committee',
          number: 'P108/24',
          title,
          // The site's address is part of the title, not who reported.
          reportOf: null,
          documents: [`${title} PDF 4096 report`],
          agendaText: 'To determine the application.',
          decision: {
            text: 'RESOLVED that the application be granted subject to conditions.',
            resolutions: [],
          },
          minutes: {
            text: 'RESOLVED that the application be granted subject to conditions.',
            truncated: false,
          },
        },
      ],
      mentions: [],
    });
    expect.soft(report).toMatchObject({ lines: 13, furniture: { layout: 2 }, reported: [] });
    expect(sum(report!.placed)).toBe(11);
    expect(report!.placed['report-of']).toBeUndefined();
  });

  it('Cabinet - Tuesday 10 November 2020 6.00 pm, and a glued "MS TeamsLive" venue', () => {
    const name = 'cabinet-10-11-2020.meeting.txt';
    const { bundle, messages, report } = build(name);
    expect.soft(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: '2020-11-10',
          body: 'Cabinet',
          facts: [
            'Venue: Virtual meeting via MS TeamsLive Meeting Platform',
            'Contact: Kim Sample, Democratic Services Officer',
          ],
        },
      ],
      issues: ['Tree planting strategy'],
      items: [
        {
          meeting: '2020-11-10-cabinet',
          number: '45',
          title: 'Tree planting strategy',
          reportOf: null,
          documents: ['Tree planting strategy PDF 180 report'],
          decision: {
            text: 'RESOLVED that the tree planting strategy be approved.',
            resolutions: [],
          },
          minutes: null,
        },
      ],
      mentions: [],
    });
    expect.soft(report).toMatchObject({
      lines: 10,
      placed: { heading: 3, meeting: 1, facts: 2, title: 1, decision: 1 },
      furniture: { layout: 2 },
      reported: [],
    });
  });
});

describe('Issue details: a forward-plan entry (IH3/IH9 style)', () => {
  const name = 'leisure-contract.issue-details.txt';

  it('keeps "Decision due" as a planned decision and every labelled line as a fact, and no meeting', () => {
    const { bundle, messages } = build(name);
    expect.soft(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [],
      issues: ['Leisure centre management contract'],
      items: [],
      mentions: [],
    });
    expect(more(bundle!).issues).toEqual([
      {
        subtitle:
          'To decide how the two leisure centres will be managed when the current contract ends.',
        planned: [
          {
            due: { date: '2023-10-19', precision: 'day' },
            maker: 'Cabinet',
            previouslyDue: null,
            quote: 'Decision due: 19 Oct 2023 by Cabinet',
          },
        ],
        facts: [
          'Decision type: Key',
          'Decision status: For Determination',
          'Wards affected: (All Wards);',
          'Notice of proposed decision first published: 11/09/2023',
          'Lead member: Cllr A. Example - Deputy Leader and Cabinet Member: Leisure',
          'Contact: Jo Sample, Leisure Services Manager Email:',
          'Consultation process: Users of both centres will be surveyed before the decision is taken.',
          'Agenda items: • Leisure centre management contract',
        ],
      },
    ]);
    expect(bundle!.bodies).toEqual([]);
  });

  it('places every line', () => {
    const { report } = build(name);
    expect.soft(report).toMatchObject({
      form: 'issue-details',
      lines: 14,
      placed: { heading: 1, title: 2, facts: 10, planned: 1 },
      furniture: {},
      reported: [],
    });
  });
});

describe('Decision details saved as HTML, with a document link', () => {
  const name = 'beach-huts.decision-details.html';
  const path = `src/importer/test-pages/real/${name}`;
  const cwd = new URL('../../', import.meta.url).pathname;

  it('reads the labelled spans, the h3 "Decision:" and the mgBulletList document', () => {
    const { bundle, messages, report } = build(name);
    expect.soft(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [{ date: '2023-12-06', body: 'Cabinet' }],
      issues: ['Beach hut licence fees'],
      items: [
        {
          meeting: '2023-12-06-cabinet',
          number: null,
          title: 'Beach hut licence fees',
          reportOf: null,
          documents: ['Beach hut fees report PDF 119 report documents/s123/Report.pdf'],
          decision: {
            text: 'RESOLVED that the annual beach hut licence fee rise by 4% from April 2024.',
            resolutions: [],
          },
          minutes: null,
          details: {
            maker: 'Cabinet',
            status: 'Recommendations Approved',
            keyDecision: false,
            published: '2023-12-08',
            decidedOn: '2023-12-06',
            decidedAtMeeting: '06/12/2023 - Cabinet',
            effectiveFrom: null,
            source: undefined,
          },
          facts: ['Is subject to call in?: Yes'],
        },
      ],
      mentions: [
        { kind: 'percent', quote: '4%', value: 4 },
        { kind: 'date', quote: 'April 2024', value: { date: '2024-04', precision: 'month' } },
      ],
    });
    expect(bundle!.items[0]!.documents[0]!.url).toBe('documents/s123/Report.pdf');
    // The site's menu outside #modgov is not the page's text.
    expect(bundle!.documents[0]!.text).not.toMatch(/Calendar|Committees/);
    expect.soft(report).toMatchObject({
      lines: 13,
      placed: { heading: 3, title: 1, details: 5, facts: 1, decision: 1, meeting: 1, document: 1 },
      furniture: {},
      reported: [],
    });
  });

  it('makes the link absolute with --site, and leaves it as printed without', async () => {
    const withSite = await runCommand(
      cwd,
      'import',
      '--site',
      'https://democracy.example.gov.uk/',
      path,
    );
    expect(withSite.stderr).toBe('');
    expect(withSite.status).toBe(0);
    const absolute = JSON.parse(withSite.stdout) as Bundle;
    expect(absolute.items[0]!.documents.map((d) => d.url)).toEqual([
      'https://democracy.example.gov.uk/documents/s123/Report.pdf',
    ]);

    const without = await runCommand(cwd, 'import', path);
    expect(without.status).toBe(0);
    const relative = JSON.parse(without.stdout) as Bundle;
    expect(relative.items[0]!.documents.map((d) => d.url)).toEqual(['documents/s123/Report.pdf']);
  });

  it('prints the read report with --report', async () => {
    const { status, stdout, stderr } = await runCommand(cwd, 'import', '--report', path);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(
      `${path} (decision-details): 13 lines with text: 13 placed (heading 3, title 1, details 5, facts 1, decision 1, meeting 1, document 1), 0 furniture, 0 not read\n`,
    );
  });
});

describe('Meeting page whose agenda table was flattened one row to a line (Style C)', () => {
  const name = 'council-tax-2019.meeting.txt';

  it('reads each row as an item: title, report, agenda text, decision and minutes', () => {
    const { bundle, messages, report } = build(name);
    expect(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: '2019-03-12',
          body: 'Full Council',
          facts: [
            'Venue: Civic Centre, Example Road. View directions',
            'Contact: Pat Example, Democratic Services Email:',
          ],
        },
      ],
      issues: ['MINUTES OF THE PREVIOUS MEETING', 'BUDGET 2019/20'],
      items: [
        {
          meeting: '2019-03-12-full-council',
          number: null,
          title: 'BUDGET 2019/20',
          reportOf: null,
          documents: ['BUDGET 2019/20 PDF 410 report'],
          agendaText: 'To consider the budget for 2019/20.',
          decision: {
            text: 'RESOLVED to: 1. approve a net budget of £212.4 million; 2. raise council tax by 2.99%.',
            resolutions: [],
          },
          minutes: { text: 'Members debated the budget at length.', truncated: false },
        },
        {
          meeting: '2019-03-12-full-council',
          number: null,
          title: 'MINUTES OF THE PREVIOUS MEETING',
          reportOf: null,
          documents: ['MINUTES OF THE PREVIOUS MEETING PDF 120 report'],
          agendaText: 'To agree the minutes of the meeting held on 12 February 2019.',
          decision: { text: 'That the minutes be agreed as a correct record.', resolutions: [] },
          minutes: { text: 'The minutes were agreed as a correct record.', truncated: false },
        },
      ],
      mentions: [
        {
          quote: '12 February 2019',
          kind: 'date',
          value: { date: '2019-02-12', precision: 'day' },
        },
        { quote: '2019/20', kind: 'date', value: { date: '2019/20', precision: 'financial-year' } },
        { quote: '£212.4 million', kind: 'money', value: 212400000 },
        { quote: '2.99%', kind: 'percent', value: 2.99 },
      ],
    });
    // The table's heading row, its "---" rule and the "||" between rows are layout.
    expect(report).toMatchObject({ lines: 10, furniture: { layout: 4 }, reported: [] });
  });
});

describe('every test page', () => {
  it('holds the pages this file tests', () => {
    expect(REAL_PAGES).toHaveLength(14);
    expect(ALL_PAGES.length).toBeGreaterThan(30);
  });

  // A page that exists to show an error: it yields no bundle, and says why.
  const REFUSED = ['not-moderngov.xml'];

  it.each(ALL_PAGES.filter((n) => !REFUSED.includes(n)))(
    '%s: every line accounted for, no prose or furniture documents, no false "not in this record"',
    (name) => {
      const { bundle, messages, warned, report } = build(name, PAGES);
      expect(bundle, messages.join('\n')).not.toBeNull();
      expect(report).not.toBeNull();
      const r = report!;
      expect(r.lines).toBe(sum(r.placed) + sum(r.furniture) + r.reported.length);
      for (const line of r.reported) {
        expect(
          warned.some(([from, to]) => line >= from && line <= to),
          `line ${line} is reported but no warning names it`,
        ).toBe(true);
      }
      for (const item of bundle!.items) {
        for (const d of item.documents) {
          expect(d.title.length, d.title).toBeLessThanOrEqual(200);
          expect(d.title, 'a document title made of prose').not.toMatch(/[a-z]{2}\. [A-Z]/);
          // Nor a link the site prints beside every item ("• Share this item").
          expect(
            furnitureOfLine(d.title, false),
            `"${d.title}" is furniture, not a document`,
          ).toBeNull();
        }
        if (item.decision !== null) {
          expect(item.outcome.note ?? '', item.title).not.toMatch(/not in this record/);
        }
      }
    },
  );
});
