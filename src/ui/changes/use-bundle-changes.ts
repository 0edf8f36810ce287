import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useLoadedBundle } from '@/data/bundle-query.ts';
import { useBundleSource, type BundleSource } from '@/data/bundle-source.ts';
import type { IndexedRecord } from '@/bundle/indexes.ts';
import { changedIds, compareWithDigest, hasChanges, type BundleChanges } from './bundle-digest.ts';
import { markSeen, readSeen, subscribeSeen } from './seen-store.ts';

/**
 * The name a source is remembered under. A file has no address: its name stands for it, so
 * opening the same file again counts from the last time.
 */
export function seenKeyOf(source: BundleSource): string | null {
  switch (source.kind) {
    case 'url':
      return `url:${source.href}`;
    case 'file':
      return `file:${source.name}`;
    case 'refused':
      return null;
  }
}

/** The loaded bundle and the name it is remembered under, or nulls while there is none. */
export function useSeenBundle(): { key: string | null; bundle: IndexedRecord | null } {
  const { source } = useBundleSource();
  const bundle = useLoadedBundle().data?.index.bundle ?? null;
  return { key: seenKeyOf(source), bundle };
}

export type BundleChangesView = {
  changes: BundleChanges;
  ids: ReadonlySet<string>;
  dismiss: () => void;
};

/** What changed since the reader last marked the record seen, or null when nothing did. */
export function useBundleChanges(): BundleChangesView | null {
  const { key, bundle } = useSeenBundle();
  const seen = useSyncExternalStore(subscribeSeen, () => (key ? readSeen(key) : null));
  const changes = useMemo(
    () => (seen && bundle ? compareWithDigest(seen.digest, bundle) : null),
    [seen, bundle],
  );
  const ids = useMemo(() => (changes ? changedIds(changes) : new Set<string>()), [changes]);
  const dismiss = useCallback(() => {
    if (key && bundle) markSeen(key, bundle);
  }, [key, bundle]);
  if (!changes || !hasChanges(changes)) return null;
  return { changes, ids, dismiss };
}
