/**
 * The importer's command line, with its input and output passed in so that tests can run it on
 * a temporary copy of the seeds. A person never sees a stack trace: problems in the input are
 * `FILE:LINE: error: ...` lines and exit status 1; a bug in this code is one line and status 2.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { bundleJsonSchema } from '../bundle/json-schema.ts';
import { andList } from '../bundle/plurals-and-lists.ts';
import type { Bundle } from '../bundle/schema.ts';
import { buildBundle, InvalidBundleError, pageStem, type PageInput } from './build-bundle.ts';
import { Diagnostics, formatDiagnostic, ImportError } from './diagnostics.ts';
import { formatReport, type ReadReport } from './read-report.ts';
import { toJson, writeFilesAtomically } from './write-atomic.ts';
import { SplitFolderError, writeSplitBundle, type SplitSummary } from './write-split.ts';

export { toJson };

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Paths in arguments and messages are relative to this folder. */
  cwd: string;
};

const USAGE = `usage:
  civic-trail bundle [--seeds DIR] [--out DIR] [--split DIR]
                                                 build public/data/bundle.json from seeds/
  civic-trail import [--site URL] [--report] [--split DIR] FILE_OR_DIR...
                                                 print the bundle for the given pages
                                                 (folders are read recursively);
                                                 --site makes relative document links
                                                 absolute; --report prints, instead of the
                                                 bundle, where each line of each page went
  --split DIR   write the bundle split, instead of as one file: DIR/index.json, one
                DIR/issues/ID.json per issue and DIR/search.json; DIR is replaced as a
                whole, and must be new, empty or an earlier split bundle
`;

const PAGE = /\.(txt|html?|xml)$/i;
const ANNOTATION = /\.annotations\.yaml$/i;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const diag = new Diagnostics();
  const flush = () => {
    for (const d of diag.all) io.stderr(`${formatDiagnostic(d)}\n`);
  };
  try {
    const [command, ...rest] = argv;
    let status: number;
    if (command === 'bundle') status = bundleCommand(rest, io, diag);
    else if (command === 'import') status = importCommand(rest, io, diag);
    else {
      io.stderr(
        command && command !== '--help'
          ? `civic-trail: unknown command "${command}"\n${USAGE}`
          : USAGE,
      );
      return command === '--help' ? 0 : 1;
    }
    flush();
    return status;
  } catch (error) {
    if (error instanceof ImportError) {
      flush();
      return 1;
    }
    if (error instanceof InvalidBundleError) {
      flush();
      io.stderr('civic-trail: error: the bundle would break its schema, so nothing was written:\n');
      for (const p of error.problems) io.stderr(`  ${p.path}: ${p.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`civic-trail: internal error: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

function bundleCommand(args: readonly string[], io: Io, diag: Diagnostics): number {
  const options: Record<'seeds' | 'out' | 'split', string | undefined> = {
    seeds: 'seeds',
    out: join('public', 'data'),
    split: undefined,
  };
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i];
    const value = args[i + 1];
    if ((flag !== '--seeds' && flag !== '--out' && flag !== '--split') || value === undefined) {
      io.stderr(`civic-trail: bundle takes only --seeds DIR, --out DIR and --split DIR\n${USAGE}`);
      return 1;
    }
    options[flag.slice(2) as 'seeds' | 'out' | 'split'] = value;
  }
  const seeds = resolve(io.cwd, options.seeds!);
  const shown = (path: string) => relative(io.cwd, path) || path;
  const inputs = readSeedsFolder(seeds, shown, diag);
  const bundle = buildBundle(inputs, diag);
  if (options.split !== undefined) return splitCommand(bundle, options.split, io);

  // Both outputs are complete strings before either file is touched.
  const out = resolve(io.cwd, options.out!);
  const files = [
    { path: join(out, 'bundle.json'), content: toJson(bundle) },
    { path: join(out, 'bundle.schema.json'), content: toJson(bundleJsonSchema()) },
  ];
  writeFilesAtomically(files);
  io.stdout(
    `wrote ${andList(files.map((f) => shown(f.path)))}: ${bundle.items.length} items, ${bundle.mentions.length} mentions, ${bundle.figures.length} figures, ${bundle.commitments.length} commitments\n`,
  );
  return 0;
}

/** Every page in the folder with its annotation file; an annotation file without a page is an error. */
export function readSeedsFolder(
  seeds: string,
  shown: (path: string) => string,
  diag: Diagnostics,
): PageInput[] {
  let names: string[];
  try {
    // Sorted here, and again by the builder, so the folder's listing order never matters.
    names = readdirSync(seeds).sort();
  } catch (error) {
    diag.fail(shown(seeds), 1, `cannot read the seeds folder (${reason(error)})`);
  }
  const pages = names.filter((n) => PAGE.test(n));
  for (const name of names.filter((n) => ANNOTATION.test(n))) {
    if (!pages.some((p) => pageStem(p) === pageStem(name))) {
      diag.error(
        shown(join(seeds, name)),
        1,
        `no page named ${pageStem(name)}.*.txt or .html beside this annotation file`,
      );
    }
  }
  if (pages.length === 0) {
    diag.fail(shown(seeds), 1, 'no pages (*.txt or *.html) in the seeds folder');
  }
  diag.throwIfErrors();
  return pages.map((name) => readPage(join(seeds, name), shown, diag));
}

function importCommand(args: readonly string[], io: Io, diag: Diagnostics): number {
  const files: string[] = [];
  let site: string | undefined;
  let report = false;
  let split: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--report') report = true;
    else if (arg === '--split') {
      split = args[(i += 1)];
      if (!split || split.startsWith('--')) {
        io.stderr(`civic-trail: --split needs a folder\n${USAGE}`);
        return 1;
      }
    } else if (arg === '--site') {
      site = args[(i += 1)];
      if (!site || !/^https?:\/\/[^/\s]+/i.test(site)) {
        io.stderr(
          `civic-trail: --site needs the council site's address, such as https://democracy.example.gov.uk/\n`,
        );
        return 1;
      }
    } else if (arg.startsWith('--')) {
      io.stderr(`civic-trail: import has no option "${arg}"\n${USAGE}`);
      return 1;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(`civic-trail: import needs at least one page\n${USAGE}`);
    return 1;
  }
  const inputs = files.flatMap((file) => {
    const path = resolve(io.cwd, file);
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      // A missing path is reported by readPage, with the reason.
    }
    if (!folder) {
      // The page as the person typed it; the annotation beside it relative to where they are.
      return [readPage(path, (p) => (p === path ? file : relative(io.cwd, p) || p), diag)];
    }
    const pages = pagesUnder(path, diag, (p) => relative(io.cwd, p) || p);
    if (!pages.length) diag.fail(file, 1, 'no pages (*.txt, *.html or *.xml) in this folder');
    return pages.map((p) => readPage(p, (q) => relative(io.cwd, q) || q, diag));
  });
  const reports: ReadReport[] = [];
  const bundle = buildBundle(inputs, diag, { ...(site ? { site } : {}), reports });
  if (report) for (const r of reports) io.stdout(`${formatReport(r)}\n`);
  else if (split !== undefined) return splitCommand(bundle, split, io);
  else io.stdout(toJson(bundle));
  return 0;
}

