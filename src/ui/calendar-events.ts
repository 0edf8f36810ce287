/**
 * Due dates and meetings as calendar events. A promise keeps the record's precision: "by April
 * 2011" is due on the last day it still covers, 30 April 2011, never a day the record did not
 * give; a meeting the record gives no date for cannot be put in a calendar, and is counted.
 */
import { placeOfItem, type BundleIndex } from '@/bundle/indexes.ts';
import { lastDayOf } from '@/bundle/precise-date.ts';
import type { Commitment, Meeting } from '@/bundle/schema.ts';
import { paths, withBundleParam } from '@/config/paths.ts';
import { bundleParamOf, useBundleSource } from '@/data/bundle-source.ts';
import type { Calendar, CalendarEvent } from '@/export/ical.ts';
import { strings } from './strings.en.ts';

/** The records a calendar holds, and how many it had to leave out for want of a date. */
export type CalendarOf = { calendar: Calendar; leftOut: number };

/** Ids are unique within a bundle; the suffix keeps them apart from other calendars' events. */
const uid = (kind: string, id: string) => `${kind}-${id}@civic-trail`;

function calendarOf(index: BundleIndex, events: CalendarEvent[], leftOut: number): CalendarOf {
  return {
    calendar: {
      name: index.bundle.council?.name ?? strings.app.name,
      // Never the clock: the same record always gives the same file.
      stamp: index.bundle.generatedAt,
      events,
    },
    leftOut,
  };
}

/**
 * Each commitment with a due date, on the last day it covers, the promise's own words in the
 * description and its place on the issue trail as the event's address.
 */
export function commitmentCalendar(
  index: BundleIndex,
  commitments: readonly Commitment[],
  absoluteUrl: (path: string) => string,
): CalendarOf {
  const events = commitments.flatMap((c): CalendarEvent[] => {
    if (!c.due) return [];
    const place = placeOfItem(index, c.madeAt);
    return [
      {
        uid: uid('commitment', c.id),
        day: lastDayOf(c.due),
        summary: c.text,
        // The record's own words, and who the record says is to keep the promise.
        description: [c.source.quote, c.owner].filter(Boolean).join('\n'),
        ...(place && {
          url: absoluteUrl(paths.issue(place.item.issueId, { itemId: place.item.id })),
        }),
      },
    ];
  });
  return calendarOf(index, events, commitments.length - events.length);
}

/** Each dated meeting, with the items it took as the description. */
export function meetingCalendar(index: BundleIndex, meetings: readonly Meeting[]): CalendarOf {
  const events = meetings.flatMap((m): CalendarEvent[] => {
    if (m.date === null) return [];
    const body = index.bodyById.get(m.bodyId)?.name ?? m.bodyId;
    const items = index.itemsByMeeting.get(m.id) ?? [];
    return [
      {
        uid: uid('meeting', m.id),
        day: m.date,
        summary: strings.timeline.meetingDetail(body),
        description: items.map((i) => strings.common.itemLabel(i.number, i.title)).join('\n'),
      },
    ];
  });
  return calendarOf(index, events, meetings.length - events.length);
}

/** A full address for outside the app (a calendar event's link), keeping the loaded bundle. */
export function useAbsoluteUrl(): (path: string) => string {
  const param = bundleParamOf(useBundleSource().source);
  return (path) => new URL(withBundleParam(path, param), location.href).href;
}
