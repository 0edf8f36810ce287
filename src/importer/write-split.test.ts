// @vitest-environment node
// Writing the split form: the folder is replaced whole, a folder of someone else's files is
// never touched, and `bundle --split` writes what the app reads.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildValidBundle, buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { loadBundleIndex, loadIssueDetail } from '../bundle/load-bundle.ts';
import { main } from './command-line.ts';
import { SplitFolderError, writeSplitBundle } from './write-split.ts';

const folder = mkdtempSync(join(tmpdir(), 'civic-trail-split-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('writeSplitBundle', () => {
  it('writes the index, one file per issue, search texts and the schema', () => {
    const bundle = buildValidBundle();
    const dir = join(folder, 'first');
    const written = writeSplitBundle(bundle, dir);
    expect(readdirSync(dir).sort()).toEqual([
      'bundle.schema.json',
      'index.json',
      'issues',
      'search.json',
    ]);
    expect(readdirSync(join(dir, 'issues')).sort()).toEqual(
      bundle.issues.map((i) => `${i.id}.json`).sort(),
    );
    expect(written.files).toBe(3 + bundle.issues.length);
    // No temporary folder is left beside it.
    expect(readdirSync(folder)).toEqual(['first']);
  });

  it('replaces an earlier split whole, so no issue of the old record lingers', () => {
    const dir = join(folder, 'again');
    writeSplitBundle(buildValidBundle(), dir);
    const next = buildVersion2Bundle();
    writeSplitBundle(next, dir);
    expect(readdirSync(join(dir, 'issues')).sort()).toEqual(
      next.issues.map((i) => `${i.id}.json`).sort(),
    );
  });

  it('never replaces a folder that holds something else, and leaves it as it was', () => {
    const dir = join(folder, 'someone-elses');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(() => writeSplitBundle(buildValidBundle(), dir)).toThrow(SplitFolderError);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});

describe('civic-trail bundle --split', () => {
  const ROOT = join(import.meta.dirname, '../..');
  function run(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    return main(argv, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: ROOT,
    }).then((status) => ({ status, stdout, stderr }));
  }

  it('writes the seed split into the folder given, and nothing else', async () => {
    const dir = join(folder, 'seed-split');
    const { status, stdout, stderr } = await run('bundle', '--split', dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^wrote 4 files to .*seed-split \(index\.json [\d.]+ KB/);
    const loaded = loadBundleIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
    expect(loaded.ok && loaded.report.setAside).toEqual([]);
  });

  it('says plainly when the folder holds someone else’s files', async () => {
    const dir = join(folder, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'x');
    const { status, stderr } = await run('bundle', '--split', dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/taken is not empty and holds no index\.json/);
    expect(existsSync(join(dir, 'index.json'))).toBe(false);
  });

  it('splits pages of many issues that share meeting pages, every file read with nothing set aside', async () => {
    const dir = join(folder, 'real-pages');
    const { status } = await run('import', '--split', dir, 'src/importer/test-pages/real/');
    expect(status).toBe(0);
    const index = loadBundleIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
    expect(index.ok && index.report.setAside).toEqual([]);
    if (!index.ok) return;
    expect(index.index.issues.length).toBeGreaterThan(5);
    const meetingIds = index.index.meetings.map((m) => m.id);
    for (const issue of index.index.issues) {
      const text = readFileSync(join(dir, 'issues', `${issue.id}.json`), 'utf8');
      const detail = loadIssueDetail(JSON.parse(text), { issueId: issue.id, meetingIds });
      expect(detail.ok && detail.report.setAside).toEqual([]);
    }
  });
});
