// The page and its worker read a bundle together (run-parse.ts). A stand-in worker answers as the
// real one does (answerBytes, in the next task), so the page's side is tested here: whichever
// way the answer comes, the outcome must be the one reading the bytes alone gives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { splitBundle } from '@/bundle/split-bundle.ts';
import { answerBytes, parseBundleBytes } from './parse-bundle.ts';
import { startParser, type WorkerReply, type WorkerRequest } from './run-parse.ts';

const replies: WorkerReply['type'][] = [];

class StandInWorker {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  terminated = false;
  static failToLoad = false;

  constructor() {
    if (StandInWorker.failToLoad) {
      setTimeout(() => this.onerror?.({ preventDefault: () => {} }), 0);
    }
  }

  postMessage(request: WorkerRequest) {
    if (StandInWorker.failToLoad) return;
    const bytes = new Uint8Array(request.bytes.slice(0));
    setTimeout(() =>
      answerBytes(bytes, (reply) => {
        replies.push(reply.type);
        if (!this.terminated) this.onmessage?.({ data: reply });
      }),
    );
  }

  terminate() {
    this.terminated = true;
  }
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

afterEach(() => {
  replies.length = 0;
  StandInWorker.failToLoad = false;
});

describe('reading a bundle with a worker', () => {
  const read = async (bytes: Uint8Array, signal?: AbortSignal) => {
    vi.stubGlobal('Worker', StandInWorker);
    const parser = startParser();
    return parser.parse(bytes, () => {}, signal);
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
    expect(await parser.parse(bytes, () => {})).toEqual(parseBundleBytes(bytes));
    expect(replies).toEqual([]);
  });

  it('stops when the load is cancelled', async () => {
    const controller = new AbortController();
    const pending = read(encode(buildValidBundle()), controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
