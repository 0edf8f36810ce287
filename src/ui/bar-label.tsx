import { usePlotArea } from 'recharts';
import { chartColors } from './chart-frame.tsx';
import { wrapLabel } from './wrap-label.ts';

const LINE = 15;
/** Rough width of a character at the label's size, to wrap labels to the plot's width. */
const CHAR_PX = 7;

/**
 * A horizontal bar's label: a bold headline and up to two wrapped lines, drawn above the bar
 * from the plot's left edge so it can use the plot's whole width.
 */
export function BarLabel({
  y,
  payload,
  barSize,
  textOf,
}: {
  y?: number;
  payload?: { value?: unknown };
  barSize: number;
  textOf: (id: string) => { headline: string; label: string } | null;
}) {
  const plot = usePlotArea();
  const text = textOf(String(payload?.value));
  if (!text || y === undefined || !plot) return null;
  const width = Math.max(16, Math.floor(plot.width / CHAR_PX));
  const lines = [text.headline, ...wrapLabel(text.label, width, 2)];
  const top = y - barSize / 2 - 6 - LINE * (lines.length - 1);
  return (
    <text x={plot.x} y={top} fill={chartColors.primary} fontSize={13} textAnchor="start">
      {lines.map((line, i) => (
        <tspan key={i} x={plot.x} dy={i === 0 ? 0 : LINE} fontWeight={i === 0 ? 700 : 400}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
