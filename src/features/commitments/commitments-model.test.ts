import {
  buildEmptyBundle,
  buildNotAnnotatedBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import {
  commitmentRows,
  commitmentsModel,
  filterRows,
  isStatusFilter,
  NO_OWNER,
  ownersOf,
  STATUS_FILTERS,
  type CommitmentRow,
} from './commitments-model.ts';

const ids = (rows: readonly CommitmentRow[]) => rows.map((r) => r.commitment.id);

describe('commitmentRows', () => {
  it('reads each commitment against the record’s end, soonest due first, undated last', () => {
    const rows = commitmentRows(buildIndex(buildValidBundle()));
    expect(rows.map((r) => [r.commitment.id, r.status, r.reason.kind])).toEqual([
      ['emergency-works', 'met', 'met-evidence'],
      ['members-panel', 'unknown', 'due-after-record'],
      ['report-progress', 'unknown', 'due-after-record'],
      ['publish-survey', 'undated', 'no-due-date'],
    ]);
  });

  it('says where each was made: a body’s meeting, or a decision outside one', () => {
    const rows = commitmentRows(buildIndex(buildVersion2Bundle()));
    const place = (id: string) => rows.find((r) => r.commitment.id === id)?.place;
    expect(place('emergency-works')?.body?.name).toBe('Harbour Board');
    expect(place('visitor-numbers')).toMatchObject({ body: { id: 'scrutiny' }, date: null });
    expect(place('review-saturday-hours')).toMatchObject({
      body: null,
      maker: 'Executive Member for Communities',
    });
  });

  it('has no place for a commitment made at an item the record does not have', () => {
    const bundle = buildValidBundle();
    bundle.commitments[0]!.madeAt = 'no-such-item';
    const rows = commitmentRows(buildIndex(bundle));
    expect(rows.find((r) => r.commitment.madeAt === 'no-such-item')?.place).toBeNull();
  });
});

describe('ownersOf', () => {
  it('lists each named owner once, alphabetically, leaving out the unnamed', () => {
    const rows = commitmentRows(buildIndex(buildVersion2Bundle()));
    expect(ownersOf(rows)).toEqual([
      'Director of Finance',
      'Director of Place',
      'Head of Libraries',
    ]);
    expect(ownersOf([])).toEqual([]);
  });
});

describe('filterRows', () => {
  const rows = commitmentRows(buildIndex(buildValidBundle()));

  it('keeps every row with no filter', () => {
    expect(filterRows(rows, null, null)).toEqual(rows);
  });

  it('filters by status and by owner, both at once', () => {
    expect(ids(filterRows(rows, 'unknown', null))).toEqual(['members-panel', 'report-progress']);
    expect(ids(filterRows(rows, null, 'Director of Place'))).toEqual([
      'emergency-works',
      'report-progress',
    ]);
    expect(ids(filterRows(rows, 'unknown', 'Director of Place'))).toEqual(['report-progress']);
  });

  it('keeps only unowned commitments for the no-owner value', () => {
    expect(ids(filterRows(rows, null, NO_OWNER))).toEqual(['members-panel']);
  });

  it('ignores a status the app does not know rather than hiding everything', () => {
    expect(filterRows(rows, 'pending', null)).toEqual(rows);
    // An owner nobody has is a real answer: nothing matches.
    expect(filterRows(rows, null, 'Nobody')).toEqual([]);
  });
});

describe('isStatusFilter', () => {
  it('accepts each status the filter offers, and nothing else', () => {
    for (const status of STATUS_FILTERS) expect(isStatusFilter(status)).toBe(true);
    expect(isStatusFilter('pending')).toBe(false);
    expect(isStatusFilter('')).toBe(false);
  });
});

describe('commitmentsModel', () => {
  it('gives the rows, the owners to filter by and whether any has no owner', () => {
    const model = commitmentsModel(buildIndex(buildValidBundle()));
    expect(ids(model.rows)).toEqual([
      'emergency-works',
      'members-panel',
      'report-progress',
      'publish-survey',
    ]);
    expect(model.owners).toEqual(['Director of Finance', 'Director of Place']);
    expect(model.hasUnowned).toBe(true);
    expect(model.asOf).toBe('2021-05-20');
    expect(model.mentions).toEqual([]);
  });

  it('on a record no editor has annotated, has no rows but the dates it mentions', () => {
    const model = commitmentsModel(buildIndex(buildNotAnnotatedBundle()));
    expect(model).toMatchObject({ rows: [], owners: [], hasUnowned: false });
    expect(model.mentions).toHaveLength(3);
  });

  it('is empty for an empty record', () => {
    expect(commitmentsModel(buildIndex(buildEmptyBundle()))).toMatchObject({
      rows: [],
      owners: [],
      hasUnowned: false,
      mentions: [],
    });
  });
});
