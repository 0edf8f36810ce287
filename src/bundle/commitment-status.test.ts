import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import type { Commitment, PreciseDate } from './schema.ts';
import { commitmentStatus, countByStatus, openCommitments } from './commitment-status.ts';
import { firstDayOf, lastDayOf } from './precise-date.ts';

const base = buildValidBundle().commitments[0]!;
const due = (date: string, precision: PreciseDate['precision']): Commitment => ({
  ...base,
  due: { date, precision },
});

describe('lastDayOf and firstDayOf', () => {
  it('cover the whole period the precision names', () => {
    expect(lastDayOf({ date: '2011-04-15', precision: 'day' })).toBe('2011-04-15');
    expect(lastDayOf({ date: '2011-04', precision: 'month' })).toBe('2011-04-30');
    expect(lastDayOf({ date: '2012-02', precision: 'month' })).toBe('2012-02-29');
    expect(lastDayOf({ date: '2011-02', precision: 'month' })).toBe('2011-02-28');
    expect(lastDayOf({ date: '2012-12', precision: 'month' })).toBe('2012-12-31');
    expect(lastDayOf({ date: '2011', precision: 'year' })).toBe('2011-12-31');
    expect(lastDayOf({ date: '2011/12', precision: 'financial-year' })).toBe('2012-03-31');
    expect(lastDayOf({ date: '1999/00', precision: 'financial-year' })).toBe('2000-03-31');
    expect(firstDayOf({ date: '2011/12', precision: 'financial-year' })).toBe('2011-04-01');
    expect(firstDayOf({ date: '2011-04', precision: 'month' })).toBe('2011-04-01');
  });
});

describe('commitmentStatus', () => {
  const asOf = '2010-12-13';

  it('is not known from the record when the due date falls after the record ends', () => {
    expect(commitmentStatus(due('2011-04', 'month'), asOf)).toEqual({
      status: 'unknown',
      reason: {
        kind: 'due-after-record',
        due: { date: '2011-04', precision: 'month' },
        dueEnds: '2011-04-30',
        asOf,
      },
    });
    expect(commitmentStatus(due('2010-12-14', 'day'), asOf).status).toBe('unknown');
  });

  it('is overdue when the due date is exactly the record’s last day', () => {
    expect(commitmentStatus(due('2010-12-13', 'day'), asOf)).toEqual({
      status: 'overdue',
      reason: {
        kind: 'due-passed',
        due: { date: '2010-12-13', precision: 'day' },
        dueEnds: '2010-12-13',
        asOf,
      },
    });
  });

  it('reads a due date to the end of its precision', () => {
    // December 2010 runs to the 31st, after the record ends on the 13th.
    expect(commitmentStatus(due('2010-12', 'month'), asOf).status).toBe('unknown');
    expect(commitmentStatus(due('2010-11', 'month'), asOf).status).toBe('overdue');
    expect(commitmentStatus(due('2010-11', 'month'), '2010-11-30').status).toBe('overdue');
    expect(commitmentStatus(due('2010-11', 'month'), '2010-11-29').status).toBe('unknown');
    // Financial year 2011/12 runs to 31 March 2012.
    expect(commitmentStatus(due('2011/12', 'financial-year'), '2012-03-30').status).toBe('unknown');
    expect(commitmentStatus(due('2011/12', 'financial-year'), '2012-03-31').status).toBe('overdue');
    expect(commitmentStatus(due('2010', 'year'), asOf).status).toBe('unknown');
    expect(commitmentStatus(due('2010', 'year'), '2010-12-31').status).toBe('overdue');
  });

  it('is overdue when the record runs on well past the due date with no evidence', () => {
    expect(commitmentStatus(due('2011-04', 'month'), '2013-01-01')).toMatchObject({
      status: 'overdue',
      reason: { kind: 'due-passed', dueEnds: '2011-04-30', asOf: '2013-01-01' },
    });
  });

  it('is undated with no due date, whatever the record’s end', () => {
    expect(commitmentStatus({ ...base, due: null }, asOf)).toEqual({
      status: 'undated',
      reason: { kind: 'no-due-date', asOf },
    });
  });

  it('is met with evidence or the record’s word, even when its date has passed', () => {
    const evidence = [{ text: 'Done.', source: base.source }];
    expect(commitmentStatus({ ...due('2000-01', 'month'), evidence }, asOf)).toEqual({
      status: 'met',
      reason: { kind: 'met-evidence' },
    });
    expect(commitmentStatus({ ...base, due: null, status: 'met' }, asOf)).toEqual({
      status: 'met',
      reason: { kind: 'met-stated' },
    });
    expect(commitmentStatus({ ...due('2099-01', 'month'), status: 'met' }, asOf).status).toBe(
      'met',
    );
  });

  it('keeps the record’s own "withdrawn", even where evidence is attached', () => {
    expect(commitmentStatus({ ...base, status: 'withdrawn' }, asOf)).toEqual({
      status: 'withdrawn',
      reason: { kind: 'withdrawn' },
    });
    const evidence = [{ text: 'Work began.', source: base.source }];
    expect(commitmentStatus({ ...base, status: 'withdrawn', evidence }, asOf).status).toBe(
      'withdrawn',
    );
  });
});

describe('openCommitments and countByStatus', () => {
  it('lists open promises soonest first, undated last, leaving out met ones', () => {
    const list = openCommitments(buildValidBundle().commitments, '2021-05-20');
    expect(list.map((r) => [r.commitment.id, r.status])).toEqual([
      ['members-panel', 'unknown'],
      ['report-progress', 'unknown'],
      ['publish-survey', 'undated'],
    ]);
    const later = openCommitments(buildValidBundle().commitments, '2022-06-30');
    expect(later.map((r) => r.status)).toEqual(['overdue', 'unknown', 'undated']);
  });

  it('counts each status in one order', () => {
    expect(countByStatus(buildValidBundle().commitments, '2021-05-20')).toEqual([
      { status: 'overdue', count: 0 },
      { status: 'unknown', count: 2 },
      { status: 'undated', count: 1 },
      { status: 'met', count: 1 },
      { status: 'withdrawn', count: 0 },
    ]);
    expect(countByStatus([], '2021-05-20').every((c) => c.count === 0)).toBe(true);
  });
});
