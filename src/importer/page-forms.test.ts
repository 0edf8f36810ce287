// @vitest-environment node
// One invented page per ModernGov form beyond the "Issue - meetings" text page, each asserting
// everything the page yields (meetings, items, decisions, minutes, mentions) and nothing more.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from './diagnostics.ts';
import { readSource } from './read-source.ts';
import { buildTestPages, summarise } from './test-pages.ts';

describe('an "Issue - meetings" page saved as HTML', () => {
  it('reads only #modgov, through mgLabel spans, comments and entity-encoded dates', () => {
    const { bundle, messages } = buildTestPages('harbour-walls.moderngov-issue.html');
    expect(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [{ date: '2019-10-22', body: 'Cabinet' }],
      issues: ['Harbour wall repairs'],
      items: [
        {
          meeting: '2019-10-22-cabinet',
          number: '9',
          title: 'Harbour wall repairs',
          reportOf: 'the Head of Coastal Services',
          // The link as the page gives it: relative, since no --site was given.
          documents: [
            'Harbour wall repairs PDF 88 report documents/s4411/Harbour%20wall%20repairs.pdf',
          ],
          decision: {
            text: 'RESOLVED that:\n\n1.\u00a0\u00a0the contract be let at £2.4m; and\n\n2.\u00a0\u00a0the works finish by March 2021.',
            resolutions: [
              '1: the contract be let at £2.4m; and',
              '2: the works finish by March 2021.',
            ],
          },
          minutes: {
            text: 'The Leader introduced the item.\n\nMembers welcomed the plan',
            truncated: true,
          },
        },
      ],
      mentions: [
        { kind: 'money', quote: '£2.4m', value: 2400000 },
        { kind: 'date', quote: 'March 2021', value: { date: '2021-03', precision: 'month' } },
      ],
    });
    // Script text, commented-out markup and the site's menus are not the page's text.
    expect(bundle!.documents[0]!.text).not.toMatch(/Nobody|Commented Out|Committees|Back to top/);
  });
});

describe('a "Decision details" page', () => {
  it('reads the maker, status, key flag, dates, meeting, decision and documents', () => {
    const { bundle, messages } = buildTestPages('waste-rounds.decision-details.txt');
    expect(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [{ date: '2019-10-22', body: 'Cabinet' }],
      issues: ['Garden waste collection charge'],
      items: [
        {
          meeting: '2019-10-22-cabinet',
          number: null,
          title: 'Garden waste collection charge',
          reportOf: null,
          documents: ['Garden waste charging report PDF 96 report'],
          facts: [
            'Is subject to call in?: Yes',
            'Purpose: To set the charge for the garden waste service.',
            'Reasons for the decision: To recover the cost of £1.2m a year.',
          ],
          decision: {
            text: 'RESOLVED that:\n\n1. the annual charge be set at £45 per household; and\n\n2. the 5% concession for pension credit claimants continue.',
            resolutions: [
              '1: the annual charge be set at £45 per household; and',
              '2: the 5% concession for pension credit claimants continue.',
            ],
          },
          minutes: null,
          details: {
            maker: 'Cabinet',
            status: 'Recommendations Approved',
            keyDecision: true,
            published: '2019-10-24',
            decidedOn: '2019-10-22',
            decidedAtMeeting: '22/10/2019 - Cabinet',
            effectiveFrom: '2019-11-01',
            source: undefined,
          },
        },
      ],
      mentions: [
        { kind: 'money', quote: '£45 per household', value: 45, per: 'household' },
        { kind: 'percent', quote: '5%', value: 5 },
        // Money in the reasons is found too: every field that keeps text is searched.
        { kind: 'money', quote: '£1.2m a year', value: 1200000, per: 'year' },
      ],
    });
  });

  it('keeps both of two fields that contradict each other, and warns', () => {
    const { bundle, messages } = buildTestPages('waste-contradicts.decision-details.txt');
    expect(messages).toEqual([
      'waste-contradicts.decision-details.txt:17: warning: the date of decision (2019-10-21) is not the date of the meeting it was decided at (2019-10-22): both kept',
      'waste-contradicts.decision-details.txt:5: warning: the decision maker "Cabinet" is not the body of the meeting it was decided at ("Council"): both kept',
    ]);
    const [item] = bundle!.items;
    expect(bundle!.meetings.map((m) => m.id)).toEqual(['2019-10-22-council']);
    expect(item!.details).toMatchObject({
      maker: 'Cabinet',
      status: 'For Determination',
      keyDecision: false,
      decidedOn: '2019-10-21',
      decidedAtMeeting: '22/10/2019 - Council',
      effectiveFrom: null,
    });
    expect(bundle!.mentions.map((m) => m.quote)).toEqual(['£30']);
  });

  it('keeps a decision made outside any meeting, with its maker and date and no meeting', () => {
    const { bundle, messages } = buildTestPages('officer-decision.decision-details.txt');
    expect(messages).toEqual([]);
    expect(bundle!.meetings).toEqual([]);
    expect(summarise(bundle!).items).toEqual([
      {
        meeting: null,
        number: null,
        title: 'Grass cutting contract extension',
        reportOf: null,
        documents: [],
        decision: { text: 'To extend the contract by twelve months.', resolutions: [] },
        minutes: null,
        details: {
          maker: 'Director of Place',
          status: null,
          keyDecision: null,
          published: null,
          decidedOn: '2019-09-03',
          decidedAtMeeting: null,
          effectiveFrom: null,
          source: undefined,
        },
      },
    ]);
    expect(bundle!.asOf).toBe('2019-09-03');
  });
});

