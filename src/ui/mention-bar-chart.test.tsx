import { render, screen } from '@testing-library/react';
import { definedIds, duplicateIds, urlReferences } from '@/test/svg-ids.ts';
import { ChartFrame } from './chart-frame.tsx';
import { MentionBarChart } from './mention-bar-chart.tsx';
import type { MentionBar } from './mention-bars.ts';

const bars: MentionBar[] = [
  { id: 'a', span: [0, 2_000_000], isRange: false, headline: '£2 million', label: 'Cabinet' },
  { id: 'b', span: [800_000, 1_200_000], isRange: true, headline: '£0.8m-£1.2m', label: 'Cabinet' },
];

describe('MentionBarChart', () => {
  it('drawn twice on one page, each chart paints with its own hatch pattern', () => {
    render(
      <>
        {['first', 'second'].map((id) => (
          <ChartFrame
            key={id}
            id={id}
            title={id}
            summary={`The ${id} chart.`}
            table={null}
            chart={
              <MentionBarChart bars={bars} ticks={[0, 1_000_000, 2_000_000]} tickFormat={String} />
            }
          />
        ))}
      </>,
    );
    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(2);
    expect(duplicateIds()).toEqual([]);
    for (const chart of charts) {
      const hatches = definedIds(chart).filter((id) => id.startsWith('mention-hatch'));
      expect(hatches).toHaveLength(1);
      const used = urlReferences(chart);
      expect(used).toContain(hatches[0]);
      expect(used.filter((id) => !definedIds(chart).includes(id))).toEqual([]);
    }
  });
});
