/**
 * Why a bundle, or one issue's detail file of a split bundle, could not be used: kept apart so
 * each case gets its own advice, and on its own so every loader can throw it.
 */
import type { Problem } from '@/bundle/problems.ts';
import type { ParseFailureKind } from './parse-bundle.ts';

export type BundleLoadErrorKind =
  | 'network'
  | 'http'
  | 'refused'
  | ParseFailureKind
  /** A split bundle's index opened as a file: its detail files cannot be reached. */
  | 'split-file'
  /** One issue's detail file could not be fetched or read. */
  | 'detail';

export class BundleLoadError extends Error {
  readonly kind: BundleLoadErrorKind;
  readonly status: number | null;
  readonly problems: readonly Problem[];
  /** The parser's or the browser's own words, for the technical detail. */
  readonly detail: string | null;

  constructor(
    kind: BundleLoadErrorKind,
    message: string,
    options: {
      status?: number;
      problems?: readonly Problem[];
      detail?: string | null;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'BundleLoadError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.problems = options.problems ?? [];
    this.detail = options.detail ?? null;
  }
}