describe('an "Issue - decisions" page', () => {
  it('reads each dated decision with its meeting and publication dates', () => {
    const { bundle, messages } = buildTestPages('recycling.issue-decisions.txt');
    expect(messages).toEqual([]);
    const s = summarise(bundle!);
    expect(s.meetings).toEqual([
      { date: '2019-07-09', body: 'Cabinet' },
      { date: '2020-01-14', body: 'Cabinet' },
    ]);
    expect(s.issues).toEqual(['Recycling centre opening hours']);
    expect(
      s.items.map((i) => [i.meeting, i.number, i.title, i.decision, i.minutes, i.details]),
    ).toEqual([
      [
        '2019-07-09-cabinet',
        null,
        'Recycling centre opening hours',
        { text: 'RESOLVED that officers consult on opening hours.', resolutions: [] },
        null,
        {
          maker: 'Cabinet',
          status: null,
          keyDecision: null,
          published: '2019-07-11',
          decidedOn: '2019-07-09',
          decidedAtMeeting: '09/07/2019 - Cabinet',
          effectiveFrom: null,
          source: undefined,
        },
      ],
      [
        '2020-01-14-cabinet',
        null,
        'Recycling centre opening hours',
        { text: 'RESOLVED that winter opening hours be reduced by 10%.', resolutions: [] },
        null,
        {
          maker: 'Cabinet',
          status: null,
          keyDecision: null,
          published: '2020-01-16',
          decidedOn: '2020-01-14',
          decidedAtMeeting: '14/01/2020 - Cabinet',
          effectiveFrom: '2020-01-24',
          source: undefined,
        },
      ],
    ]);
    expect(s.mentions).toEqual([{ kind: 'percent', quote: '10%', value: 10 }]);
  });
});

describe('an agenda item page', () => {
  it('takes the item from its heading, numbered minute paragraphs and supporting documents', () => {
    const { bundle, messages } = buildTestPages('budget-monitoring.agenda-item.txt');
    expect(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [{ date: '2019-10-22', body: 'Cabinet' }],
      issues: ['Budget monitoring: quarter two'],
      items: [
        {
          meeting: '2019-10-22-cabinet',
          number: '81',
          title: 'Budget monitoring: quarter two',
          reportOf: 'the Director of Finance',
          documents: [
            'Budget monitoring report PDF 200 report',
            'Appendix A - variances PDF 45 report',
          ],
          decision: null,
          minutes: {
            text: '81.1 The Cabinet Member for Finance reported a forecast overspend of £0.58 million.\n\n81.2 RESOLVED that the report be noted.',
            truncated: false,
          },
        },
      ],
      // "81.2 RESOLVED" is a paragraph number, not a count of anything.
      mentions: [{ kind: 'money', quote: '£0.58 million', value: 580000 }],
    });
  });
});

