import {
  borrowedIds,
  definedIds,
  drawTwice,
  duplicateIds,
  urlReferences,
} from '@/test/svg-ids.tsx';
import { MentionBarChart } from './mention-bar-chart.tsx';
import type { MentionBar } from './mention-bars.ts';

const bars: MentionBar[] = [
  { id: 'a', span: [0, 2_000_000], isRange: false, headline: '£2 million', label: 'Cabinet' },
  { id: 'b', span: [800_000, 1_200_000], isRange: true, headline: '£0.8m-£1.2m', label: 'Cabinet' },
];

describe('MentionBarChart', () => {
  it('drawn twice on one page, each chart paints with its own hatch pattern', () => {
    const charts = drawTwice(() => (
      <MentionBarChart bars={bars} ticks={[0, 1_000_000, 2_000_000]} tickFormat={String} />
    ));
    expect(charts).toHaveLength(2);
    expect(duplicateIds()).toEqual([]);
    for (const chart of charts) {
      const hatches = definedIds(chart).filter((id) => id.startsWith('mention-hatch'));
      expect(hatches).toHaveLength(1);
      const used = urlReferences(chart);
      expect(used).toContain(hatches[0]);
      expect(borrowedIds(chart)).toEqual([]);
    }
  });
});
