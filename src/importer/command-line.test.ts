// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './command-line.ts';
import { BAD_DATE, NO_MEETINGS, runCommand } from './test-pages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED_PAGE = 'strategic-commissioning.moderngov-issue.txt';
const SEED_ANNOTATION = 'strategic-commissioning.annotations.yaml';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'civic-trail-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCommand(dir, ...argv);

const outputs = () => ({
  bundle: readFileSync(join(dir, 'public/data/bundle.json')),
  schema: readFileSync(join(dir, 'public/data/bundle.schema.json')),
});

describe('bundle', () => {
  it('writes the same bytes on every run, ending in a newline', async () => {
    const first = await run('bundle');
    expect(first).toMatchObject({ status: 0, stderr: '' });
    expect(first.stdout).toMatch(
      /^wrote public\/data\/bundle\.json and public\/data\/bundle\.schema\.json: 3 items/,
    );
    const before = outputs();
    expect((await run('bundle')).status).toBe(0);
    const after = outputs();
    expect(after.bundle.equals(before.bundle)).toBe(true);
    expect(after.schema.equals(before.schema)).toBe(true);
    expect(before.bundle.toString('utf8').endsWith('}\n')).toBe(true);
  });

  it('leaves no temp files behind', async () => {
    await run('bundle');
    expect(
      spawnSync('ls', ['-A', join(dir, 'public/data')])
        .stdout.toString()
        .trim()
        .split('\n'),
    ).toEqual(['bundle.json', 'bundle.schema.json']);
  });

  describe('on bad input, reports FILE:LINE and leaves the existing bundle byte for byte', () => {
    const cases: Array<[string, () => void, string]> = [
      [
        'an empty page',
        () => writeFileSync(join(dir, 'seeds/empty.txt'), ''),
        'seeds/empty.txt:1: error: the file is empty\n',
      ],
      [
        'a binary page',
        () =>
          writeFileSync(
            join(dir, 'seeds/scan.txt'),
            Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0xff]),
          ),
        'seeds/scan.txt:2: error: this is a binary file, not a saved text or HTML page\n',
      ],
      [
        'a page with no meeting headers',
        () => writeFileSync(join(dir, 'seeds/parking.txt'), NO_MEETINGS),
        'seeds/parking.txt:1: error: no "Meeting: DD/MM/YYYY - Body (Item N)" lines and no item with a report: this is not a ModernGov "Issue - meetings" page, or it lists no meetings\n',
      ],
      [
        'an impossible date',
        () => writeFileSync(join(dir, 'seeds/parking.txt'), BAD_DATE),
        'seeds/parking.txt:5: error: impossible date "31/02/2010": February 2010 has 28 days\n',
      ],
      [
        'an annotation whose quote is missing',
        () => {
          const path = join(dir, 'seeds', SEED_ANNOTATION);
          writeFileSync(
            path,
            readFileSync(path, 'utf8').replace(
              'quote: It be recommended that Council approves',
              'quote: be approved',
            ),
          );
        },
        `seeds/${SEED_ANNOTATION}:27:12: error: outcome 1: quote not found in ${SEED_PAGE}: "be approved"\n`,
      ],
      [
        'an annotation without its page',
        () => writeFileSync(join(dir, 'seeds/orphan.annotations.yaml'), 'page: orphan.txt\n'),
        'seeds/orphan.annotations.yaml:1: error: no page named orphan.*.txt or .html beside this annotation file\n',
      ],
    ];

    it.each(cases)('%s', async (_name, breakSeeds, message) => {
      expect((await run('bundle')).status).toBe(0);
      const before = outputs();
      breakSeeds();
      const result = await run('bundle');
      expect(result).toEqual({ status: 1, stdout: '', stderr: message });
      const after = outputs();
      expect(after.bundle.equals(before.bundle)).toBe(true);
      expect(after.schema.equals(before.schema)).toBe(true);
    });
  });

  it('reports a missing seeds folder', async () => {
    expect(await run('bundle', '--seeds', 'nowhere')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'nowhere:1: error: cannot read the seeds folder (no such file or folder)\n',
    });
  });
});

describe('import', () => {
  it('prints the bundle for a page with its annotation file', async () => {
    const result = await run('import', `seeds/${SEED_PAGE}`);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    await run('bundle');
    expect(result.stdout).toBe(outputs().bundle.toString('utf8'));
  });

  it('prints a page without an annotation file, with nothing read into it', async () => {
    rmSync(join(dir, 'seeds', SEED_ANNOTATION));
    const result = await run('import', `seeds/${SEED_PAGE}`);
    expect(result.status).toBe(0);
    const bundle = JSON.parse(result.stdout);
    expect(bundle.council).toBeNull();
    expect(bundle.figures).toEqual([]);
    expect(bundle.generatedAt).toBe('2010-12-13T00:00:00Z');
    expect(bundle.items.map((i: { outcome: { value: string } }) => i.outcome.value)).toEqual([
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('prints warnings as FILE:LINE: warning', async () => {
    writeFileSync(
      join(dir, 'page.txt'),
      BAD_DATE.replace('31/02/2010', '28/02/2010').replace('3 Parking', '4 Parking'),
    );
    const result = await run('import', 'page.txt');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'page.txt:7: warning: item number 4 differs from "(Item 3)" in the meeting line\n',
    );
  });

  it('reports a file it cannot read', async () => {
    expect(await run('import', 'missing.txt')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'missing.txt:1: error: cannot read the file (no such file or folder)\n',
    });
  });

  it('turns an unexpected failure into one line and status 2', async () => {
    const errors: string[] = [];
    const result = await main(['import', join(ROOT, 'seeds', SEED_PAGE)], {
      stdout: () => {
        throw new Error('disk full\n    at somewhere');
      },
      stderr: (t) => errors.push(t),
      cwd: dir,
    });
    expect(result).toBe(2);
    expect(errors).toEqual(['civic-trail: internal error: disk full\n']);
  });

  it('runs under tsx as npm runs it, with no stack trace', () => {
    writeFileSync(join(dir, 'bad.txt'), BAD_DATE);
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        join(ROOT, 'src/importer/cli.ts'),
        'import',
        'bad.txt',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'bad.txt:5: error: impossible date "31/02/2010": February 2010 has 28 days\n',
    );
  });
});

describe('usage', () => {
  it('explains itself for an unknown command', async () => {
    const result = await run('frobnicate');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^civic-trail: unknown command "frobnicate"\nusage:/);
  });
});
