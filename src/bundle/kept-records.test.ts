// @vitest-environment node
// Where the worker's reading kept every record as read, the page uses its own parse of the same
// text instead of the worker's result: the two must be the same bundle, and every reading that
// changed something must say so.
import { describe, expect, it } from 'vitest';
import {
  buildEmptyBundle,
  buildValidBundle,
  buildVersion1Bundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildSyntheticBundle } from '~mocks/fixtures/synthetic-bundle.ts';
import { indexOf, keptAsRead, wholeOf } from './kept-records.ts';
import { loadBundle, loadBundleIndex } from './load-bundle.ts';
import { splitBundle } from './split-bundle.ts';

type Json = Record<string, unknown>;
const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;

const wholes: [string, () => unknown][] = [
  ['the seed', buildSeedBundle],
  ['the valid fixture', buildValidBundle],
  ['decisions outside meetings', buildVersion2Bundle],
  ['a version 1 bundle', buildVersion1Bundle],
  ['an empty record', buildEmptyBundle],
  ['a synthetic council', () => buildSyntheticBundle({ years: 2, seed: 'kept', scale: 0.05 })],
];

describe.each(wholes)('%s, read as it came', (_name, build) => {
  it('is, as parsed, the bundle the reading returns', () => {
    const input = throughJson(build());
    const read = loadBundle(input);
    expect(read.ok && keptAsRead(read.report)).toBe(true);
    expect(read.ok && wholeOf(input, input.council ?? null, input)).toEqual(read.ok && read.bundle);
  });

  it('as a split index, is the index the reading returns', () => {
    const input = throughJson(splitBundle(throughJson(build()) as never).index);
    const read = loadBundleIndex(input);
    expect(read.ok && keptAsRead(read.report)).toBe(true);
    expect(read.ok && indexOf(input, input.council ?? null, input)).toEqual(read.ok && read.index);
  });
});

describe('a reading that changed something', () => {
  it('is not kept as read where a record was set aside', () => {
    const input = throughJson(buildValidBundle());
    (input.meetings as Json[])[0]!.date = 'not a date';
    const read = loadBundle(input);
    expect(read.ok && read.report.setAside.length).toBeGreaterThan(0);
    expect(read.ok && keptAsRead(read.report)).toBe(false);
  });

  it('is not kept as read where a field the app does not know was dropped', () => {
    const input = throughJson(buildValidBundle());
    (input.bodies as Json[])[0]!.nickname = 'the old board';
    const read = loadBundle(input);
    expect(read.ok && read.report.setAside).toEqual([]);
    expect(read.ok && (read.bundle.bodies[0] as Json).nickname).toBeUndefined();
    expect(read.ok && keptAsRead(read.report)).toBe(false);
  });

  it('keeps a newer version readable, named as this one', () => {
    const input: Json = { ...throughJson(buildValidBundle()), schemaVersion: 99 };
    const read = loadBundle(input);
    expect(read.ok && keptAsRead(read.report)).toBe(true);
    expect(wholeOf(input, input.council, input).schemaVersion).toBe(
      read.ok && read.bundle.schemaVersion,
    );
  });
});
