/**
 * Finds the quantities in a stretch of prose before anyone says what they mean: money, percentages,
 * headcounts and dates. Each keeps its exact quote and span. The rules lean towards missing an odd
 * phrasing rather than inventing a number, because an editor can always quote what was missed,
 * but a wrong mention would be shown as if the record said it.
 *
 * Rules, in the order they claim text (a later rule never takes text an earlier one took):
 * 1. Money: "£" then a number, optionally scaled by "million", "m", "billion", "bn" or "k".
 *    Two amounts joined by "-", "–" or "to" are one range; joined by "and" they are a range only
 *    when the scale is written once at the end ("£0.8 and £1.2 million", since "£0.8" alone cannot
 *    be meant) or the phrase opens with "between". A missing scale is taken from the other end.
 *    Values are whole pounds. An amount written with pence keeps them in `pence` ("£2.50" is
 *    250), with a pound `value` only where it is whole ("£2.00"); "45p" has only `pence`.
 *    A rate ("£1/hr", "£5 per hour", "£20 a week") keeps what it is per: it is not a total.
 * 2. Percentages: "10%", "10 per cent", and ranges "10-15%", "10% to 15%".
 * 3. Dates: a month name or its abbreviation and a year ("April 2011", "Feb 2010"), with a day
 *    in front where one is printed and real ("1 April 2011"); financial years "2011/12" only when
 *    the second year follows the first, so minute numbers like "237/2008" are never dates.
 * 4. Counts: a number directly followed by what it counts: a capitalised role ("8.5 Assistant
 *    Directors"), a plain word for posts or people ("1 post", "3 officers", "3 others"),
 *    optionally after one qualifier ("4 additional Directors"), or people named by what befalls
 *    them ("2 having to apply"). A time ("4.10"), a year, or a number labelling something
 *    ("item 4", "Phase 1", "section 4") is not a count.
 * 5. The other end of a change of count: "from 8.5 Assistant Directors (...), to 6.5" makes
 *    "to 6.5" a count of Assistant Directors, and "from 3 to 2 posts" makes "from 3" a count of
 *    posts. The bare number must end the phrase (a full stop, a comma, "by April"), so that
 *    "from 3 posts to 2 teams" lends nothing; otherwise a bare number is never a count.
 */
import type { PreciseDate } from '../bundle/schema.ts';
import { daysInMonth, MONTH_WORD, monthNumber } from '../bundle/calendar.ts';
import type { Span } from './text-spans.ts';

