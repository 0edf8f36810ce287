// A view's JSON from a split record is the very subset a whole bundle gives, and keeps the schema.
import { buildIndex } from '@/bundle/indexes.ts';
import type { Bundle } from '@/bundle/schema.ts';
import { splitBundle } from '@/bundle/split-bundle.ts';
import { validateBundle } from '@/bundle/validate.ts';
import { bundleSubset, issueSubset } from '@/export/bundle-subset.ts';
import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { buildSyntheticBundle } from '~mocks/fixtures/synthetic-bundle.ts';
import type { LoadedBundle } from './bundle-query.ts';
import { cutSubset } from './record-subset.ts';

/** Mentions come from several files, so only their set, not their order, is the record's. */
const normal = (b: Bundle) => ({
  ...b,
  mentions: [...b.mentions].sort((x, y) => (x.id < y.id ? -1 : 1)),
});

function splitLoaded(bundle: Bundle) {
  const split = splitBundle(JSON.parse(JSON.stringify(bundle)) as Bundle);
  const details = new Map(split.details.map((d) => [d.issueId, d]));
  const reads: string[] = [];
  const loaded = {
    index: buildIndex(split.index),
    whole: null,
  } as unknown as LoadedBundle;
  const readIssue = (id: string) => {
    reads.push(id);
    return Promise.resolve(details.get(id)!);
  };
  return { loaded, readIssue, reads };
}

describe.each([
  ['decisions outside meetings', buildVersion2Bundle()],
  ['a synthetic council', buildSyntheticBundle({ years: 2, seed: 'subset', scale: 0.05 })],
])('subsets of %s, split', (_name, bundle) => {
  it('gives each issue’s trail as the whole bundle does, valid, reading only the files needed', async () => {
    const { loaded, readIssue, reads } = splitLoaded(bundle);
    for (const issue of bundle.issues.slice(0, 25)) {
      reads.length = 0;
      const cut = await cutSubset(loaded, readIssue, [issue.id], (w) => issueSubset(w, issue.id));
      expect(normal(cut)).toEqual(normal(issueSubset(bundle, issue.id)));
      expect(validateBundle(cut)).toMatchObject({ ok: true });
      expect(reads.length).toBeLessThan(bundle.issues.length);
    }
  });

  it('gives the commitments’ records as the whole bundle does', async () => {
    const { loaded, readIssue } = splitLoaded(bundle);
    const ids = bundle.commitments.map((c) => c.id);
    const issues = bundle.commitments.map(
      (c) => bundle.items.find((i) => i.id === c.madeAt)!.issueId,
    );
    const cut = await cutSubset(loaded, readIssue, issues, (w) =>
      bundleSubset(w, { commitments: ids }),
    );
    expect(normal(cut)).toEqual(normal(bundleSubset(bundle, { commitments: ids })));
    expect(validateBundle(cut)).toMatchObject({ ok: true });
  });
});
