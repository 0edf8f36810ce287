// @vitest-environment node
// `npm run synth`: its arguments, what it writes, that the app's loader reads what it wrote, and
// that a council breaking the schema is never written.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle, loadBundleIndex, loadIssueDetail } from '../bundle/load-bundle.ts';
import { buildCouncil } from './build-council.ts';
import { main, parseArgs, USAGE } from './command-line.ts';
import { InvalidCouncilError, writeCouncil } from './write-council.ts';

const folder = mkdtempSync(join(tmpdir(), 'civic-trail-synth-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: folder,
  });
  return { status, stdout, stderr };
}

describe('npm run synth', () => {
  it.each([
    [[], '--years is required'],
    [['--years', '10'], '--seed is required'],
    [['--years', '0', '--seed', '1'], '--years must be a whole number from 1 to 20, not "0"'],
    [['--years', '21', '--seed', '1'], 'from 1 to 20, not "21"'],
    [['--years', 'ten', '--seed', '1'], 'not "ten"'],
    [['--years', '2.5', '--seed', '1'], 'not "2.5"'],
    [['--years', '1', '--seed', ''], '--seed must not be empty'],
    [['--years', '1', '--seed'], '--seed needs a value'],
    [['--years', '--seed', '1'], '--years needs a value'],
    [['--years', '1', '--seed', '1', '--colour', 'red'], 'unknown argument "--colour"'],
    [['--years', '1', '--years', '2', '--seed', '1'], '--years is given twice'],
  ])('refuses %j with a reason and the usage, status 2', (argv, reason) => {
    const { status, stderr, stdout } = run(...argv);
    expect(status).toBe(2);
    expect(stderr).toContain(reason);
    expect(stderr).toContain(USAGE);
    expect(stdout).toBe('');
  });

  it('takes any seed, a word or a number, and --flag=value', () => {
    expect(parseArgs(['--years=3', '--seed=harbour town'])).toEqual({
      years: 3,
      seed: 'harbour town',
      out: 'public/synth',
      split: null,
    });
    expect(parseArgs(['--seed', '-7', '--years', '20', '--out', 'x'])).toEqual({
      years: 20,
      seed: '-7',
      out: 'x',
      split: null,
    });
    // --split alone writes only the split form; with --out, both.
    expect(parseArgs(['--years', '1', '--seed', '1', '--split', 'y'])).toMatchObject({
      out: null,
      split: 'y',
    });
  });

  it('prints the usage for --help', () => {
    const { status, stdout } = run('--help');
    expect(status).toBe(0);
    expect(stdout).toBe(USAGE);
  });

  it('writes a bundle and its JSON Schema that the app loads with nothing set aside', () => {
    const { status, stdout, stderr } = run('--years', '1', '--seed', '7', '--out', 'council');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^wrote council\/bundle\.json \([\d.]+ MB\) and council\/bundle\.schema\.json/,
    );
    const loaded = loadBundle(
      JSON.parse(readFileSync(join(folder, 'council', 'bundle.json'), 'utf8')),
    );
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.report.setAside).toEqual([]);
    expect(loaded.report.counts.meetings.shown).toBeGreaterThan(270);
    const schema = JSON.parse(readFileSync(join(folder, 'council', 'bundle.schema.json'), 'utf8'));
    expect(schema.$schema).toContain('2020-12');
  });

  it('writes the split form that the app loads, index and every detail file, with nothing set aside', () => {
    const { status, stdout, stderr } = run('--years', '1', '--seed', '7', '--split', 'split');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^wrote \d+ files to split \(index\.json [\d.]+ [KM]B, [\d.]+ MB in all\)/,
    );
    const read = (path: string) => JSON.parse(readFileSync(join(folder, 'split', path), 'utf8'));
    const index = loadBundleIndex(read('index.json'));
    expect(index.ok).toBe(true);
    if (!index.ok) return;
    expect(index.report.setAside).toEqual([]);
    const meetingIds = index.index.meetings.map((m) => m.id);
    for (const issue of index.index.issues) {
      const detail = loadIssueDetail(read(`issues/${issue.id}.json`), {
        issueId: issue.id,
        meetingIds,
      });
      expect(detail.ok && detail.report.setAside).toEqual([]);
    }
    expect(existsSync(join(folder, 'split', 'bundle.json'))).toBe(false);
  });

  it('refuses to write a council that breaks the schema, and says why', () => {
    const bundle = buildCouncil({ years: 1, seed: 'broken', scale: 0.05 });
    bundle.items[0]!.source.quote = 'words the page does not have';
    const out = join(folder, 'broken');
    let caught: unknown;
    try {
      writeCouncil(bundle, out);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidCouncilError);
    expect((caught as InvalidCouncilError).problems.map((p) => p.message).join('\n')).toContain(
      'does not match',
    );
    expect(existsSync(out)).toBe(false);
  });
});
