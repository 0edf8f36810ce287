/**
 * One bundle, cut into its split form: the index the app reads first and one detail file per
 * issue. The importer and `synth` write it with `--split`; the app cuts a whole bundle the same
 * way in memory, so a view reads an issue's detail through one path whichever form was loaded.
 */
import { SCHEMA_VERSION } from './schema-version.ts';
import { searchCorpus, type SearchDoc } from './search-corpus.ts';
import type {
  Bundle,
  BundleIndexFile,
  DocumentHead,
  Item,
  ItemHead,
  IssueDetail,
  Mention,
  SourceSpan,
} from './schema.ts';

/** Where the split files sit, relative to the index. */
export const INDEX_FILE = 'index.json';
export const SEARCH_FILE = 'search.json';
export function detailPath(issueId: string): string {
  return `issues/${issueId}.json`;
}

/**
 * The mention kinds the index holds for the record-wide views: amounts of money (/savings) and
 * counts of posts (/structure). Dates and percentages stay in the detail files: a ten-year
 * council mentions tens of thousands of each, and the index must stay small enough for a phone.
 */
const INDEXED_MENTION_KINDS: readonly Mention['kind'][] = ['money', 'count'];

export function headOfItem(item: Item): ItemHead {
  return {
    id: item.id,
    issueId: item.issueId,
    meetingId: item.meetingId,
    number: item.number,
    title: item.title,
    outcome: item.outcome.value,
    decided: item.decision !== null,
    maker: item.details?.maker ?? null,
    decidedOn: item.details?.decidedOn ?? null,
  };
}

/** Every document an item's own record quotes. */
function documentsOfItem(item: Item): string[] {
  const spans: (SourceSpan | null | undefined)[] = [
    item.source,
    item.outcome.source,
    item.decision?.source,
    ...(item.decision?.resolutions.map((r) => r.source) ?? []),
    item.minutes?.source,
    item.details?.source,
    item.agendaText?.source,
    ...(item.facts ?? []).map((f) => f.source),
    ...(item.disputed ?? []).map((d) => d.source),
    ...(item.remarks ?? []).map((r) => r.source),
  ];
  return spans.flatMap((s) => (s ? [s.documentId] : []));
}

function groupBy<T>(list: readonly T[], key: (value: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const value of list) {
    const k = key(value);
    if (k === null) continue;
    const bucket = out.get(k);
    if (bucket) bucket.push(value);
    else out.set(k, [value]);
  }
  return out;
}

/** Cuts issue details out of one whole bundle; the groupings are made once, not per issue. */
export function detailCutter(bundle: Bundle): (issueId: string) => IssueDetail {
  const itemsByIssue = groupBy(bundle.items, (i) => i.issueId);
  const issueOfItem = new Map(bundle.items.map((i) => [i.id, i.issueId]));
  const issueOfDocument = new Map(bundle.issues.map((i) => [i.documentId, i.id]));
  // A mention outside any item belongs with the issue whose page it was found on.
  const mentionsByIssue = groupBy(bundle.mentions, (m) =>
    m.itemId === null
      ? (issueOfDocument.get(m.documentId) ?? null)
      : (issueOfItem.get(m.itemId) ?? null),
  );
  const documentById = new Map(bundle.documents.map((d) => [d.id, d]));
  const issueById = new Map(bundle.issues.map((i) => [i.id, i]));
  return (issueId) => {
    const items = itemsByIssue.get(issueId) ?? [];
    const mentions = mentionsByIssue.get(issueId) ?? [];
    const ids = new Set<string>();
    const own = issueById.get(issueId)?.documentId;
    if (own) ids.add(own);
    for (const item of items) for (const id of documentsOfItem(item)) ids.add(id);
    for (const m of mentions) ids.add(m.documentId);
    return {
      schemaVersion: SCHEMA_VERSION,
      form: 'issue',
      issueId,
      documents: [...ids].flatMap((id) => documentById.get(id) ?? []),
      items,
      mentions,
    };
  };
}

export type SplitBundle = {
  index: BundleIndexFile;
  details: IssueDetail[];
  search: SearchDoc[];
};

/** The files of the split form, by their path in its folder (the JSON Schema aside). */
export function splitFiles(split: SplitBundle): Array<{ path: string; value: object }> {
  return [
    { path: INDEX_FILE, value: split.index },
    { path: SEARCH_FILE, value: split.search },
    ...split.details.map((d) => ({ path: detailPath(d.issueId), value: d })),
  ];
}

export function splitBundle(bundle: Bundle): SplitBundle {
  const cut = detailCutter(bundle);
  const details = bundle.issues.map((issue) => cut(issue.id));
  const home = new Map<string, string>();
  for (const detail of details) {
    for (const d of detail.documents) if (!home.has(d.id)) home.set(d.id, detail.issueId);
  }
  const documents: DocumentHead[] = bundle.documents.map((d) => ({
    id: d.id,
    title: d.title,
    kind: d.kind,
    issueId: home.get(d.id) ?? null,
  }));
  const referenced = new Set(
    bundle.figures.flatMap((f) => [...f.mentionIds, ...(f.qualifiedBy ?? [])]),
  );
  const index: BundleIndexFile = {
    schemaVersion: SCHEMA_VERSION,
    form: 'index',
    generatedAt: bundle.generatedAt,
    asOf: bundle.asOf,
    council: bundle.council,
    documents,
    bodies: bundle.bodies,
    meetings: bundle.meetings,
    issues: bundle.issues,
    items: bundle.items.map(headOfItem),
    mentionKinds: [...INDEXED_MENTION_KINDS],
    mentions: bundle.mentions.filter(
      (m) => INDEXED_MENTION_KINDS.includes(m.kind) || referenced.has(m.id),
    ),
    figures: bundle.figures,
    structure: bundle.structure,
    commitments: bundle.commitments,
  };
  return { index, details, search: searchCorpus(bundle) };
}
