// The page and its worker read a bundle together, chunk by chunk (run-parse.ts). A stand-in worker
// answers as the real one does (answerRequests, each request in a task of its own), so the page's
// side is tested here: whichever way the answer comes, and however the bytes are cut into chunks,
// the outcome must be the one reading the bytes alone gives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { splitBundle } from '@/bundle/split-bundle.ts';
import { buildSyntheticBundle } from '~mocks/fixtures/synthetic-bundle.ts';
import { PIECE_CHARS } from './json-pieces.ts';
import { answerRequests, parseBundleBytes } from './parse-bundle.ts';
import { startParser, type WorkerReply, type WorkerRequest } from './run-parse.ts';

const replies: WorkerReply['type'][] = [];

class StandInWorker {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  terminated = false;
  static failToLoad = false;
  /** Dies while reading, as a worker that runs out of memory does. */
  static failAtEnd = false;

  constructor() {
    if (StandInWorker.failToLoad) {
      setTimeout(() => this.onerror?.({ preventDefault: () => {} }), 0);
    }
  }

  private readonly answer = answerRequests((reply) => {
    replies.push(reply.type);
    if (!this.terminated) this.onmessage?.({ data: reply });
  });

  postMessage(request: WorkerRequest, transfer: Transferable[] = []) {
    if (StandInWorker.failToLoad) return;
    // As a browser does: the message is a copy, and what is transferred is gone from the page.
    const copy = structuredClone(request, { transfer });
    if (StandInWorker.failAtEnd && copy.type === 'end') {
      setTimeout(() => this.onerror?.({ preventDefault: () => {} }));
      return;
    }
    setTimeout(() => this.answer(copy));
  }

  terminate() {
    this.terminated = true;
  }
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

afterEach(() => {
  replies.length = 0;
  StandInWorker.failToLoad = false;
  StandInWorker.failAtEnd = false;
});

/**
 * The bytes in chunks of the given lengths, over and over, as a download brings them: each its
 * own copy, since the parser moves what it is given to the worker.
 */
function chunksOf(bytes: Uint8Array, lengths: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.byteLength; k++) {
    const length = lengths[k % lengths.length]!;
    chunks.push(bytes.slice(at, at + length));
    at += length;
  }
  return chunks;
}

describe('reading a bundle with a worker', () => {
  const read = async (bytes: Uint8Array, signal?: AbortSignal, lengths = [bytes.byteLength]) => {
    vi.stubGlobal('Worker', StandInWorker);
    const parser = startParser();
    for (const chunk of chunksOf(bytes, lengths)) parser.push(chunk);
    return parser.parse(() => {}, signal);
  };

  it('takes the page’s own parse where the worker kept every record as read', async () => {
    const bytes = encode(buildValidBundle());
    const outcome = await read(bytes);
    expect(replies.at(-1)).toBe('kept');
    expect(outcome).toEqual(parseBundleBytes(bytes));
  });

  it('does the same for a split index', async () => {
    const bytes = encode(splitBundle(buildValidBundle()).index);
    const outcome = await read(bytes);
    expect(replies.at(-1)).toBe('kept');
    expect(outcome).toEqual(parseBundleBytes(bytes));
    expect(outcome.ok && outcome.form).toBe('index');
  });

  it('reads a bundle that arrives in chunks cut anywhere, even inside a character', async () => {
    const bundle = buildValidBundle();
    bundle.council!.name = 'Conseil d’Écosse ☃ 𝄞';
    const bytes = encode(bundle);
    const outcome = await read(bytes, undefined, [1, 2, 3, 1000]);
    expect(replies.at(-1)).toBe('kept');
    expect(outcome).toEqual(parseBundleBytes(bytes));
  });

  it('reads a council big enough to be parsed in many pieces', async () => {
    const bytes = encode(splitBundle(buildSyntheticBundle({ years: 2, seed: 'chunks' })).index);
    expect(bytes.byteLength).toBeGreaterThan(4 * PIECE_CHARS);
    const outcome = await read(bytes, undefined, [65_536, 1_000_000, 7]);
    expect(replies.at(-1)).toBe('kept');
    expect(outcome).toEqual(parseBundleBytes(bytes));
  });

  it('parses its copy whole where a key comes twice, which pieces cannot merge', async () => {
    const text = JSON.stringify(buildValidBundle()).replace(/^\{/, '{"council":null,');
    const bytes = new TextEncoder().encode(text);
    const expected = parseBundleBytes(bytes);
    const outcome = await read(bytes, undefined, [700]);
    expect(replies.at(-1)).toBe('kept');
    expect(outcome).toEqual(expected);
  });

  it('takes the worker’s bundle where it set a record aside', async () => {
    const bundle = buildValidBundle();
    bundle.meetings[0]!.date = 'soon' as never;
    const bytes = encode(bundle);
    const outcome = await read(bytes);
    expect(replies.at(-1)).toBe('done');
    expect(outcome).toEqual(parseBundleBytes(bytes));
    expect(outcome.ok && outcome.report.setAside.length).toBeGreaterThan(0);
  });

  it('says why text that is not JSON cannot be read', async () => {
    const outcome = await read(new TextEncoder().encode('{"schemaVersion": 2, "council":'));
    expect(outcome).toMatchObject({ ok: false, kind: 'truncated' });
  });

  it('reads the bundle on the page where the worker cannot load', async () => {
    StandInWorker.failToLoad = true;
    const bytes = encode(buildValidBundle());
    vi.stubGlobal('Worker', StandInWorker);
    const parser = startParser();
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (const chunk of chunksOf(bytes, [500])) parser.push(chunk);
    expect(await parser.parse(() => {})).toEqual(parseBundleBytes(bytes));
    expect(replies).toEqual([]);
  });

  it('reads the bundle on the page where the worker dies while reading', async () => {
    StandInWorker.failAtEnd = true;
    const bytes = encode(buildValidBundle());
    const expected = parseBundleBytes(bytes);
    expect(await read(bytes, undefined, [700])).toEqual(expected);
    expect(replies).toEqual([]);
  });

  it('says why bytes that are not UTF-8 cannot be read, where the worker dies', async () => {
    StandInWorker.failAtEnd = true;
    const bytes = new Uint8Array([...new TextEncoder().encode('{"council": "'), 0xff, 0x22, 0x7d]);
    const expected = parseBundleBytes(bytes);
    expect(expected).toMatchObject({ ok: false, kind: 'json' });
    expect(await read(bytes, undefined, [3])).toEqual(expected);
  });

  it('stops when the load is cancelled', async () => {
    const controller = new AbortController();
    const pending = read(encode(buildValidBundle()), controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
