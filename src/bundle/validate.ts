/**
 * The strict check: a bundle is valid only if every record keeps the contract. The importer
 * holds its own output to this; the app reads bundles leniently with `loadBundle`, which keeps
 * what is right and reports what it set aside, by the very same rules.
 */
import { loadBundle } from './load-bundle.ts';
import type { Problem } from './problems.ts';
import type { Bundle } from './schema.ts';

export type { Problem } from './problems.ts';

export type ValidationResult = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

export function validateBundle(input: unknown): ValidationResult {
  const result = loadBundle(input, { exactVersion: true });
  if (!result.ok) return result;
  // A record set aside only because it points to another set-aside record adds nothing to fix.
  const problems = result.report.setAside
    .filter((record) => !record.knockOn)
    .flatMap((record) => record.problems);
  return problems.length ? { ok: false, problems } : { ok: true, bundle: result.bundle };
}
