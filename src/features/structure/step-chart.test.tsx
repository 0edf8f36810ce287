import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import { borrowedIds, definedIds, drawTwice, duplicateIds } from '@/test/svg-ids.tsx';
import { StepChart } from './step-chart.tsx';
import { structureModel } from './structure-series.ts';

describe('StepChart', () => {
  it('drawn twice on one page, shares no id with the other chart', () => {
    const model = structureModel(buildIndex(buildSeedBundle()));
    const charts = drawTwice(() => <StepChart model={model} />);
    expect(charts).toHaveLength(2);
    expect(duplicateIds()).toEqual([]);
    // What a chart clips or paints with is defined inside that same chart.
    for (const chart of charts) {
      // The chart really drew: recharts defines the clip its plot area is drawn in.
      expect(definedIds(chart).length).toBeGreaterThan(0);
      expect(borrowedIds(chart)).toEqual([]);
    }
  });
});
