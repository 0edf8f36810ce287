/**
 * Runs parseBundleBytes in a Web Worker where the browser has one, and on the main thread where
 * it does not (jsdom) or where the worker cannot start: the logic is the same either way.
 */
import type { ParseOutcome, ParsePhase } from './parse-bundle.ts';

export type WorkerRequest = { bytes: ArrayBuffer };
export type WorkerReply =
  | { type: 'phase'; phase: ParsePhase }
  /**
   * The outcome as JSON text: the main thread parses text of tens of megabytes faster than it
   * deserialises a structured clone of the same object graph, and blocks for less.
   */
  | { type: 'done'; outcome: string };

function abortError(): DOMException {
  return new DOMException('The bundle load was cancelled', 'AbortError');
}

/** Loaded only when needed, so the validator stays out of the first load (the worker has it). */
async function onMainThread(
  bytes: Uint8Array,
  onPhase: (phase: ParsePhase) => void,
): Promise<ParseOutcome> {
  const { parseBundleBytes } = await import('./parse-bundle.ts');
  return parseBundleBytes(bytes, onPhase);
}

export function runParse(
  bytes: Uint8Array,
  onPhase: (phase: ParsePhase) => void,
  signal?: AbortSignal,
): Promise<ParseOutcome> {
  if (typeof Worker === 'undefined') return onMainThread(bytes, onPhase);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bundle-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(bytes, onPhase);
  }
  return new Promise<ParseOutcome>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(abortError());
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type === 'phase') return onPhase(event.data.phase);
      finish();
      resolve(JSON.parse(event.data.outcome) as ParseOutcome);
    };
    // A reply that cannot be read back would otherwise leave the page waiting for ever.
    worker.onmessageerror = () => {
      finish();
      reject(new Error('The bundle worker sent back a reply that could not be read'));
    };
    // A worker that cannot load (a strict proxy, an old browser) must not strand the page.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve(onMainThread(bytes, onPhase));
    };
    // Cloned, not transferred, so the main-thread fallback above still has the bytes.
    const exact = bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const request: WorkerRequest = { bytes: exact.buffer as ArrayBuffer };
    worker.postMessage(request);
  });
}
