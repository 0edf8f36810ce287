import { buildNotAnnotatedBundle } from '~mocks/fixtures/bundles.ts';
import { buildIndex } from './indexes.ts';
import {
  defaultYear,
  filterMentions,
  mentionFilterChoices,
  resolveYear,
  type MentionFilter,
} from './mention-filter.ts';
import { unreviewedMentions } from './mentions.ts';

const every: MentionFilter = { year: 'all', body: null, issue: null, issueTitle: null };

describe('mention filters on a small record', () => {
  const rows = unreviewedMentions(buildIndex(buildNotAnnotatedBundle()), 'money');
  const choices = mentionFilterChoices(rows);

  it('offers the years with mentions, latest first, and says when some have no date', () => {
    expect(choices.years).toEqual(['2023']);
    expect(choices.undated).toBe(true);
    expect(choices.bodies.map((b) => b.name)).toContain('Cabinet');
    expect(choices.noBody).toBe(true);
  });

  it('keeps a short list whole by default, and ignores a year the record lacks', () => {
    expect(defaultYear(choices, rows.length, 60)).toBe('all');
    expect(defaultYear(choices, rows.length, 3)).toBe('2023');
    expect(resolveYear('1999', choices, 'all')).toBe('all');
    expect(resolveYear('none', choices, 'all')).toBe('none');
    expect(resolveYear('2023', choices, 'all')).toBe('2023');
  });

  it('narrows by year, no date, body, no meeting, issue and words of the title', () => {
    expect(filterMentions(rows, every)).toHaveLength(rows.length);
    const undated = filterMentions(rows, { ...every, year: 'none' });
    expect(undated.map((r) => r.mention.quote)).toEqual(['45p']);
    const cabinet = choices.bodies.find((b) => b.name === 'Cabinet')!.id;
    const atCabinet = filterMentions(rows, { ...every, body: cabinet });
    expect(atCabinet.length).toBeGreaterThan(0);
    expect(atCabinet.every((r) => r.place?.body?.name === 'Cabinet')).toBe(true);
    const atNoMeeting = filterMentions(rows, { ...every, body: 'none' });
    expect(atNoMeeting.every((r) => !r.place?.body)).toBe(true);
    const issueId = rows[0]!.place!.item.issueId;
    const ofIssue = filterMentions(rows, { ...every, issue: issueId });
    expect(ofIssue.every((r) => r.place?.item.issueId === issueId)).toBe(true);
    const title = rows[0]!.place!.issue!.title;
    const byTitle = filterMentions(rows, { ...every, issueTitle: title.slice(2, 8).toUpperCase() });
    expect(byTitle).toContain(rows[0]);
    expect(filterMentions(rows, { ...every, issueTitle: 'no such words at all' })).toEqual([]);
  });
});
