import {
  buildEmptyBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { validateBundle } from './validate.ts';
import { detailCutter } from './split-bundle.ts';
import type { Bundle } from './schema.ts';
import {
  buildIndex,
  compareDays,
  dateOfItem,
  dateSpan,
  stopsOfIssue,
  movementBetween,
  oneOffCosts,
  placeOfItem,
  recurringSavings,
  structureChanges,
} from './indexes.ts';

/** An issue's stops, its detail cut out of the whole bundle as the app cuts it. */
function stopsIn(bundle: Bundle, issueId: string) {
  return stopsOfIssue(buildIndex(bundle), detailCutter(bundle)(issueId));
}

describe('the fixture bundles', () => {
  it('are valid against the schema and its integrity rules', () => {
    expect(validateBundle(buildValidBundle())).toMatchObject({ ok: true });
    expect(validateBundle(buildEmptyBundle())).toMatchObject({ ok: true });
    expect(validateBundle(buildVersion2Bundle())).toMatchObject({ ok: true });
  });
});

describe('buildIndex', () => {
  const index = buildIndex(buildValidBundle());

  it('looks records up by id', () => {
    expect(index.issueById.get('harbour-wall')?.title).toBe('Harbour wall repairs');
    expect(index.bodyById.get('harbour-board')?.status).toBe('dissolved');
    expect(index.documentById.has('harbour-wall-page')).toBe(true);
    expect(index.itemById.get('cabinet-2021-04-12-item-7')?.number).toBe('7');
  });

  it('orders meetings and an issue’s items by date, whatever the bundle order', () => {
    expect(index.meetingsByDate.map((m) => m.date)).toEqual([
      '2021-02-01',
      '2021-03-01',
      '2021-04-12',
      '2021-05-20',
    ]);
    expect(index.itemsByIssue.get('harbour-wall')?.map((i) => i.number)).toEqual(['4', '7', '12']);
  });

  it('groups figures, commitments and structure steps by the item they were raised at', () => {
    expect(index.figuresByItem.get('cabinet-2021-04-12-item-7')).toHaveLength(3);
    expect(index.commitmentsByItem.get('board-2021-03-01-item-4')?.map((c) => c.id)).toEqual([
      'emergency-works',
    ]);
    expect(index.stepsByItem.get('cabinet-2021-04-12-item-7')?.map((s) => s.step.fte)).toEqual([
      3, 2, 1.5,
    ]);
  });

  it('sorts item numbers numerically within a meeting', () => {
    const bundle = buildValidBundle();
    const base = bundle.items[0]!;
    bundle.items.push({ ...base, id: 'x-2', number: '2' }, { ...base, id: 'x-10a', number: '10a' });
    const list = buildIndex(bundle).itemsByMeeting.get(base.meetingId!)!;
    expect(list.map((i) => i.number)).toEqual(['2', '10a', '12']);
  });

  it('handles an empty bundle', () => {
    const empty = buildIndex(buildEmptyBundle());
    expect(empty.issues).toEqual([]);
    expect(dateSpan(empty)).toBeNull();
    expect(stopsIn(buildEmptyBundle(), 'harbour-wall')).toEqual([]);
    expect(structureChanges(empty)).toEqual([]);
  });
});

describe('selectors', () => {
  const index = buildIndex(buildValidBundle());

  it('builds the stops of an issue with what was said at each', () => {
    const stops = stopsIn(buildValidBundle(), 'harbour-wall');
    expect(stops.map((s) => s.body?.name)).toEqual(['Harbour Board', 'Cabinet', 'Full Council']);
    expect(stops[1]!.figures.map((f) => f.id)).toContain('harbour-full-year-saving');
    expect(stops[2]!.figures).toEqual([]);
  });

  it('describes the movement between two stops from the earlier outcome', () => {
    const [board, cabinet, council] = stopsIn(buildValidBundle(), 'harbour-wall');
    expect(movementBetween(cabinet!, council!)).toMatchObject({
      from: { name: 'Cabinet' },
      to: { name: 'Full Council' },
      outcome: 'recommended',
      decided: cabinet!.item.decision !== null,
    });
    expect(movementBetween(board!, cabinet!)?.outcome).toBe('noted');
  });

  it('says whether the earlier stop’s decision text is in the record', () => {
    const [, cabinet, council] = stopsIn(buildValidBundle(), 'harbour-wall');
    const unread = { ...cabinet!, item: { ...cabinet!.item, decision: null } };
    expect(movementBetween(unread, council!)?.decided).toBe(false);
    const read = {
      ...cabinet!,
      item: {
        ...cabinet!.item,
        decision: { text: 'RESOLVED.', resolutions: [], source: cabinet!.item.source },
      },
    };
    expect(movementBetween(read, council!)?.decided).toBe(true);
  });

  it('gives the date span of the record and of one issue', () => {
    expect(dateSpan(index)).toEqual({ first: '2021-02-01', last: '2021-05-20' });
    expect(dateSpan(index, 'parks-cafe')).toEqual({ first: '2021-02-01', last: '2021-02-01' });
    expect(dateSpan(index, 'nope')).toBeNull();
  });

  it('keeps recurring savings apart from one-off costs', () => {
    expect(recurringSavings(index).map((f) => f.id)).toEqual([
      'harbour-full-year-saving',
      'harbour-review-range',
    ]);
    expect(oneOffCosts(index).map((f) => f.id)).toEqual(['harbour-survey-cost']);
  });

  it('reads a structure change from its first step to its last, skipping single steps', () => {
    const bundle = buildValidBundle();
    bundle.structure.push({
      ...bundle.structure[0]!,
      id: 'one',
      steps: [bundle.structure[0]!.steps[0]!],
    });
    const changes = structureChanges(buildIndex(bundle));
    expect(changes.map((c) => [c.first.fte, c.last.fte])).toEqual([[3, 1.5]]);
  });

  it('places an item at its meeting and body', () => {
    expect(placeOfItem(index, 'cabinet-2021-04-12-item-7')).toMatchObject({
      body: { name: 'Cabinet' },
      meeting: { date: '2021-04-12' },
      issue: { id: 'harbour-wall' },
    });
    expect(placeOfItem(index, 'missing')).toBeNull();
  });
});

describe('records with no date and decisions outside a meeting', () => {
  const index = buildIndex(buildVersion2Bundle());

  it('orders days oldest first and a missing day after every real one', () => {
    const days = ['2022-01-10', null, '2021-02-01', null, '2021-05-20'];
    expect([...days].sort(compareDays)).toEqual([
      '2021-02-01',
      '2021-05-20',
      '2022-01-10',
      null,
      null,
    ]);
  });

  it('lists an undated meeting after the dated ones, whatever the bundle order', () => {
    const bundle = buildVersion2Bundle();
    bundle.meetings.reverse();
    const dates = buildIndex(bundle).meetingsByDate.map((m) => m.date);
    expect(dates).toEqual([
      '2021-02-01',
      '2021-03-01',
      '2021-04-12',
      '2021-05-20',
      '2022-01-10',
      null,
    ]);
  });

  it('keeps decisions outside a meeting out of every meeting, and in their issue', () => {
    const inMeetings = [...index.itemsByMeeting.values()].flat().map((i) => i.id);
    expect(inMeetings).not.toContain('saturday-hours-decision');
    expect(inMeetings).not.toContain('sunday-trial-decision');
    expect(index.itemsByMeeting.has('null')).toBe(false);
    expect(index.itemsByIssue.get('library-hours')?.map((i) => i.id)).toEqual([
      'cabinet-2022-01-10-item-9',
      // Placed by the day the record says it was decided.
      'saturday-hours-decision',
      // No date at all: after the dated ones.
      'sunday-trial-decision',
      'scrutiny-undated-item-5',
    ]);
  });

  it('dates an item by its meeting, or by the day its decision was taken', () => {
    const date = (id: string) => dateOfItem(index, index.itemById.get(id)!);
    expect(date('cabinet-2022-01-10-item-9')).toBe('2022-01-10');
    expect(date('saturday-hours-decision')).toBe('2022-02-01');
    expect(date('sunday-trial-decision')).toBeNull();
    expect(date('scrutiny-undated-item-5')).toBeNull();
  });

  it('builds a stop for a decision outside a meeting, with its maker', () => {
    const stops = stopsIn(buildVersion2Bundle(), 'library-hours');
    expect(
      stops.map((s) => [s.kind, s.kind === 'meeting' ? s.body.name : s.maker, s.date]),
    ).toEqual([
      ['meeting', 'Cabinet', '2022-01-10'],
      ['decision', 'Executive Member for Communities', '2022-02-01'],
      ['decision', 'Head of Libraries', null],
      ['meeting', 'Scrutiny Committee', null],
    ]);
    expect(stops[1]!.commitments.map((c) => c.id)).toEqual(['review-saturday-hours']);
  });

  it('shows no movement into or out of a decision outside a meeting, or an undated stop', () => {
    const [cabinet, saturday, sunday, scrutiny] = stopsIn(buildVersion2Bundle(), 'library-hours');
    expect(movementBetween(cabinet!, saturday!)).toBeNull();
    expect(movementBetween(saturday!, sunday!)).toBeNull();
    expect(movementBetween(sunday!, scrutiny!)).toBeNull();
    expect(movementBetween(cabinet!, scrutiny!)).toBeNull();
  });

  it('places an item taken outside a meeting by its maker and date', () => {
    expect(placeOfItem(index, 'saturday-hours-decision')).toMatchObject({
      meeting: null,
      body: null,
      maker: 'Executive Member for Communities',
      date: '2022-02-01',
      issue: { id: 'library-hours' },
    });
    expect(placeOfItem(index, 'scrutiny-undated-item-5')).toMatchObject({
      body: { name: 'Scrutiny Committee' },
      maker: null,
      date: null,
    });
  });

  it('leaves missing dates out of date spans, and counts decision days', () => {
    expect(dateSpan(index, 'library-hours')).toEqual({ first: '2022-01-10', last: '2022-02-01' });
    expect(dateSpan(index)).toEqual({ first: '2021-02-01', last: '2022-01-10' });
    const bundle = buildVersion2Bundle();
    bundle.items = bundle.items.filter((i) => i.id === 'scrutiny-undated-item-5');
    expect(dateSpan(buildIndex(bundle), 'library-hours')).toBeNull();
  });
});
