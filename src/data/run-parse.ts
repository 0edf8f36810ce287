/**
 * Reads and checks a bundle's bytes: in a Web Worker where the browser has one, on the main
 * thread where it does not (jsdom) or where the worker cannot start. The logic is
 * parseBundleBytes either way.
 *
 * The worker starts before the bytes arrive, so its code loads during the download. Then the page
 * parses its own copy while the worker parses and checks. Where the check kept every record as
 * read (the usual case), only the verdict crosses back and the page's copy is the bundle, so the
 * bundle is not written out and parsed a second time; otherwise the worker sends the bundle as it
 * kept it.
 */
import { indexOf, wholeOf } from '@/bundle/kept-records.ts';
import type { LoadReport } from '@/bundle/load-bundle.ts';
import type { ParseOutcome, ParsePhase } from './parse-bundle.ts';

export type WorkerRequest = { bytes: ArrayBuffer };
export type WorkerReply =
  | { type: 'phase'; phase: ParsePhase }
  /**
   * The outcome as JSON text: the main thread parses text of tens of megabytes faster than it
   * deserialises a structured clone of the same object graph, and blocks for less.
   */
  | { type: 'done'; outcome: string }
  /** Every record was kept as read (see keptAsRead): the page's own parse is the bundle. */
  | { type: 'kept'; form: 'whole' | 'index'; report: LoadReport };

type OnPhase = (phase: ParsePhase) => void;
type Verdict = Exclude<WorkerReply, { type: 'phase' }>;

export type Parser = {
  parse: (bytes: Uint8Array, onPhase: OnPhase, signal?: AbortSignal) => Promise<ParseOutcome>;
  /** Stops the worker; a parser reads one bundle. */
  stop: () => void;
};

function abortError(): DOMException {
  return new DOMException('The bundle load was cancelled', 'AbortError');
}

/** Loaded only when needed, so the validator stays out of the first load (the worker has it). */
async function onMainThread(bytes: Uint8Array, onPhase: OnPhase): Promise<ParseOutcome> {
  const { parseBundleBytes } = await import('./parse-bundle.ts');
  return parseBundleBytes(bytes, onPhase);
}

/** Lets the page draw (its progress, a tap) between two steps of a long job. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Decoding a few megabytes takes tens of milliseconds on a phone: short enough for one task. */
const DECODE_STEP = 2 ** 21;

/**
 * The page's own parse: undefined where it is not a JSON object, which the worker explains. The
 * text is decoded a step at a time, so only the parse itself holds the page.
 */
async function parseHere(bytes: Uint8Array): Promise<Record<string, unknown> | undefined> {
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const parts: string[] = [];
    for (let at = 0; at < bytes.byteLength; at += DECODE_STEP) {
      const end = Math.min(at + DECODE_STEP, bytes.byteLength);
      parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.byteLength }));
      await nextTask();
    }
    const json: unknown = JSON.parse(parts.join(''));
    return json !== null && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./bundle-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The worker's verdict, or null where the worker could not run. */
function verdictOf(
  worker: Worker,
  onPhase: OnPhase,
  signal: AbortSignal | undefined,
): Promise<Verdict | null> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(abortError());
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type === 'phase') onPhase(event.data.phase);
      else resolve(event.data);
    };
    // A reply that cannot be read back would otherwise leave the page waiting for ever.
    worker.onmessageerror = () =>
      reject(new Error('The bundle worker sent back a reply that could not be read'));
    // A worker that cannot load (a strict proxy, an old browser) must not strand the page.
    worker.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
  });
}

export function startParser(): Parser {
  const worker = startWorker();
  const stop = () => worker?.terminate();
  if (!worker) return { parse: onMainThread, stop };
  // Until `parse` listens, a worker that failed to load is remembered here.
  let failed = false;
  worker.onerror = (event) => {
    event.preventDefault();
    failed = true;
  };

  const parse: Parser['parse'] = async (bytes, onPhase, signal) => {
    if (failed) return onMainThread(bytes, onPhase);
    try {
      const verdict = verdictOf(worker, onPhase, signal);
      // Cloned, not transferred: the page parses the bytes too, and the fallback needs them.
      const exact = bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      worker.postMessage({ bytes: exact.buffer as ArrayBuffer } satisfies WorkerRequest);
      const [here, reply] = await Promise.all([parseHere(bytes), verdict]);
      if (reply?.type === 'done') return JSON.parse(reply.outcome) as ParseOutcome;
      // A worker that failed, or (impossibly) bytes that parsed in one place and not the other.
      if (!reply || !here) return await onMainThread(bytes, onPhase);
      const { report } = reply;
      const council = here.council ?? null;
      return reply.form === 'index'
        ? { ok: true, form: 'index', index: indexOf(here, council, here), report }
        : { ok: true, form: 'whole', bundle: wholeOf(here, council, here), report };
    } finally {
      stop();
    }
  };
  return { parse, stop };
}
