import type { ItemPlace } from '@/bundle/indexes.ts';
import { formatDayOrUnknown } from './format.ts';
import { strings } from './strings.en.ts';

/** Who an item was before: the body that met, or the maker of a decision outside a meeting. */
export function placeName(place: Pick<ItemPlace, 'body' | 'maker'>): string {
  return place.body?.name ?? strings.common.decisionBy(place.maker);
}

/** The day of a place, or words saying the record gives none. */
export function placeDate(place: Pick<ItemPlace, 'date'>): string {
  return formatDayOrUnknown(place.date);
}

/**
 * Where a mention was said, in words: "Cabinet, 14 Mar 2023", "Cabinet, date not in this
 * record", "No meeting named: Decision by ..., 1 Jun 2023", or that no meeting is named at all.
 */
export function mentionPlace(place: ItemPlace | null): string {
  if (!place) return strings.common.noMeetingNamed;
  if (place.body) return strings.mentions.atMeeting(place.body.name, placeDate(place));
  return strings.mentions.atNoMeeting(placeName(place), placeDate(place));
}
