import {
  buildEmptyBundle,
  buildNotAnnotatedBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildIndex, dateOfItem, recurringSavings } from '@/bundle/indexes.ts';
import type { Figure } from '@/bundle/schema.ts';
import { buildBigCouncil } from '~mocks/fixtures/synthetic-council.ts';
import { activityModel, LIST_AT_MOST, RECENT_DECISIONS } from './overview-activity.ts';
import { headline, HEADLINE_AT_MOST, overviewModel } from './overview-model.ts';

describe('overviewModel', () => {
  const model = overviewModel(buildIndex(buildVersion2Bundle()));

  it('gives the record’s coverage: council, bodies, meetings and the span of dated ones', () => {
    expect(model.council?.name).toBe('Examplebury Borough Council');
    expect(model.asOf).toBe('2022-02-02');
    expect(model.bodies.map((b) => b.id)).toEqual([
      'full-council',
      'cabinet',
      'harbour-board',
      'scrutiny',
    ]);
    expect(model.meetingCount).toBe(6);
    expect(model.issueCount).toBe(3);
    // The undated scrutiny meeting is counted but cannot stretch the span.
    expect(model.span).toEqual({ first: '2021-02-01', last: '2022-01-10' });
  });

  it('counts each issue’s meetings and decisions outside a meeting apart', () => {
    expect(model.issues?.map((i) => [i.issue.id, i.meetingCount, i.decisionCount, i.span])).toEqual(
      [
        ['harbour-wall', 3, 0, { first: '2021-03-01', last: '2021-05-20' }],
        ['parks-cafe', 1, 0, { first: '2021-02-01', last: '2021-02-01' }],
        ['library-hours', 2, 2, { first: '2022-01-10', last: '2022-02-01' }],
      ],
    );
  });

  it('keeps the reviewed headline figures and structure changes', () => {
    expect(model.figuresReviewed).toBe(true);
    expect(model.savings.more).toBe(0);
    expect(model.savings.shown.map((f) => f.id)).toEqual([
      'harbour-full-year-saving',
      'harbour-review-range',
    ]);
    expect(model.costs.shown.map((f) => f.id)).toEqual(['harbour-survey-cost']);
    expect(model.structure.shown.map((c) => [c.structure.id, c.first.id, c.last.id])).toEqual([
      ['harbour-masters', 'hm-now', 'hm-phase-2'],
    ]);
  });

  it('counts open commitments by status, leaving out statuses none has, and finds the next due', () => {
    expect(model.open.map((o) => o.commitment.id)).toEqual([
      'members-panel',
      'visitor-numbers',
      'review-saturday-hours',
      'report-progress',
      'publish-survey',
    ]);
    expect(model.openByStatus).toEqual([
      { status: 'unknown', count: 4 },
      { status: 'undated', count: 1 },
    ]);
    expect(model.nextDue?.commitment.id).toBe('members-panel');
  });

  it('lists meetings oldest first, undated last, each with its body and items', () => {
    expect(model.meetings?.map((m) => [m.meeting.id, m.body?.id, m.items.length])).toEqual([
      ['cabinet-2021-02-01', 'cabinet', 1],
      ['board-2021-03-01', 'harbour-board', 1],
      ['cabinet-2021-04-12', 'cabinet', 1],
      ['council-2021-05-20', 'full-council', 1],
      ['cabinet-2022-01-10', 'cabinet', 1],
      ['scrutiny-undated', 'scrutiny', 1],
    ]);
  });

  it('on a record no editor has reviewed, counts the amounts it mentions instead', () => {
    const raw = overviewModel(buildIndex(buildNotAnnotatedBundle()));
    const nothing = { shown: [], more: 0 };
    expect(raw).toMatchObject({
      figuresReviewed: false,
      savings: nothing,
      costs: nothing,
      structure: nothing,
    });
    expect(raw.mentionedAmounts).toBe(6);
    expect(raw.issues?.map((i) => [i.meetingCount, i.decisionCount])).toEqual([[2, 1]]);
  });

  it('is empty, with no span and nothing due, for an empty record', () => {
    expect(overviewModel(buildIndex(buildEmptyBundle()))).toMatchObject({
      span: null,
      meetingCount: 0,
      issues: [],
      meetings: [],
      open: [],
      openByStatus: [],
      nextDue: null,
      figuresReviewed: false,
      mentionedAmounts: 0,
    });
  });
});

describe('overviewModel on a synthetic council of ten years', () => {
  const bundle = buildBigCouncil('overview');
  const index = buildIndex(bundle);
  const overview = overviewModel(index);
  const model = overview.activity;

  it('headlines the largest few savings and says how many more there are', () => {
    const all = recurringSavings(index);
    const { shown, more } = overview.savings;
    expect(all.length).toBeGreaterThan(HEADLINE_AT_MOST);
    expect(shown).toHaveLength(HEADLINE_AT_MOST);
    expect(more).toBe(all.length - HEADLINE_AT_MOST);
    const size = (f: Figure) => Math.abs(f.value ?? f.high ?? f.low ?? 0);
    const smallestShown = Math.min(...shown.map(size));
    const left = all.filter((f) => !shown.includes(f));
    expect(left.every((f) => size(f) <= smallestShown)).toBe(true);
  });

  it('summarises rather than lists the issues and meetings', () => {
    expect(overview.issueCount).toBe(bundle.issues.length);
    expect(overview.issueCount).toBeGreaterThan(LIST_AT_MOST);
    expect(overview.meetingCount).toBeGreaterThan(LIST_AT_MOST);
    expect(overview).toMatchObject({ issues: null, meetings: null });
  });

  it('accounts for every meeting, by body and by year', () => {
    const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
    expect(sum(model.bodies.map((b) => b.meetings))).toBe(bundle.meetings.length);
    expect(sum(model.byYear.map((y) => y.meetings)) + model.undatedMeetings).toBe(
      bundle.meetings.length,
    );
    expect(model.years.length).toBeGreaterThanOrEqual(10);
  });

  it('counts a body’s issues as the issues-list filter does: an item at one of its meetings', () => {
    const busiest = model.bodies[0]!;
    const issues = new Set(
      bundle.items
        .filter((i) => i.meetingId && index.meetingById.get(i.meetingId)?.bodyId === busiest.bodyId)
        .map((i) => i.issueId),
    );
    expect(busiest.issues).toBe(issues.size);
  });

  it('keeps the ten newest decisions, in order, from every decided dated item', () => {
    const expected = index.bundle.items
      .filter((i) => i.decided && dateOfItem(index, i) !== null)
      .map((i) => dateOfItem(index, i)!)
      .sort()
      .reverse()
      .slice(0, RECENT_DECISIONS);
    expect(model.recentDecisions.map((d) => d.date)).toEqual(expected);
  });

  // A loose bound on a shared machine: it is there to catch work that grows with the square.
  it('summarises the activity in a single pass at this size', () => {
    const start = performance.now();
    activityModel(index);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('headline', () => {
  it('keeps a short list whole and in its order, and cuts a long one to its largest', () => {
    expect(headline([3, 1, 2], (n) => n)).toEqual({ shown: [3, 1, 2], more: 0 });
    expect(headline([1, 9, 2, 8, 3, 7, 4], (n) => n)).toEqual({ shown: [9, 8, 7, 4, 3], more: 2 });
  });
});
