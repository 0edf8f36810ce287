/**
 * Where the digest of the bundle last shown lives: this browser's localStorage, one entry per
 * bundle source, and nowhere else. Storage can be missing or full (private browsing, quota): the
 * app then remembers for as long as the page is open, and the page works as before.
 */
import { digestBundle, parseDigest, type BundleDigest } from './bundle-digest.ts';
import type { IndexedRecord } from '@/bundle/indexes.ts';
import type { Bundle } from '@/bundle/schema.ts';

export type Seen = {
  /** The bundle as the reader last marked it seen: changes are counted from here. */
  digest: BundleDigest;
  /** The `asOf` of the last bundle shown, so a newer record is announced once. */
  shownAsOf: string;
};

const PREFIX = 'civic-trail.seen:';
const memory = new Map<string, Seen | null>();
const listeners = new Set<() => void>();

function parseSeen(raw: string | null): Seen | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as { digest?: unknown; shownAsOf?: unknown } | null;
    const digest = parseDigest(value?.digest);
    if (!digest || typeof value?.shownAsOf !== 'string') return null;
    return { digest, shownAsOf: value.shownAsOf };
  } catch {
    return null;
  }
}

/** The same object for as long as nothing is written, as useSyncExternalStore needs. */
export function readSeen(key: string): Seen | null {
  const cached = memory.get(key);
  if (cached !== undefined) return cached;
  let seen: Seen | null = null;
  try {
    seen = parseSeen(localStorage.getItem(PREFIX + key));
  } catch {
    // No storage here: nothing was remembered.
  }
  memory.set(key, seen);
  return seen;
}

export function writeSeen(key: string, seen: Seen): void {
  memory.set(key, seen);
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(seen));
  } catch {
    // Full or forbidden: kept in memory for this page only.
  }
  for (const listener of listeners) listener();
}

export function subscribeSeen(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks everything in the bundle as seen: the next visit counts changes from this one. */
export function markSeen(key: string, bundle: IndexedRecord | Bundle): void {
  writeSeen(key, { digest: digestBundle(bundle), shownAsOf: bundle.asOf });
}

const firstLooks = new Map<string, string | null>();

/**
 * The date a newer record now speaks to, if this bundle's `asOf` is not the one shown last time;
 * else null. Decided at the first look in this page and kept, so saving the visit (below) does
 * not take the notice away again.
 */
export function updatedAsOf(key: string, asOf: string): string | null {
  const id = `${key}\n${asOf}`;
  let answer = firstLooks.get(id);
  if (answer === undefined) {
    const seen = readSeen(key);
    answer = seen && seen.shownAsOf !== asOf ? asOf : null;
    firstLooks.set(id, answer);
  }
  return answer;
}

/**
 * Saves this visit: on the first one the whole bundle becomes the starting point; later, only
 * which `asOf` was shown, so the changes stay marked until the reader dismisses them.
 */
export function recordVisit(key: string, bundle: IndexedRecord | Bundle): void {
  updatedAsOf(key, bundle.asOf);
  const seen = readSeen(key);
  if (!seen) markSeen(key, bundle);
  else if (seen.shownAsOf !== bundle.asOf) writeSeen(key, { ...seen, shownAsOf: bundle.asOf });
}

/** For tests: forget what this page has read, as a new visit would. */
export function forgetSeenInMemory(): void {
  memory.clear();
  firstLooks.clear();
}
