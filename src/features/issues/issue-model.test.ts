import { stopsIn } from '@/test/stops-in.ts';
import {
  buildEmptyBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildIndex, type Stop } from '@/bundle/indexes.ts';
import { detailCutter } from '@/bundle/split-bundle.ts';
import type { Bundle, Meeting } from '@/bundle/schema.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import {
  inferredFrom,
  issueTrailModel,
  mentionedAmountsOf,
  movementsAlong,
  stopWhere,
  trailInOrder,
} from './issue-model.ts';

const ids = (stops: readonly Stop[]) => stops.map((stop) => stop.item.id);

function trailOf(bundle: Bundle, issueId: string) {
  const trail = issueTrailModel(buildIndex(bundle), detailCutter(bundle)(issueId));
  if (!trail) throw new Error(`no trail for ${issueId}`);
  return trail;
}

describe('issueTrailModel', () => {
  it('is null for an issue the record does not have, even an empty record', () => {
    const valid = buildValidBundle();
    const empty = buildEmptyBundle();
    expect(issueTrailModel(buildIndex(valid), detailCutter(valid)('no-such-issue'))).toBeNull();
    expect(issueTrailModel(buildIndex(empty), detailCutter(empty)('harbour-wall'))).toBeNull();
  });

  it('lists the dated stops oldest first, with the counts and span the summary names', () => {
    const trail = trailOf(buildValidBundle(), 'harbour-wall');
    expect(trail.issue.title).toBe('Harbour wall repairs');
    expect(trail.asOf).toBe('2021-05-20');
    expect(ids(trail.dated)).toEqual([
      'board-2021-03-01-item-4',
      'cabinet-2021-04-12-item-7',
      'council-2021-05-20-item-12',
    ]);
    expect(trail.undated).toEqual([]);
    expect(trail).toMatchObject({ stopCount: 3, meetingCount: 3, decisionCount: 0 });
    expect(trail.span).toEqual({ first: '2021-03-01', last: '2021-05-20' });
  });

  it('keeps undated stops apart and counts decisions outside a meeting on their own', () => {
    const trail = trailOf(buildVersion2Bundle(), 'library-hours');
    expect(ids(trail.dated)).toEqual(['cabinet-2022-01-10-item-9', 'saturday-hours-decision']);
    expect(ids(trail.undated)).toEqual(['sunday-trial-decision', 'scrutiny-undated-item-5']);
    expect(trail).toMatchObject({ stopCount: 4, meetingCount: 2, decisionCount: 2 });
    // The span covers dated stops only: an undated one cannot stretch it.
    expect(trail.span).toEqual({ first: '2022-01-10', last: '2022-02-01' });
  });

  it('has a trail with no stops for an issue that has no items', () => {
    const bundle = buildValidBundle();
    bundle.issues.push({
      id: 'quiet',
      title: 'Quiet issue',
      subtitle: null,
      documentId: 'harbour-wall-page',
    });
    const trail = trailOf(bundle, 'quiet');
    expect(trail).toMatchObject({ stopCount: 0, dated: [], undated: [], span: null });
    expect(trail.movements.size).toBe(0);
  });

  it('says how the issue came into each stop from the one before it', () => {
    const trail = trailOf(buildValidBundle(), 'harbour-wall');
    expect(trail.movements.get('board-2021-03-01-item-4')).toBeUndefined();
    expect(trail.movements.get('cabinet-2021-04-12-item-7')).toMatchObject({
      from: { id: 'harbour-board' },
      to: { id: 'cabinet' },
      outcome: 'noted',
      decided: false,
    });
    expect(trail.movements.get('council-2021-05-20-item-12')).toMatchObject({
      from: { id: 'cabinet' },
      to: { id: 'full-council' },
      outcome: 'recommended',
      decided: true,
    });
  });
});

