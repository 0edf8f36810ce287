/**
 * What the app remembers of a bundle between visits, and what changed since: a compact digest,
 * short hashes of ids and of the parts of a figure a reader would notice, never the record's text.
 * Pure functions: reading and writing the digest is seen-store.ts's job.
 */
import { commitmentStatus, type CommitmentStatus } from '@/bundle/commitment-status.ts';
import { asRecord, type IndexedRecord } from '@/bundle/indexes.ts';
import type { Bundle, Figure } from '@/bundle/schema.ts';

export const DIGEST_VERSION = 1;

export type BundleDigest = {
  v: typeof DIGEST_VERSION;
  asOf: string;
  /** Hashes of meeting ids. */
  meetings: string[];
  /** Hashes of the ids of items that hold a decision. */
  decisions: string[];
  /** Hash of a figure's id -> hash of what it says (amount, kind, label, period...). */
  figures: Record<string, string>;
  /** Hash of a commitment's id -> its status as read against the record's end. */
  commitments: Record<string, CommitmentStatus>;
};

export type StatusChange = { id: string; status: CommitmentStatus };

/** What is new or different in a bundle against the digest of the one shown before; ids are the bundle's. */
export type BundleChanges = {
  meetings: string[];
  decisions: string[];
  newFigures: string[];
  changedFigures: string[];
  newCommitments: string[];
  /** Commitments that were there before with another status. */
  statusChanges: StatusChange[];
};

/**
 * FNV-1a, 32 bits, in base 36: at most 7 characters. A collision could only hide one change
 * among the thousands of a very large record; it can never invent one.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** What a reader sees of a figure; where in a document it is quoted may move without it changing. */
function figureContent(f: Figure): string {
  return JSON.stringify([
    f.kind,
    f.value ?? null,
    f.low ?? null,
    f.high ?? null,
    f.unit,
    f.recurrence,
    f.period,
    f.indicative,
    f.label,
    f.note,
    f.basis,
  ]);
}

export function digestBundle(input: IndexedRecord | Bundle): BundleDigest {
  const bundle = asRecord(input);
  return {
    v: DIGEST_VERSION,
    asOf: bundle.asOf,
    meetings: bundle.meetings.map((m) => shortHash(m.id)),
    decisions: bundle.items.filter((i) => i.decided).map((i) => shortHash(i.id)),
    figures: Object.fromEntries(
      bundle.figures.map((f) => [shortHash(f.id), shortHash(figureContent(f))]),
    ),
    commitments: Object.fromEntries(
      bundle.commitments.map((c) => [shortHash(c.id), commitmentStatus(c, bundle.asOf).status]),
    ),
  };
}

export function compareWithDigest(
  before: BundleDigest,
  input: IndexedRecord | Bundle,
): BundleChanges {
  const bundle = asRecord(input);
  const now = digestBundle(bundle);
  const meetingsBefore = new Set(before.meetings);
  const decisionsBefore = new Set(before.decisions);
  const changes: BundleChanges = {
    meetings: bundle.meetings.filter((m) => !meetingsBefore.has(shortHash(m.id))).map((m) => m.id),
    decisions: bundle.items
      .filter((i) => i.decided && !decisionsBefore.has(shortHash(i.id)))
      .map((i) => i.id),
    newFigures: [],
    changedFigures: [],
    newCommitments: [],
    statusChanges: [],
  };
  for (const f of bundle.figures) {
    const key = shortHash(f.id);
    const was = before.figures[key];
    if (was === undefined) changes.newFigures.push(f.id);
    else if (was !== now.figures[key]) changes.changedFigures.push(f.id);
  }
  for (const c of bundle.commitments) {
    const key = shortHash(c.id);
    const was = before.commitments[key];
    const status = now.commitments[key]!;
    if (was === undefined) changes.newCommitments.push(c.id);
    else if (was !== status) changes.statusChanges.push({ id: c.id, status });
  }
  return changes;
}

export function hasChanges(changes: BundleChanges): boolean {
  return Object.values(changes).some((list: unknown[]) => list.length > 0);
}

/** Ids of everything new or changed, for marking rows where they are listed. */
export function changedIds(changes: BundleChanges): ReadonlySet<string> {
  return new Set([
    ...changes.meetings,
    ...changes.decisions,
    ...changes.newFigures,
    ...changes.changedFigures,
    ...changes.newCommitments,
    ...changes.statusChanges.map((s) => s.id),
  ]);
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/** A digest read back from storage, or null for anything else: an old format, a hand edit. */
export function parseDigest(value: unknown): BundleDigest | null {
  if (typeof value !== 'object' || value === null) return null;
  const d = value as Record<string, unknown>;
  if (d.v !== DIGEST_VERSION || typeof d.asOf !== 'string') return null;
  if (!isStringList(d.meetings) || !isStringList(d.decisions)) return null;
  if (!isStringRecord(d.figures) || !isStringRecord(d.commitments)) return null;
  return d as BundleDigest;
}
