/**
 * `npm run synth -- --years N --seed S [--out DIR]`: a deterministic synthetic council, for
 * trying the app at the scale of a real one. Input and output are passed in so tests can run it.
 * Exit status: 0 written, 1 the bundle could not be made or written, 2 the arguments are wrong.
 */
import { relative, resolve } from 'node:path';
import { buildCouncil } from './build-council.ts';
import { describeSplit } from '../importer/command-line.ts';
import { SplitFolderError, writeSplitBundle } from '../importer/write-split.ts';
import { councilFiles, InvalidCouncilError, writeCouncil } from './write-council.ts';

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
};

export const USAGE = `usage: npm run synth -- --years N --seed S [--out DIR] [--split DIR]

  --years N   how many years of meetings, 1 to 20 (ten years is about 3,000 meetings,
              30,000 items and 10,000 issues)
  --seed S    any number or word; the same seed always gives the same bytes
  --out DIR   the folder for bundle.json and bundle.schema.json (default public/synth,
              unless only --split is given)
  --split DIR write the council split instead: DIR/index.json, DIR/issues/ID.json for
              each issue and DIR/search.json; DIR is replaced as a whole, and must be
              new, empty or an earlier split bundle
`;

export type SynthArgs = { years: number; seed: string; out: string | null; split: string | null };

/** The arguments, or what is wrong with them in words a person can act on. */
export function parseArgs(
  argv: readonly string[],
): SynthArgs | { help: true } | { problem: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    const m = /^--(years|seed|out|split)(?:=(.*))?$/.exec(arg);
    if (!m) return { problem: `unknown argument "${arg}"` };
    const value = m[2] ?? argv[(i += 1)];
    if (value === undefined || (m[2] === undefined && value.startsWith('--'))) {
      return { problem: `--${m[1]} needs a value` };
    }
    if (values.has(m[1]!)) return { problem: `--${m[1]} is given twice` };
    values.set(m[1]!, value);
  }
  const years = values.get('years');
  const seed = values.get('seed');
  if (years === undefined) return { problem: '--years is required' };
  if (!/^\d+$/.test(years) || Number(years) < 1 || Number(years) > 20) {
    return { problem: `--years must be a whole number from 1 to 20, not "${years}"` };
  }
  if (seed === undefined) return { problem: '--seed is required' };
  if (seed.trim() === '') return { problem: '--seed must not be empty' };
  const split = values.get('split') ?? null;
  if (split !== null && split.trim() === '') return { problem: '--split must not be empty' };
  const out = values.get('out') ?? (split === null ? 'public/synth' : null);
  if (out !== null && out.trim() === '') return { problem: '--out must not be empty' };
  return { years: Number(years), seed, out, split };
}

export function main(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  if ('help' in args) {
    io.stdout(USAGE);
    return 0;
  }
  if ('problem' in args) {
    io.stderr(`synth: ${args.problem}\n${USAGE}`);
    return 2;
  }
  try {
    const bundle = buildCouncil({ years: args.years, seed: args.seed });
    const said: string[] = [];
    if (args.out !== null) {
      const written = writeCouncil(bundle, resolve(io.cwd, args.out));
      const shown = written.map(
        (f) => `${relative(io.cwd, f.path) || f.path} (${megabytes(f.bytes)})`,
      );
      said.push(`wrote ${shown.join(' and ')}`);
    }
    if (args.split !== null) {
      // Checked as one file first: the split form is cut from a bundle that keeps the contract.
      if (args.out === null) councilFiles(bundle, '.');
      said.push(describeSplit(writeSplitBundle(bundle, resolve(io.cwd, args.split)), io.cwd));
    }
    io.stdout(
      `${said.join('; ')}: ${bundle.bodies.length} bodies, ${bundle.meetings.length} meetings, ${bundle.issues.length} issues, ${bundle.items.length} items, ${bundle.mentions.length} mentions, ${bundle.figures.length} figures, ${bundle.structure.length} structures, ${bundle.commitments.length} commitments\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SplitFolderError) {
      io.stderr(`synth: error: ${error.message}\n`);
      return 1;
    }
    if (error instanceof InvalidCouncilError) {
      io.stderr('synth: error: the council breaks the bundle schema, so nothing was written:\n');
      for (const p of error.problems.slice(0, 20)) io.stderr(`  ${p.path}: ${p.message}\n`);
      if (error.problems.length > 20) io.stderr(`  ... and ${error.problems.length - 20} more\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`synth: error: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
}
