/**
 * Shapes the bundle's structure steps for the step chart. A step is placed on the time axis only
 * where the record gives it a date, at the start of the span that date covers; the rest are kept
 * for the table and named in notes, never given a made-up date.
 */
import { placeOfItem, type BundleIndex, type ItemPlace } from '@/bundle/indexes.ts';
import { unreviewedMentions, type MentionRow } from '@/bundle/mentions.ts';
import { dayRange, type DayRange } from '@/bundle/precise-date.ts';
import type { Structure, StructureStep } from '@/bundle/schema.ts';
import { formatPreciseDate } from '@/bundle/calendar.ts';
import { formatFte } from '@/ui/format.ts';
import { countMentionBars, type MentionBar } from '@/ui/mention-bars.ts';
import { strings } from '@/ui/strings.en.ts';

const MONTH_MS = 30 * 86_400_000;
const words = strings.structure;

export type StepRow = {
  structure: Structure;
  step: StructureStep;
  place: ItemPlace | null;
  range: DayRange | null;
};

export type SeriesPoint = {
  time: number;
  fte: number;
  /** Null for the point that only carries the last level on to the edge of the chart. */
  stepId: string | null;
};

export type Series = {
  structure: Structure;
  /**
   * stepped: drawn as steps over its dated steps. level: one undated post count, drawn dashed
   * across the chart because it belongs to no one time. none: nothing can be placed on the axis.
   */
  kind: 'stepped' | 'level' | 'none';
  points: SeriesPoint[];
  dated: StepRow[];
  /** Steps with no date, in a series that has others: listed, not drawn. */
  undated: StepRow[];
  /** Every step carries a condition ("if required"), so the line is drawn dashed. */
  conditional: boolean;
};

export type PhaseMarker = {
  time: number;
  range: DayRange;
  step: StructureStep;
  /** The first dated step is where the series starts ("Now"); the others are phases "by" a date. */
  first: boolean;
};

export type StructureModel = {
  rows: StepRow[];
  series: Series[];
  markers: PhaseMarker[];
  /** The time axis, or null when no step has a date. */
  domain: [number, number] | null;
  notes: { structure: Structure; note: Structure['notes'][number] }[];
  maxFte: number;
  /** Counts of posts the record mentions that no editor has reviewed, one by one. */
  mentions: MentionRow<'count'>[];
};

function rowsOf(index: BundleIndex, structure: Structure): StepRow[] {
  return structure.steps.map((step) => ({
    structure,
    step,
    place: placeOfItem(index, step.itemId),
    range: step.date ? dayRange(step.date) : null,
  }));
}

export function structureModel(index: BundleIndex): StructureModel {
  const rows = index.bundle.structure.flatMap((s) => rowsOf(index, s));
  const datedRows = rows.filter((r): r is StepRow & { range: DayRange } => r.range !== null);
  const domain: [number, number] | null = datedRows.length
    ? [
        Math.min(...datedRows.map((r) => r.range.start)) - MONTH_MS,
        // Room after the last change, so its new level is seen to hold.
        Math.max(...datedRows.map((r) => r.range.end)) + 3 * MONTH_MS,
      ]
    : null;

  const series: Series[] = index.bundle.structure.map((structure) => {
    const own = rows.filter((r) => r.structure === structure);
    const dated = own
      .filter((r): r is StepRow & { range: DayRange } => r.range !== null)
      .sort((a, b) => a.range.start - b.range.start);
    const undated = own.filter((r) => r.range === null);
    const conditional = own.length > 0 && own.every((r) => r.step.condition !== null);
    if (dated.length > 0 && domain) {
      const points: SeriesPoint[] = dated.map((r) => ({
        time: r.range.start,
        fte: r.step.fte,
        stepId: r.step.id,
      }));
      const last = dated[dated.length - 1]!;
      points.push({ time: domain[1], fte: last.step.fte, stepId: null });
      return { structure, kind: 'stepped', points, dated, undated, conditional };
    }
    const only = own[0];
    if (own.length === 1 && only && domain) {
      return {
        structure,
        kind: 'level',
        points: [
          { time: domain[0], fte: only.step.fte, stepId: only.step.id },
          { time: domain[1], fte: only.step.fte, stepId: null },
        ],
        dated: [],
        undated: [only],
        conditional,
      };
    }
    return { structure, kind: 'none', points: [], dated: [], undated: own, conditional };
  });

  const seen = new Set<string>();
  const markers: PhaseMarker[] = [];
  for (const s of series) {
    s.dated.forEach((r, i) => {
      if (!r.range) return;
      const key = `${r.range.start}|${r.step.label}`;
      if (seen.has(key)) return;
      seen.add(key);
      markers.push({ time: r.range.start, range: r.range, step: r.step, first: i === 0 });
    });
  }
  markers.sort((a, b) => a.time - b.time);

  return {
    rows,
    series,
    markers,
    domain,
    notes: index.bundle.structure.flatMap((structure) =>
      structure.notes.map((note) => ({ structure, note })),
    ),
    maxFte: Math.max(0, ...rows.map((r) => r.step.fte)),
    mentions: unreviewedMentions(index, 'count'),
  };
}

