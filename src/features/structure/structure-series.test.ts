import { buildEmptyBundle, buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import type { Bundle, Structure, StructureStep } from '@/bundle/schema.ts';
import { fteTicks, structureModel } from './structure-series.ts';

const valid = buildValidBundle();
const baseStructure = valid.structure[0]!;
const baseStep = baseStructure.steps[0]!;

function step(partial: Partial<StructureStep> & Pick<StructureStep, 'id'>): StructureStep {
  return { ...baseStep, ...partial };
}

function withStructure(structure: Structure[]): Bundle {
  return { ...valid, structure };
}

const day = (d: string) => ({ date: d, precision: 'day' as const });
const month = (d: string) => ({ date: d, precision: 'month' as const });

describe('structureModel', () => {
  it('draws dated steps in order and lists the undated one without a date', () => {
    const model = structureModel(buildIndex(valid));
    const [series] = model.series;
    expect(series?.kind).toBe('stepped');
    // Only Phase 1 (June 2022) has a date: one level, carried to the edge of the chart.
    expect(series?.points.map((p) => [p.fte, p.stepId])).toEqual([
      [2, 'hm-phase-1'],
      [2, null],
    ]);
    expect(series?.points[0]?.time).toBe(Date.UTC(2022, 5, 1));
    expect(series?.undated.map((r) => r.step.id)).toEqual(['hm-now', 'hm-phase-2']);
    expect(model.markers.map((m) => [m.step.label, m.first])).toEqual([['Phase 1', true]]);
    expect(model.rows).toHaveLength(3);
    expect(model.maxFte).toBe(3);
  });

  it('places a month at its first day and keeps the whole month as the marker span', () => {
    const model = structureModel(
      buildIndex(
        withStructure([
          {
            ...baseStructure,
            steps: [
              step({ id: 'b', label: 'Phase 1', date: month('2011-04'), fte: 6.5 }),
              step({ id: 'a', label: 'Now', date: day('2010-10-28'), fte: 8.5 }),
              step({ id: 'c', label: 'Phase 2', date: month('2012-10'), fte: 5.5 }),
            ],
          },
        ]),
      ),
    );
    const [series] = model.series;
    expect(series?.points.map((p) => p.fte)).toEqual([8.5, 6.5, 5.5, 5.5]);
    expect(model.markers.map((m) => [m.step.label, m.first, m.range.first, m.range.last])).toEqual([
      ['Now', true, '2010-10-28', '2010-10-28'],
      ['Phase 1', false, '2011-04-01', '2011-04-30'],
      ['Phase 2', false, '2012-10-01', '2012-10-31'],
    ]);
    const [start, end] = model.domain!;
    expect(start).toBeLessThan(Date.UTC(2010, 9, 28));
    expect(end).toBeGreaterThan(Date.UTC(2012, 10, 1));
    expect(series?.points.at(-1)?.time).toBe(end);
  });

  it('draws a single undated post as a level across the chart, marked conditional', () => {
    const model = structureModel(
      buildIndex(
        withStructure([
          { ...baseStructure, steps: [step({ id: 'a', date: day('2010-10-28'), fte: 8.5 })] },
          {
            ...baseStructure,
            id: 'head',
            role: 'Head of Shared Services',
            steps: [step({ id: 'h', date: null, fte: 1, condition: 'if required' })],
          },
        ]),
      ),
    );
    const level = model.series[1]!;
    expect(level.kind).toBe('level');
    expect(level.conditional).toBe(true);
    expect(level.points.map((p) => p.time)).toEqual(model.domain);
    expect(level.points.map((p) => p.fte)).toEqual([1, 1]);
  });

  it('has no axis when no step has a date', () => {
    const model = structureModel(
      buildIndex(
        withStructure([
          {
            ...baseStructure,
            steps: [step({ id: 'a', date: null }), step({ id: 'b', date: null, fte: 2 })],
          },
        ]),
      ),
    );
    expect(model.domain).toBeNull();
    expect(model.series[0]?.kind).toBe('none');
    expect(model.series[0]?.undated).toHaveLength(2);
  });

  it('is empty for an empty bundle', () => {
    const model = structureModel(buildIndex(buildEmptyBundle()));
    expect(model).toMatchObject({ rows: [], series: [], markers: [], domain: null, maxFte: 0 });
  });
});

describe('fteTicks', () => {
  it('counts from zero past the largest count', () => {
    expect(fteTicks(8.5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(fteTicks(3)).toEqual([0, 1, 2, 3, 4]);
    expect(fteTicks(0)).toEqual([0, 1]);
    expect(fteTicks(40).at(-1)).toBeGreaterThanOrEqual(40);
  });
});
