// @vitest-environment node
// The split form: cut from a whole bundle, it must lose nothing, read back with nothing set
// aside, and keep the published JSON Schema.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  buildEmptyBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildSyntheticBundle } from '~mocks/fixtures/synthetic-bundle.ts';
import { bundleJsonSchema } from './json-schema.ts';
import { loadBundleIndex, loadIssueDetail } from './load-bundle.ts';
import type { Bundle } from './schema.ts';
import { headOfItem, splitBundle } from './split-bundle.ts';

const bundles: [string, () => Bundle][] = [
  ['the seed', buildSeedBundle],
  ['the valid fixture', buildValidBundle],
  ['decisions outside meetings', buildVersion2Bundle],
  ['an empty record', buildEmptyBundle],
  ['a synthetic council', () => buildSyntheticBundle({ years: 2, seed: 'split', scale: 0.05 })],
];

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe.each(bundles)('splitting %s', (_name, build) => {
  const bundle = build();
  const split = splitBundle(bundle);
  // Through JSON, as a reader gets the files.
  const index = JSON.parse(JSON.stringify(split.index)) as unknown;
  const details = split.details.map((d) => JSON.parse(JSON.stringify(d)) as unknown);

  it('gives an index the app reads with nothing set aside', () => {
    const loaded = loadBundleIndex(index, { exactVersion: true });
    expect(loaded.ok && loaded.report.setAside).toEqual([]);
  });

  it('gives one detail file per issue, each read with nothing set aside', () => {
    expect(split.details.map((d) => d.issueId)).toEqual(bundle.issues.map((i) => i.id));
    const meetingIds = bundle.meetings.map((m) => m.id);
    split.details.forEach((detail, i) => {
      const loaded = loadIssueDetail(details[i], { issueId: detail.issueId, meetingIds });
      expect(loaded.ok && loaded.report.setAside).toEqual([]);
    });
  });

  it('loses nothing: every item and mention is in a detail file, in full', () => {
    expect(byId(split.details.flatMap((d) => d.items))).toEqual(byId(bundle.items));
    const inItems = bundle.mentions.filter((m) => m.itemId !== null);
    const placed = split.details.flatMap((d) => d.mentions).filter((m) => m.itemId !== null);
    expect(byId(placed)).toEqual(byId(inItems));
    expect(split.index.items).toEqual(bundle.items.map(headOfItem));
  });

  it('keeps each document whole in the detail file its head names', () => {
    for (const head of split.index.documents) {
      if (head.issueId === null) continue;
      const detail = split.details.find((d) => d.issueId === head.issueId)!;
      expect(detail.documents.find((d) => d.id === head.id)).toEqual(
        bundle.documents.find((d) => d.id === head.id),
      );
    }
  });

  it('holds in its index the mention kinds it names, and every mention a figure points to', () => {
    const kinds = new Set(split.index.mentionKinds);
    const indexed = new Set(split.index.mentions.map((m) => m.id));
    for (const m of bundle.mentions) if (kinds.has(m.kind)) expect(indexed.has(m.id)).toBe(true);
    for (const f of bundle.figures) {
      for (const id of [...f.mentionIds, ...(f.qualifiedBy ?? [])])
        expect(indexed.has(id)).toBe(true);
    }
  });

  it('keeps the JSON Schema: whole bundle, index and every detail file', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(bundleJsonSchema());
    for (const file of [bundle, index, ...details]) {
      expect(validate(JSON.parse(JSON.stringify(file))), JSON.stringify(validate.errors)).toBe(
        true,
      );
    }
  });
});

describe('the JSON Schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(bundleJsonSchema());

  it('refuses an index whose items are in full, or a detail file with no issue named', () => {
    const bundle = buildValidBundle();
    const split = splitBundle(bundle);
    expect(validate({ ...split.index, items: bundle.items })).toBe(false);
    const nameless: Record<string, unknown> = { ...split.details[0]! };
    delete nameless.issueId;
    expect(validate(nameless)).toBe(false);
  });
});

describe('reading a detail file', () => {
  const bundle = buildValidBundle();
  const split = splitBundle(bundle);
  const meetingIds = bundle.meetings.map((m) => m.id);

  it('refuses the detail of another issue', () => {
    const [first, second] = split.details;
    const loaded = loadIssueDetail(first, { issueId: second!.issueId, meetingIds });
    expect(loaded.ok).toBe(false);
  });

  it('sets aside an item whose quote is not its document’s text, and says where', () => {
    const detail = structuredClone(split.details.find((d) => d.items.length > 0)!);
    detail.items[0]!.source.quote = 'words the page does not have';
    const loaded = loadIssueDetail(detail, { issueId: detail.issueId, meetingIds });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.report.setAside[0]?.problems[0]).toMatchObject({
      path: 'items[0].source.quote',
    });
  });

  it('sets aside an item at a meeting the index does not hold', () => {
    const detail = structuredClone(split.details.find((d) => d.items.length > 0)!);
    const loaded = loadIssueDetail(detail, { issueId: detail.issueId, meetingIds: [] });
    expect(loaded.ok && loaded.report.counts.items.setAside).toBeGreaterThan(0);
  });
});
