/**
 * Checks for charts drawn side by side: an SVG `url(#id)` picks the first element with that id
 * in the whole document, so a repeated id makes one chart paint with another chart's pattern.
 */
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ChartFrame } from '@/ui/chart-frame.tsx';

/** Draws the chart twice on one page, each in its own frame, and returns the two pictures. */
export function drawTwice(chart: () => ReactElement): HTMLElement[] {
  render(
    <>
      {['first', 'second'].map((id) => (
        <ChartFrame
          key={id}
          id={id}
          title={id}
          summary={`The ${id} chart.`}
          table={null}
          chart={chart()}
          source={{ line: `Source: the ${id} record.`, asOf: '2010-12-13' }}
        />
      ))}
    </>,
  );
  return screen.getAllByRole('img');
}

/** The ids a chart paints or clips with that it does not define itself: none, when all is well. */
export function borrowedIds(chart: Element): string[] {
  const own = definedIds(chart);
  return urlReferences(chart).filter((id) => !own.includes(id));
}

/** Every id that more than one element in the document carries. */
export function duplicateIds(root: ParentNode = document): string[] {
  const counts = new Map<string, number>();
  for (const element of root.querySelectorAll('[id]')) {
    counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
}

/** The ids named by `url(#...)` in each element's fill, stroke, clip-path or marker attributes. */
export function urlReferences(root: Element): string[] {
  const attributes = ['fill', 'stroke', 'clip-path', 'mask', 'marker-start', 'marker-end'];
  const ids: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of attributes) {
      const match = /^url\(#(.+)\)$/.exec(element.getAttribute(name) ?? '');
      if (match?.[1]) ids.push(match[1]);
    }
  }
  return [...new Set(ids)];
}

/** The ids of the paint servers and clips an SVG defines: patterns, gradients, clips, markers. */
export function definedIds(root: Element): string[] {
  const defined = 'pattern, linearGradient, radialGradient, clipPath, mask, marker';
  return [...root.querySelectorAll(defined)].map((element) => element.id).filter(Boolean);
}
