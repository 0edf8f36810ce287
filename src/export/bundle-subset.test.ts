// @vitest-environment node
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildSyntheticBundle } from '~mocks/fixtures/synthetic-bundle.ts';
import { validateBundle } from '@/bundle/validate.ts';
import type { Bundle } from '@/bundle/schema.ts';
import { bundleSubset, issueSubset } from './bundle-subset.ts';

/** The subset as a download gives it: written out as text and read back. */
function roundTrip(bundle: Bundle): unknown {
  return JSON.parse(JSON.stringify(bundle));
}

const counts = (b: Bundle) => ({
  documents: b.documents.length,
  bodies: b.bodies.length,
  meetings: b.meetings.length,
  issues: b.issues.length,
  items: b.items.length,
  mentions: b.mentions.length,
  figures: b.figures.length,
  structure: b.structure.length,
  commitments: b.commitments.length,
});

describe('issueSubset', () => {
  it('on the seed, is the whole record of its one issue and passes the strict check', () => {
    const seed = buildSeedBundle();
    const subset = issueSubset(seed, seed.issues[0]!.id);
    const result = validateBundle(roundTrip(subset));
    expect(result).toMatchObject({ ok: true });
    expect(counts(subset)).toEqual(counts(seed));
  });

  // A council of many issues, where one issue's trail is a small part of the record.
  const council = buildSyntheticBundle({ years: 1, seed: 'subset', scale: 0.2 });
  const busy = council.issues.find((issue) => {
    const items = new Set(council.items.filter((i) => i.issueId === issue.id).map((i) => i.id));
    return (
      council.figures.some((f) => items.has(f.itemId)) &&
      council.commitments.some((c) => items.has(c.madeAt))
    );
  })!;

  it('keeps one issue’s items, figures, commitments and mentions, and what they point to', () => {
    expect(busy).toBeDefined();
    const subset = issueSubset(council, busy.id);
    const result = validateBundle(roundTrip(subset));
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));

    const itemIds = council.items.filter((i) => i.issueId === busy.id).map((i) => i.id);
    expect(subset.items.map((i) => i.id)).toEqual(expect.arrayContaining(itemIds));
    expect(subset.issues.map((i) => i.id)).toContain(busy.id);
    expect(subset.figures).toEqual(council.figures.filter((f) => itemIds.includes(f.itemId)));
    expect(subset.commitments).toEqual(
      council.commitments.filter((c) => itemIds.includes(c.madeAt)),
    );
    expect(subset.mentions.filter((m) => m.itemId !== null && itemIds.includes(m.itemId))).toEqual(
      council.mentions.filter((m) => m.itemId !== null && itemIds.includes(m.itemId)),
    );
  });

  it('leaves out the rest of the council', () => {
    const subset = issueSubset(council, busy.id);
    expect(subset.issues.length).toBeLessThan(council.issues.length);
    expect(subset.meetings.length).toBeLessThan(council.meetings.length);
    expect(subset.documents.length).toBeLessThan(council.documents.length);
    // Every document kept is one some kept record quotes.
    const quoted = new Set(JSON.stringify(subset).match(/"documentId":"[^"]+"/g));
    for (const doc of subset.documents) expect(quoted).toContain(`"documentId":"${doc.id}"`);
  });
});

describe('bundleSubset', () => {
  it('gives commitments with the items, meetings, bodies and documents they need, and no more', () => {
    const council = buildSyntheticBundle({ years: 1, seed: 'subset', scale: 0.2 });
    const subset = bundleSubset(council, { commitments: council.commitments.map((c) => c.id) });
    expect(validateBundle(roundTrip(subset))).toMatchObject({ ok: true });
    expect(subset.commitments).toEqual(council.commitments);
    expect(subset.figures).toEqual([]);
    expect(subset.mentions).toEqual([]);
    expect(new Set(subset.items.map((i) => i.id))).toEqual(
      new Set(council.commitments.map((c) => c.madeAt)),
    );
    expect(subset.generatedAt).toBe(council.generatedAt);
    expect(subset.asOf).toBe(council.asOf);
  });

  it('on the seed, keeps a figure’s mentions and the ones that qualify it', () => {
    const seed = buildSeedBundle();
    const qualified = seed.figures.find((f) => (f.qualifiedBy ?? []).length > 0)!;
    const subset = bundleSubset(seed, { figures: [qualified.id] });
    expect(validateBundle(roundTrip(subset))).toMatchObject({ ok: true });
    expect(subset.mentions.map((m) => m.id).sort()).toEqual(
      [...qualified.mentionIds, ...(qualified.qualifiedBy ?? [])].sort(),
    );
  });
});
