import { buildEmptyBundle, buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import { activityModel } from './overview-activity.ts';

describe('activityModel', () => {
  const model = activityModel(buildIndex(buildVersion2Bundle()));

  it('counts each body’s meetings and issues, busiest first, undated meetings in no year', () => {
    expect(
      model.bodies.map((b) => [b.bodyId, b.meetings, b.issues, b.lastMet, [...b.meetingsByYear]]),
    ).toEqual([
      [
        'cabinet',
        3,
        3,
        '2022-01-10',
        [
          [2021, 2],
          [2022, 1],
        ],
      ],
      ['full-council', 1, 1, '2021-05-20', [[2021, 1]]],
      ['harbour-board', 1, 1, '2021-03-01', [[2021, 1]]],
      ['scrutiny', 1, 1, null, []],
    ]);
    expect(model.undatedMeetings).toBe(1);
  });

  it('counts each year’s meetings and issues newest first, decisions outside meetings included', () => {
    expect(model.years).toEqual([2021, 2022]);
    expect(model.byYear).toEqual([
      { year: 2022, meetings: 1, issues: 1 },
      { year: 2021, meetings: 4, issues: 2 },
    ]);
  });

  it('lists the newest dated decisions with their issue and where they were taken', () => {
    expect(
      model.recentDecisions.map((d) => [d.item.id, d.issue?.id, d.body?.id, d.maker, d.date]),
    ).toEqual([
      [
        'saturday-hours-decision',
        'library-hours',
        undefined,
        'Executive Member for Communities',
        '2022-02-01',
      ],
      ['cabinet-2022-01-10-item-9', 'library-hours', 'cabinet', null, '2022-01-10'],
      ['cabinet-2021-04-12-item-7', 'harbour-wall', 'cabinet', null, '2021-04-12'],
    ]);
  });

  it('is empty for an empty record', () => {
    expect(activityModel(buildIndex(buildEmptyBundle()))).toEqual({
      years: [],
      bodies: [],
      byYear: [],
      undatedMeetings: 0,
      recentDecisions: [],
    });
  });
});
