import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
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
  /** `href`, where given, makes the label a link (already carrying the bundle). */
  textOf: (id: string) => { headline: string; label: string; href?: string } | null;
}) {
  const plot = usePlotArea();
  const text = textOf(String(payload?.value));
  if (!text || y === undefined || !plot) return null;
  const width = Math.max(16, Math.floor(plot.width / CHAR_PX));
  const lines = [text.headline, ...wrapLabel(text.label, width, 2)];
  const top = y - barSize / 2 - 6 - LINE * (lines.length - 1);
  const label = (
    <text x={plot.x} y={top} fill={chartColors.primary} fontSize={13} textAnchor="start">
      {lines.map((line, i) => (
        <tspan key={i} x={plot.x} dy={i === 0 ? 0 : LINE} fontWeight={i === 0 ? 700 : 400}>
          {line}
        </tspan>
      ))}
    </text>
  );
  return text.href ? <BarLink href={text.href}>{label}</BarLink> : label;
}

/**
 * A pointer shortcut only: the chart is one image to assistive technology, so the link is kept
 * out of the tab order, and the table below links the same words for everyone.
 */
function BarLink({ href, children }: { href: string; children: ReactNode }) {
  const navigate = useNavigate();
  const follow = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(href);
  };
  return (
    <a href={href} tabIndex={-1} onClick={follow} className="bar-link">
      {children}
    </a>
  );
}
