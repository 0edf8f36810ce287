// @vitest-environment node
// Several invented pages about one council, in different forms, merged into one bundle.
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../bundle/validate.ts';
import { buildTestPages } from './test-pages.ts';

const PAGES = [
  'budget-monitoring.agenda-item.txt',
  'cabinet-meeting.getmeeting.xml',
  'coastal-meetings.getmeetings.xml',
  'harbour-walls-misdated.moderngov-issue.txt',
  'harbour-walls.moderngov-issue.html',
  'no-heading-pipes.moderngov-issue.txt',
  'retitled-harbour-walls.moderngov-issue.txt',
  'waste-rounds.decision-details.txt',
];

describe('merging pages about one council', () => {
  const { bundle, messages } = buildTestPages(...PAGES);
  const b = bundle!;

  it('makes one meeting of a meeting seen on several pages, and one body of "&" and "and"', () => {
    expect(b.bodies.map((x) => [x.id, x.name])).toEqual([
      ['cabinet', 'Cabinet'],
      ['coastal-and-harbours-committee', 'Coastal & Harbours Committee'],
    ]);
    expect(b.meetings.map((m) => [m.id, m.status ?? null, m.source.documentId])).toEqual([
      ['2019-03-04-coastal-and-harbours-committee', null, 'coastal-meetings'],
      ['2019-03-05-coastal-and-harbours-committee', null, 'harbour-walls-misdated'],
      ['2019-06-12-coastal-and-harbours-committee', 'cancelled', 'coastal-meetings'],
      // Stated by five pages: the agenda item, the web service, the HTML page and two others.
      ['2019-10-22-cabinet', null, 'budget-monitoring'],
    ]);
  });

  it('makes one issue of an issue on several pages, with its items merged', () => {
    expect(b.issues.map((i) => i.id)).toEqual([
      'budget-monitoring-quarter-two',
      'garden-waste-collection-charge',
      'harbour-wall-repairs',
    ]);
    expect(b.items.map((i) => [i.id, i.issueId])).toEqual([
      ['2019-03-05-coastal-and-harbours-committee-item-7', 'harbour-wall-repairs'],
      ['2019-10-22-cabinet-item-4', 'garden-waste-collection-charge'],
      ['2019-10-22-cabinet-item-81', 'budget-monitoring-quarter-two'],
      ['2019-10-22-cabinet-item-9', 'harbour-wall-repairs'],
    ]);
  });

  it('fills what one page leaves out from another, keeping each part’s source', () => {
    const garden = b.items.find((i) => i.id === '2019-10-22-cabinet-item-4')!;
    // The web service gave the number and minutes; the decision details page the decision.
    expect(garden.number).toBe('4');
    expect(garden.minutes!.source.documentId).toBe('cabinet-meeting');
    expect(garden.decision!.source.documentId).toBe('waste-rounds');
    expect(garden.details!.source.documentId).toBe('waste-rounds');
    // The agenda item page numbers the item by its minute (81), the web service by display (3a).
    const budget = b.items.find((i) => i.id === '2019-10-22-cabinet-item-81')!;
    expect(budget.decision!.source.documentId).toBe('cabinet-meeting');
  });

  it('keeps both values where pages disagree, each with its source, and warns', () => {
    const misdated = b.meetings.find((m) => m.id === '2019-03-05-coastal-and-harbours-committee')!;
    expect(misdated.disputed).toEqual([
      {
        field: 'date',
        value: '2019-03-04',
        source: {
          documentId: 'no-heading-pipes',
          start: expect.any(Number),
          end: expect.any(Number),
          quote: 'Meeting: | 04/03/2019 - Coastal & Harbours Committee | (Item 7.)',
        },
      },
    ]);
    const issue = b.issues.find((i) => i.id === 'harbour-wall-repairs')!;
    expect(issue.title).toBe('Harbour wall repairs');
    expect(issue.disputed!.map((d) => [d.field, d.value, d.source.quote])).toEqual([
      ['title', 'Harbour wall: north section', 'Harbour wall: north section'],
    ]);
    const item9 = b.items.find((i) => i.id === '2019-10-22-cabinet-item-9')!;
    expect(item9.disputed!.map((d) => [d.field, d.value, d.source.documentId])).toEqual([
      ['title', 'Harbour wall: north section', 'retitled-harbour-walls'],
    ]);
    expect(messages).toEqual([
      'cabinet-meeting.getmeeting.xml:23: warning: the reply names no committee for the meeting; "Cabinet" is read from refertocommittee and marked as inferred',
      'coastal-meetings.getmeetings.xml:26: warning: impossible date "31/09/2019": September 2019 has 30 days; lines 24-28 not read',
      'no-heading-pipes.moderngov-issue.txt:1: warning: no "Issue - meetings" heading; reading the first line as the issue title',
      'cabinet-meeting.getmeeting.xml:17: warning: this page gives the minutes of 2019-10-22-cabinet-item-81 as "The Cabinet Member reported an overspend of £0.58 million..."; budget-monitoring.agenda-item.txt has "81.1 The Cabinet Member for Finance reported a forecast o...": both kept, the bundle shows the first',
      'no-heading-pipes.moderngov-issue.txt:3: warning: this page dates item 7 of "Harbour wall repairs" at Coastal & Harbours Committee 2019-03-04; harbour-walls-misdated.moderngov-issue.txt says 2019-03-05: both kept, the bundle shows 2019-03-05',
      'no-heading-pipes.moderngov-issue.txt:19: warning: this page gives the minutes of 2019-03-05-coastal-and-harbours-committee-item-7 as "Members considered the survey. Option Cost Full rebuild £..."; harbour-walls-misdated.moderngov-issue.txt has "Members considered the survey.": both kept, the bundle shows the first',
      'retitled-harbour-walls.moderngov-issue.txt:3: warning: this page titles the issue "Harbour wall: north section"; an earlier page has "Harbour wall repairs": both kept, the bundle shows the earlier',
      'retitled-harbour-walls.moderngov-issue.txt:7: warning: this page gives the title of 2019-10-22-cabinet-item-9 as "Harbour wall: north section"; harbour-walls.moderngov-issue.html has "Harbour wall repairs": both kept, the bundle shows the first',
    ]);
  });

  it('gives the same bundle whatever order the files come in', () => {
    const again = buildTestPages(...[...PAGES].reverse());
    expect(JSON.stringify(again.bundle)).toBe(JSON.stringify(bundle));
  });

  it('holds the new sources to the contract: a disputed or details quote must match its text', () => {
    const broken = JSON.parse(JSON.stringify(bundle)) as typeof b;
    const meeting = broken.meetings.find((m) => m.disputed)!;
    meeting.disputed![0]!.source.quote = 'Meeting: 01/01/2001 - Nobody';
    const item = broken.items.find((i) => i.details)!;
    item.details!.source.end += 1;
    const result = validateBundle(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
      'meetings[1].disputed[0].source.quote',
      'items[1].details.source.quote',
    ]);
  });
});
