/**
 * Messages a person can act on, in the compiler's `FILE:LINE: severity: message` form so that
 * editors and terminals can jump to the line. Errors are collected rather than thrown one by one,
 * so that one run shows every bad quote in an annotation file, not just the first.
 */

export type Severity = 'error' | 'warning';

export type Diagnostic = {
  file: string;
  /** 1-based; 1 where a problem concerns the whole file. */
  line: number;
  severity: Severity;
  message: string;
};

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
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

  warn(file: string, line: number, message: string): void {
    this.all.push({ file, line, severity: 'warning', message });
  }

  error(file: string, line: number, message: string): void {
    this.all.push({ file, line, severity: 'error', message });
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