describe('a meeting page ("Agenda and minutes")', () => {
  it('reads the meeting line and each item under its number, alone or on the title line', () => {
    const { bundle, messages } = buildTestPages('cabinet-22-10-2019.meeting.txt');
    expect(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: '2019-10-22',
          body: 'Cabinet',
          facts: [
            'Venue: Council Chamber, Town Hall',
            'Contact: Sam Sample, Democratic Services Officer',
          ],
        },
      ],
      issues: ['Apologies for absence', 'Budget monitoring: quarter two'],
      items: [
        {
          meeting: '2019-10-22-cabinet',
          number: '1',
          title: 'Apologies for absence',
          reportOf: null,
          documents: [],
          decision: null,
          minutes: { text: 'Apologies were received from Councillor Example.', truncated: false },
        },
        {
          meeting: '2019-10-22-cabinet',
          number: '3a',
          title: 'Budget monitoring: quarter two',
          reportOf: 'the Director of Finance',
          documents: ['Budget monitoring: quarter two PDF 200 report'],
          decision: { text: 'RESOLVED that the report be noted.', resolutions: [] },
          // A minute that opens with a number ("3 members") is not item 3.
          minutes: { text: '3 members spoke on the forecast of £0.58 million.', truncated: true },
        },
      ],
      mentions: [
        { kind: 'count', quote: '3 members', value: 3, noun: 'members' },
        { kind: 'money', quote: '£0.58 million', value: 580000 },
      ],
    });
  });
});

