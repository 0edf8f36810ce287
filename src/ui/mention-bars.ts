/**
 * Shapes unreviewed mentions for a bar chart: one bar per mention, never a sum. Pure, no React.
 * A rate ("£12 per hour") is not a total, so it gets no bar; it stays in the table.
 */
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

/** The one-line summary of the amounts, listed in the record's words and never totalled. */
export function moneyMentionsSummary(rows: readonly MentionRow<'money'>[]): string {
  const list = strings.chart.list(rows.map((r) => formatMoneyMention(r.mention)));
  const rates = rows.filter((r) => r.mention.per).length;
  const summary = m.money.summary(rows.length, list);
  return rates ? `${summary} ${m.money.ratesNote(rates)}` : summary;
}

export function countMentionsSummary(rows: readonly MentionRow<'count'>[]): string {
  return m.count.summary(
    rows.length,
    strings.chart.list(rows.map((r) => `${formatFte(r.mention.value)} ${r.mention.noun}`)),
  );
}
