/**
 * Reads a bundle record by record. A record that breaks the contract (its shape, a quote that
 * does not match its document, a reference to a record that is not there) is set aside with the
 * reason, and everything else is kept, so a partly wrong bundle still shows what is right and
 * says exactly what it left out: for every collection, shown + set aside = total.
 *
 * Only what makes the whole bundle unreadable is fatal: not an object, a schema version this app
 * cannot read, a missing header field, or a collection that is not a list.
 */
import * as z from 'zod/mini';
import {
  describe,
  formatPath,
  problemsFromIssues,
  type Problem,
  WHOLE_BUNDLE,
} from './problems.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { indexOf, wholeOf } from './kept-records.ts';
import { andList } from './plurals-and-lists.ts';
import * as s from './schema.ts';
import { READABLE_EARLIER_VERSIONS } from './schema-version.ts';
import type { Bundle, BundleIndexFile, IssueDetail, SourceSpan } from './schema.ts';

const recordSchemas = {
  documents: s.document,
  bodies: s.body,
  meetings: s.meeting,
  issues: s.issue,
  items: s.item,
  mentions: s.mention,
  figures: s.figure,
  structure: s.structure,
  commitments: s.commitment,
} as const satisfies Record<CollectionName, unknown>;

/** A split bundle's index holds items and documents without their texts. */
const indexSchemas = {
  ...recordSchemas,
  documents: s.documentHead,
  items: s.itemHead,
} as const satisfies Record<CollectionName, unknown>;

/** What an issue's detail file holds; its items point into the index for the rest. */
const DETAIL_COLLECTIONS = ['documents', 'items', 'mentions'] as const;

export { COLLECTIONS, type CollectionName };

/** `council` is a single record, counted like a list of zero or one. */
export type RecordKind = CollectionName | 'council';

export type SetAside = {
  kind: RecordKind;
  index: number;
  /** The record's id where it has a readable one. */
  id: string | null;
  problems: Problem[];
  /** True where the record's only fault is pointing to another record that was set aside. */
  knockOn: boolean;
};

export type Count = { total: number; shown: number; setAside: number };

export type Notice =
  | { kind: 'newer-version'; version: number }
  /** Fields this app does not know, by path pattern (`items[].extra`), with how many records. */
  | { kind: 'unknown-fields'; fields: { path: string; records: number }[] };

export type LoadReport = {
  schemaVersion: number;
  counts: Record<RecordKind, Count>;
  setAside: SetAside[];
  notices: Notice[];
};

export type LoadResult =
  { ok: true; bundle: Bundle; report: LoadReport } | { ok: false; problems: Problem[] };
export type IndexLoadResult =
  { ok: true; index: BundleIndexFile; report: LoadReport } | { ok: false; problems: Problem[] };

const headerSchema = z.object({
  generatedAt: s.bundleSchema.shape.generatedAt,
  asOf: s.bundleSchema.shape.asOf,
});

