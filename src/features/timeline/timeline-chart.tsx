import { ComposedChart, ReferenceArea, Scatter, XAxis, YAxis } from 'recharts';
import { monthTicks } from '@/bundle/precise-date.ts';
import { chartColors } from '@/ui/chart-frame.tsx';
import { formatMonthTick } from '@/bundle/calendar.ts';
import { strings } from '@/ui/strings.en.ts';
import {
  GROUP_ROWS,
  isGroup,
  LANES,
  type Lane,
  type TimelineMark,
  type TimelineModel,
} from './timeline-model.ts';

const ROW_PX = 26;
/** A lane's name takes this many rows' height above its events. */
const HEAD_ROWS = 0.9;
const AXIS_PX = 32;
const DAY_MS = 86_400_000;

export const LANE_COLORS: Record<Lane, string> = {
  meeting: chartColors.primary,
  due: chartColors.accent,
  phase: chartColors.secondary,
};

/** Each kind has its own mark too, so shape and lane, not colour alone, tell them apart. */
const LANE_SHAPES = { due: 'diamond', phase: 'triangle' } as const;

type Layout = {
  lanes: { lane: Lane; top: number; bottom: number }[];
  total: number;
  yOf: (mark: TimelineMark) => number;
  /** The line a lane's month columns stand on. */
  baseOf: (lane: Lane) => number;
};

/** Stacks the lanes that have events, top to bottom, in rows units. */
export function laneLayout(model: TimelineModel): Layout {
  const lanes: Layout['lanes'] = [];
  let y = 0;
  for (const lane of LANES) {
    const rows = model.rows[lane];
    if (rows === 0) continue;
    // One sum for both, so the last lane ends exactly at the axis's end and is not discarded.
    const bottom = y + (HEAD_ROWS + rows);
    lanes.push({ lane, top: y, bottom });
    y = bottom;
  }
  const topOf = new Map(lanes.map((l) => [l.lane, l.top]));
  return {
    lanes,
    total: y,
    yOf: (mark) => (topOf.get(mark.lane) ?? 0) + HEAD_ROWS + mark.row + 0.5,
    baseOf: (lane) => (topOf.get(lane) ?? 0) + HEAD_ROWS + GROUP_ROWS - 0.1,
  };
}

export function timelineHeight(model: TimelineModel): number {
  return Math.round(laneLayout(model).total * ROW_PX) + AXIS_PX + 8;
}

/**
 * One column a month for a lane drawn by month: its height is the month's share of the lane's
 * busiest month, with a floor so a month of one still shows.
 */
function monthColumns(model: TimelineModel, layout: Layout) {
  const groups = model.marks.filter(isGroup);
  return LANES.flatMap((lane) => {
    const inLane = groups.filter((g) => g.lane === lane);
    const most = Math.max(1, ...inLane.map((g) => g.count));
    const base = layout.baseOf(lane);
    return inLane.map((g) => (
      <ReferenceArea
        key={g.id}
        x1={g.range.start}
        x2={g.range.end}
        y1={base - Math.max(0.12, (g.count / most) * (GROUP_ROWS - 0.3))}
        y2={base}
        fill={LANE_COLORS[lane]}
        fillOpacity={0.85}
        ifOverflow="hidden"
      />
    ));
  });
}

/**
 * Lanes for meetings, due dates and phases on one time axis. A day is a mark at that day; a
 * month or financial year is a bar over the whole span, because the record names no day in it.
 * A lane with too many events to draw apart is drawn as monthly columns instead.
 */
export function TimelineChart({ model }: { model: TimelineModel }) {
  const domain = model.domain!;
  const layout = laneLayout(model);
  const ticks = monthTicks(domain[0], domain[1], 5);
  const singles = model.marks.filter((m) => !isGroup(m));
  const points = (lane: Lane, decided?: boolean) =>
    singles
      .filter(
        (e) =>
          e.lane === lane &&
          e.date.precision === 'day' &&
          (decided === undefined || (!isGroup(e) && e.lane === 'meeting' && e.decided === decided)),
      )
      .map((e) => ({ time: e.range.start + DAY_MS / 2, y: layout.yOf(e), id: e.id }));
  const spans = singles.filter((e) => e.date.precision !== 'day');

  return (
    <ComposedChart margin={{ top: 4, right: 16, bottom: 4, left: 16 }} accessibilityLayer={false}>
      <XAxis
        type="number"
        dataKey="time"
        domain={domain}
        ticks={ticks}
        tickFormatter={formatMonthTick}
        tick={{ fill: chartColors.muted, fontSize: 12 }}
        stroke={chartColors.muted}
        height={AXIS_PX - 4}
      />
      <YAxis type="number" dataKey="y" domain={[0, layout.total]} reversed hide />
      {layout.lanes.map((l, i) => (
        <ReferenceArea
          key={l.lane}
          x1={domain[0]}
          x2={domain[1]}
          y1={l.top}
          y2={l.bottom}
          fill={i % 2 === 0 ? '#f4f6f8' : '#ffffff'}
          fillOpacity={1}
          ifOverflow="hidden"
          stroke={chartColors.grid}
          label={{
            value: strings.timeline.lane[l.lane],
            position: 'insideTopLeft',
            fill: chartColors.primary,
            fontSize: 12,
            fontWeight: 600,
          }}
        />
      ))}
      {monthColumns(model, layout)}
      {spans.map((e) => {
        const y = layout.yOf(e);
        return (
          <ReferenceArea
            key={e.id}
            x1={e.range.start}
            x2={e.range.end}
            y1={y - 0.3}
            y2={y + 0.3}
            fill={LANE_COLORS[e.lane]}
            fillOpacity={0.85}
            stroke={LANE_COLORS[e.lane]}
            ifOverflow="hidden"
          />
        );
      })}
      {/* A meeting that decided something is filled; one with no recorded outcome is a ring. */}
      <Scatter
        data={points('meeting', true)}
        fill={LANE_COLORS.meeting}
        shape="circle"
        isAnimationActive={false}
      />
      <Scatter
        data={points('meeting', false)}
        fill="#ffffff"
        stroke={LANE_COLORS.meeting}
        strokeWidth={2}
        shape="circle"
        isAnimationActive={false}
      />
      {(['due', 'phase'] as const).map((lane) => (
        <Scatter
          key={lane}
          data={points(lane)}
          fill={LANE_COLORS[lane]}
          shape={LANE_SHAPES[lane]}
          isAnimationActive={false}
        />
      ))}
    </ComposedChart>
  );
}
