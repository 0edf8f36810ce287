import { buildValidBundle, buildEmptyBundle } from '~mocks/fixtures/bundles.ts';
import { validateBundle } from './validate.ts';
import {
  buildIndex,
  dateSpan,
  movementBetween,
  oneOffCosts,
  placeOfItem,
  recurringSavings,
  stopsOfIssue,
  structureChanges,
} from './indexes.ts';

describe('the fixture bundles', () => {
  it('are valid against the schema and its integrity rules', () => {
    expect(validateBundle(buildValidBundle())).toMatchObject({ ok: true });
    expect(validateBundle(buildEmptyBundle())).toMatchObject({ ok: true });
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
    const list = buildIndex(bundle).itemsByMeeting.get(base.meetingId)!;
    expect(list.map((i) => i.number)).toEqual(['2', '10a', '12']);
  });

  it('handles an empty bundle', () => {
    const empty = buildIndex(buildEmptyBundle());
    expect(empty.issues).toEqual([]);
    expect(dateSpan(empty)).toBeNull();
    expect(stopsOfIssue(empty, 'harbour-wall')).toEqual([]);
    expect(structureChanges(empty)).toEqual([]);
  });
});

describe('selectors', () => {
  const index = buildIndex(buildValidBundle());

  it('builds the stops of an issue with what was said at each', () => {
    const stops = stopsOfIssue(index, 'harbour-wall');
    expect(stops.map((s) => s.body.name)).toEqual(['Harbour Board', 'Cabinet', 'Full Council']);
    expect(stops[1]!.figures.map((f) => f.id)).toContain('harbour-full-year-saving');
    expect(stops[2]!.figures).toEqual([]);
  });

  it('describes the movement between two stops from the earlier outcome', () => {
    const [board, cabinet, council] = stopsOfIssue(index, 'harbour-wall');
    expect(movementBetween(cabinet!, council!)).toMatchObject({
      from: { name: 'Cabinet' },
      to: { name: 'Full Council' },
      outcome: 'recommended',
      decided: cabinet!.item.decision !== null,
    });
    expect(movementBetween(board!, cabinet!).outcome).toBe('noted');
  });

  it('says whether the earlier stop’s decision text is in the record', () => {
    const [, cabinet, council] = stopsOfIssue(index, 'harbour-wall');
    const unread = { ...cabinet!, item: { ...cabinet!.item, decision: null } };
    expect(movementBetween(unread, council!).decided).toBe(false);
    const read = {
      ...cabinet!,
      item: {
        ...cabinet!.item,
        decision: { text: 'RESOLVED.', resolutions: [], source: cabinet!.item.source },
      },
    };
    expect(movementBetween(read, council!).decided).toBe(true);
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
