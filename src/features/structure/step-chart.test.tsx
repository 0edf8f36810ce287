import { render, screen } from '@testing-library/react';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import { definedIds, duplicateIds, urlReferences } from '@/test/svg-ids.ts';
import { ChartFrame } from '@/ui/chart-frame.tsx';
import { StepChart } from './step-chart.tsx';
import { structureModel } from './structure-series.ts';

describe('StepChart', () => {
  it('drawn twice on one page, shares no id with the other chart', () => {
    const model = structureModel(buildIndex(buildSeedBundle()));
    render(
      <>
        {['first', 'second'].map((id) => (
          <ChartFrame
            key={id}
            id={id}
            title={id}
            summary={`The ${id} chart.`}
            table={null}
            chart={<StepChart model={model} />}
          />
        ))}
      </>,
    );
    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(2);
    expect(duplicateIds()).toEqual([]);
    // What a chart clips or paints with is defined inside that same chart.
    for (const chart of charts) {
      // The chart really drew: recharts defines the clip its plot area is drawn in.
      expect(definedIds(chart).length).toBeGreaterThan(0);
      expect(urlReferences(chart).filter((id) => !definedIds(chart).includes(id))).toEqual([]);
    }
  });
});
