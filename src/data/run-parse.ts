/**
 * Reads and checks a bundle's bytes: in a Web Worker where the browser has one, on the main
 * thread where it does not (jsdom) or where the worker cannot start. The logic is
 * parse-bundle.ts either way.
 *
 * The worker starts before the bytes arrive, so its code loads during the download. Each chunk
 * goes on to the worker as it is read, and both decode it then. The worker parses the whole text
 * at the end and checks every record; the page parses its own copy a piece at a time as the text
 * comes (json-pieces.ts), so it is never held by one long parse. Where the check kept every
 * record as read (the usual case), only the verdict crosses back and the page's copy is the
 * bundle; otherwise the worker sends the bundle as it kept it.
 */
import { indexOf, wholeOf } from '@/bundle/kept-records.ts';
import type { LoadReport } from '@/bundle/load-bundle.ts';
import type { JsonPieces } from './json-pieces.ts';
import type { ParseOutcome, ParsePhase } from './parse-bundle.ts';

export type WorkerRequest =
  /** The next chunk of the bundle, in order. */
  | { type: 'bytes'; bytes: ArrayBuffer }
  /** The bundle has been read: answer. */
  | { type: 'end' };
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
  /** Takes the bundle's next chunk, as it is read, and keeps it: the caller must not reuse it. */
  push: (bytes: Uint8Array) => void;
  /** After the last chunk: the bundle, or why it cannot be read. */
  parse: (onPhase: OnPhase, signal?: AbortSignal) => Promise<ParseOutcome>;
  /** Stops the worker; a parser reads one bundle. */
  stop: () => void;
};

function abortError(): DOMException {
  return new DOMException('The bundle load was cancelled', 'AbortError');
}

/** Loaded only when needed, so the validator stays out of the first load (the worker has it). */
async function onMainThread(chunks: Uint8Array[], onPhase: OnPhase): Promise<ParseOutcome> {
  const { bundleReader } = await import('./parse-bundle.ts');
  const reader = bundleReader();
  for (const chunk of chunks) reader.push(chunk);
  return reader.finish(onPhase);
}

/** The text's JSON object, or undefined where it is not one; the worker explains those. */
function wholeObject(text: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text);
    return json !== null && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Lets the page draw (its progress, a tap) between two steps of a long job. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The page's side of a read with a worker. Each chunk, in a task of its own, is decoded for the
 * page's own copy and then moved to the worker (moved, not copied: copying tens of megabytes is
 * slow); the text is parsed a piece per task while later chunks arrive. No step holds the page
 * for long. `finish` gives undefined where the text is not a JSON object; the worker explains
 * those.
 */
function pageSide(send: (request: WorkerRequest, transfer?: Transferable[]) => void) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // A chunk of its own, fetched as the download starts, so the first route does not carry it.
  let pieces: JsonPieces | null = null;
  let pieceChars = 0;
  const piecesLoaded = import('./json-pieces.ts').then(
    (m) => {
      pieces = new m.JsonPieces();
      pieceChars = m.PIECE_CHARS;
    },
    // Without it the page has no copy of its own, and reads the bundle alone once it is in.
    () => {},
  );
  const chunks: Uint8Array[] = [];
  const parts: string[] = [];
  /** All the text, for the page to read alone should the worker fail. */
  const texts: string[] = [];
  let undecodable: unknown = null;
  let ended = false;
  let stopped = false;
  let running: Promise<void> | null = null;

  const decode = (bytes?: Uint8Array) => {
    if (undecodable !== null) return;
    try {
      const text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
      texts.push(text);
      for (let at = 0; pieces && at < text.length; at += pieceChars) {
        parts.push(text.slice(at, at + pieceChars));
      }
    } catch (e) {
      undecodable = e;
    }
  };
  /** One task's work, chunks first so the worker gets them soon; false when there is none. */
  const step = (): boolean => {
    const bytes = chunks.shift();
    if (bytes) {
      decode(bytes);
      const own = bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      send({ type: 'bytes', bytes: own.buffer as ArrayBuffer }, [own.buffer]);
      return true;
    }
    if (ended) {
      ended = false;
      decode();
      send({ type: 'end' });
      return true;
    }
    const part = parts.shift();
    if (part === undefined) return false;
    if (undecodable === null) pieces!.push(part);
    return true;
  };
  const run = async () => {
    await piecesLoaded;
    while (!stopped) {
      await nextTask();
      if (!step()) break;
    }
    running = null;
  };
  let finished: Promise<Record<string, unknown> | undefined> | null = null;
  const finish = () =>
    (finished ??= (async () => {
      ended = true;
      running ??= run();
      while (running) await running;
      if (undecodable !== null || stopped) return undefined;
      // Where the pieces could not be put together (their parser did not load, or a key comes
      // twice), the page parses the whole text once, as the worker did.
      return pieces?.finish() ?? wholeObject(texts.join(''));
    })());

  return {
    push(bytes: Uint8Array) {
      chunks.push(bytes);
      running ??= run();
    },
    /** Sends the worker the rest and the end; then the page's copy. */
    finish,
    /** Reads the bundle here alone: where the worker failed. */
    async readAlone(onPhase: OnPhase): Promise<ParseOutcome> {
      await finish();
      const { notUtf8, parseBundleText } = await import('./parse-bundle.ts');
      return undecodable !== null ? notUtf8(undecodable) : parseBundleText(texts.join(''), onPhase);
    },
    stop() {
      stopped = true;
      chunks.length = 0;
      parts.length = 0;
    },
  };
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
  if (!worker) {
    const chunks: Uint8Array[] = [];
    return {
      push: (bytes) => chunks.push(bytes),
      parse: (onPhase) => onMainThread(chunks, onPhase),
      stop: () => {},
    };
  }
  // Until `parse` listens, a worker that failed to load is remembered here.
  let failed = false;
  const page = pageSide((request, transfer = []) => {
    if (!failed) worker.postMessage(request, transfer);
  });
  const stop = () => {
    page.stop();
    worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failed = true;
  };

  const parse: Parser['parse'] = async (onPhase, signal) => {
    try {
      if (failed) return await page.readAlone(onPhase);
      const verdict = verdictOf(worker, onPhase, signal);
      const [here, reply] = await Promise.all([page.finish(), verdict]);
      if (reply?.type === 'done') return JSON.parse(reply.outcome) as ParseOutcome;
      // A worker that failed, or (impossibly) text that parsed in one place and not the other.
      if (!reply || !here) return await page.readAlone(onPhase);
      const { report } = reply;
      const council = here.council ?? null;
      return reply.form === 'index'
        ? { ok: true, form: 'index', index: indexOf(here, council, here), report }
        : { ok: true, form: 'whole', bundle: wholeOf(here, council, here), report };
    } finally {
      stop();
    }
  };
  return { push: page.push, parse, stop };
}
