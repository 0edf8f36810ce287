/**
 * The mention filters on a council of realistic size: the bundle layer may not import the
 * generator, so the test lives here beside it.
 */
import { buildIndex } from '@/bundle/indexes.ts';
import {
  defaultYear,
  filterMentions,
  mentionFilterChoices,
  mentionYear,
  type MentionFilter,
} from '@/bundle/mention-filter.ts';
import { mentionSentence, unreviewedMentions } from '@/bundle/mentions.ts';
import { buildCouncil } from './build-council.ts';

const every: MentionFilter = { year: 'all', body: null, issue: null, issueTitle: null };

describe('mentions of a ten-year council', () => {
  // A fifth-size council: thousands of amounts, as a real one has tens of thousands.
  const index = buildIndex(buildCouncil({ years: 10, seed: 'x', scale: 0.2 }));
  const rows = unreviewedMentions(index, 'money');

  it('lists every amount without cutting out sentences, and splits them by year', () => {
    expect(rows.length).toBeGreaterThan(1000);
    const choices = mentionFilterChoices(rows);
    expect(choices.years.length).toBeGreaterThanOrEqual(9);
    const latest = defaultYear(choices, rows.length, 60);
    expect(latest).toBe(choices.years[0]);
    const inLatest = filterMentions(rows, { ...every, year: latest });
    expect(inLatest.length).toBeGreaterThan(60);
    expect(inLatest.every((r) => mentionYear(r) === latest)).toBe(true);
    // A drawn row still finds its sentence on demand.
    const sentence = mentionSentence(inLatest[0]!);
    expect(sentence.quote).toBe(inLatest[0]!.mention.quote);
  });
});
