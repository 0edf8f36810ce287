/**
 * Writes a synthetic council where `npm run bundle` writes a real one: bundle.json and, beside
 * it, bundle.schema.json, both replaced atomically. The bundle is first checked by the app's
 * own validator, exactly as the file will be read back; a bundle that breaks its schema is
 * refused and nothing is written. Kept apart from the builder so that other layouts (an index
 * with one file per issue) can be written from the same object.
 */
import { join } from 'node:path';
import { bundleJsonSchema } from '../bundle/json-schema.ts';
import type { Bundle } from '../bundle/schema.ts';
import { validateBundle, type Problem } from '../bundle/validate.ts';
import { toJson } from '../importer/command-line.ts';
import { writeFilesAtomically } from '../importer/write-atomic.ts';

export class InvalidCouncilError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`the synthetic bundle breaks its schema (${problems.length} problems)`);
    this.name = 'InvalidCouncilError';
    this.problems = problems;
  }
}

export type WrittenFile = { path: string; bytes: number };

/** The files of the single-file layout, as strings, checked before anything is written. */
export function councilFiles(
  bundle: Bundle,
  outDir: string,
): Array<{ path: string; content: string }> {
  const json = toJson(bundle);
  // What is checked is what a reader will parse, not the object it was printed from.
  const checked = validateBundle(JSON.parse(json));
  if (!checked.ok) throw new InvalidCouncilError(checked.problems);
  return [
    { path: join(outDir, 'bundle.json'), content: json },
    { path: join(outDir, 'bundle.schema.json'), content: toJson(bundleJsonSchema()) },
  ];
}

export function writeCouncil(bundle: Bundle, outDir: string): WrittenFile[] {
  const files = councilFiles(bundle, outDir);
  writeFilesAtomically(files);
  return files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content, 'utf8') }));
}
