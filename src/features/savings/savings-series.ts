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
import type { Figure } from '@/bundle/schema.ts';

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
};

export function figureSpan(f: Figure): [number, number] | null {
  if (f.value !== undefined) return [0, f.value];
  if (f.low !== undefined && f.high !== undefined) {
    return f.low <= f.high ? [f.low, f.high] : [f.high, f.low];
  }
  return null;
}

function toBar(index: BundleIndex, figure: Figure): FigureBar {
  const span = figureSpan(figure);
  return {
    figure,
    place: placeOfItem(index, figure.itemId),
    span,
    isRange: figure.value === undefined && span !== null,
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
  return {
    figuresReviewed: index.bundle.figures.length > 0,
    mentions: unreviewedMentions(index, 'money'),
    recurring: recurringSavings(index)
      .map((f) => toBar(index, f))
      .sort(byTop),
    costs: oneOffCosts(index)
      .map((f) => toBar(index, f))
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
    ticks.push(Math.round(t));
    if (t >= max) break;
  }
  return ticks;
}
