// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, type FoundMention } from './mentions.ts';

function find(text: string): Array<Omit<FoundMention, 'start' | 'end'>> {
  return findMentions(text, { start: 0, end: text.length }).map(({ start, end, ...m }) => {
    expect(text.slice(start, end)).toBe(m.quote);
    return m;
  });
}

describe('money', () => {
  it.each([
    ['a one-off resource of £80,000, funded', '£80,000', 80000],
    ['would be £213,000, as set out', '£213,000', 213000],
    ['a budget of £1.580 million this year', '£1.580 million', 1580000],
    ['reserves of £2.4m remain', '£2.4m', 2400000],
    ['a grant of £15k', '£15k', 15000],
  ])('%s', (text, quote, value) => {
    expect(find(text)).toEqual([{ kind: 'money', quote, value }]);
  });

  it.each([
    ['£1.847m', { value: 1847000 }],
    ['£26,440,000', { value: 26440000 }],
    ['£0.58 million', { value: 580000 }],
    ['£2.4m', { value: 2400000 }],
    ['45p', { pence: 45 }],
    ['£12.50', { pence: 1250 }],
    ['£12.00', { value: 12, pence: 1200 }],
    ['£1/hr', { value: 1, per: 'hour' }],
    ['£5 per hour', { value: 5, per: 'hour' }],
    ['£20 a week', { value: 20, per: 'week' }],
    ['£12.50 a plot', { pence: 1250, per: 'plot' }],
    ['£250 per annum', { value: 250, per: 'year' }],
    ['£1 to £2 per hour', { low: 1, high: 2, per: 'hour' }],
  ])('reads %s, keeping pence and what a rate is per', (quote, amount) => {
    expect(find(`it was ${quote} in all.`)).toEqual([{ kind: 'money', quote, ...amount }]);
  });

  it('finds nothing rather than a cut-off number in "£1,5 million" or "£1,5000"', () => {
    expect(find('a cost of £1,5 million and £1,5000 in all')).toEqual([]);
  });

  it('does not take a decimal, a year or a word ending in p for pence', () => {
    expect(find('a 4.5p rise in 2015p, and step 3 up')).toEqual([]);
  });

  it('reads "£0.8 and £1.2 million" as one range with "million" applying to both', () => {
    expect(find('an annual saving of £0.8 and £1.2 million, based on')).toEqual([
      { kind: 'money', quote: '£0.8 and £1.2 million', low: 800000, high: 1200000 },
    ]);
  });

  it('reads ranges written with "to", a dash, or "between ... and"', () => {
    expect(find('£0.8m to £1.2m')).toEqual([
      { kind: 'money', quote: '£0.8m to £1.2m', low: 800000, high: 1200000 },
    ]);
    expect(find('£1-2m')).toEqual([{ kind: 'money', quote: '£1-2m', low: 1000000, high: 2000000 }]);
    expect(find('between £5,000 and £7,000')).toEqual([
      { kind: 'money', quote: '£5,000 and £7,000', low: 5000, high: 7000 },
    ]);
  });

  it('keeps two amounts joined by "and" apart when each is complete', () => {
    expect(find('£80,000 and £213,000')).toEqual([
      { kind: 'money', quote: '£80,000', value: 80000 },
      { kind: 'money', quote: '£213,000', value: 213000 },
    ]);
  });
});

describe('percentages', () => {
  it('reads single values and ranges', () => {
    expect(find('an indicative figure of 10-15% of the operational budgets')).toEqual([
      { kind: 'percent', quote: '10-15%', low: 10, high: 15 },
    ]);
    expect(find('a rise of 2.5% and 3 per cent')).toEqual([
      { kind: 'percent', quote: '2.5%', value: 2.5 },
      { kind: 'percent', quote: '3 per cent', value: 3 },
    ]);
    expect(find('from 5% to 7%')).toEqual([
      { kind: 'percent', quote: '5% to 7%', low: 5, high: 7 },
    ]);
  });
});