describe('ModernGov web-service XML', () => {
  it('GetMeetings: a committee meeting list with a padded count and a cancelled meeting', () => {
    const { bundle, messages } = buildTestPages('coastal-meetings.getmeetings.xml');
    expect(messages).toEqual([
      'coastal-meetings.getmeetings.xml:26: warning: impossible date "31/09/2019": September 2019 has 30 days; lines 24-28 not read',
    ]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        { date: '2019-03-04', body: 'Coastal & Harbours Committee' },
        { date: '2019-06-12', body: 'Coastal & Harbours Committee', status: 'cancelled' },
      ],
      issues: [],
      items: [],
      mentions: [],
    });
    expect(bundle!.meetings.map((m) => [m.source.quote, m.siteId, m.bodySource?.quote])).toEqual([
      ['04/03/2019', '1001', 'Coastal &amp; Harbours Committee'],
      ['12/06/2019', '1002', 'Coastal &amp; Harbours Committee'],
    ]);
  });

  it('does not let a cancelled meeting stretch the date the record speaks up to', () => {
    const { bundle } = buildTestPages('coastal-meetings.getmeetings.xml');
    expect(bundle!.asOf).toBe('2019-03-04');
  });

  it('GetMeetings: warns where the count disagrees with the meetings listed', () => {
    const { messages } = buildTestPages('short-count.getmeetings.xml');
    expect(messages).toEqual([
      'short-count.getmeetings.xml:8: warning: the reply says 2 meetings but lists 1: the 1 listed are read',
    ]);
  });

  const cabinetItems = [
    {
      meeting: '2019-10-22-cabinet',
      number: '3a',
      title: 'Budget monitoring: quarter two',
      reportOf: null,
      documents: [
        'Budget monitoring report report https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=5501',
      ],
      agendaText: 'To consider the report of the Director of Finance.',
      decision: {
        text: 'RESOLVED that:\n\n1. the report be noted; and\n\n2. £150,000 be moved from reserves.',
        resolutions: ['1: the report be noted; and', '2: £150,000 be moved from reserves.'],
      },
      minutes: {
        text: 'The Cabinet Member reported an overspend of £0.58 million & asked for savings.',
        truncated: false,
        number: '81',
      },
    },
    {
      meeting: '2019-10-22-cabinet',
      number: '4',
      title: 'Garden waste collection charge',
      reportOf: null,
      documents: [],
      decision: null,
      minutes: { text: 'Members discussed the charge of £45 a household', truncated: true },
    },
  ];

  it('GetMeeting: items by display number, escaped HTML read as text, the committee inferred', () => {
    const { bundle, messages } = buildTestPages('cabinet-meeting.getmeeting.xml');
    // The reply names no committee of its own; the items' "refertocommittee" is only a clue.
    expect(messages).toEqual([
      'cabinet-meeting.getmeeting.xml:23: warning: the reply names no committee for the meeting; "Cabinet" is read from refertocommittee and marked as inferred',
    ]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: '2019-10-22',
          body: 'Cabinet',
          bodyBasis: 'inferred',
          bodyQuote: 'Cabinet',
          facts: ['Location: Council Chamber, Town Hall'],
        },
      ],
      issues: ['Budget monitoring: quarter two', 'Garden waste collection charge'],
      items: cabinetItems,
      // Quotes are the file's own characters, entities and all; values are the text's.
      mentions: [
        { kind: 'money', quote: '&amp;pound;150,000', value: 150000 },
        { kind: 'money', quote: '&amp;pound;0.58 million', value: 580000 },
        { kind: 'money', quote: '&amp;pound;45 a household', value: 45, per: 'household' },
      ],
    });
    const [first] = bundle!.items;
    expect(first!.decision!.resolutions.map((r) => r.source.quote)).toEqual([
      'the report be noted; and',
      '&amp;pound;150,000 be moved from reserves.',
    ]);
  });

  it('GetMeeting with a GetMeetings list: the committee is learned by meeting id, both sources kept', () => {
    const { bundle, messages } = buildTestPages(
      'cabinet-meeting.getmeeting.xml',
      'cabinet-meetings.getmeetings.xml',
    );
    expect(messages).toEqual([
      'cabinet-meeting.getmeeting.xml:23: warning: the reply names no committee for the meeting; "Cabinet" is read from refertocommittee and marked as inferred',
      'cabinet-meeting.getmeeting.xml:4: warning: meeting 2002: its committee ("Cabinet") taken from another file of this import',
    ]);
    const [meeting] = bundle!.meetings;
    expect(bundle!.meetings).toHaveLength(1);
    expect(meeting).toMatchObject({ id: '2019-10-22-cabinet', siteId: '2002' });
    expect(meeting!.bodyBasis).toBeUndefined();
    expect(meeting!.source.documentId).toBe('cabinet-meeting');
    expect(meeting!.bodySource).toMatchObject({
      documentId: 'cabinet-meetings',
      quote: 'Cabinet',
    });
    expect(summarise(bundle!).items).toEqual(cabinetItems);
  });

  it('reads real replies of the web service (LGSF fixtures, MIT licence)', () => {
    const { bundle, messages } = buildTestPages(
      'lgsf/audit-committee.getmeetings.xml',
      'lgsf/audit-committee-4967.getmeeting.xml',
    );
    expect(messages).toEqual([
      'lgsf/audit-committee-4967.getmeeting.xml:63: warning: the reply names no committee for the meeting; "Audit Committee" is read from refertocommittee and marked as inferred',
      'lgsf/audit-committee-4967.getmeeting.xml:4: warning: meeting 4967: its committee ("Audit Committee") taken from another file of this import',
    ]);
    const s = summarise(bundle!);
    expect(s.meetings).toEqual([
      { date: '2026-01-13', body: 'Audit Committee', status: 'cancelled' },
      {
        date: '2026-02-10',
        body: 'Audit Committee',
        facts: ['Location: Council Antechamber, Level 2, Town Hall Extension'],
      },
    ]);
    expect(
      s.items.map((i) => [i.number, i.title, i.agendaText, i.minutes?.text, i.documents]),
    ).toEqual([
      [
        '1',
        'Minutes',
        'To approve as a correct record the minutes of the meeting held on 25 November 2025.',
        'To approve the minutes of the meeting held on 25 November 2025 as a correct record.',
        [
          '6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025 report https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860',
        ],
      ],
      [
        '9',
        'Work Programme',
        'The report of the Governance and Scrutiny Support Unit, attached.',
        'The Committee considered a report of the Governance and Scrutiny Support Unit which set out its future Work Programme for the remainder of 2025/26 municipal year.',
        [
          'DRAFT WP  FEBRUARY 2026 report https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909',
        ],
      ],
    ]);
  });

  it('reads a real decision details page (LGSF fixture, MIT licence), its link kept', () => {
    const { bundle, messages } = buildTestPages('lgsf/policy-committee.decision-details.html');
    expect(messages).toEqual([]);
    const [item] = bundle!.items;
    expect(item).toMatchObject({
      meetingId: '2015-10-19-policy-committee',
      title: 'Minutes of Previous Meeting',
      decision: {
        text: 'The Minutes of the Policy Committee meeting on 23 September 2015 were approved as a correct record.',
      },
      details: { status: 'Recommendations Approved', keyDecision: false, decidedOn: '2015-10-19' },
    });
    // The page's own relative link, kept as printed: no --site was given.
    expect(item!.documents).toEqual([
      {
        title: 'polc2 - 23.09.2015',
        format: 'PDF',
        sizeKb: 119,
        role: 'report',
        url: 'documents/s7942/polc2 - 23.09.2015.pdf',
      },
    ]);
  });

  it('is an error for XML that is not a ModernGov reply', () => {
    const { bundle, messages } = buildTestPages('not-moderngov.xml');
    expect(bundle).toBeNull();
    expect(messages).toEqual([
      'not-moderngov.xml:2: error: <rss> is not a ModernGov web-service reply this importer reads (GetMeetings or GetMeeting)',
    ]);
  });
});

