import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import type { Commitment, PreciseDate } from './schema.ts';
import {
  commitmentStatus,
  firstDayOf,
  lastDayOf,
  openCommitments,
  todayIso,
} from './commitment-status.ts';

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

  it('is due until the last day of a month-precision date, and overdue after it', () => {
    expect(commitmentStatus(due('2011-04', 'month'), asOf, '2011-04-30').status).toBe('due');
    expect(commitmentStatus(due('2011-04', 'month'), asOf, '2011-05-01').status).toBe('overdue');
  });

  it('keeps a financial-year promise due until 31 March', () => {
    expect(commitmentStatus(due('2011/12', 'financial-year'), asOf, '2012-03-31').status).toBe(
      'due',
    );
    expect(commitmentStatus(due('2011/12', 'financial-year'), asOf, '2012-04-01').status).toBe(
      'overdue',
    );
  });

  it('is due on its own day and overdue the day after', () => {
    expect(commitmentStatus(due('2011-04-01', 'day'), asOf, '2011-04-01').status).toBe('due');
    expect(commitmentStatus(due('2011-04-01', 'day'), asOf, '2011-04-02').status).toBe('overdue');
  });

  it('says whether the date was still ahead when the record ends', () => {
    expect(commitmentStatus(due('2011-04', 'month'), asOf, '2026-01-01')).toEqual({
      status: 'overdue',
      openAtAsOf: true,
    });
    expect(commitmentStatus(due('2010-11', 'month'), asOf, '2026-01-01').openAtAsOf).toBe(false);
  });

  it('is met with evidence or the record’s word, even when its date has passed', () => {
    const evidence = [{ text: 'Done.', source: base.source }];
    expect(
      commitmentStatus({ ...due('2000-01', 'month'), evidence }, asOf, '2026-01-01').status,
    ).toBe('met');
    expect(commitmentStatus({ ...base, status: 'met' }, asOf, '2026-01-01').status).toBe('met');
  });

  it('keeps withdrawn and undated promises apart', () => {
    expect(commitmentStatus({ ...base, status: 'withdrawn' }, asOf, '2026-01-01').status).toBe(
      'withdrawn',
    );
    expect(commitmentStatus({ ...base, due: null }, asOf, '2026-01-01').status).toBe('undated');
  });

  it('keeps the record’s own "withdrawn" even where evidence is attached', () => {
    const evidence = [{ text: 'Work began.', source: base.source }];
    expect(
      commitmentStatus({ ...base, status: 'withdrawn', evidence }, asOf, '2026-01-01').status,
    ).toBe('withdrawn');
  });
});

describe('openCommitments', () => {
  it('lists open promises soonest first, undated last, leaving out met ones', () => {
    const list = openCommitments(buildValidBundle().commitments, '2021-05-20', '2030-01-01');
    expect(list.map((r) => [r.commitment.id, r.status])).toEqual([
      ['members-panel', 'overdue'],
      ['report-progress', 'due'],
      ['publish-survey', 'undated'],
    ]);
  });
});

describe('todayIso', () => {
  it('uses the local calendar day', () => {
    expect(todayIso(new Date(2011, 3, 9, 23, 30))).toBe('2011-04-09');
  });
});
