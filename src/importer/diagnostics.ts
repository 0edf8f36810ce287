/**
 * Messages a person can act on, in the compiler's `FILE:LINE: severity: message` form (or
 * `FILE:LINE:COLUMN:` where the column is known) so that editors and terminals can jump there. Errors are collected rather than thrown one by one,
 * so that one run shows every bad quote in an annotation file, not just the first.
 */

export type Severity = 'error' | 'warning';

export type Diagnostic = {
  file: string;
  /** 1-based; 1 where a problem concerns the whole file. */
  line: number;
  /** 1-based; given where a problem is one value in a structured file, such as a YAML field. */
  column?: number;
  severity: Severity;
  message: string;
  /**
   * The lines of the stored text a "not read" warning is about, before any mapping to the file's
   * own lines, so the read report can tell which lines already have a reason.
   */
  textLines?: [number, number];
};

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.column === undefined ? `${d.line}` : `${d.line}:${d.column}`;
  return `${d.file}:${where}: ${d.severity}: ${d.message}`;
}

/** A problem in the input (not in this code): the CLI prints it and exits with status 1. */
export class ImportError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'ImportError';
    this.diagnostics = diagnostics;
  }
}

export class Diagnostics {
  readonly all: Diagnostic[] = [];
  private readonly lineMaps = new Map<string, (line: number) => number>();

  /**
   * For a file read through a conversion (an HTML page's visible text), turns the line of the
   * converted text into the line of the file itself, which is the one a person can open.
   */
  mapLines(file: string, toSourceLine: (line: number) => number): void {
    this.lineMaps.set(file, toSourceLine);
  }

  warn(file: string, line: number, message: string, textLines?: [number, number]): void {
    this.all.push({
      file,
      line: this.sourceLine(file, line),
      severity: 'warning',
      message: oneLine(message),
      ...(textLines ? { textLines } : {}),
    });
  }

  error(file: string, line: number, message: string, column?: number): void {
    this.all.push({
      file,
      line: this.sourceLine(file, line),
      ...(column === undefined ? {} : { column }),
      severity: 'error',
      message: oneLine(message),
    });
  }

  private sourceLine(file: string, line: number): number {
    return this.lineMaps.get(file)?.(line) ?? line;
  }

  /** Reports the error and stops: for problems after which nothing sensible can follow. */
  fail(file: string, line: number, message: string): never {
    this.error(file, line, message);
    throw new ImportError(this.errors());
  }

  errors(): Diagnostic[] {
    return this.all.filter((d) => d.severity === 'error');
  }

  warnings(): Diagnostic[] {
    return this.all.filter((d) => d.severity === 'warning');
  }

  /** Throws once the stage that may have reported errors is over. */
  throwIfErrors(): void {
    const errors = this.errors();
    if (errors.length) throw new ImportError(errors);
  }
}

/** A message quoting the input is still one line: a terminal or an editor reads it as one. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
