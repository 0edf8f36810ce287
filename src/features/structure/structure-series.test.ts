import {
  buildEmptyBundle,
  buildNotAnnotatedBundle,
  buildValidBundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import type { Bundle, Structure, StructureStep } from '@/bundle/schema.ts';
import {
  chartNotes,
  countMentionChart,
  fteTicks,
  keyedSeries,
  seriesSentence,
  structureModel,
  structureSummary,
} from './structure-series.ts';

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

/** One role whose steps are given, alone in an otherwise valid bundle, shaped for the chart. */
function modelOf(...structures: Structure[]) {
  return structureModel(buildIndex(withStructure(structures)));
}

function role(id: string, roleName: string, steps: StructureStep[]): Structure {
  return { ...baseStructure, id, role: roleName, steps, notes: [] };
}

describe('seriesSentence', () => {
  it('says how far posts fall, over how many phases and by when', () => {
    const [series] = modelOf(
      role('ad', 'Assistant Director', [
        step({ id: 'a', date: day('2010-10-28'), fte: 8.5 }),
        step({ id: 'b', date: month('2011-04'), fte: 6.5 }),
        step({ id: 'c', date: month('2012-10'), fte: 5.5 }),
      ]),
    ).series;
    expect(seriesSentence(series!)).toBe(
      'Assistant Director posts fall from 8.5 to 5.5 over two phases, by October 2012.',
    );
  });

  it('says posts rise, or stay, in the singular for one phase', () => {
    const rise = modelOf(
      role('r', 'Ranger', [
        step({ id: 'a', date: day('2021-01-04'), fte: 1 }),
        step({ id: 'b', date: day('2021-06-01'), fte: 3 }),
      ]),
    ).series[0]!;
    expect(seriesSentence(rise)).toBe(
      'Ranger posts rise from 1 to 3 over one phase, by 1 Jun 2021.',
    );
    const stay = modelOf(
      role('r', 'Ranger', [
        step({ id: 'a', date: day('2021-01-04'), fte: 2 }),
        step({ id: 'b', date: day('2021-06-01'), fte: 2 }),
      ]),
    ).series[0]!;
    expect(seriesSentence(stay)).toBe('Ranger posts stay at 2 over one phase, to 1 Jun 2021.');
  });

  it('gives one dated step as a level from its date', () => {
    const [series] = structureModel(buildIndex(buildValidBundle())).series;
    expect(seriesSentence(series!)).toBe('Harbour Masters: 2 from June 2022.');
  });

  it('gives one undated post with its condition, and counts several undated steps', () => {
    const model = modelOf(
      role('ad', 'Assistant Director', [step({ id: 'a', date: day('2010-10-28') })]),
      role('head', 'Head of Service', [
        step({ id: 'h', date: null, fte: 1, condition: 'if required' }),
      ]),
      role('clerk', 'Clerk', [step({ id: 'c1', date: null }), step({ id: 'c2', date: null })]),
    );
    expect(seriesSentence(model.series[1]!)).toBe(
      '1 Head of Service post, if required, with no date given.',
    );
    expect(seriesSentence(model.series[2]!)).toBe(
      'Clerk: 2 steps with no dates in the record, listed in the table.',
    );
  });
});

describe('structureSummary', () => {
  it('joins one sentence per structure, as the seed reads', () => {
    expect(structureSummary(structureModel(buildIndex(buildSeedBundle())))).toBe(
      'Assistant Director posts fall from 8.5 to 5.5 over two phases, by October 2012. 1 Head of Shared Services post, if required, with no date given.',
    );
  });

  it('leaves out a structure with no steps, and is empty with none', () => {
    const model = modelOf(
      role('empty', 'Nobody', []),
      role('r', 'Ranger', [step({ id: 'a', date: day('2021-01-04'), fte: 1 })]),
    );
    expect(structureSummary(model)).toBe('Ranger: 1 from 4 Jan 2021.');
    expect(structureSummary(structureModel(buildIndex(buildEmptyBundle())))).toBe('');
  });
});

describe('keyedSeries', () => {
  const model = modelOf(
    role('ad', 'Assistant Director', [step({ id: 'a', date: day('2010-10-28'), fte: 8.5 })]),
    role('clerk', 'Clerk', [step({ id: 'c1', date: null }), step({ id: 'c2', date: null })]),
    role('head', 'Head of Service', [
      step({ id: 'h', date: null, fte: 1, condition: 'if required' }),
    ]),
  );

  it('names each drawn line, and keeps each its colour slot past one that is not drawn', () => {
    expect(keyedSeries(model).map(({ colorIndex, label }) => [colorIndex, label])).toEqual([
      [0, 'Assistant Director'],
      [2, 'Head of Service: 1, if required (no date)'],
    ]);
  });

  it('names nothing when nothing can be drawn', () => {
    const undated = modelOf(role('clerk', 'Clerk', [step({ id: 'c1', date: null })]));
    expect(undated.series[0]?.kind).toBe('none');
    expect(keyedSeries(undated)).toEqual([]);
  });
});

describe('chartNotes', () => {
  it('lists each undated level and each step left off the chart', () => {
    const model = modelOf(
      role('ad', 'Assistant Director', [
        step({ id: 'a', date: day('2010-10-28'), fte: 8.5 }),
        step({ id: 'later', date: null, fte: 4 }),
      ]),
      role('head', 'Head of Service', [step({ id: 'h', date: null, fte: 1 })]),
    );
    const notes = chartNotes(model);
    expect(notes.hasMonth).toBe(false);
    expect(notes.levels.map((r) => r.step.id)).toEqual(['h']);
    expect(notes.unplaced.map((r) => r.step.id)).toEqual(['later']);
  });

  it('notes a phase given only as a month', () => {
    const notes = chartNotes(structureModel(buildIndex(buildValidBundle())));
    expect(notes.hasMonth).toBe(true);
    expect(notes.unplaced.map((r) => r.step.id)).toEqual(['hm-now', 'hm-phase-2']);
  });

  it('has nothing to say of an empty record', () => {
    expect(chartNotes(structureModel(buildIndex(buildEmptyBundle())))).toEqual({
      hasMonth: false,
      levels: [],
      unplaced: [],
    });
  });
});

describe('countMentionChart', () => {
  it('draws one bar for each count, with ticks past the largest', () => {
    const { mentions } = structureModel(buildIndex(buildNotAnnotatedBundle()));
    const { bars, ticks } = countMentionChart(mentions);
    expect(bars.map((b) => b.span)).toEqual([
      [0, 45],
      [0, 6],
      [0, 3],
    ]);
    expect(ticks).toEqual(fteTicks(45));
  });

  it('keeps an axis from zero when there is nothing to draw', () => {
    expect(countMentionChart([])).toEqual({ bars: [], ticks: [0, 1] });
  });
});
