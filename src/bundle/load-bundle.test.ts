// @vitest-environment node
import fc from 'fast-check';
import seed from '../../public/data/bundle.json';
import { buildVersion1Bundle, buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { COLLECTIONS, loadBundle, type LoadResult } from './load-bundle.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { validateBundle } from './validate.ts';

type Json = unknown;
const seedCopy = () => structuredClone(seed) as Record<string, unknown> & typeof seed;

function loaded(result: LoadResult) {
  if (!result.ok)
    throw new Error(`expected the bundle to load: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('loadBundle', () => {
  it('keeps every record of the seed and reports nothing', () => {
    const { report, bundle } = loaded(loadBundle(seedCopy()));
    expect(report.setAside).toEqual([]);
    expect(report.notices).toEqual([]);
    for (const name of COLLECTIONS) {
      expect(report.counts[name]).toEqual({
        total: seed[name].length,
        shown: seed[name].length,
        setAside: 0,
      });
    }
    // Whatever version the seed was written at, the app holds it as the version it reads.
    expect(report.schemaVersion).toBe(seed.schemaVersion);
    expect(bundle).toEqual({ ...seed, schemaVersion: SCHEMA_VERSION });
  });

  it('reads a version 1 bundle as it is, with no notice', () => {
    const v1 = buildVersion1Bundle();
    const { report, bundle } = loaded(loadBundle(v1));
    expect(report.schemaVersion).toBe(1);
    expect(report.notices).toEqual([]);
    expect(report.setAside).toEqual([]);
    expect(bundle).toEqual({ ...v1, schemaVersion: SCHEMA_VERSION });
  });

  it('keeps everything version 2 added, nulls included', () => {
    const v2 = buildVersion2Bundle();
    const { report, bundle } = loaded(loadBundle(v2));
    expect(report.setAside).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(bundle).toEqual(v2);
    expect(bundle.meetings.some((m) => m.date === null)).toBe(true);
    expect(bundle.items.some((i) => i.meetingId === null)).toBe(true);
  });

  it('refuses version 1 where the exact version is asked for, as the importer does', () => {
    expect(loadBundle(buildVersion1Bundle(), { exactVersion: true })).toEqual({
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: 'this app reads schema version 2, the bundle says number 1',
        },
      ],
    });
  });

  it('sets aside a record with a dangling reference, and the records that lean on it', () => {
    const input = seedCopy();
    const cabinet = input.items.findIndex((i) => i.id === '2010-11-16-cabinet-item-5');
    input.items[cabinet]!.meetingId = 'no-such-meeting';
    const { report, bundle } = loaded(loadBundle(input));

    expect(report.counts.items).toEqual({ total: 3, shown: 2, setAside: 1 });
    expect(report.setAside[0]).toEqual({
      kind: 'items',
      index: cabinet,
      id: '2010-11-16-cabinet-item-5',
      problems: [
        {
          path: `items[${cabinet}].meetingId`,
          message: 'points to meetings "no-such-meeting", which is not in the bundle',
        },
      ],
      knockOn: false,
    });
    // The £80,000 cost was raised at that item, so it goes too, marked as a knock-on.
    const cost = report.setAside.find((r) => r.id === 'transition-one-off-resource');
    expect(cost).toMatchObject({ kind: 'figures', knockOn: true });
    expect(bundle.figures.map((f) => f.id)).not.toContain('transition-one-off-resource');
    expect(validateBundle(bundle)).toMatchObject({ ok: true });
  });

  it('checks the quotes of remarks and further sources, and what a figure is qualified by', () => {
    const input = seedCopy();
    const council = input.items.findIndex((i) => i.id === '2010-12-13-council-item-14');
    input.items[council]!.remarks![1]!.source.quote = 'A member was delighted';
    const phase2 = input.commitments.findIndex((c) => c.id === 'phase-2-by-october-2012');
    input.commitments[phase2]!.furtherSources![0]!.start += 1;
    const saving = input.figures.findIndex((f) => f.id === 'commissioning-indicative-saving');
    input.figures[saving]!.qualifiedBy = ['no-such-mention'];
    const { report } = loaded(loadBundle(input));
    const causes = report.setAside.filter((r) => !r.knockOn);
    expect(causes.map((r) => [r.id, r.problems.map((p) => p.path)])).toEqual([
      ['2010-12-13-council-item-14', [`items[${council}].remarks[1].source.quote`]],
      ['commissioning-indicative-saving', [`figures[${saving}].qualifiedBy[0]`]],
      ['phase-2-by-october-2012', [`commitments[${phase2}].furtherSources[0].quote`]],
    ]);
  });

  it('reads a newer version as far as it can, and says so', () => {
    const newer = SCHEMA_VERSION + 1;
    const input = { ...seedCopy(), schemaVersion: newer, translations: {} };
    (input.bodies[0] as Record<string, unknown>).website = 'https://example.org';
    const { report } = loaded(loadBundle(input));
    expect(report.schemaVersion).toBe(newer);
    expect(report.notices).toEqual([
      { kind: 'newer-version', version: newer },
      {
        kind: 'unknown-fields',
        fields: [
          { path: 'translations', records: 1 },
          { path: 'bodies[].website', records: 1 },
        ],
      },
    ]);
  });

  it.each([
    [0, 'this app reads schema version 2, the bundle says number 0; it reads versions 1 and 2'],
    ['1', 'this app reads schema version 2, the bundle says "1"'],
    [undefined, 'this app reads schema version 2, the bundle says nothing'],
  ])('refuses schema version %s with the reason', (version, message) => {
    expect(loadBundle({ ...seedCopy(), schemaVersion: version })).toEqual({
      ok: false,
      problems: [{ path: 'schemaVersion', message }],
    });
  });

  it('refuses a bundle whose header or lists are unreadable, naming the path', () => {
    expect(loadBundle({ ...seedCopy(), items: {} })).toEqual({
      ok: false,
      problems: [{ path: 'items', message: 'expected a list, got an object' }],
    });
    const noAsOf: Record<string, unknown> = seedCopy();
    delete noAsOf.asOf;
    expect(loadBundle(noAsOf)).toEqual({
      ok: false,
      problems: [{ path: 'asOf', message: 'is missing (expected string)' }],
    });
  });

  it('sets aside an unreadable council but keeps the rest', () => {
    const { report, bundle } = loaded(loadBundle({ ...seedCopy(), council: { name: 42 } }));
    expect(bundle.council).toBeNull();
    expect(report.counts.council).toEqual({ total: 1, shown: 0, setAside: 1 });
    expect(report.counts.items.shown).toBe(3);
  });
});

/** Every path in the seed, so a mutation can land anywhere: leaves, records and lists. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

const HOSTILE = [
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=1</script>',
  'javascript:globalThis.__pwned=1',
  '<svg onload="globalThis.__pwned=1"/>',
  '{{constructor.constructor("globalThis.__pwned=1")()}}',
  '__proto__',
];

const mutation = fc.oneof(
  fc.constant({ op: 'remove' as const }),
  fc.constantFrom<Json>(null, true, 0, -1, 1e308, 'NaN', 'Infinity', '', [], {}).map((v) => ({
    op: 'set' as const,
    value: v,
  })),
  fc.constantFrom(...HOSTILE).map((v) => ({ op: 'set' as const, value: v })),
  fc.constant({ op: 'duplicate' as const }),
  fc.constant({ op: 'empty' as const }),
);

function mutate(
  root: Record<string, unknown>,
  path: (string | number)[],
  m: { op: string; value?: Json },
) {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  let parent: unknown = root;
  for (const k of parentPath) parent = (parent as Record<string | number, unknown>)[k];
  const container = parent as Record<string | number, unknown>;
  const current = container[key];
  if (m.op === 'remove') {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key];
  } else if (m.op === 'set') container[key] = m.value;
  else if (m.op === 'duplicate' && Array.isArray(container))
    container.push(structuredClone(current));
  else if (m.op === 'empty' && Array.isArray(current)) container[key] = [];
  else container[key] = m.value ?? null;
}

describe('loadBundle on 10,000 mutated bundles', () => {
  const paths = pathsOf(seed);

  it('never throws, accounts for every record, and keeps only valid records', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(paths.length - 1), mutation), { minLength: 1, maxLength: 4 }),
        (mutations) => {
          const input = seedCopy();
          for (const [p, m] of mutations) {
            try {
              mutate(input, paths[p]!, m);
            } catch {
              // An earlier mutation removed this path; the others still apply.
            }
          }
          const result = loadBundle(input);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            return;
          }
          const { report, bundle } = result;
          for (const name of COLLECTIONS) {
            const count = report.counts[name];
            expect(count.total).toBe((input[name] as unknown[]).length);
            expect(count.shown + count.setAside).toBe(count.total);
            expect(bundle[name]).toHaveLength(count.shown);
            expect(report.setAside.filter((r) => r.kind === name)).toHaveLength(count.setAside);
          }
          expect(validateBundle(bundle)).toMatchObject({ ok: true });
          expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
        },
      ),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