describe('other forms saved as HTML', () => {
  it('reads a "Decision details" page from its mgLabel fields', () => {
    const html = buildTestPages('garden-waste.decision-details.html');
    const text = buildTestPages('waste-rounds.decision-details.txt');
    expect(html.messages).toEqual([]);
    const [item] = html.bundle!.items;
    expect(summarise(html.bundle!).meetings).toEqual([{ date: '2019-10-22', body: 'Cabinet' }]);
    expect(item).toMatchObject({
      id: '2019-10-22-cabinet-item-garden-waste-collection-charge',
      number: null,
      documents: [
        { title: 'Garden waste charging report', format: 'PDF', sizeKb: 96, role: 'report' },
      ],
      decision: { text: 'RESOLVED that the annual charge be set at £45 per household.' },
      details: {
        maker: 'Cabinet',
        status: 'Recommendations Approved',
        keyDecision: true,
        published: '2019-10-24',
        decidedOn: '2019-10-22',
        decidedAtMeeting: '22/10/2019 - Cabinet',
        // This page, unlike the text one, prints no "Effective from:".
        effectiveFrom: null,
      },
    });
    expect(text.bundle!.items[0]!.details!.effectiveFrom).toBe('2019-11-01');
    expect(summarise(html.bundle!).mentions).toEqual([
      { kind: 'money', quote: '£45 per household', value: 45, per: 'household' },
    ]);
  });

  it('reads a meeting page whose items sit in a table', () => {
    const { bundle, messages } = buildTestPages('cabinet-22-10-2019.meeting.html');
    expect(messages).toEqual([]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        { date: '2019-10-22', body: 'Cabinet', facts: ['Venue: Council Chamber, Town Hall'] },
      ],
      issues: ['Apologies for absence', 'Budget monitoring: quarter two'],
      items: [
        {
          meeting: '2019-10-22-cabinet',
          number: '1',
          title: 'Apologies for absence',
          reportOf: null,
          documents: [],
          decision: null,
          minutes: { text: 'Apologies were received from Councillor Example.', truncated: false },
        },
        {
          meeting: '2019-10-22-cabinet',
          number: '3a',
          title: 'Budget monitoring: quarter two',
          reportOf: 'the Director of Finance',
          documents: ['Budget monitoring: quarter two PDF 200 report'],
          decision: { text: 'RESOLVED that the report be noted.', resolutions: [] },
          minutes: { text: 'Members discussed the forecast of £0.58 million.', truncated: true },
        },
      ],
      mentions: [{ kind: 'money', quote: '£0.58 million', value: 580000 }],
    });
  });
});

