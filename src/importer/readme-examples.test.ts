// @vitest-environment node
// The README shows one example of every page form. Each must import as the README says it
// does: with no line left unread, and with what the text around it promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../bundle/schema.ts';
import { buildBundle } from './build-bundle.ts';
import { Diagnostics, formatDiagnostic } from './diagnostics.ts';
import type { ReadReport } from './read-report.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const FORMS = README.slice(
  README.indexOf('### The forms'),
  README.indexOf('## Loading another bundle'),
);
const EXAMPLES = [...FORMS.matchAll(/```(text|xml)\n([\s\S]*?)```/g)].map((m) => ({
  kind: m[1]!,
  text: m[2]!,
}));

function importExample(index: number) {
  const example = EXAMPLES[index]!;
  const name = `example.${example.kind === 'xml' ? 'xml' : 'txt'}`;
  const diag = new Diagnostics();
  const reports: ReadReport[] = [];
  const bundle: Bundle = buildBundle(
    [
      {
        file: name,
        fileName: name,
        bytes: new TextEncoder().encode(example.text),
        annotation: null,
      },
    ],
    diag,
    { reports },
  );
  return { bundle, report: reports[0]!, messages: diag.all.map(formatDiagnostic) };
}

describe('the README examples', () => {
  it('show all eight forms', () => {
    expect(EXAMPLES).toHaveLength(8);
  });

  it.each(EXAMPLES.map((_, i) => i))('example %i leaves no line unread', (i) => {
    const { report } = importExample(i);
    expect(report.reported).toEqual([]);
  });

  it('"Issue - meetings": the item, its agenda text, decision, cut minutes and money', () => {
    const { bundle, messages } = importExample(0);
    expect(messages).toEqual([]);
    const [item] = bundle.items;
    expect(item).toMatchObject({
      meetingId: '2019-03-04-coastal-and-harbours-committee',
      number: '7',
      agendaText: {
        text: 'To consider the survey of the north wall and the options for its repair.',
      },
      minutes: { truncated: true },
    });
    expect(item!.decision!.resolutions.map((r) => r.number)).toEqual(['1']);
    expect(bundle.mentions.map((m) => m.quote)).toContain('£1.847m');
  });

  it('"Decision details" without its labels: the resolutions, the meeting and the money', () => {
    const { bundle } = importExample(1);
    const [item] = bundle.items;
    expect(item!.meetingId).toBe('2019-10-22-cabinet');
    expect(item!.decision!.resolutions.map((r) => r.number)).toEqual(['1', '2']);
    expect(item!.details).toMatchObject({ maker: 'Cabinet', keyDecision: true });
    expect(bundle.mentions.map((m) => m.quote)).toEqual(['£45 per household', '£2.4m']);
  });

  it('"Issue - decisions": a decision at no meeting, with its date', () => {
    const { bundle } = importExample(2);
    expect(bundle.meetings).toEqual([]);
    expect(bundle.items[0]).toMatchObject({
      meetingId: null,
      details: { decidedOn: '2020-01-14' },
    });
    expect(bundle.mentions.map((m) => m.quote)).toEqual(['10%']);
  });

  it('"Issue details": a planned decision, never a meeting', () => {
    const { bundle } = importExample(3);
    expect(bundle.meetings).toEqual([]);
    expect(bundle.issues[0]!.planned!.map((p) => [p.due, p.maker])).toEqual([
      [{ date: '2023-10-19', precision: 'day' }, 'Cabinet'],
    ]);
  });

  it('agenda item: the body inferred, the date left unknown', () => {
    const { bundle } = importExample(4);
    expect(bundle.meetings).toMatchObject([{ date: null, bodyBasis: 'inferred' }]);
  });

  it('meeting page: the meeting, its facts and item 77/21', () => {
    const { bundle } = importExample(5);
    expect(bundle.meetings).toMatchObject([{ id: '2023-03-21-cabinet' }]);
    expect(bundle.meetings[0]!.facts!.map((f) => f.label)).toEqual(['Venue', 'Contact']);
    expect(bundle.items.map((i) => i.number)).toEqual(['77/21']);
  });

  it('GetMeetings: two meetings with their ids, the second cancelled', () => {
    const { bundle } = importExample(6);
    expect(bundle.meetings.map((m) => [m.siteId, m.status ?? null])).toEqual([
      ['1001', null],
      ['1002', 'cancelled'],
    ]);
  });

  it('GetMeeting: item 3a with minute 81, its resolutions, its link and the escaped amount', () => {
    const { bundle } = importExample(7);
    const [item] = bundle.items;
    expect(item).toMatchObject({ number: '3a', minutes: { number: '81' } });
    expect(item!.decision!.resolutions.map((r) => r.number)).toEqual(['1']);
    expect(item!.documents[0]!.url).toBe(
      'https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=5501',
    );
    expect(bundle.mentions.map((m) => m.quote)).toEqual(['&amp;pound;0.58 million']);
  });
});
