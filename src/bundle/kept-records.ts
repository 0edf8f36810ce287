/**
 * The shape a read bundle is handed on in, from the records the reading kept. On its own, free of
 * the validator, because the page builds it too: where the worker's reading kept every record as
 * it was read, the page's own parse of the same bytes is the bundle, and only the verdict needs to
 * cross from the worker (see src/data/run-parse.ts).
 */
import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { LoadReport } from './load-bundle.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import type { Bundle, BundleIndexFile } from './schema.ts';

/** The header fields as read; the lists are the kept records of each collection. */
type Header = Readonly<Record<string, unknown>>;
type Lists = Readonly<Partial<Record<CollectionName, unknown>>>;

function lists(kept: Lists) {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, kept[name]]));
}

/** A whole bundle from its header, council and kept lists; a newer version is read as this one. */
export function wholeOf(header: Header, council: unknown, kept: Lists): Bundle {
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: header.generatedAt,
    asOf: header.asOf,
    council,
    ...lists(kept),
  } as Bundle;
}

/** A split bundle's index from its header, council and kept lists. */
export function indexOf(header: Header, council: unknown, kept: Lists): BundleIndexFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    form: 'index',
    generatedAt: header.generatedAt,
    asOf: header.asOf,
    mentionKinds: header.mentionKinds,
    council,
    ...lists(kept),
  } as BundleIndexFile;
}

/**
 * True where the reading kept every record and dropped no field it checks for: the parsed input
 * is then, list for list, what the reading returned. Fields nested inside a record are not counted
 * here; one the app does not know rides along unread.
 */
export function keptAsRead(report: LoadReport): boolean {
  return (
    report.setAside.length === 0 &&
    report.notices.every((notice) => notice.kind !== 'unknown-fields')
  );
}