/** Whole-number ticks from zero to just above the largest count. */
export function fteTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max + 0.5));
  const step = top > 12 ? Math.ceil(top / 6) : top > 6 ? 2 : 1;
  const ticks: number[] = [];
  for (let t = 0; t <= top + step - 1; t += step) {
    ticks.push(t);
    if (t >= top) break;
  }
  return ticks;
}

/** One sentence per series: where its posts start and end, or what the record says undated. */
export function seriesSentence(series: Series): string {
  const role = series.structure.role;
  const first = series.dated[0];
  const last = series.dated[series.dated.length - 1];
  if (series.kind === 'stepped' && first && last) {
    if (series.dated.length === 1 || !last.step.date) {
      return words.levelSummary(
        role,
        formatFte(first.step.fte),
        first.step.date ? formatPreciseDate(first.step.date) : '',
      );
    }
    const changes = series.dated.length - 1;
    const change =
      last.step.fte < first.step.fte ? 'fall' : last.step.fte > first.step.fte ? 'rise' : 'stay';
    return words.seriesSummary(
      role,
      change,
      formatFte(first.step.fte),
      formatFte(last.step.fte),
      words.phases(strings.chart.countWord(changes), changes),
      formatPreciseDate(last.step.date),
    );
  }
  const only = series.undated[0];
  if (series.undated.length === 1 && only) {
    return words.undatedSummary(role, formatFte(only.step.fte), only.step.fte, only.step.condition);
  }
  return words.undatedSteps(role, series.undated.length);
}

/** The chart's one-line summary, one sentence for each structure that has any step. */
export function structureSummary(model: StructureModel): string {
  return model.series
    .filter((series) => series.dated.length + series.undated.length > 0)
    .map(seriesSentence)
    .join(' ');
}

/**
 * The series the key names, each with its place in the palette: a series with nothing on the
 * axis has no line to name, but keeps its colour slot so the others match the chart.
 */
export function keyedSeries(
  model: Pick<StructureModel, 'series'>,
): { series: Series; colorIndex: number; label: string }[] {
  return model.series.flatMap((series, colorIndex) => {
    if (series.kind === 'none') return [];
    const only = series.undated[0];
    const label =
      series.kind === 'level' && only
        ? words.undatedLine(series.structure.role, formatFte(only.step.fte), only.step.condition)
        : series.structure.role;
    return [{ series, colorIndex, label }];
  });
}

/**
 * What the notes under the chart must say: that a month is drawn at its first day, which lines
 * are one undated level, and which steps could not be placed on the axis at all.
 */
export function chartNotes(model: Pick<StructureModel, 'series' | 'markers'>): {
  hasMonth: boolean;
  levels: StepRow[];
  unplaced: StepRow[];
} {
  return {
    hasMonth: model.markers.some((m) => m.step.date?.precision === 'month'),
    levels: model.series.flatMap((x) => (x.kind === 'level' ? x.undated.slice(0, 1) : [])),
    unplaced: model.series.flatMap((x) => (x.kind === 'level' ? [] : x.undated)),
  };
}

/** The bars and ticks for counts of posts no editor has reviewed: one bar each, never added. */
export function countMentionChart(mentions: readonly MentionRow<'count'>[]): {
  bars: MentionBar[];
  ticks: number[];
} {
  return {
    bars: countMentionBars(mentions),
    ticks: fteTicks(Math.max(0, ...mentions.map((r) => r.mention.value))),
  };
}
