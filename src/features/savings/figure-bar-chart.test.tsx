import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import {
  borrowedIds,
  definedIds,
  drawTwice,
  duplicateIds,
  urlReferences,
} from '@/test/svg-ids.tsx';
import { FigureBarChart } from './figure-bar-chart.tsx';
import { savingsModel, type BarVariant } from './savings-series.ts';

describe('FigureBarChart', () => {
  it.each<BarVariant>(['recurring', 'cost'])(
    'drawn twice on one page (%s), each chart paints with its own hatch patterns',
    (variant) => {
      const model = savingsModel(buildIndex(buildValidBundle()));
      const bars = variant === 'cost' ? model.costs : model.recurring;
      const charts = drawTwice(() => <FigureBarChart bars={bars} variant={variant} />);
      expect(charts).toHaveLength(2);
      expect(duplicateIds()).toEqual([]);
      for (const chart of charts) {
        const hatches = definedIds(chart).filter((id) => id.startsWith('savings-hatch'));
        expect(hatches).toHaveLength(2);
        // Every url(#...) the chart uses names something the chart itself defines.
        const used = urlReferences(chart);
        expect(used.some((id) => hatches.includes(id))).toBe(true);
        expect(borrowedIds(chart)).toEqual([]);
      }
    },
  );
});
