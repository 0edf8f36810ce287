import { useDeferredValue, useMemo } from 'react';
import {
  defaultYear,
  filterMentions,
  mentionFilterChoices,
  resolveYear,
  type MentionFilter,
  type MentionFilterChoices,
} from '@/bundle/mention-filter.ts';
import type { MentionKind, MentionRow } from '@/bundle/mentions.ts';
import { useSearchFilter } from './use-search-filter.ts';

const KEYS = ['year', 'body', 'issue', 'issueTitle'] as const;
export type MentionFilterKey = (typeof KEYS)[number];

export type MentionFilterState<K extends MentionKind> = {
  filter: MentionFilter;
  /** The year shown when the URL names none. */
  fallbackYear: string;
  choices: MentionFilterChoices;
  /** The title words as typed, ahead of the (deferred) filtering. */
  typedTitle: string;
  shown: MentionRow<K>[];
  total: number;
  set: (key: MentionFilterKey, value: string) => void;
};

/**
 * A list of mentions narrowed by the filters in the URL. `chartLimit` is how many a chart can
 * draw: a longer list opens on its latest year. Filtering waits behind typing (deferred), so a
 * long list does not slow the keys down.
 */
export function useMentionFilter<K extends MentionKind>(
  rows: readonly MentionRow<K>[],
  chartLimit = Infinity,
): MentionFilterState<K> {
  const [params, setParam] = useSearchFilter(KEYS);
  const choices = useMemo(() => mentionFilterChoices(rows), [rows]);
  const fallbackYear = defaultYear(choices, rows.length, chartLimit);
  const year = resolveYear(params.year, choices, fallbackYear);
  const issueTitle = useDeferredValue(params.issueTitle);
  const { body, issue } = params;
  const filter = useMemo(
    () => ({ year, body, issue, issueTitle }),
    [year, body, issue, issueTitle],
  );
  const shown = useMemo(() => filterMentions(rows, filter), [rows, filter]);
  // The default year is left out of the URL, so a shared link follows the record as it grows.
  const set = (key: MentionFilterKey, value: string) =>
    setParam(key, key === 'year' && value === fallbackYear ? '' : value);
  return {
    filter,
    fallbackYear,
    choices,
    typedTitle: params.issueTitle ?? '',
    shown,
    total: rows.length,
    set,
  };
}