describe('counts', () => {
  it('reads a decimal headcount before a role', () => {
    expect(find('a reduction from 8.5 Assistant Directors (the Monitoring Officer')).toEqual([
      { kind: 'count', quote: '8.5 Assistant Directors', value: 8.5, noun: 'Assistant Directors' },
    ]);
  });

  it('reads plain post words and one qualifier', () => {
    expect(find('one redundant AD applying for 1 post')).toEqual([
      { kind: 'count', quote: '1 post', value: 1, noun: 'post' },
    ]);
    expect(find('how 4 additional Directors had been')).toEqual([
      { kind: 'count', quote: '4 additional Directors', value: 4, noun: 'additional Directors' },
    ]);
  });

  it('reads people counted as others, or by what the change does to them', () => {
    expect(
      find('regarding the former Deputy Chief Executive’s retirement, along with 3 others.'),
    ).toEqual([{ kind: 'count', quote: '3 others', value: 3, noun: 'others' }]);
    expect(find('could result in 2 having to apply for 1 post.')).toEqual([
      { kind: 'count', quote: '2 having to apply', value: 2, noun: 'having to apply' },
      { kind: 'count', quote: '1 post', value: 1, noun: 'post' },
    ]);
    expect(find('45 staff, 12 officers and 4 people, with 3 facing redundancy')).toEqual([
      { kind: 'count', quote: '45 staff', value: 45, noun: 'staff' },
      { kind: 'count', quote: '12 officers', value: 12, noun: 'officers' },
      { kind: 'count', quote: '4 people', value: 4, noun: 'people' },
      { kind: 'count', quote: '3 facing redundancy', value: 3, noun: 'facing redundancy' },
    ]);
  });

  it('counts the bare end of a change of count as what the other end counts', () => {
    expect(
      find(
        'a reduction from 8.5 Assistant Directors (the Monitoring Officer was counted as half a post, given that it was shared), to 6.5.',
      ),
    ).toEqual([
      { kind: 'count', quote: '8.5 Assistant Directors', value: 8.5, noun: 'Assistant Directors' },
      { kind: 'count', quote: 'to 6.5', value: 6.5, noun: 'Assistant Directors' },
    ]);
    expect(find('the team falls from 12 posts to 9 by April 2012')).toEqual([
      { kind: 'count', quote: '12 posts', value: 12, noun: 'posts' },
      { kind: 'count', quote: 'to 9', value: 9, noun: 'posts' },
      { kind: 'date', quote: 'April 2012', value: { date: '2012-04', precision: 'month' } },
    ]);
    expect(find('cut from 3 to 2 posts')).toEqual([
      { kind: 'count', quote: 'from 3', value: 3, noun: 'posts' },
      { kind: 'count', quote: '2 posts', value: 2, noun: 'posts' },
    ]);
  });

  it('lends no noun to a number that counts something else, or to a year, time or label', () => {
    expect(find('merged from 3 posts to 2 teams')).toEqual([
      { kind: 'count', quote: '3 posts', value: 3, noun: 'posts' },
    ]);
    expect(find('from 4 officers to 10% of the budget')).toEqual([
      { kind: 'count', quote: '4 officers', value: 4, noun: 'officers' },
      { kind: 'percent', quote: '10%', value: 10 },
    ]);
    expect(find('from 2010 to 2012 posts were cut')).toEqual([]);
    expect(find('adjourned from 4.10 to 4.45 pm')).toEqual([]);
    expect(find('from item 4 to item 6, and from Phase 1 to 2')).toEqual([]);
    expect(find('Assistant Directors, to 6.5.')).toEqual([]);
    expect(find('minute 237/2008 others; RESOLVED 2. It be recommended')).toEqual([]);
  });

  it('does not count bare numbers, times, labels, years or sentence starts', () => {
    expect(find('Assistant Directors, to 6.5.')).toEqual([]);
    expect(find('adjourned between 4.10 and 4.45 pm')).toEqual([]);
    expect(
      find('as set out in item 4 of the Strategic Business Case; Phase 1 Assistant Directors'),
    ).toEqual([]);
    expect(find('this section 4 report')).toEqual([]);
    expect(find('in 2008 Council agreed; of the 3 The Leader said')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads month and year, full or abbreviated, with a day where one is real', () => {
    expect(find('implement Phase 1 by April 2011')).toEqual([
      { kind: 'date', quote: 'April 2011', value: { date: '2011-04', precision: 'month' } },
    ]);
    expect(find('two earlier reports (Feb 2010 / May 2010)')).toEqual([
      { kind: 'date', quote: 'Feb 2010', value: { date: '2010-02', precision: 'month' } },
      { kind: 'date', quote: 'May 2010', value: { date: '2010-05', precision: 'month' } },
    ]);
    expect(find('from 1 April 2011')).toEqual([
      { kind: 'date', quote: '1 April 2011', value: { date: '2011-04-01', precision: 'day' } },
    ]);
    expect(find('by 31 February 2011')).toEqual([
      { kind: 'date', quote: 'February 2011', value: { date: '2011-02', precision: 'month' } },
    ]);
  });

  it('reads financial years only where the second year follows the first', () => {
    expect(find('required during 2011/12 in order')).toEqual([
      { kind: 'date', quote: '2011/12', value: { date: '2011/12', precision: 'financial-year' } },
    ]);
    expect(find('in 1999/00 and 2011/2012')).toEqual([
      { kind: 'date', quote: '1999/00', value: { date: '1999/00', precision: 'financial-year' } },
      { kind: 'date', quote: '2011/2012', value: { date: '2011/12', precision: 'financial-year' } },
    ]);
    expect(find('minute 237/2008 and 2011/13')).toEqual([]);
  });

  it('ignores meeting-style dates and times', () => {
    expect(find('Meeting: 13/12/2010 at 4.10')).toEqual([]);
  });
});

describe('any text', () => {
  it('gives spans inside the region whose quotes match the text, in order, without overlaps', () => {
    const pieces = fc.constantFrom(
      '£80,000',
      '£0.8 and £1.2 million',
      '10-15%',
      '8.5 Assistant Directors',
      'April 2011',
      '2011/12',
      ' ',
      '\n',
      '\u00a0',
      'and',
      'to',
      '-',
      '£',
      '.',
      ',',
      'the',
      'item 4',
      '237/2008',
      '4.10',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(5), (parts, pad) => {
        const region = parts.join('');
        const text = 'x'.repeat(pad) + region + 'y'.repeat(pad);
        const found = findMentions(text, { start: pad, end: pad + region.length });
        let last = pad;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeLessThanOrEqual(pad + region.length);
          expect(text.slice(m.start, m.end)).toBe(m.quote);
          last = m.end;
        }
      }),
    );
  });
});
