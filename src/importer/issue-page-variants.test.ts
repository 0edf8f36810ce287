// @vitest-environment node
// "Issue - meetings" pages as text extraction leaves them: each invented page in test-pages/ has
// one or more of the variants, and each test asserts everything the page yields, and nothing more.
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from './diagnostics.ts';
import { parseIssuePage } from './moderngov-issue-page.ts';
import { readSource } from './read-source.ts';
import { buildTestPages, summarise } from './test-pages.ts';

describe('an "Issue - meetings" page', () => {
  it('without its heading, with pipes, bullets, upper case, "&", indents and navigation', () => {
    const { bundle, messages } = buildTestPages('no-heading-pipes.moderngov-issue.txt');
    expect(messages).toEqual([
      'no-heading-pipes.moderngov-issue.txt:1: warning: no "Issue - meetings" heading; reading the first line as the issue title',
    ]);
    expect(summarise(bundle!)).toEqual({
      meetings: [{ date: '2019-03-04', body: 'Coastal & Harbours Committee' }],
      issues: ['HARBOUR WALL REPAIRS'],
      items: [
        {
          meeting: '2019-03-04-coastal-and-harbours-committee',
          number: '7',
          title: 'HARBOUR WALL REPAIRS',
          reportOf: 'THE HEAD OF COASTAL SERVICES',
          documents: ['HARBOUR WALL REPAIRS PDF 210 report'],
          decision: {
            text: 'RESOLVED that:\n\n1.   the repairs to the north wall be approved at a cost of £1.847m; and\n\n2.   a mooring charge of £1/hr be consulted on.',
            resolutions: [
              '1: the repairs to the north wall be approved at a cost of £1.847m; and',
              '2: a mooring charge of £1/hr be consulted on.',
            ],
          },
          minutes: {
            // The navigation below the minutes ("{sidenav}", "Back to top") is not minutes.
            text: 'Members considered the survey.\n\nOption   Cost\nFull rebuild   £26,440,000\n\n· Members noted the rate of 45p per tonne.\n· The Chair thanked officers.',
            truncated: false,
          },
        },
      ],
      mentions: [
        { kind: 'money', quote: '£1.847m', value: 1847000 },
        { kind: 'money', quote: '£1/hr', value: 1, per: 'hour' },
        { kind: 'money', quote: '£26,440,000', value: 26440000 },
        { kind: 'money', quote: '45p per tonne', pence: 45, per: 'tonne' },
      ],
    });
    // The stored text is the page as it was, pipes and all: quotes are the page's own words.
    expect(bundle!.meetings[0]!.source.quote).toBe(
      'Meeting: | 04/03/2019 - Coastal & Harbours Committee | (Item 7.)',
    );
  });

  it('without "Meeting:" lines: the date and body read from prose are inferred, with the quote', () => {
    const { bundle, messages } = buildTestPages('no-meeting-lines.moderngov-issue.txt');
    expect(messages).toEqual([
      'no-meeting-lines.moderngov-issue.txt:13: warning: no "Meeting:" line, and the text does not say when the meeting was or which body met: the item on lines 13-18 is kept without them',
    ]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: '2019-06-12',
          body: 'Coastal and Harbours Committee',
          basis: 'inferred',
          quote: 'Coastal and Harbours Committee on 12 June 2019',
          bodyBasis: 'inferred',
          bodyQuote: 'Coastal and Harbours Committee',
        },
      ],
      issues: ['Beach hut licences'],
      items: [
        {
          meeting: '2019-06-12-coastal-and-harbours-committee',
          number: null,
          title: 'Beach hut licences',
          reportOf: 'the Harbour Master',
          documents: ['Beach hut licences PDF 40 report'],
          decision: null,
          minutes: {
            text: 'At the meeting of the Coastal and Harbours Committee on 12 June 2019 members agreed licence income of £0.58 million.',
            truncated: false,
          },
        },
        {
          // Nothing in its words says which meeting it was: kept at none, not guessed.
          meeting: null,
          number: null,
          title: 'Beach hut licences',
          reportOf: null,
          documents: ['Beach hut licences PDF 12 report'],
          decision: null,
          minutes: { text: 'Members asked for a further report.', truncated: false },
        },
      ],
      mentions: [
        { kind: 'date', quote: '12 June 2019', value: { date: '2019-06-12', precision: 'day' } },
        { kind: 'money', quote: '£0.58 million', value: 580000 },
      ],
    });
  });

  it('without "Decision:" and "Minutes:" labels: a decision is known by its opening words', () => {
    const { bundle, messages } = buildTestPages('no-labels.moderngov-issue.txt');
    expect(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        { date: '2019-07-15', body: 'Cabinet' },
        { date: '2019-09-19', body: 'Council' },
      ],
      issues: ['Slipway charges'],
      items: [
        {
          meeting: '2019-07-15-cabinet',
          number: '11',
          title: 'Slipway charges',
          reportOf: 'the Director of Place',
          documents: [],
          decision: {
            text: 'RESOLVED that:\n\n(a) the charges be approved; and\n\n(b) charges be reviewed in 2020/21.',
            resolutions: ['a: the charges be approved; and', 'b: charges be reviewed in 2020/21.'],
          },
          minutes: {
            text: 'The Cabinet Member introduced the report on income of £2.4m over five years.',
            truncated: false,
          },
        },
        {
          meeting: '2019-09-19-council',
          number: '6',
          title: 'Slipway charges',
          reportOf: null,
          documents: [],
          decision: {
            text: 'RECOMMENDED to Council:\n\n1. that the slipway budget be increased by £0.58 million.',
            resolutions: ['1: that the slipway budget be increased by £0.58 million.'],
          },
          minutes: null,
        },
      ],
      mentions: [
        { kind: 'money', quote: '£0.58 million', value: 580000 },
        { kind: 'date', quote: '2020/21', value: { date: '2020/21', precision: 'financial-year' } },
        { kind: 'money', quote: '£2.4m', value: 2400000 },
      ],
    });
  });

  it('with an empty issue title line and an item line with no number or document', () => {
    const { bundle, messages } = buildTestPages('empty-title.moderngov-issue.txt');
    expect(messages).toEqual([
      `empty-title.moderngov-issue.txt:5: warning: no issue title on the page; using the first item's title "Pier lighting"`,
    ]);
    expect(summarise(bundle!)).toEqual({
      meetings: [{ date: '2019-10-02', body: 'Coastal & Harbours Committee' }],
      issues: ['Pier lighting'],
      items: [
        {
          meeting: '2019-10-02-coastal-and-harbours-committee',
          number: '4',
          title: 'Pier lighting',
          reportOf: null,
          documents: [],
          decision: null,
          minutes: { text: 'Members noted the report.', truncated: false },
        },
      ],
      mentions: [],
    });
  });

  it('with text after an unlabelled decision, keeps it as the minutes around the decision', () => {
    const page = [
      'Issue - meetings',
      '',
      'Ferry timetable',
      '',
      'Meeting: 01/04/2020 - Cabinet (Item 2)',
      '',
      '2 Ferry timetable',
      '',
      'RESOLVED that the timetable be approved.',
      '',
      'The meeting closed at 8.15 pm.',
    ].join('\n');
    const diag = new Diagnostics();
    const parsed = parseIssuePage(page, 'ferry.txt', diag);
    expect(diag.all.map(formatDiagnostic)).toEqual([]);
    expect(parsed.items.map((i) => [i.decision?.text, i.minutes?.text])).toEqual([
      ['RESOLVED that the timetable be approved.', 'The meeting closed at 8.15 pm.'],
    ]);
  });
});

