import type { BundleIndex } from '@/bundle/indexes.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { useRecordSubset } from '@/data/record-subset.ts';
import { bundleSubset, type SubsetSeeds } from '@/export/bundle-subset.ts';
import { jsonAction } from './download-actions.ts';
import { Downloads } from './downloads.tsx';

/**
 * The records a view is drawn from, as JSON that validates as a bundle of its own: the seeds and
 * everything they point to. `itemIds` name the items the seeds sit at, so that a split record
 * reads those issues' files first.
 */
export function RecordsDownload({
  label,
  seeds,
  itemIds,
}: {
  label: string;
  seeds: (index: BundleIndex) => SubsetSeeds;
  itemIds: (index: BundleIndex) => Iterable<string>;
}) {
  const index = useBundleIndex().data;
  const subsetOf = useRecordSubset();
  if (!index || !subsetOf) return null;
  const issues = new Set<string>();
  for (const id of itemIds(index)) {
    const issueId = index.itemById.get(id)?.issueId;
    if (issueId) issues.add(issueId);
  }
  return (
    <Downloads
      label={label}
      actions={[
        jsonAction(label, () =>
          subsetOf([...issues], (whole) => bundleSubset(whole, seeds(index))),
        ),
      ]}
    />
  );
}
