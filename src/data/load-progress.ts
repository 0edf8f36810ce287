/**
 * How far a bundle load has got, for the loading state to show. Query data only arrives at the
 * end, so progress travels beside it, keyed by the same source key as the query.
 */
import { useSyncExternalStore } from 'react';

export type LoadProgress =
  | { phase: 'reading'; bytes: number; total: number | null }
  | { phase: 'parsing' }
  | { phase: 'checking' };

const progress = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function setLoadProgress(key: string, value: LoadProgress | null): void {
  if (value) progress.set(key, value);
  else progress.delete(key);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLoadProgress(key: string): LoadProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => progress.get(key) ?? null,
    () => null,
  );
}
