/**
 * Replaces files so that a reader (or a crash) never sees half a file, nor the bundle of one
 * run beside the schema of another. Each file is written to a temp file in its own folder (so
 * the rename stays on one file system and is atomic) and flushed to disk before any rename. The
 * old files are then moved aside, the new ones moved in, and only when every one is in place
 * are the old ones removed; a failure at any step puts every old file back.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations used; tests pass their own to interrupt a write part-way. */
export type WriteIo = Pick<
  typeof nodeFs,
  | 'mkdirSync'
  | 'renameSync'
  | 'rmSync'
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'existsSync'
>;

type Staged = {
  temp: string;
  old: string;
  path: string;
  hadOld: boolean;
  movedOld: boolean;
  placed: boolean;
};

export function writeFilesAtomically(
  files: ReadonlyArray<{ path: string; content: string }>,
  io: WriteIo = nodeFs,
): void {
  const staged: Staged[] = [];
  try {
    for (const f of files) {
      io.mkdirSync(dirname(f.path), { recursive: true });
      const stem = join(dirname(f.path), `.${basename(f.path)}.${process.pid}`);
      const s: Staged = {
        temp: `${stem}.tmp`,
        old: `${stem}.old`,
        path: f.path,
        hadOld: io.existsSync(f.path),
        movedOld: false,
        placed: false,
      };
      staged.push(s);
      writeDurably(io, s.temp, f.content);
    }
    for (const s of staged) {
      if (s.hadOld) {
        io.renameSync(s.path, s.old);
        s.movedOld = true;
      }
    }
    for (const s of staged) {
      io.renameSync(s.temp, s.path);
      s.placed = true;
    }
  } catch (error) {
    for (const s of staged) {
      if (s.placed) io.rmSync(s.path, { force: true });
      if (s.movedOld) io.renameSync(s.old, s.path);
      io.rmSync(s.temp, { force: true });
    }
    throw error;
  }
  for (const s of staged) io.rmSync(s.old, { force: true });
}

/** Writes and flushes a file, so that a rename after it never exposes an empty or torn file. */
function writeDurably(io: WriteIo, path: string, content: string) {
  const fd = io.openSync(path, 'w');
  try {
    io.writeSync(fd, content, null, 'utf8');
    io.fsyncSync(fd);
  } finally {
    io.closeSync(fd);
  }
}

/** Stable JSON: keys in the order the builder creates them, two-space indent, final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
