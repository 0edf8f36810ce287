/**
 * The part of a bundle behind one view, as a bundle of its own that passes the same checks as
 * the whole: every record a kept record points to (its item, meeting, body, issue, the mentions a
 * figure rests on, each document a quote comes from) is kept too, and records stay in the
 * bundle's own order, so a reader of the subset can follow every reference without the rest.
 */
import type { Bundle } from '@/bundle/schema.ts';

/** The records a view starts from, by id; everything they need is added. */
export type SubsetSeeds = {
  issues?: Iterable<string>;
  items?: Iterable<string>;
  mentions?: Iterable<string>;
  figures?: Iterable<string>;
  structure?: Iterable<string>;
  commitments?: Iterable<string>;
};

/** Every `documentId` anywhere inside a record: quotes sit at many depths. */
export function collectDocumentIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectDocumentIds(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'documentId' && typeof v === 'string') into.add(v);
      else collectDocumentIds(v, into);
    }
  }
}

export function bundleSubset(bundle: Bundle, seeds: SubsetSeeds): Bundle {
  const ids = (list?: Iterable<string>) => new Set(list ?? []);
  const figureIds = ids(seeds.figures);
  const structureIds = ids(seeds.structure);
  const commitmentIds = ids(seeds.commitments);
  const mentionIds = ids(seeds.mentions);
  const itemIds = ids(seeds.items);
  const issueIds = ids(seeds.issues);

  const figures = bundle.figures.filter((f) => figureIds.has(f.id));
  const structure = bundle.structure.filter((s) => structureIds.has(s.id));
  const commitments = bundle.commitments.filter((c) => commitmentIds.has(c.id));
  for (const f of figures) {
    itemIds.add(f.itemId);
    for (const id of [...f.mentionIds, ...(f.qualifiedBy ?? [])]) mentionIds.add(id);
  }
  for (const s of structure) for (const step of s.steps) itemIds.add(step.itemId);
  for (const c of commitments) itemIds.add(c.madeAt);

  const mentions = bundle.mentions.filter((m) => mentionIds.has(m.id));
  for (const m of mentions) if (m.itemId !== null) itemIds.add(m.itemId);

  const items = bundle.items.filter((i) => itemIds.has(i.id));
  const meetingIds = new Set<string>();
  for (const i of items) {
    issueIds.add(i.issueId);
    if (i.meetingId !== null) meetingIds.add(i.meetingId);
  }
  const issues = bundle.issues.filter((i) => issueIds.has(i.id));
  const meetings = bundle.meetings.filter((m) => meetingIds.has(m.id));
  const bodyIds = new Set(meetings.map((m) => m.bodyId));
  const bodies = bundle.bodies.filter((b) => bodyIds.has(b.id));

  const documentIds = new Set<string>();
  collectDocumentIds(
    [meetings, issues, items, mentions, figures, structure, commitments],
    documentIds,
  );
  const documents = bundle.documents.filter((d) => documentIds.has(d.id));

  return {
    schemaVersion: bundle.schemaVersion,
    generatedAt: bundle.generatedAt,
    asOf: bundle.asOf,
    council: bundle.council,
    documents,
    bodies,
    meetings,
    issues,
    items,
    mentions,
    figures,
    structure,
    commitments,
  };
}

/**
 * An issue's trail: the issue, its items and what was said at them (figures, structure steps,
 * commitments, mentions), with what those need.
 */
export function issueSubset(bundle: Bundle, issueId: string): Bundle {
  const itemIds = new Set(bundle.items.filter((i) => i.issueId === issueId).map((i) => i.id));
  const at = (itemId: string | null) => itemId !== null && itemIds.has(itemId);
  return bundleSubset(bundle, {
    issues: [issueId],
    items: itemIds,
    figures: bundle.figures.filter((f) => at(f.itemId)).map((f) => f.id),
    structure: bundle.structure
      .filter((s) => s.steps.some((step) => at(step.itemId)))
      .map((s) => s.id),
    commitments: bundle.commitments.filter((c) => at(c.madeAt)).map((c) => c.id),
    mentions: bundle.mentions.filter((m) => at(m.itemId)).map((m) => m.id),
  });
}
