import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  usePlotArea,
  XAxis,
  YAxis,
} from 'recharts';
import { monthTicks } from '@/bundle/precise-date.ts';
import { chartColors } from '@/ui/chart-frame.tsx';
import { formatDay, formatMonthTick, formatPreciseDate } from '@/bundle/calendar.ts';
import { formatFte } from '@/ui/format.ts';
import { strings } from '@/ui/strings.en.ts';
import {
  fteTicks,
  type PhaseMarker,
  type Series,
  type StructureModel,
} from './structure-series.ts';

const s = strings.structure;
const MARKER_LINE = 16;

export const SERIES_COLORS = [
  chartColors.primary,
  chartColors.accent,
  chartColors.secondary,
  chartColors.muted,
] as const;

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length]!;
}

export function markerLabel(m: PhaseMarker): string {
  const when = m.step.date ? formatPreciseDate(m.step.date) : formatDay(m.range.first);
  return m.first ? s.firstMarker(m.step.label, when) : s.phaseMarker(m.step.label, when);
}

export function chartHeight(model: StructureModel): number {
  return 260 + model.markers.length * MARKER_LINE;
}

/**
 * A phase label sits in the band above the plot, one row per phase, so labels never cover the
 * lines or each other; near the right edge it turns to read leftwards from its line.
 */
function MarkerLabel({
  viewBox,
  text,
  row,
  rows,
}: {
  viewBox?: { x?: number; y?: number };
  text: string;
  row: number;
  rows: number;
}) {
  const plot = usePlotArea();
  const x = viewBox?.x ?? 0;
  const top = plot?.y ?? viewBox?.y ?? 0;
  const rightHalf = plot ? x > plot.x + plot.width * 0.5 : false;
  return (
    <text
      x={rightHalf ? x - 4 : x + 4}
      y={top - 6 - (rows - 1 - row) * MARKER_LINE}
      textAnchor={rightHalf ? 'end' : 'start'}
      fill={chartColors.primary}
      fontSize={12}
      fontWeight={600}
    >
      {text}
    </text>
  );
}

type DotProps = { cx?: number; cy?: number; payload?: { stepId: string | null; fte: number } };

/** A dot and its count at each real step; the point that only extends the line gets none. */
function StepDot({
  cx,
  cy,
  payload,
  color,
  undated,
}: DotProps & { color: string; undated: boolean }) {
  if (cx === undefined || cy === undefined || !payload?.stepId) return null;
  return (
    <g>
      {/* An undated level gets its count but no dot: a dot would pin it to a time. */}
      {!undated && <circle cx={cx} cy={cy} r={4} fill="#fff" stroke={color} strokeWidth={2} />}
      <text x={cx + 6} y={cy - 8} fill={color} fontSize={12} fontWeight={700}>
        {formatFte(payload.fte)}
      </text>
    </g>
  );
}

/**
 * Posts over time as steps (each level holds until the next change), with a labelled line at
 * each phase and its whole month shaded where the record gives only a month.
 */
export function StepChart({ model }: { model: StructureModel }) {
  const domain = model.domain!;
  const ticks = monthTicks(domain[0], domain[1], 5);
  const yTicks = fteTicks(model.maxFte);
  const drawn = model.series
    .map((series, i) => ({ series, color: seriesColor(i) }))
    .filter(({ series }) => series.kind !== 'none');
  return (
    <LineChart
      margin={{ top: 12 + model.markers.length * MARKER_LINE, right: 20, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={chartColors.grid} vertical={false} />
      <XAxis
        type="number"
        dataKey="time"
        domain={domain}
        ticks={ticks}
        tickFormatter={formatMonthTick}
        tick={{ fill: chartColors.muted, fontSize: 12 }}
        stroke={chartColors.muted}
      />
      <YAxis
        type="number"
        domain={[0, yTicks[yTicks.length - 1] ?? 1]}
        ticks={yTicks}
        width={32}
        tick={{ fill: chartColors.muted, fontSize: 12 }}
        stroke={chartColors.muted}
      />
      {model.markers.map((m) =>
        m.step.date && m.step.date.precision !== 'day' ? (
          <ReferenceArea
            key={`area-${m.step.id}`}
            x1={m.range.start}
            x2={m.range.end}
            fill={chartColors.grid}
            fillOpacity={0.5}
            ifOverflow="hidden"
          />
        ) : null,
      )}
      {model.markers.map((m, i) => (
        <ReferenceLine
          key={`line-${m.step.id}`}
          x={m.time}
          stroke={chartColors.muted}
          strokeDasharray="2 3"
          label={<MarkerLabel text={markerLabel(m)} row={i} rows={model.markers.length} />}
        />
      ))}
      {drawn.map(({ series, color }) => (
        <Line
          key={series.structure.id}
          data={series.points}
          dataKey="fte"
          name={series.structure.role}
          type="stepAfter"
          stroke={color}
          strokeWidth={3}
          strokeDasharray={lineDash(series)}
          dot={(props) => {
            const payload = props.payload as DotProps['payload'];
            return (
              <StepDot
                key={`${series.structure.id}-${payload?.stepId ?? 'end'}`}
                cx={props.cx}
                cy={props.cy}
                payload={payload}
                color={color}
                undated={series.kind === 'level'}
              />
            );
          }}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

/** Dashed for a post that may not happen or has no date; solid for a dated change. */
export function lineDash(series: Series): string | undefined {
  return series.conditional || series.kind === 'level' ? '8 5' : undefined;
}