describe('movementsAlong', () => {
  it('is empty for no stops and for one', () => {
    const [first] = stopsIn(buildValidBundle(), 'harbour-wall');
    expect(movementsAlong([]).size).toBe(0);
    expect(movementsAlong([first!]).size).toBe(0);
  });

  it('claims no movement into or out of a decision taken outside a meeting', () => {
    const trail = trailOf(buildVersion2Bundle(), 'library-hours');
    expect(movementsAlong(trail.dated).size).toBe(0);
  });
});

describe('trailInOrder', () => {
  const trail = trailOf(buildVersion2Bundle(), 'library-hours');

  it('lists dated stops oldest first, then the undated ones', () => {
    expect(ids(trailInOrder(trail, false))).toEqual([
      'cabinet-2022-01-10-item-9',
      'saturday-hours-decision',
      'sunday-trial-decision',
      'scrutiny-undated-item-5',
    ]);
  });

  it('reverses only the dated stops, and leaves the model as it was', () => {
    expect(ids(trailInOrder(trail, true))).toEqual([
      'saturday-hours-decision',
      'cabinet-2022-01-10-item-9',
      'sunday-trial-decision',
      'scrutiny-undated-item-5',
    ]);
    expect(ids(trail.dated)).toEqual(['cabinet-2022-01-10-item-9', 'saturday-hours-decision']);
  });
});

describe('stopWhere', () => {
  const stops = stopsIn(buildVersion2Bundle(), 'library-hours');
  const stop = (id: string) => stops.find((s) => s.item.id === id)!;

  it('names the body that met, or who decided outside a meeting', () => {
    expect(stopWhere(stop('cabinet-2022-01-10-item-9'))).toBe('Cabinet');
    expect(stopWhere(stop('scrutiny-undated-item-5'))).toBe('Scrutiny Committee');
    expect(stopWhere(stop('saturday-hours-decision'))).toBe(
      'Decision by Executive Member for Communities',
    );
  });

  it('says so when the record does not name who decided', () => {
    const decision = stop('sunday-trial-decision');
    if (decision.kind !== 'decision') throw new Error('expected a decision outside a meeting');
    expect(stopWhere({ ...decision, maker: null })).toBe(
      'Decision (who took it is not in this record)',
    );
  });
});

describe('inferredFrom', () => {
  const meeting: Meeting = {
    id: 'm',
    bodyId: 'cabinet',
    date: '2022-01-10',
    source: { documentId: 'doc', start: 0, end: 10, quote: 'Meeting: 10/01/2022' },
  };
  const bodySource = { documentId: 'doc', start: 20, end: 30, quote: 'Cabinet' };

  it('is null for a meeting read from its own meeting line', () => {
    expect(inferredFrom(meeting)).toBeNull();
    expect(inferredFrom({ ...meeting, basis: 'stated', bodyBasis: 'stated', bodySource })).toBe(
      null,
    );
  });

  it('points at the words the body was read from, before those of the date', () => {
    expect(inferredFrom({ ...meeting, basis: 'inferred', bodyBasis: 'inferred', bodySource })).toBe(
      bodySource,
    );
  });

  it('points at the meeting words where only the date was read from the text', () => {
    expect(inferredFrom({ ...meeting, basis: 'inferred' })).toBe(meeting.source);
    // A body said to be inferred with no words to show falls back to the same.
    expect(inferredFrom({ ...meeting, basis: 'inferred', bodyBasis: 'inferred' })).toBe(
      meeting.source,
    );
  });
});

describe('mentionedAmountsOf', () => {
  it('counts the money an issue mentions that no figure takes up, and nothing of other issues', () => {
    const seed = buildIndex(buildSeedBundle());
    // The seed's two £80,000 mentions; £213,000 and the range are reviewed figures.
    expect(mentionedAmountsOf(seed, 'strategic-commissioning-section-4-report')).toBe(2);
    expect(mentionedAmountsOf(seed, 'no-such-issue')).toBe(0);
  });
});
