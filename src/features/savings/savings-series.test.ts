import {
  buildEmptyBundle,
  buildNotAnnotatedBundle,
  buildValidBundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import type { Bundle, Figure } from '@/bundle/schema.ts';
import { barHeadline } from './figure-bar-chart.tsx';
import {
  costsSummary,
  figureKeyMarks,
  figureSpan,
  moneyMentionChart,
  moneyTicks,
  recurringSummary,
  savingsModel,
} from './savings-series.ts';
import { wrapLabel } from '@/ui/wrap-label.ts';
import { moneyMentionsSummary } from '@/ui/mention-bars.ts';

function withFigures(figures: Figure[]): Bundle {
  return { ...buildValidBundle(), figures };
}

describe('savingsModel', () => {
  it('keeps recurring savings and one-off costs apart, largest first', () => {
    const model = savingsModel(buildIndex(buildValidBundle()));
    expect(model.recurring.map((b) => b.figure.id)).toEqual([
      'harbour-review-range',
      'harbour-full-year-saving',
    ]);
    expect(model.costs.map((b) => b.figure.id)).toEqual(['harbour-survey-cost']);
    expect(model.recurring[0]).toMatchObject({ span: [600000, 1100000], isRange: true });
    expect(model.recurring[1]).toMatchObject({ span: [0, 150000], isRange: false });
    expect(model.recurring[1]?.place?.body?.name).toBe('Cabinet');
  });

  it('is empty for an empty bundle', () => {
    expect(savingsModel(buildIndex(buildEmptyBundle()))).toEqual({
      recurring: [],
      costs: [],
      figuresReviewed: false,
      mentions: [],
    });
  });

  it('leaves out what is not recurring money saved or one-off money spent', () => {
    const base = buildValidBundle().figures[0]!;
    const model = savingsModel(
      buildIndex(
        withFigures([
          { ...base, id: 'fte', unit: 'fte' },
          { ...base, id: 'one-off-saving', recurrence: 'one-off' },
          { ...base, id: 'funding', kind: 'funding' },
          { ...base, id: 'annual-cost', kind: 'cost', recurrence: 'annual' },
          { ...base, id: 'kept' },
        ]),
      ),
    );
    expect(model.recurring.map((b) => b.figure.id)).toEqual(['kept']);
    expect(model.costs).toEqual([]);
  });

  it('keeps a figure with no amount in the list but gives it no bar', () => {
    const base = buildValidBundle().figures[0]!;
    const model = savingsModel(
      buildIndex(withFigures([{ ...base, value: undefined, id: 'no-amount' }])),
    );
    expect(model.recurring).toHaveLength(1);
    expect(model.recurring[0]).toMatchObject({ span: null, isRange: false });
  });
});

describe('figureSpan', () => {
  const base = buildValidBundle().figures[0]!;
  it('runs from zero for one amount and low to high for a range', () => {
    expect(figureSpan({ ...base, value: 213000 })).toEqual([0, 213000]);
    const range = { ...base, value: undefined };
    expect(figureSpan({ ...range, low: 800000, high: 1200000 })).toEqual([800000, 1200000]);
    expect(figureSpan({ ...range, low: 5, high: 2 })).toEqual([2, 5]);
    expect(figureSpan({ ...range, low: 5 })).toBeNull();
  });
});

describe('moneyTicks', () => {
  it('gives round steps that reach the largest amount', () => {
    expect(moneyTicks(1_200_000)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    expect(moneyTicks(80_000)).toEqual([0, 20_000, 40_000, 60_000, 80_000]);
    expect(moneyTicks(213_000, 3)).toEqual([0, 200_000, 400_000]);
  });

  it('has one tick for nothing to show', () => {
    expect(moneyTicks(0)).toEqual([0]);
    expect(moneyTicks(Number.NaN)).toEqual([0]);
  });
});

describe('wrapLabel', () => {
  it('wraps at word boundaries', () => {
    expect(wrapLabel('One-off resource to support the change', 20)).toEqual([
      'One-off resource to',
      'support the change',
    ]);
  });

  it('cuts a long label with an ellipsis', () => {
    const lines = wrapLabel('a b c d e f g h i j k l m n o p', 5, 2);
    expect(lines).toEqual(['a b c', 'd e…']);
  });

  it('copes with one long word and with nothing', () => {
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Superca…']);
    expect(wrapLabel('', 8)).toEqual([]);
  });
});

describe('barHeadline', () => {
  const [saving, range, cost] = buildValidBundle().figures;
  const bar = (figure: Figure) => ({
    figure,
    place: null,
    span: figureSpan(figure),
    isRange: figure.value === undefined,
    qualifiers: [],
  });

  it('says what kind of money a bar is, with its period where the record gives one', () => {
    expect(barHeadline(bar(saving!), 'recurring')).toBe('£150,000 a year');
    expect(
      barHeadline(
        bar({ ...saving!, period: { date: '2011/12', precision: 'financial-year' } }),
        'recurring',
      ),
    ).toBe('£150,000 a year, 2011/12');
    expect(barHeadline(bar(range!), 'recurring')).toBe('£0.6m-£1.1m a year, indicative range');
    expect(barHeadline(bar({ ...range!, indicative: false }), 'recurring')).toBe(
      '£0.6m-£1.1m a year, range',
    );
    expect(barHeadline(bar(cost!), 'cost')).toBe('£40,000 once, in 2022/23');
    expect(barHeadline(bar({ ...cost!, period: null }), 'cost')).toBe('£40,000 once');
  });
});

describe('recurringSummary', () => {
  const { recurring } = savingsModel(buildIndex(buildValidBundle()));

  it('lists each saving in the record’s words, largest first, never adding them up', () => {
    expect(recurringSummary(recurring)).toBe(
      'Recurring savings stated: an indicative £0.6m-£1.1m (annual, recurring) and £150,000 (full-year, recurring).',
    );
  });

  it('calls a range indicative only where the record does', () => {
    const stated = recurring.map((b) => ({ ...b, figure: { ...b.figure, indicative: false } }));
    expect(recurringSummary(stated.slice(0, 1))).toBe(
      'Recurring savings stated: £0.6m-£1.1m (annual, recurring).',
    );
  });
});

describe('costsSummary', () => {
  it('gives each cost with its period, or without one where the record gives none', () => {
    const { costs } = savingsModel(buildIndex(buildValidBundle()));
    expect(costsSummary(costs)).toBe(
      'One-off costs stated: £40,000 in 2022/23. A one-off cost is paid once, so it is not set against the yearly savings.',
    );
    const undated = costs.map((b) => ({ ...b, figure: { ...b.figure, period: null } }));
    expect(costsSummary(undated)).toMatch(/^One-off costs stated: £40,000\. /);
  });
});

describe('figureKeyMarks', () => {
  const { recurring, costs } = savingsModel(buildIndex(buildValidBundle()));
  const [range, single] = recurring;

  it('names stated figures and ranges only where the chart draws them', () => {
    expect(figureKeyMarks(recurring, 'recurring')).toEqual(['stated', 'indicative']);
    expect(figureKeyMarks([single!], 'recurring')).toEqual(['stated']);
    expect(figureKeyMarks([range!], 'recurring')).toEqual(['indicative']);
    expect(figureKeyMarks([], 'recurring')).toEqual([]);
  });

  it('names costs as costs, whatever their shape', () => {
    expect(figureKeyMarks(costs, 'cost')).toEqual(['cost']);
  });
});

describe('moneyMentionChart', () => {
  const { mentions } = savingsModel(buildIndex(buildNotAnnotatedBundle()));

  it('draws each amount alone and leaves a rate to the table', () => {
    const chart = moneyMentionChart(mentions);
    expect(chart.bars).toHaveLength(6);
    expect(chart.bars.filter((b) => b.span === null)).toHaveLength(1);
    expect(chart.anyDrawn).toBe(true);
    expect(chart.ticks).toEqual(moneyTicks(2_000_000, 5));
  });

  it('draws nothing when every amount is a rate', () => {
    const rates = mentions.filter((r) => r.mention.per);
    expect(moneyMentionChart(rates)).toMatchObject({ anyDrawn: false, ticks: [0] });
    expect(moneyMentionChart([])).toMatchObject({ bars: [], ticks: [0], anyDrawn: false });
  });

  it('draws only the largest amounts where there are too many, largest first', () => {
    const chart = moneyMentionChart(mentions, 3);
    expect(chart).toMatchObject({ drawn: 3, drawable: 5, limited: true });
    expect(chart.bars.map((b) => b.headline)).toEqual([
      '£2m, not reviewed',
      '£1.58m, not reviewed',
      '£0.8m-£1.2m, not reviewed',
    ]);
    expect(moneyMentionsSummary(mentions, chart, '2023')).toBe(
      'The chart draws the 3 largest of 5 amounts the record mentions in 2023, largest first, each on its own and none added up: the record does not say whether two mentions are the same money. Every amount is in the table below. One is a rate (an amount per hour, week and so on): listed, not drawn, because a rate is not a total.',
    );
  });

  it('names the year in the summary of a whole year', () => {
    const chart = moneyMentionChart(mentions.slice(0, 1));
    expect(moneyMentionsSummary(mentions.slice(0, 1), chart, '2023')).toMatch(
      /^The record mentions one amount of money in 2023 that no editor has reviewed: £2m\./,
    );
  });
});

describe('savingsModel qualifiers', () => {
  it('ties the seed’s 10-15% to the indicative saving it qualifies, and to nothing else', () => {
    const model = savingsModel(buildIndex(buildSeedBundle()));
    const indicative = model.recurring.find((b) => b.figure.indicative)!;
    expect(indicative.qualifiers.map((m) => m.quote)).toEqual(['10-15%']);
    const others = [...model.recurring, ...model.costs].filter((b) => b !== indicative);
    expect(others.every((b) => b.qualifiers.length === 0)).toBe(true);
  });
});
