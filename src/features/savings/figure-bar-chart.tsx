import { useSvgId } from '@/ui/svg-id.ts';
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { chartColors } from '@/ui/chart-frame.tsx';
import { formatPreciseDate } from '@/bundle/calendar.ts';
import { formatAmount } from '@/ui/format.ts';
import { formatMoneyTick } from '@/ui/money-format.ts';
import { strings } from '@/ui/strings.en.ts';
import { BarLabel } from '@/ui/bar-label.tsx';
import { moneyTicks, type BarVariant, type FigureBar } from './savings-series.ts';

const s = strings.savings;

const ROW_HEIGHT = 104;
const BAR_SIZE = 22;
const AXIS_HEIGHT = 36;

export function chartHeight(bars: readonly FigureBar[]): number {
  return Math.max(1, bars.filter((b) => b.span).length) * ROW_HEIGHT + AXIS_HEIGHT;
}

/** The words drawn above a bar: its amount and what kind of money it is, then its label. */
export function barHeadline(bar: FigureBar, variant: BarVariant): string {
  const amount = formatAmount(bar.figure);
  const period = bar.figure.period ? formatPreciseDate(bar.figure.period) : null;
  if (variant === 'cost') return s.barCost(amount, period);
  return bar.isRange
    ? s.barRange(amount, bar.figure.indicative, period)
    : s.barRecurring(amount, period);
}

type Row = { id: string; span: [number, number]; bar: FigureBar };

/**
 * Horizontal bars, one per figure: a single amount runs from zero, a range floats from its low
 * to its high figure. Indicative ranges are hatched with a dashed outline; costs are hatched
 * the other way in another colour, so no series relies on colour alone.
 */
export function FigureBarChart({
  bars,
  variant,
}: {
  bars: readonly FigureBar[];
  variant: BarVariant;
}) {
  const HATCH_INDICATIVE = useSvgId('savings-hatch-indicative');
  const HATCH_COST = useSvgId('savings-hatch-cost');
  const rows: Row[] = bars.flatMap((bar) =>
    bar.span ? [{ id: bar.figure.id, span: bar.span, bar }] : [],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ticks = moneyTicks(Math.max(0, ...rows.map((r) => r.span[1])), 5);
  const top = ticks[ticks.length - 1] ?? 0;

  const style = (row: Row) => {
    if (variant === 'cost') {
      return { fill: `url(#${HATCH_COST})`, stroke: chartColors.cost, strokeDasharray: undefined };
    }
    if (row.bar.isRange) {
      return {
        fill: `url(#${HATCH_INDICATIVE})`,
        stroke: chartColors.secondary,
        strokeDasharray: '5 3',
      };
    }
    return { fill: chartColors.primary, stroke: chartColors.primary, strokeDasharray: undefined };
  };

  return (
    <BarChart
      layout="vertical"
      data={rows}
      margin={{ top: 4, right: 24, bottom: 4, left: 16 }}
      accessibilityLayer={false}
    >
      <defs>
        <pattern
          id={HATCH_INDICATIVE}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="#e0f2ef" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={chartColors.secondary} strokeWidth="3" />
        </pattern>
        <pattern
          id={HATCH_COST}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(-45)"
        >
          <rect width="8" height="8" fill="#fbe4e4" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={chartColors.cost} strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke={chartColors.grid} />
      <XAxis
        type="number"
        domain={[0, top]}
        ticks={ticks}
        tickFormatter={formatMoneyTick}
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
              return row
                ? { headline: barHeadline(row.bar, variant), label: row.bar.figure.label }
                : null;
            }}
          />
        )}
      />
      <Bar dataKey="span" barSize={BAR_SIZE} isAnimationActive={false} strokeWidth={2}>
        {rows.map((row) => {
          const { fill, stroke, strokeDasharray } = style(row);
          return (
            <Cell key={row.id} fill={fill} stroke={stroke} strokeDasharray={strokeDasharray} />
          );
        })}
      </Bar>
    </BarChart>
  );
}