describe('a "Decision details" page whose title has a colon', () => {
  it('takes the title as printed, and only known labels as fields', () => {
    const { bundle, messages } = buildTestPages('colon-title.decision-details.txt');
    expect(messages).toEqual([]);
    expect(summarise(bundle!).issues).toEqual(['Budget: fees and charges 2020/21']);
    expect(bundle!.items.map((i) => [i.meetingId, i.title, i.decision!.text])).toEqual([
      ['2020-02-26-council', 'Budget: fees and charges 2020/21', 'RESOLVED that fees rise by 2%.'],
    ]);
    expect(bundle!.items[0]!.details).toMatchObject({
      maker: 'Council',
      status: null,
      keyDecision: null,
      published: null,
      decidedOn: null,
    });
  });
});

describe('an agenda item page whose minute number is not its item number', () => {
  it('keeps the minute number on the minutes', () => {
    const page = [
      'Agenda item',
      '',
      'Agenda item - 5. Pier lighting',
      '',
      'Meeting: 02/10/2019 - Coastal & Harbours Committee (Item 5.)',
      '',
      'Minutes:',
      '',
      '42.1 Members noted the report.',
    ].join('\n');
    const diag = new Diagnostics();
    const source = readSource(
      { file: 'pier.txt', fileName: 'pier.txt', bytes: new TextEncoder().encode(page) },
      diag,
    );
    expect(diag.all).toEqual([]);
    expect(source.items.map((i) => [i.number, i.title, i.minutesNumber, i.minutes?.text])).toEqual([
      ['5', 'Pier lighting', '42', '42.1 Members noted the report.'],
    ]);
  });
});

describe('GetMeeting XML whose texts are escaped HTML', () => {
  it('shows the HTML’s text, finds amounts written as escaped entities, and marks a cancellation', () => {
    const { bundle, messages } = buildTestPages('escaped-html.getmeeting.xml');
    expect(messages).toEqual([
      'escaped-html.getmeeting.xml:17: warning: the reply names no committee for the meeting; "Licensing Sub-Committee" is read from refertocommittee and marked as inferred',
    ]);
    expect(summarise(bundle!)).toEqual({
      meetings: [
        {
          date: '2020-01-07',
          body: 'Licensing Sub-Committee',
          bodyBasis: 'inferred',
          bodyQuote: 'Licensing Sub-Committee',
          status: 'cancelled',
        },
      ],
      issues: ['Street trading consent'],
      items: [
        {
          meeting: '2020-01-07-licensing-sub-committee',
          number: '2',
          title: 'Street trading consent',
          reportOf: null,
          documents: [],
          decision: { text: 'RESOLVED that consent be granted.', resolutions: [] },
          minutes: { text: 'The applicant attended.\n\nThe fee is £120 a year.', truncated: false },
        },
      ],
      // "&amp;pound;120 a\nyear" in the file is "£120 a year" in the text a reader sees.
      mentions: [{ kind: 'money', quote: '&amp;pound;120 a\nyear', value: 120, per: 'year' }],
    });
    expect(bundle!.items[0]!.minutes!.source.quote).toMatch(/^&lt;div class="WordSection1"&gt;/);
  });
});
