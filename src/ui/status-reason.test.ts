import { statusReasonText } from './status-reason.ts';

describe('statusReasonText', () => {
  it('puts the due date and the record’s end side by side', () => {
    expect(
      statusReasonText({
        kind: 'due-after-record',
        due: { date: '2011-04', precision: 'month' },
        dueEnds: '2011-04-30',
        asOf: '2010-12-13',
      }),
    ).toBe(
      'Due by April 2011; the record ends 13 Dec 2010, before that date, so it cannot show whether this was done.',
    );
  });

  it('says when a period ended, but not for a single day', () => {
    expect(
      statusReasonText({
        kind: 'due-passed',
        due: { date: '2010-11', precision: 'month' },
        dueEnds: '2010-11-30',
        asOf: '2010-12-13',
      }),
    ).toBe(
      'Due by November 2010 (which ends 30 Nov 2010); the record runs to 13 Dec 2010 and shows no evidence of delivery.',
    );
    expect(
      statusReasonText({
        kind: 'due-passed',
        due: { date: '2010-12-13', precision: 'day' },
        dueEnds: '2010-12-13',
        asOf: '2010-12-13',
      }),
    ).toBe('Due by 13 Dec 2010; the record runs to 13 Dec 2010 and shows no evidence of delivery.');
  });

  it('explains undated, met and withdrawn promises', () => {
    expect(statusReasonText({ kind: 'no-due-date', asOf: '2010-12-13' })).toBe(
      'The record gives no due date, and shows no evidence of delivery up to its end, 13 Dec 2010.',
    );
    expect(statusReasonText({ kind: 'met-evidence' })).toBe(
      'The record shows evidence of delivery.',
    );
    expect(statusReasonText({ kind: 'met-stated' })).toBe('The record says this was met.');
    expect(statusReasonText({ kind: 'withdrawn' })).toBe('The record says this was withdrawn.');
  });
});