function splitCommand(bundle: Bundle, dir: string, io: Io): number {
  let written: SplitSummary;
  try {
    written = writeSplitBundle(bundle, resolve(io.cwd, dir));
  } catch (error) {
    if (!(error instanceof SplitFolderError)) throw error;
    io.stderr(`civic-trail: error: ${error.message}\n`);
    return 1;
  }
  io.stdout(`${describeSplit(written, io.cwd)}\n`);
  return 0;
}

/** "wrote 12 files to DIR (index.json 8.1 KB, 90.2 KB in all)". */
export function describeSplit(written: SplitSummary, cwd: string): string {
  const kb = (bytes: number) =>
    bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
  return `wrote ${written.files} files to ${relative(cwd, written.dir) || written.dir} (index.json ${kb(written.indexBytes)}, ${kb(written.bytes)} in all)`;
}

/** Every page file under a folder, at any depth, in code-unit order so runs are repeatable. */
function pagesUnder(folder: string, diag: Diagnostics, shown: (path: string) => string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    diag.fail(shown(folder), 1, `cannot read the folder (${reason(error)})`);
  }
  const names = entries.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.flatMap((name) => {
    const entry = entries.find((e) => e.name === name)!;
    const path = join(folder, name);
    if (entry.isDirectory()) return name.startsWith('.') ? [] : pagesUnder(path, diag, shown);
    return entry.isFile() && PAGE.test(name) ? [path] : [];
  });
}

/** A page and, where one sits beside it, its annotation file ("NAME.annotations.yaml"). */
function readPage(path: string, shown: (path: string) => string, diag: Diagnostics): PageInput {
  const file = shown(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    diag.fail(file, 1, `cannot read the file (${reason(error)})`);
  }
  const annotationPath = join(dirname(path), `${pageStem(basename(path))}.annotations.yaml`);
  let annotation: PageInput['annotation'] = null;
  if (existsSync(annotationPath)) {
    const annotationFile = shown(annotationPath);
    try {
      annotation = { file: annotationFile, source: readFileSync(annotationPath, 'utf8') };
    } catch (error) {
      diag.fail(annotationFile, 1, `cannot read the file (${reason(error)})`);
    }
  }
  return { file, fileName: basename(path), bytes, annotation };
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
