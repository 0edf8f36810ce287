// @vitest-environment node
// `import FILE_OR_DIR...`: folders are read recursively, in a fixed order, and an unusable page
// anywhere is an error with its file, after every other page has been read.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from './test-pages.ts';

const PAGES = fileURLToPath(new URL('./test-pages', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'civic-trail-folders-'));
  mkdirSync(join(dir, 'council/2019/xml'), { recursive: true });
  cpSync(join(PAGES, 'harbour-walls.moderngov-issue.html'), join(dir, 'council/harbour.html'));
  cpSync(join(PAGES, 'waste-rounds.decision-details.txt'), join(dir, 'council/2019/waste.txt'));
  cpSync(join(PAGES, 'cabinet-meeting.getmeeting.xml'), join(dir, 'council/2019/xml/cab.xml'));
  writeFileSync(join(dir, 'council/2019/notes.md'), 'not a page');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCommand(dir, ...argv);

const CAB_NO_COMMITTEE =
  'council/2019/xml/cab.xml:23: warning: the reply names no committee for the meeting; "Cabinet" is read from refertocommittee and marked as inferred';

describe('import with folders', () => {
  it('reads every page under a folder, at any depth, skipping files that are not pages', async () => {
    const result = await run('import', 'council');
    // The web-service reply names no committee of its own, and the importer says so.
    expect(result).toMatchObject({ status: 0, stderr: `${CAB_NO_COMMITTEE}\n` });
    const bundle = JSON.parse(result.stdout) as { documents: { fileName: string }[] };
    expect(bundle.documents.map((d) => d.fileName)).toEqual([
      'cab.xml',
      'harbour.html',
      'waste.txt',
    ]);
  });

  it('mixes folders and files, and gives the same bytes as naming each file', async () => {
    const mixed = await run('import', 'council/2019', 'council/harbour.html');
    const each = await run(
      'import',
      'council/harbour.html',
      'council/2019/waste.txt',
      'council/2019/xml/cab.xml',
    );
    expect(mixed.status).toBe(0);
    expect(mixed.stdout).toBe(each.stdout);
  });

  it('is an error, naming the file, when a page under the folder yields nothing', async () => {
    writeFileSync(join(dir, 'council/2019/empty.txt'), '');
    writeFileSync(
      join(dir, 'council/title-only.txt'),
      'Decision details\n\nGrass cutting contract extension\n',
    );
    const result = await run('import', 'council');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        CAB_NO_COMMITTEE,
        'council/2019/empty.txt:1: error: the file is empty',
        'council/title-only.txt:3: error: no decision on this Decision details page',
        '',
      ].join('\n'),
    );
  });

  it('is an error for a folder with no pages in it', async () => {
    mkdirSync(join(dir, 'nothing'));
    const result = await run('import', 'nothing');
    expect(result).toMatchObject({
      status: 1,
      stderr: 'nothing:1: error: no pages (*.txt, *.html or *.xml) in this folder\n',
    });
  });
});