describe('an "Issue - meetings" page, further variants', () => {
  const read = (page: string) => {
    const diag = new Diagnostics();
    return {
      page: parseIssuePage(page, 'page.txt', diag),
      messages: diag.all.map(formatDiagnostic),
    };
  };

  it('knows an unlabelled decision by its numbered resolutions alone', () => {
    const { page, messages } = read(
      [
        'Issue - meetings',
        'Ferry timetable',
        'Meeting: 01/04/2020 - Cabinet (Item 2)',
        '2 Ferry timetable',
        'Members discussed the options.',
        '1. That the summer timetable be approved.',
        '2. That fares rise by 5%.',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
    expect(
      page.items.map((i) => [i.minutes?.text, i.decision?.resolutions.map((r) => r.text)]),
    ).toEqual([
      [
        'Members discussed the options.',
        ['That the summer timetable be approved.', 'That fares rise by 5%.'],
      ],
    ]);
  });

  it('reads an issue page whose site menu has a stray "Agenda" line as an issue page', () => {
    const page = [
      'Home',
      'Agenda',
      'Issue - meetings',
      'Ferry timetable',
      'Meeting: 01/04/2020 - Cabinet (Item 2)',
      '2 Ferry timetable',
    ].join('\n');
    const diag = new Diagnostics();
    const source = readSource(
      { file: 'ferry.txt', fileName: 'ferry.txt', bytes: new TextEncoder().encode(page) },
      diag,
    );
    expect(diag.all).toEqual([]);
    expect(source.form).toBe('issue-meetings');
    expect(source.items.map((i) => [i.date, i.bodyName, i.number, i.title])).toEqual([
      ['2020-04-01', 'Cabinet', '2', 'Ferry timetable'],
    ]);
  });
});