const indexHeaderSchema = z.object({
  ...headerSchema.shape,
  mentionKinds: s.bundleIndexSchema.shape.mentionKinds,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Asked once per record: made once per schema, not a hundred thousand times.
const keysOfSchema = new WeakMap<object, ReadonlySet<string> | null>();
function knownKeys(schema: unknown): ReadonlySet<string> | null {
  if (schema === null || typeof schema !== 'object') return null;
  if (!keysOfSchema.has(schema)) {
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    keysOfSchema.set(schema, shape ? new Set(Object.keys(shape)) : null);
  }
  return keysOfSchema.get(schema)!;
}

export type LoadOptions = {
  /** Refuse any version but the current one (the importer's own output must be exact). */
  exactVersion?: boolean;
};

type Failure = { ok: false; problems: Problem[] };
const fatal = (path: string, message: string): Failure => ({
  ok: false,
  problems: [{ path, message }],
});

/** The version rule every form shares; a newer version is read with a notice. */
function checkVersion(
  input: Record<string, unknown>,
  options: LoadOptions,
  notices: Notice[],
): Failure | null {
  const version = input.schemaVersion;
  const earlier = typeof version === 'number' && READABLE_EARLIER_VERSIONS.includes(version);
  if (version === s.SCHEMA_VERSION || (earlier && !options.exactVersion)) return null;
  const newer =
    typeof version === 'number' && Number.isInteger(version) && version > s.SCHEMA_VERSION;
  if (!newer || options.exactVersion) {
    const why =
      typeof version === 'number' && version < s.SCHEMA_VERSION && !options.exactVersion
        ? `; it reads versions ${andList([...READABLE_EARLIER_VERSIONS, s.SCHEMA_VERSION].map(String))}`
        : '';
    return fatal(
      'schemaVersion',
      `this app reads schema version ${s.SCHEMA_VERSION}, the bundle says ${describe(version)}${why}`,
    );
  }
  notices.push({ kind: 'newer-version', version: version as number });
  return null;
}

type Read = {
  ok: true;
  council: Bundle['council'];
  kept: Record<CollectionName, unknown[]>;
  report: LoadReport;
};

/**
 * The record-by-record reading every form shares: each list is read in reference order, each
 * record checked against its schema and against the records kept before it.
 */
function readRecords(
  input: Record<string, unknown>,
  names: readonly CollectionName[],
  schemas: Record<CollectionName, unknown>,
  topSchema: unknown,
  notices: Notice[],
  checker = new RecordChecker(),
): Read | Failure {
  for (const name of names) {
    if (!Array.isArray(input[name])) {
      return fatal(
        name,
        `expected a list, got ${input[name] === undefined ? 'nothing' : describe(input[name])}`,
      );
    }
  }

  const setAside: SetAside[] = [];
  const counts = {} as Record<RecordKind, Count>;
  const unknown = new Map<string, number>();
  const noteUnknown = (path: string, value: unknown, schema: unknown) => {
    const known = knownKeys(schema);
    if (!known || !isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if (!known.has(key)) unknown.set(`${path}.${key}`, (unknown.get(`${path}.${key}`) ?? 0) + 1);
    }
  };
  noteUnknown('', input, topSchema);

  let council: Bundle['council'] = null;
  counts.council = { total: input.council == null ? 0 : 1, shown: 0, setAside: 0 };
  if (input.council != null) {
    const parsed = s.council.safeParse(input.council);
    if (parsed.success) {
      council = parsed.data;
      counts.council.shown = 1;
    } else {
      counts.council.setAside = 1;
      setAside.push({
        kind: 'council',
        index: 0,
        id: null,
        problems: problemsFromIssues(parsed.error.issues, input.council, ['council']),
        knockOn: false,
      });
    }
  }

  const kept = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTIONS) {
    if (!names.includes(name)) {
      kept[name] = [];
      counts[name] = { total: 0, shown: 0, setAside: 0 };
      continue;
    }
    const list = input[name] as unknown[];
    const schema = schemas[name] as z.ZodMiniType;
    const shown: unknown[] = [];
    for (let index = 0; index < list.length; index++) {
      const raw = list[index];
      const parsed = schema.safeParse(raw);
      const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
      const problems = parsed.success
        ? checker.check(name, index, parsed.data as never)
        : problemsFromIssues(parsed.error.issues, raw, [name, index]);
      if (problems.length) {
        const knockOn = problems.every((p) => checker.isKnockOn(p));
        setAside.push({ kind: name, index, id: rawId, problems, knockOn });
        if (rawId !== null) checker.setAside(name, rawId);
      } else {
        noteUnknown(`${name}[]`, raw, schema);
        checker.keep(name, parsed.data as never);
        shown.push(parsed.data);
      }
    }
    kept[name] = shown;
    counts[name] = {
      total: list.length,
      shown: shown.length,
      setAside: list.length - shown.length,
    };
  }

  if (unknown.size) {
    notices.push({
      kind: 'unknown-fields',
      fields: [...unknown].map(([path, records]) => ({ path: path.replace(/^\./, ''), records })),
    });
  }
  const version = input.schemaVersion as number;
  return { ok: true, council, kept, report: { schemaVersion: version, counts, setAside, notices } };
}

export function loadBundle(input: unknown, options: LoadOptions = {}): LoadResult {
  if (!isRecord(input)) return fatal(WHOLE_BUNDLE, `expected an object, got ${describe(input)}`);
  const notices: Notice[] = [];
  const wrongVersion = checkVersion(input, options, notices);
  if (wrongVersion) return wrongVersion;
  const header = headerSchema.safeParse(input);
  if (!header.success)
    return { ok: false, problems: problemsFromIssues(header.error.issues, input) };
  const read = readRecords(input, COLLECTIONS, recordSchemas, s.bundleSchema, notices);
  if (!read.ok) return read;
  return { ok: true, bundle: wholeOf(header.data, read.council, read.kept), report: read.report };
}

/** True for the index of a split bundle, which is read by `loadBundleIndex`. */
export function isSplitIndex(input: unknown): boolean {
  return isRecord(input) && input.form === 'index';
}

/**
 * Reads a split bundle's index by the same rules as a whole bundle. Its quotes cannot be held
 * against texts it does not carry: each detail file's are, when it is read.
 */
export function loadBundleIndex(input: unknown, options: LoadOptions = {}): IndexLoadResult {
  if (!isRecord(input)) return fatal(WHOLE_BUNDLE, `expected an object, got ${describe(input)}`);
  const notices: Notice[] = [];
  const wrongVersion = checkVersion(input, options, notices);
  if (wrongVersion) return wrongVersion;
  const header = indexHeaderSchema.safeParse(input);
  if (!header.success)
    return { ok: false, problems: problemsFromIssues(header.error.issues, input) };
  const read = readRecords(input, COLLECTIONS, indexSchemas, s.bundleIndexSchema, notices);
  if (!read.ok) return read;
  return { ok: true, index: indexOf(header.data, read.council, read.kept), report: read.report };
}

export type DetailLoadResult =
  { ok: true; detail: IssueDetail; report: LoadReport } | { ok: false; problems: Problem[] };

/**
 * Reads one issue's detail file. Its items may point only to meetings of the index and to the
 * issue the file is for; its quotes are checked against its own documents' texts.
 */
export function loadIssueDetail(
  input: unknown,
  expected: { issueId: string; meetingIds: Iterable<string> },
): DetailLoadResult {
  if (!isRecord(input)) return fatal(WHOLE_BUNDLE, `expected an object, got ${describe(input)}`);
  const notices: Notice[] = [];
  const wrongVersion = checkVersion(input, {}, notices);
  if (wrongVersion) return wrongVersion;
  if (input.issueId !== expected.issueId) {
    return fatal(
      'issueId',
      `expected the detail of issue "${expected.issueId}", got ${describe(input.issueId)}`,
    );
  }
  const checker = new RecordChecker();
  checker.assume('issues', [expected.issueId]);
  checker.assume('meetings', expected.meetingIds);
  const read = readRecords(
    input,
    DETAIL_COLLECTIONS,
    recordSchemas,
    s.issueDetailSchema,
    notices,
    checker,
  );
  if (!read.ok) return read;
  const detail: IssueDetail = {
    schemaVersion: s.SCHEMA_VERSION,
    form: 'issue',
    issueId: expected.issueId,
    documents: read.kept.documents as IssueDetail['documents'],
    items: read.kept.items as IssueDetail['items'],
    mentions: read.kept.mentions as IssueDetail['mentions'],
  };
  return { ok: true, detail, report: read.report };
}

type Kept = { [K in CollectionName]: z.infer<(typeof recordSchemas)[K]> };

/**
 * The rules a schema cannot express for one record, checked against the records kept so far.
 * Because collections are read in reference order, a record that points to a set-aside record
 * is set aside too, with a reason that says so.
 */
class RecordChecker {
  private readonly texts = new Map<string, string>();
  private readonly keptIds = new Map<CollectionName, Set<string>>(
    COLLECTIONS.map((c) => [c, new Set()]),
  );
  private readonly setAsideIds = new Map<CollectionName, Set<string>>(
    COLLECTIONS.map((c) => [c, new Set()]),
  );

  keep<K extends CollectionName>(name: K, record: Kept[K]) {
    this.keptIds.get(name)!.add(record.id);
    // An index's documents carry no text: their ids are known, their quotes checked elsewhere.
    const text = name === 'documents' ? (record as { text?: string }).text : undefined;
    if (text !== undefined) this.texts.set(record.id, text);
  }

  /** Records another file holds, which this one may point to. */
  assume(name: CollectionName, ids: Iterable<string>) {
    for (const id of ids) this.keptIds.get(name)!.add(id);
  }

  setAside(name: CollectionName, id: string) {
    this.setAsideIds.get(name)!.add(id);
  }

  check<K extends CollectionName>(name: K, index: number, record: Kept[K]): Problem[] {
    const problems: Problem[] = [];
    const at = (...rest: PropertyKey[]) => formatPath([name, index, ...rest]);
    const span = (path: PropertyKey[], value: SourceSpan | null) => {
      if (!value) return;
      const text = this.texts.get(value.documentId);
      if (!this.keptIds.get('documents')!.has(value.documentId)) {
        problems.push(this.missing(at(...path, 'documentId'), 'documents', value.documentId));
      } else if (value.end < value.start) {
        problems.push({ path: at(...path, 'end'), message: 'is before start' });
      } else if (text !== undefined && text.slice(value.start, value.end) !== value.quote) {
        problems.push({
          path: at(...path, 'quote'),
          message: `does not match the text of document "${value.documentId}" at ${value.start}-${value.end}`,
        });
      }
    };
    const ref = (path: PropertyKey[], to: CollectionName, id: string | null) => {
      if (id !== null && !this.keptIds.get(to)!.has(id)) {
        problems.push(this.missing(at(...path), to, id));
      }
    };
    const amount = (r: { value?: unknown; low?: number; high?: number; pence?: number }) => {
      // An amount under a pound ("45p") is given in pence only.
      const single = r.value !== undefined || (r.pence !== undefined && r.low === undefined);
      const hasLow = r.low !== undefined;
      const hasHigh = r.high !== undefined;
      if (single ? hasLow || hasHigh : !(hasLow && hasHigh)) {
        problems.push({ path: at(), message: 'must have either a value, or both low and high' });
      } else if (!single && r.low! > r.high!) {
        problems.push({ path: at(), message: `low (${r.low}) is greater than high (${r.high})` });
      }
    };

    if (this.keptIds.get(name)!.has(record.id)) {
      problems.push({ path: at('id'), message: `"${record.id}" is used twice` });
    }
    switch (name) {
      case 'meetings': {
        const m = record as Kept['meetings'];
        ref(['bodyId'], 'bodies', m.bodyId);
        span(['source'], m.source);
        span(['bodySource'], m.bodySource ?? null);
        m.facts?.forEach((f, j) => span(['facts', j, 'source'], f.source));
        m.disputed?.forEach((d, j) => span(['disputed', j, 'source'], d.source));
        break;
      }
      case 'issues': {
        const i = record as Kept['issues'];
        if (!this.keptIds.get('documents')!.has(i.documentId)) {
          problems.push(this.missing(at('documentId'), 'documents', i.documentId));
        }
        i.planned?.forEach((p, j) => span(['planned', j, 'source'], p.source));
        i.facts?.forEach((f, j) => span(['facts', j, 'source'], f.source));
        i.disputed?.forEach((d, j) => span(['disputed', j, 'source'], d.source));
        break;
      }
      case 'items': {
        const i = record as Kept['items'];
        ref(['issueId'], 'issues', i.issueId);
        ref(['meetingId'], 'meetings', i.meetingId);
        // An index's item is a head: its references are all it has to check.
        if (typeof i.outcome === 'string') break;
        span(['source'], i.source);
        span(['outcome', 'source'], i.outcome.source);
        if (i.decision) {
          span(['decision', 'source'], i.decision.source);
          i.decision.resolutions.forEach((r, j) =>
            span(['decision', 'resolutions', j, 'source'], r.source),
          );
        }
        if (i.minutes) span(['minutes', 'source'], i.minutes.source);
        if (i.details) span(['details', 'source'], i.details.source);
        if (i.agendaText) span(['agendaText', 'source'], i.agendaText.source);
        i.facts?.forEach((f, j) => span(['facts', j, 'source'], f.source));
        i.disputed?.forEach((d, j) => span(['disputed', j, 'source'], d.source));
        i.remarks?.forEach((r, j) => span(['remarks', j, 'source'], r.source));
        break;
      }
      case 'mentions': {
        const m = record as Kept['mentions'];
        ref(['itemId'], 'items', m.itemId);
        span([], m);
        if (m.kind === 'money' || m.kind === 'percent') amount(m);
        break;
      }
      case 'figures': {
        const f = record as Kept['figures'];
        ref(['itemId'], 'items', f.itemId);
        f.mentionIds.forEach((m, j) => ref(['mentionIds', j], 'mentions', m));
        f.qualifiedBy?.forEach((m, j) => ref(['qualifiedBy', j], 'mentions', m));
        span(['source'], f.source);
        amount(f);
        break;
      }
      case 'structure': {
        const st = record as Kept['structure'];
        st.steps.forEach((step, j) => {
          ref(['steps', j, 'itemId'], 'items', step.itemId);
          span(['steps', j, 'source'], step.source);
        });
        st.notes.forEach((n, j) => span(['notes', j, 'source'], n.source));
        break;
      }
      case 'commitments': {
        const c = record as Kept['commitments'];
        ref(['madeAt'], 'items', c.madeAt);
        span(['source'], c.source);
        c.furtherSources?.forEach((f, j) => span(['furtherSources', j], f));
        c.evidence.forEach((e, j) => span(['evidence', j, 'source'], e.source));
        break;
      }
      default:
        break;
    }
    return problems;
  }

  private readonly knockOns = new WeakSet<Problem>();

  isKnockOn(problem: Problem): boolean {
    return this.knockOns.has(problem);
  }

  private missing(path: string, to: CollectionName, id: string): Problem {
    if (!this.setAsideIds.get(to)!.has(id)) {
      return { path, message: `points to ${to} "${id}", which is not in the bundle` };
    }
    const problem = { path, message: `points to ${to} "${id}", which was set aside` };
    this.knockOns.add(problem);
    return problem;
  }
}
