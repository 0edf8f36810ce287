/**
 * Replaces files so that a reader (or a crash) never sees half a file: each is written to a temp
 * file in the same folder, so that the final rename stays on one file system and is atomic. All
 * temp files are written before any rename, so a failure while writing leaves every old file
 * untouched.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations used; tests pass their own to interrupt a write part-way. */
export type WriteIo = Pick<typeof nodeFs, 'mkdirSync' | 'renameSync' | 'rmSync' | 'writeFileSync'>;

export function writeFilesAtomically(
  files: ReadonlyArray<{ path: string; content: string }>,
  io: WriteIo = nodeFs,
): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const f of files) {
      io.mkdirSync(dirname(f.path), { recursive: true });
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      staged.push({ temp, path: f.path });
      io.writeFileSync(temp, f.content, 'utf8');
    }
    for (const s of staged) io.renameSync(s.temp, s.path);
  } catch (error) {
    for (const s of staged) io.rmSync(s.temp, { force: true });
    throw error;
  }
}
