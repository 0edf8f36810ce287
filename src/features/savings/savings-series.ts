/**
 * Shapes the bundle's money figures for the savings view. Recurring savings and one-off costs
 * stay in separate series: they are different kinds of money and are never added together.
 */
import {
  oneOffCosts,
  placeOfItem,
  recurringSavings,
  type BundleIndex,
  type ItemPlace,
} from '@/bundle/indexes.ts';
import { unreviewedMentions, type MentionRow } from '@/bundle/mentions.ts';
import type { Figure, Mention } from '@/bundle/schema.ts';
import { formatPreciseDate } from '@/bundle/calendar.ts';
import { formatAmount } from '@/ui/format.ts';
import {
  largestMentions,
  MENTION_BARS_MAX,
  moneyMentionBars,
  moneySpan,
  type MentionBar,
} from '@/ui/mention-bars.ts';
import { strings } from '@/ui/strings.en.ts';

const s = strings.savings;

/** Which series a bar chart draws: money saved every year, or money spent once. */
export type BarVariant = 'recurring' | 'cost';

export type FigureBar = {
  figure: Figure;
  place: ItemPlace | null;
  /**
   * What the bar covers: 0 to the amount for a single figure, low to high for a range. Null when
   * the figure has neither a value nor both ends of a range, so it can only be listed.
   */
  span: [number, number] | null;
  /** A range, stated or indicative, is drawn floating from its low to its high figure. */
  isRange: boolean;
  /** Quantities the record ties to this figure ("10-15% of the operational budgets"). */
  qualifiers: Mention[];
};

export function figureSpan(f: Figure): [number, number] | null {
  if (f.value !== undefined) return [0, f.value];
  if (f.low !== undefined && f.high !== undefined) {
    return f.low <= f.high ? [f.low, f.high] : [f.high, f.low];
  }
  return null;
}

function toBar(
  index: BundleIndex,
  mentionById: ReadonlyMap<string, Mention>,
  figure: Figure,
): FigureBar {
  const span = figureSpan(figure);
  return {
    figure,
    place: placeOfItem(index, figure.itemId),
    span,
    isRange: figure.value === undefined && span !== null,
    qualifiers: (figure.qualifiedBy ?? []).flatMap((id) => mentionById.get(id) ?? []),
  };
}

/** Largest first, so the eye reads the biggest claim first; ties keep the record's order. */
function byTop(a: FigureBar, b: FigureBar): number {
  return (b.span?.[1] ?? -1) - (a.span?.[1] ?? -1);
}

export type SavingsModel = {
  recurring: FigureBar[];
  costs: FigureBar[];
  /** Whether an editor reviewed any figure at all; if not, no silence can be claimed. */
  figuresReviewed: boolean;
  /** Amounts the record mentions that no figure takes up, one by one. */
  mentions: MentionRow<'money'>[];
};

export function savingsModel(index: BundleIndex): SavingsModel {
  const qualifying = new Set(index.bundle.figures.flatMap((f) => f.qualifiedBy ?? []));
  const mentionById = new Map(
    index.bundle.mentions.filter((m) => qualifying.has(m.id)).map((m) => [m.id, m]),
  );
  return {
    figuresReviewed: index.bundle.figures.length > 0,
    mentions: unreviewedMentions(index, 'money'),
    recurring: recurringSavings(index)
      .map((f) => toBar(index, mentionById, f))
      .sort(byTop),
    costs: oneOffCosts(index)
      .map((f) => toBar(index, mentionById, f))
      .sort(byTop),
  };
}

/** A round top for a money axis and evenly spaced ticks up to it (1, 2, 2.5 or 5 steps). */
export function moneyTicks(max: number, maxTicks = 5): number[] {
  if (!(max > 0)) return [0];
  const rough = max / Math.max(1, maxTicks - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) {
    // Whole pounds, except on an axis of pence, where rounding would repeat 0.
    ticks.push(step >= 1 ? Math.round(t) : Number(t.toPrecision(12)));
    if (t >= max) break;
  }
  return ticks;
}

/** The recurring chart's one-line summary: each saving in the record's words, never summed. */
export function recurringSummary(bars: readonly FigureBar[]): string {
  return s.recurringSummary(
    strings.chart.list(
      bars.map(({ figure, isRange }) =>
        s.recurringPart(
          formatAmount(figure),
          strings.recurrence.word(figure.recurrence),
          isRange && figure.indicative,
        ),
      ),
    ),
  );
}

/** The one-off chart's one-line summary: each cost with its period where the record gives one. */
export function costsSummary(bars: readonly FigureBar[]): string {
  return s.costsSummary(
    strings.chart.list(
      bars.map(({ figure }) =>
        s.costPart(formatAmount(figure), figure.period ? formatPreciseDate(figure.period) : null),
      ),
    ),
  );
}

/** A kind of bar a chart's key explains. */
export type FigureKeyMark = 'stated' | 'indicative' | 'cost';

/** The kinds of bar a chart draws, so its key names nothing that is not there. */
export function figureKeyMarks(bars: readonly FigureBar[], variant: BarVariant): FigureKeyMark[] {
  if (variant === 'cost') return ['cost'];
  return [
    ...(bars.some((b) => !b.isRange) ? (['stated'] as const) : []),
    ...(bars.some((b) => b.isRange) ? (['indicative'] as const) : []),
  ];
}

/**
 * Bars and ticks for amounts no editor has reviewed: each alone, and only the largest where
 * there are too many to read. A rate has no bar, so where every amount is a rate nothing is
 * drawn and the words and table carry them.
 */
export function moneyMentionChart(
  mentions: readonly MentionRow<'money'>[],
  limit = MENTION_BARS_MAX,
): {
  bars: MentionBar[];
  ticks: number[];
  anyDrawn: boolean;
  drawn: number;
  drawable: number;
  limited: boolean;
} {
  const chosen = largestMentions(mentions, (r) => moneySpan(r.mention), limit);
  const bars = moneyMentionBars(chosen.rows);
  const tops = bars.flatMap((b) => (b.span ? [b.span[1]] : []));
  return {
    bars,
    ticks: moneyTicks(Math.max(0, ...tops), 5),
    anyDrawn: tops.length > 0,
    drawn: tops.length,
    drawable: chosen.drawable,
    limited: chosen.limited,
  };
}
