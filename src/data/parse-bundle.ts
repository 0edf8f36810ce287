/**
 * Bytes in, a loaded bundle or a reason out. This is the whole of the work the Web Worker does,
 * and also what runs on the main thread where there is no Worker (tests under jsdom), so there is
 * one code path for the logic. It returns plain data, never throws, and never builds a class
 * instance, so its result can cross `postMessage`.
 */
import {
  isSplitIndex,
  loadBundle,
  loadBundleIndex,
  type LoadReport,
} from '@/bundle/load-bundle.ts';
import { WHOLE_BUNDLE, type Problem } from '@/bundle/problems.ts';
import type { Bundle, BundleIndexFile } from '@/bundle/schema.ts';
import { keptAsRead } from '@/bundle/kept-records.ts';
import type { WorkerReply } from './run-parse.ts';

export type ParseFailureKind =
  'empty' | 'truncated' | 'json' | 'not-a-bundle' | 'version' | 'invalid';

export type ParseOutcome =
  | { ok: true; form: 'whole'; bundle: Bundle; report: LoadReport }
  /** The index of a split bundle; its issues' detail files are read when opened. */
  | { ok: true; form: 'index'; index: BundleIndexFile; report: LoadReport }
  | { ok: false; kind: ParseFailureKind; detail: string | null; problems: Problem[] };

export type ParsePhase = 'parsing' | 'checking';

function failure(kind: ParseFailureKind, detail: string | null, problems: Problem[] = []) {
  return { ok: false, kind, detail, problems } as const;
}

/** True where the parser ran out of text, as when a download or save was cut short. */
function looksTruncated(text: string, message: string): boolean {
  if (/end of (JSON )?(input|data)|unterminated string/i.test(message)) return true;
  const at = /at position (\d+)/.exec(message);
  return at !== null && Number(at[1]) >= text.trimEnd().length;
}

export function parseBundleBytes(
  bytes: Uint8Array,
  onPhase: (phase: ParsePhase) => void = () => {},
): ParseOutcome {
  onPhase('parsing');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    return failure('json', e instanceof Error ? e.message : String(e));
  }
  if (text.trim() === '') return failure('empty', null);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const startsLikeJson = /^\s*[[{]/.test(text);
    return failure(startsLikeJson && looksTruncated(text, message) ? 'truncated' : 'json', message);
  }
  onPhase('checking');
  try {
    const result = isSplitIndex(json) ? loadBundleIndex(json) : loadBundle(json);
    if (result.ok) {
      return 'index' in result
        ? { ok: true, form: 'index', index: result.index, report: result.report }
        : { ok: true, form: 'whole', bundle: result.bundle, report: result.report };
    }
    const first = result.problems[0];
    const kind =
      first?.path === WHOLE_BUNDLE
        ? 'not-a-bundle'
        : first?.path === 'schemaVersion'
          ? 'version'
          : 'invalid';
    return failure(kind, null, result.problems);
  } catch (e) {
    // loadBundle is fuzzed never to throw; this keeps a surprise from becoming a blank page.
    return failure('invalid', e instanceof Error ? e.message : String(e));
  }
}

/**
 * The worker's answer to a bundle's bytes (see run-parse.ts): its phases as they pass, then the
 * verdict. The page has parsed the same bytes, so where nothing was set aside or dropped the
 * verdict is all it needs; otherwise the bundle goes back as the reading kept it.
 */
export function answerBytes(bytes: Uint8Array, post: (reply: WorkerReply) => void): void {
  const outcome = parseBundleBytes(bytes, (phase) => post({ type: 'phase', phase }));
  if (outcome.ok && keptAsRead(outcome.report)) {
    post({ type: 'kept', form: outcome.form, report: outcome.report });
  } else {
    post({ type: 'done', outcome: JSON.stringify(outcome) });
  }
}
