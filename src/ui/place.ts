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
