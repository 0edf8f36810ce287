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
import type { WorkerReply, WorkerRequest } from './run-parse.ts';

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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    onPhase('parsing');
    return notUtf8(e);
  }
  return parseBundleText(text, onPhase);
}

/** Bytes that are not UTF-8, as the decoder said. */
export function notUtf8(error: unknown): ParseOutcome {
  return failure('json', error instanceof Error ? error.message : String(error));
}

/** A bundle's decoded text in, the bundle or what is wrong with it out. */
export function parseBundleText(
  text: string,
  onPhase: (phase: ParsePhase) => void = () => {},
): ParseOutcome {
  onPhase('parsing');
  if (text.trim() === '') return failure('empty', null);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const startsLikeJson = /^\s*[[{]/.test(text);
    return failure(startsLikeJson && looksTruncated(text, message) ? 'truncated' : 'json', message);
  }
  return checkBundleJson(json, onPhase);
}

/** The records of parsed JSON checked against the contract: what was kept, and what was not. */
function checkBundleJson(json: unknown, onPhase: (phase: ParsePhase) => void): ParseOutcome {
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
 * Reads a bundle as its bytes arrive: each chunk is decoded as it comes, so when the last one
 * does only the parse and the check are left.
 */
export function bundleReader() {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let undecodable: unknown = null;
  const decode = (bytes?: Uint8Array) => {
    if (undecodable !== null) return;
    try {
      parts.push(bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode());
    } catch (e) {
      undecodable = e;
      parts.length = 0;
    }
  };
  return {
    push: (bytes: Uint8Array) => decode(bytes),
    finish(onPhase: (phase: ParsePhase) => void = () => {}): ParseOutcome {
      decode();
      if (undecodable === null) return parseBundleText(parts.join(''), onPhase);
      onPhase('parsing');
      return notUtf8(undecodable);
    },
  };
}

/**
 * The worker's side of run-parse.ts: chunks of a bundle in, its phases and then the verdict out.
 * The page has parsed the same bytes, so where nothing was set aside or dropped the verdict is all
 * it needs; otherwise the bundle goes back as the reading kept it.
 */
export function answerRequests(post: (reply: WorkerReply) => void) {
  const reader = bundleReader();
  return (request: WorkerRequest): void => {
    if (request.type === 'bytes') {
      reader.push(new Uint8Array(request.bytes));
      return;
    }
    const outcome = reader.finish((phase) => post({ type: 'phase', phase }));
    if (outcome.ok && keptAsRead(outcome.report)) {
      post({ type: 'kept', form: outcome.form, report: outcome.report });
    } else {
      post({ type: 'done', outcome: JSON.stringify(outcome) });
    }
  };
}
