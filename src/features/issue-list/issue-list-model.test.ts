import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import { filterIssueRows, issueListModel, isHasValue } from './issue-list-model.ts';

const all = { body: null, year: null, has: null };
const titles = (rows: readonly { issue: { title: string } }[]) => rows.map((r) => r.issue.title);

describe('issueListModel', () => {
  const model = issueListModel(buildIndex(buildVersion2Bundle()));

  it('lists every issue, the one most recently before a meeting first', () => {
    expect(titles(model.rows)).toEqual([
      'Library opening hours',
      'Harbour wall repairs',
      'Parks cafe review',
    ]);
    const harbour = model.rows[1]!;
    expect(harbour).toMatchObject({
      bodyIds: ['harbour-board', 'cabinet', 'full-council'],
      years: [2021],
      latest: '2021-05-20',
      meetingCount: 3,
      decided: true,
      figureCount: 3,
      commitmentCount: 4,
    });
  });

  it('offers only the bodies and years some issue has, newest year first', () => {
    expect(model.bodies.map((b) => b.label)).toEqual([
      'Cabinet',
      'Full Council',
      'Harbour Board',
      'Scrutiny Committee',
    ]);
    expect(model.years.map((y) => y.value)).toEqual(['2022', '2021']);
  });

  it('puts an issue the record dates nothing of last, with no year to filter it by', () => {
    const bundle = buildVersion2Bundle();
    const parks = bundle.issues.find((i) => i.title === 'Parks cafe review')!;
    const undated = new Set(
      bundle.items.filter((i) => i.issueId === parks.id).map((i) => i.meetingId),
    );
    bundle.meetings = bundle.meetings.map((m) => (undated.has(m.id) ? { ...m, date: null } : m));
    const rows = issueListModel(buildIndex(bundle)).rows;
    expect(titles(rows).at(-1)).toBe('Parks cafe review');
    expect(rows.at(-1)).toMatchObject({ latest: null, years: [], meetingCount: 1 });
  });
});

describe('filterIssueRows', () => {
  const { rows } = issueListModel(buildIndex(buildVersion2Bundle()));

  it('narrows by body, by year and by what the record holds, together', () => {
    expect(titles(filterIssueRows(rows, { ...all, body: 'cabinet' }))).toHaveLength(3);
    expect(titles(filterIssueRows(rows, { ...all, body: 'scrutiny' }))).toEqual([
      'Library opening hours',
    ]);
    expect(titles(filterIssueRows(rows, { ...all, year: '2021' }))).toEqual([
      'Harbour wall repairs',
      'Parks cafe review',
    ]);
    expect(titles(filterIssueRows(rows, { ...all, has: 'decision' }))).toEqual([
      'Library opening hours',
      'Harbour wall repairs',
    ]);
    expect(titles(filterIssueRows(rows, { ...all, has: 'figures' }))).toEqual([
      'Harbour wall repairs',
    ]);
    expect(
      titles(filterIssueRows(rows, { body: 'cabinet', year: '2021', has: 'commitments' })),
    ).toEqual(['Harbour wall repairs']);
    expect(filterIssueRows(rows, { ...all, year: '1999' })).toEqual([]);
  });

  it('knows the filter values a link may carry, and no others', () => {
    expect(isHasValue('figures')).toBe(true);
    expect(isHasValue('nonsense')).toBe(false);
    expect(isHasValue(null)).toBe(false);
  });
});
