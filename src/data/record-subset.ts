/**
 * The part of the record behind a view, as a whole bundle of its own (see
 * src/export/bundle-subset.ts), whichever form the record was loaded in. A whole bundle holds
 * everything already; from a split one, the issue files the subset needs are read first: those
 * of the issues it starts from, then of any item or quoted document it turns out to point to.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Bundle, IssueDetail } from '@/bundle/schema.ts';
import { collectDocumentIds } from '@/export/bundle-subset.ts';
import { bundleQueryOptions, useLoadedBundle, type LoadedBundle } from './bundle-query.ts';
import { useBundleSource } from './bundle-source.ts';
import { issueDetailQueryOptions } from './issue-detail-query.ts';

export type SubsetOf = (
  issueIds: readonly string[],
  subset: (whole: Bundle) => Bundle,
) => Promise<Bundle>;

/** The whole bundle that the index and these issue files make: what a subset is cut from. */
function assemble(loaded: LoadedBundle, details: readonly IssueDetail[]): Bundle {
  const { bundle: index } = loaded.index;
  // In the record's own order, which the index keeps for items and documents.
  const inOrder = <T extends { id: string }>(
    lists: readonly (readonly T[])[],
    order: readonly { id: string }[],
  ) => {
    const byId = new Map(lists.flat().map((r) => [r.id, r]));
    return order.flatMap((r) => byId.get(r.id) ?? []);
  };
  const mentions = new Map(
    [index.mentions, ...details.map((d) => d.mentions)].flat().map((m) => [m.id, m]),
  );
  return {
    schemaVersion: index.schemaVersion,
    generatedAt: index.generatedAt,
    asOf: index.asOf,
    council: index.council,
    documents: inOrder(
      details.map((d) => d.documents),
      index.documents,
    ),
    bodies: index.bodies,
    meetings: index.meetings,
    issues: index.issues,
    items: inOrder(
      details.map((d) => d.items),
      index.items,
    ),
    mentions: [...mentions.values()],
    figures: index.figures,
    structure: index.structure,
    commitments: index.commitments,
  };
}

/** Issues whose files hold what the subset points to but `whole` lacks. */
function missingIssues(loaded: LoadedBundle, whole: Bundle, subset: Bundle): Set<string> {
  const { itemById, documentById } = loaded.index;
  const items = new Set(whole.items.map((i) => i.id));
  const documents = new Set(whole.documents.map((d) => d.id));
  const wanted = new Set<string>();
  const needItem = (id: string | null) => {
    if (id !== null && !items.has(id)) wanted.add(itemById.get(id)?.issueId ?? '');
  };
  for (const f of subset.figures) needItem(f.itemId);
  for (const c of subset.commitments) needItem(c.madeAt);
  for (const s of subset.structure) for (const step of s.steps) needItem(step.itemId);
  for (const m of subset.mentions) needItem(m.itemId);
  const quoted = new Set<string>();
  collectDocumentIds(subset, quoted);
  for (const id of quoted) {
    if (!documents.has(id)) wanted.add(documentById.get(id)?.issueId ?? '');
  }
  wanted.delete('');
  return wanted;
}

/**
 * Cuts a subset from a loaded record. From a split one, each round reads the issue files the
 * last one found missing (`readIssue`); a record points only so far, so a few rounds suffice.
 */
export async function cutSubset(
  loaded: LoadedBundle,
  readIssue: (issueId: string) => Promise<IssueDetail>,
  issueIds: readonly string[],
  subset: (whole: Bundle) => Bundle,
): Promise<Bundle> {
  if (loaded.whole) return subset(loaded.whole);
  const read = new Set(issueIds);
  let result: Bundle | null = null;
  for (let round = 0; round < 4; round += 1) {
    const whole = assemble(loaded, await Promise.all([...read].map(readIssue)));
    result = subset(whole);
    const more = [...missingIssues(loaded, whole, result)].filter((id) => !read.has(id));
    if (more.length === 0) break;
    for (const id of more) read.add(id);
  }
  return result!;
}

/** Cuts a subset from the loaded record, reading the issue files it needs; null while loading. */
export function useRecordSubset(): SubsetOf | null {
  const loaded = useLoadedBundle().data;
  const client = useQueryClient();
  const { source } = useBundleSource();
  const subsetOf = useCallback<SubsetOf>(
    async (issueIds, subset) =>
      cutSubset(
        await client.ensureQueryData(bundleQueryOptions(source)),
        (id) => client.ensureQueryData(issueDetailQueryOptions(source, id)),
        issueIds,
        subset,
      ),
    [client, source],
  );
  return loaded ? subsetOf : null;
}