type Found = { start: number; end: number; quote: string };
export type FoundMention =
  | (Found & {
      kind: 'money';
      value?: number;
      low?: number;
      high?: number;
      pence?: number;
      per?: string;
    })
  | (Found & { kind: 'percent'; value?: number; low?: number; high?: number })
  | (Found & { kind: 'count'; value: number; noun: string })
  | (Found & { kind: 'date'; value: PreciseDate });

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s?(million|billion|bn|m|k)(?![A-Za-z]))`;
// Not followed by another digit or a decimal comma: "£1,5 million" is no mention rather than £1.
const MONEY = new RegExp(String.raw`£\s?${NUMBER}(?![,.]?\d)${SCALE}?`, 'gi');
const MONEY_RANGE_END = new RegExp(String.raw`^\s*(-|–|to|and)\s*(£)?\s?${NUMBER}${SCALE}?`, 'i');
const PENCE = /(?<![\w.,£])(\d{1,3})\s?p(?![A-Za-z])/g;
/** "/hr", " per hour", " a week": what a rate is per, named as the record's words mean it. */
const RATE =
  /^(?:\s*\/\s*|\s+per\s+|\s+an?\s+)(hours?|hrs?|days?|weeks?|wks?|months?|annum|years?|yrs?|head|person|night|session|visit|mile|plot|household|property|ticket|tonne)(?![A-Za-z])/i;
const RATE_UNITS: Record<string, string> = {
  hr: 'hour',
  wk: 'week',
  annum: 'year',
  yr: 'year',
};
const SCALES: Record<string, number> = {
  k: 1_000,
  m: 1_000_000,
  million: 1_000_000,
  bn: 1_000_000_000,
  billion: 1_000_000_000,
};

const PERCENT_SIGN = String.raw`(?:%|per\s?cent(?![A-Za-z]))`;
const PERCENT_RANGE = new RegExp(
  String.raw`(?<![\d.,£])(\d+(?:\.\d+)?)\s*(?:%\s*)?(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*${PERCENT_SIGN}`,
  'gi',
);
const PERCENT = new RegExp(String.raw`(?<![\d.,£])(\d+(?:\.\d+)?)\s*${PERCENT_SIGN}`, 'gi');

const MONTH = `(${MONTH_WORD})`;
const MONTH_YEAR = new RegExp(
  String.raw`(?:(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s+)?\b${MONTH}\.?\s+((?:19|20)\d{2})(?![\d/])`,
  'g',
);
const FINANCIAL_YEAR = /(?<![\d/])((?:19|20)\d{2})\/(\d{2}|\d{4})(?![\d/])/g;

const QUALIFIER = '(?:additional|further|new|extra|fewer|more|senior|full-time|part-time)';
const POST_WORDS =
  '(?:posts?|officers?|staff|FTEs?|members?|councillors?|directors?|managers?|employees?|roles?|jobs?|vacancies|vacancy|others|people|persons)';
/** People counted by what a change does to them: "2 having to apply", "3 facing redundancy". */
const AFFECTED = String.raw`having\s+to\s+(?:re-?)?apply|facing\s+redundancy`;
const TITLE_WORDS = String.raw`[A-Z][A-Za-z’'-]*(?:\s[A-Z][A-Za-z’'-]*){0,3}`;
const COUNT_NUMBER = String.raw`(?<![\d.,/£])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const COUNT = new RegExp(
  String.raw`${COUNT_NUMBER}\s+((?:${QUALIFIER}\s+)?(?:${POST_WORDS}|${TITLE_WORDS})|${AFFECTED})(?![A-Za-z])`,
  'g',
);
/** A bare number that ends its phrase: nothing after it names something else it might count. */
const PHRASE_END = String.raw`(?![\d%])(?![.,]\d)(?=\s*(?:[.,;:)]|$|\s(?:by|in|from|under|over|after|before|during|when|if)\b))`;
/** After a count that follows "from": an aside in brackets, then ", to 6.5". */
const TO_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]{0,200}\))?\s*,?\s*(to\s+(\d+(?:\.\d+)?))${PHRASE_END}`,
);
/** Before a count: "from 3 to ", the count's own number following. */
const FROM_BEFORE = new RegExp(String.raw`(?<![\w£])(from\s+(\d+(?:\.\d+)?))\s+to\s+$`);
/** Words that make the number a label rather than a quantity: "item 4", "Phase 1". */
const LABEL_BEFORE =
  /\b(?:items?|appendix|appendices|section|phase|para|paragraph|page|no|number|minute|report|level|tier|grade|band|stage|year|option|recommendation|chapter|annex|schedule|part|room|meeting)\.?\s*$/i;
/** A capitalised word that starts a sentence, not a role: "in 2 The Leader..." is no count. */
const NOT_A_NOUN = new Set(
  'The A An This That These Those He She It They We I In On At By For Of And Or But To With From As If So Council Cabinet'.split(
    ' ',
  ),
);

export function findMentions(text: string, span: Span): FoundMention[] {
  const region = text.slice(span.start, span.end);
  const found: FoundMention[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  const add = (m: FoundMention) => {
    if (!taken(m.start, m.end)) found.push(m);
  };
  const at = (index: number, length: number) => {
    const start = span.start + index;
    return { start, end: start + length, quote: region.slice(index, index + length) };
  };

  const rateAfter = (end: number) => {
    const r = RATE.exec(region.slice(end));
    if (!r) return null;
    const word = r[1]!.toLowerCase().replace(/s$/, '');
    return { length: r[0].length, per: RATE_UNITS[word] ?? word };
  };
  const addMoney = (
    index: number,
    length: number,
    amount: { value?: number; low?: number; high?: number; pence?: number },
  ) => {
    const rate = rateAfter(index + length);
    add({
      kind: 'money',
      ...at(index, length + (rate?.length ?? 0)),
      ...amount,
      ...(rate ? { per: rate.per } : {}),
    });
  };
  for (const m of region.matchAll(MONEY)) {
    const low = { number: m[1]!, scale: m[2]?.toLowerCase() };
    const after = MONEY_RANGE_END.exec(region.slice(m.index + m[0].length));
    if (after) {
      const high = { number: after[3]!, scale: after[4]?.toLowerCase() };
      const connector = after[1]!.toLowerCase();
      const sharedScale = low.scale === undefined && high.scale !== undefined;
      const between = /\bbetween\s+$/i.test(region.slice(0, m.index));
      const isRange =
        connector === 'and' ? after[2] !== undefined && (sharedScale || between) : true;
      const lowValue = pounds(low.number, low.scale ?? high.scale);
      const highValue = pounds(high.number, high.scale ?? low.scale);
      if (isRange && lowValue <= highValue) {
        addMoney(m.index, m[0].length + after[0].length, { low: lowValue, high: highValue });
        continue;
      }
    }
    const withPence = /^[\d,]+\.\d{2}$/.test(low.number) && !low.scale;
    const pence = withPence ? Math.round(Number(low.number.replace(/,/g, '')) * 100) : null;
    // "£12.50" is kept in pence only: a whole-pound value would be a rounding the record never made.
    addMoney(
      m.index,
      m[0].length,
      pence === null
        ? { value: pounds(low.number, low.scale) }
        : { pence, ...(pence % 100 === 0 ? { value: pence / 100 } : {}) },
    );
  }
  for (const m of region.matchAll(PENCE)) {
    addMoney(m.index, m[0].length, { pence: Number(m[1]) });
  }

  for (const m of region.matchAll(PERCENT_RANGE)) {
    const [low, high] = [Number(m[1]), Number(m[2])];
    if (low <= high) add({ kind: 'percent', ...at(m.index, m[0].length), low, high });
  }
  for (const m of region.matchAll(PERCENT)) {
    add({ kind: 'percent', ...at(m.index, m[0].length), value: Number(m[1]) });
  }

  for (const m of region.matchAll(MONTH_YEAR)) {
    const month = monthNumber(m[2]!);
    const year = Number(m[3]);
    const day = m[1] === undefined ? null : Number(m[1]);
    const ym = `${m[3]}-${String(month).padStart(2, '0')}`;
    if (day !== null && day >= 1 && day <= daysInMonth(year, month)) {
      add({
        kind: 'date',
        ...at(m.index, m[0].length),
        value: { date: `${ym}-${String(day).padStart(2, '0')}`, precision: 'day' },
      });
    } else {
      // A day that cannot be (31 February) is left out, not rolled over: the month still stands.
      const monthAt = m.index + m[0].indexOf(m[2]!, m[1]?.length ?? 0);
      add({
        kind: 'date',
        ...at(monthAt, m.index + m[0].length - monthAt),
        value: { date: ym, precision: 'month' },
      });
    }
  }
  for (const m of region.matchAll(FINANCIAL_YEAR)) {
    const first = Number(m[1]);
    const second = m[2]!;
    const follows =
      second.length === 2 ? Number(second) === (first + 1) % 100 : Number(second) === first + 1;
    if (follows) {
      const yy = String((first + 1) % 100).padStart(2, '0');
      add({
        kind: 'date',
        ...at(m.index, m[0].length),
        value: { date: `${m[1]}/${yy}`, precision: 'financial-year' },
      });
    }
  }

  for (const m of region.matchAll(COUNT)) {
    const digits = m[1]!;
    let noun = m[2]!;
    const firstWord = noun.split(/\s/)[0]!;
    const looksLikeYear = /^(?:19|20)\d{2}$/.test(digits);
    if (looksLikeYear || LABEL_BEFORE.test(region.slice(0, m.index)) || NOT_A_NOUN.has(firstWord))
      continue;
    // "81.2 RESOLVED": a minute paragraph's number before a shouted verb, not a headcount.
    if (/^[A-Z]{5,}$/.test(firstWord)) continue;
    if (monthNumber(firstWord) > 0) continue;
    noun = noun.replace(/[’'-]+$/, '');
    const length = m[0].length - (m[2]!.length - noun.length);
    add({ kind: 'count', ...at(m.index, length), value: Number(digits.replace(/,/g, '')), noun });
  }
  // Rule 5 runs once every count is found, so that each can lend its noun to its other end.
  for (const count of found.filter((f) => f.kind === 'count')) {
    const before = region.slice(0, count.start - span.start);
    const end = count.end - span.start;
    const to = /(?<![\w£])from\s+$/.test(before) ? TO_AFTER.exec(region.slice(end)) : null;
    if (to) {
      const index = end + to[0].length - to[1]!.length;
      add({ kind: 'count', ...at(index, to[1]!.length), value: Number(to[2]), noun: count.noun });
    }
    const from = FROM_BEFORE.exec(before);
    if (from && !/^(?:19|20)\d{2}$/.test(from[2]!)) {
      add({
        kind: 'count',
        ...at(from.index, from[1]!.length),
        value: Number(from[2]),
        noun: count.noun,
      });
    }
  }

  return found.sort((a, b) => a.start - b.start);
}

function pounds(number: string, scale: string | undefined): number {
  const amount = Number(number.replace(/,/g, ''));
  return Math.round(amount * (scale ? (SCALES[scale] ?? 1) : 1));
}
