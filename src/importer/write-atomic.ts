/**
 * Replaces files so that a reader (or a crash) never sees half a file: each is written to a temp
 * file in the same folder, so that the final rename stays on one file system and is atomic. All
 * temp files are written before any rename, so a failure while writing leaves every old file
 * untouched.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFilesAtomically(
  files: ReadonlyArray<{ path: string; content: string }>,
): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      staged.push({ temp, path: f.path });
      writeFileSync(temp, f.content, 'utf8');
    }
    for (const s of staged) renameSync(s.temp, s.path);
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true });
    throw error;
  }
}
