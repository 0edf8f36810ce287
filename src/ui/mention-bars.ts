/**
 * Shapes unreviewed mentions for a bar chart: one bar per mention, never a sum. Pure, no React.
 * A rate ("£12 per hour") is not a total, so it gets no bar; it stays in the table.
 */
import { ALL_YEARS, NONE, type YearChoice } from '@/bundle/mention-filter.ts';
import type { MentionOf, MentionRow } from '@/bundle/mentions.ts';
import { formatFte } from './format.ts';
import { formatMoneyMention } from './money-format.ts';
import { mentionPlace } from './place.ts';
import { strings } from './strings.en.ts';

export type MentionBar = {
  id: string;
  /** 0 to the amount, or low to high for a range; null where it is only listed (a rate). */
  span: [number, number] | null;
  isRange: boolean;
  /** The words above the bar: the amount and that it is not reviewed. */
  headline: string;
  /** Where it was said. */
  label: string;
};

const m = strings.mentions;

export function moneySpan(mention: MentionOf<'money'>): [number, number] | null {
  if (mention.per) return null;
  if (mention.pence !== undefined) return [0, mention.pence / 100];
  if (mention.value !== undefined) return [0, mention.value];
  if (mention.low !== undefined && mention.high !== undefined) {
    return mention.low <= mention.high ? [mention.low, mention.high] : [mention.high, mention.low];
  }
  return null;
}

export function moneyMentionBars(rows: readonly MentionRow<'money'>[]): MentionBar[] {
  return rows.map(({ mention, place }) => {
    const span = moneySpan(mention);
    return {
      id: mention.id,
      span,
      isRange: span !== null && mention.value === undefined && mention.pence === undefined,
      headline: m.money.barHeadline(formatMoneyMention(mention)),
      label: mentionPlace(place),
    };
  });
}

export function countMentionBars(rows: readonly MentionRow<'count'>[]): MentionBar[] {
  return rows.map(({ mention, place }) => ({
    id: mention.id,
    span: [0, mention.value],
    isRange: false,
    headline: m.count.barHeadline(`${formatFte(mention.value)} ${mention.noun}`),
    label: mentionPlace(place),
  }));
}

/** More bars than this in one chart cannot be read; the largest are drawn, all are listed. */
export const MENTION_BARS_MAX = 60;

/**
 * The rows a chart draws: every one that has a bar while they fit, else the `limit` largest,
 * largest first. `drawable` counts the rows with a bar at all (a rate has none).
 */
export function largestMentions<Row>(
  rows: readonly Row[],
  span: (row: Row) => [number, number] | null,
  limit = MENTION_BARS_MAX,
): { rows: Row[]; drawable: number; limited: boolean } {
  const withBars = rows.flatMap((row) => {
    const s = span(row);
    return s ? [{ row, top: s[1] }] : [];
  });
  if (withBars.length <= limit)
    return { rows: [...rows], drawable: withBars.length, limited: false };
  // A stable sort keeps equal amounts in the record's order.
  const largest = withBars.sort((a, b) => b.top - a.top).slice(0, limit);
  return { rows: largest.map((b) => b.row), drawable: withBars.length, limited: true };
}

/** "in 2016", "with no date in the record", or nothing for the whole record. */
export function yearScope(year: YearChoice): string | null {
  if (year === ALL_YEARS) return null;
  return year === NONE ? m.withNoDate : m.inYear(year);
}

/**
 * The one-line summary of the amounts, listed in the record's words and never totalled. Where
 * only the largest are drawn it says so, as listing hundreds of amounts in a sentence is noise.
 */
export function moneyMentionsSummary(
  rows: readonly MentionRow<'money'>[],
  chart: { drawn: number; drawable: number; limited: boolean },
  year: YearChoice = ALL_YEARS,
): string {
  const scope = yearScope(year);
  const rates = rows.filter((r) => r.mention.per).length;
  const summary = chart.limited
    ? m.money.largest(chart.drawn, chart.drawable, scope)
    : m.money.summary(
        rows.length,
        strings.chart.list(rows.map((r) => formatMoneyMention(r.mention))),
        scope,
      );
  return rates ? `${summary} ${m.money.ratesNote(rates)}` : summary;
}

export function countMentionsSummary(rows: readonly MentionRow<'count'>[]): string {
  return m.count.summary(
    rows.length,
    strings.chart.list(rows.map((r) => `${formatFte(r.mention.value)} ${r.mention.noun}`)),
  );
}
