/**
 * Writes a bundle in its split form (see src/bundle/split-bundle.ts) into one folder, replaced
 * as a whole: the files are written and flushed into a fresh folder beside it, which then takes
 * the old one's place. A reader never sees an index beside detail files of another run, and a
 * failed run leaves the old folder as it was. A folder that holds anything but a split bundle is
 * never replaced, so pointing `--split` at the wrong place cannot delete someone's files.
 */
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { bundleJsonSchema } from '../bundle/json-schema.ts';
import type { Bundle } from '../bundle/schema.ts';
import { INDEX_FILE, splitBundle, splitFiles } from '../bundle/split-bundle.ts';
import { toJson } from './write-atomic.ts';

export const SCHEMA_FILE = 'bundle.schema.json';

export class SplitFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SplitFolderError';
  }
}

/** Compact: the split files are for the app to fetch, and every byte is parsed on a phone. */
const compact = (value: unknown) => `${JSON.stringify(value)}\n`;

function writeDurably(path: string, content: string) {
  const fd = fs.openSync(path, 'w');
  try {
    fs.writeSync(fd, content, null, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A folder this writer may replace: missing, empty, or holding a split bundle's index. */
function replaceable(dir: string): boolean {
  if (!fs.existsSync(dir)) return true;
  if (!fs.statSync(dir).isDirectory()) return false;
  const names = fs.readdirSync(dir);
  return names.length === 0 || names.includes(INDEX_FILE);
}

export type SplitSummary = { dir: string; files: number; indexBytes: number; bytes: number };

export function writeSplitBundle(bundle: Bundle, dir: string): SplitSummary {
  if (!replaceable(dir)) {
    throw new SplitFolderError(
      `${dir} is not empty and holds no ${INDEX_FILE}; give --split an empty or new folder`,
    );
  }
  const files = [
    ...splitFiles(splitBundle(bundle)).map((f) => ({ path: f.path, content: compact(f.value) })),
    { path: SCHEMA_FILE, content: toJson(bundleJsonSchema()) },
  ];
  fs.mkdirSync(dirname(dir), { recursive: true });
  const fresh = join(dirname(dir), `.${basename(dir)}.${process.pid}.new`);
  const old = join(dirname(dir), `.${basename(dir)}.${process.pid}.old`);
  fs.rmSync(fresh, { recursive: true, force: true });
  let bytes = 0;
  try {
    for (const f of files) {
      const path = join(fresh, f.path);
      fs.mkdirSync(dirname(path), { recursive: true });
      writeDurably(path, f.content);
      bytes += Buffer.byteLength(f.content, 'utf8');
    }
    const hadOld = fs.existsSync(dir);
    if (hadOld) fs.renameSync(dir, old);
    try {
      fs.renameSync(fresh, dir);
    } catch (error) {
      if (hadOld) fs.renameSync(old, dir);
      throw error;
    }
  } catch (error) {
    fs.rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  fs.rmSync(old, { recursive: true, force: true });
  return {
    dir,
    files: files.length,
    indexBytes: Buffer.byteLength(files.find((f) => f.path === INDEX_FILE)!.content, 'utf8'),
    bytes,
  };
}
