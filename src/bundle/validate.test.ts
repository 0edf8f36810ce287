import seed from '../../public/data/bundle.json';
import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { validateBundle } from './validate.ts';

/**
 * A fresh, mutable copy of the seed bundle for each case, as the current version. These cases
 * are about records; whether the committed seed was regenerated at the current version is the
 * importer's seed test's question, and version 2 changed no record version 1 could hold.
 */
function seedCopy(): Record<string, unknown> & typeof seed {
  return { ...structuredClone(seed), schemaVersion: SCHEMA_VERSION };
}

function problemsOf(input: unknown) {
  const result = validateBundle(input);
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.problems;
}

describe('validateBundle', () => {
  it('accepts the seed bundle', () => {
    const result = validateBundle(seedCopy());
    expect(result.ok).toBe(true);
  });

  it('accepts undated meetings, decisions outside meetings, plans, facts and links', () => {
    expect(validateBundle(buildVersion2Bundle())).toMatchObject({ ok: true });
  });

  it('checks the quotes of what version 2 added against their document', () => {
    const bundle = buildVersion2Bundle();
    const issue = bundle.issues.find((i) => i.planned)!;
    issue.planned![0]!.source.quote = 'Decision due: never';
    issue.facts![0]!.source.quote = 'Lead member: nobody';
    const problems = problemsOf(bundle);
    const at = bundle.issues.indexOf(issue);
    expect(problems.map((p) => p.path)).toEqual([
      `issues[${at}].planned[0].source.quote`,
      `issues[${at}].facts[0].source.quote`,
    ]);
  });

  it.each([
    ['null', null],
    ['a list', []],
    ['a string', 'bundle'],
  ])('refuses %s as a whole, saying what it got', (_, input) => {
    expect(problemsOf(input)).toEqual([
      { path: '(the bundle itself)', message: expect.stringMatching(/^expected an object, got /) },
    ]);
  });

  it('refuses another schema version before reading anything else', () => {
    const bundle = { ...seedCopy(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(problemsOf(bundle)).toEqual([
      {
        path: 'schemaVersion',
        message: 'this app reads schema version 2, the bundle says number 3',
      },
    ]);
  });

  it('names the path and the expectation of a missing or mistyped field', () => {
    const bundle = seedCopy();
    delete (bundle.meetings[1] as Partial<(typeof bundle.meetings)[number]>).bodyId;
    (bundle.meetings[2] as { date: string }).date = '13/12/2010';
    const problems = problemsOf(bundle);
    expect(problems).toContainEqual({
      path: 'meetings[1].bodyId',
      message: 'is missing (expected string)',
    });
    expect(problems).toContainEqual({
      path: 'meetings[2].date',
      message: 'expected a date as YYYY-MM-DD, got "13/12/2010"',
    });
  });

  it('refuses a quote that does not match its document', () => {
    const bundle = seedCopy();
    bundle.figures[0]!.source.quote = '£999,999';
    expect(problemsOf(bundle)).toContainEqual({
      path: 'figures[0].source.quote',
      message: expect.stringContaining('does not match the text of document'),
    });
  });

  it('refuses a reference to a record that is not in the bundle', () => {
    const bundle = seedCopy();
    bundle.items[0]!.meetingId = 'no-such-meeting';
    expect(problemsOf(bundle)).toContainEqual({
      path: 'items[0].meetingId',
      message: 'points to meetings "no-such-meeting", which is not in the bundle',
    });
  });

  it('refuses an amount that is both a value and a range, or a reversed range', () => {
    const both = seedCopy();
    const f = both.figures.find((x) => 'low' in x)!;
    Object.assign(f, { value: 1 });
    expect(problemsOf(both)).toContainEqual({
      path: `figures[${both.figures.indexOf(f)}]`,
      message: 'must have either a value, or both low and high',
    });

    const reversed = seedCopy();
    const r = reversed.figures.find((x) => 'low' in x) as { low: number; high: number };
    [r.low, r.high] = [r.high, r.low];
    expect(problemsOf(reversed)).toContainEqual(
      expect.objectContaining({ message: 'low (1200000) is greater than high (800000)' }),
    );
  });

  it('refuses a date whose text does not match its precision', () => {
    const bundle = seedCopy();
    bundle.commitments[0]!.due = { date: '2011-04-01', precision: 'month' };
    expect(problemsOf(bundle)).toContainEqual({
      path: 'commitments[0].due',
      message: expect.stringContaining('date must match its precision'),
    });
  });

  it('refuses dates of the right shape that do not exist', () => {
    const bundle = seedCopy();
    (bundle.meetings[0] as { date: string }).date = '2010-02-31';
    bundle.commitments[0]!.due = { date: '2011-13', precision: 'month' };
    bundle.commitments[1]!.due = { date: '2011/15', precision: 'financial-year' };
    const problems = problemsOf(bundle);
    expect(problems).toContainEqual({
      path: 'meetings[0].date',
      message: 'is not a day that exists',
    });
    for (const i of [0, 1]) {
      expect(problems).toContainEqual({
        path: `commitments[${i}].due`,
        message:
          'is not a date that exists (a real day, a month 01-12, a financial year such as 2011/12)',
      });
    }
  });

  it('refuses an id used twice', () => {
    const bundle = seedCopy();
    bundle.commitments.push(structuredClone(bundle.commitments[0]!));
    expect(problemsOf(bundle)).toContainEqual({
      path: `commitments[${bundle.commitments.length - 1}].id`,
      message: `"${bundle.commitments[0]!.id}" is used twice`,
    });
  });
});
