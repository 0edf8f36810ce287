import { useSvgId } from './svg-id.ts';
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { chartColors } from './chart-frame.tsx';
import type { MentionBar } from './mention-bars.ts';
import { BarLabel } from './bar-label.tsx';

const ROW_HEIGHT = 88;
const BAR_SIZE = 18;
const AXIS_HEIGHT = 36;

export function mentionChartHeight(bars: readonly MentionBar[]): number {
  return Math.max(1, bars.filter((b) => b.span).length) * ROW_HEIGHT + AXIS_HEIGHT;
}

type Row = { id: string; span: [number, number]; bar: MentionBar };

/**
 * One bar per mention, each on its own row and never stacked: the record does not say whether
 * two mentions are the same thing. Bars are outlined and hatched, as nothing here is reviewed;
 * a range floats from its low to its high end.
 */
export function MentionBarChart({
  bars,
  ticks,
  tickFormat,
}: {
  bars: readonly MentionBar[];
  ticks: readonly number[];
  tickFormat: (value: number) => string;
}) {
  const HATCH = useSvgId('mention-hatch');
  const rows: Row[] = bars.flatMap((bar) =>
    bar.span ? [{ id: bar.id, span: bar.span, bar }] : [],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const top = ticks[ticks.length - 1] ?? 0;
  return (
    <BarChart
      layout="vertical"
      data={rows}
      margin={{ top: 4, right: 24, bottom: 4, left: 16 }}
      accessibilityLayer={false}
    >
      <defs>
        <pattern
          id={HATCH}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="#eceff3" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={chartColors.muted} strokeWidth="2" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke={chartColors.grid} />
      <XAxis
        type="number"
        domain={[0, top]}
        ticks={[...ticks]}
        tickFormatter={tickFormat}
        tick={{ fill: chartColors.muted, fontSize: 12 }}
        stroke={chartColors.muted}
        height={AXIS_HEIGHT - 8}
      />
      <YAxis
        type="category"
        dataKey="id"
        width={1}
        axisLine={false}
        tickLine={false}
        tick={(props) => (
          <BarLabel
            y={Number(props.y)}
            payload={props.payload}
            barSize={BAR_SIZE}
            textOf={(id) => {
              const row = byId.get(id);
              return row ? { headline: row.bar.headline, label: row.bar.label } : null;
            }}
          />
        )}
      />
      <Bar dataKey="span" barSize={BAR_SIZE} isAnimationActive={false} strokeWidth={2}>
        {rows.map((row) => (
          <Cell
            key={row.id}
            fill={`url(#${HATCH})`}
            stroke={chartColors.muted}
            strokeDasharray={row.bar.isRange ? '5 3' : undefined}
          />
        ))}
      </Bar>
    </BarChart>
  );
}
