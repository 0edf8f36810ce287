// Where the page's piece-by-piece parser cannot load (a chunk lost on a bad connection), the
// page parses its copy of the text whole, once: the bundle is still read, never left waiting.
import { vi } from 'vitest';
import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { answerRequests, parseBundleBytes } from './parse-bundle.ts';
import { startParser, type WorkerReply, type WorkerRequest } from './run-parse.ts';

vi.mock('./json-pieces.ts', () => {
  throw new Error('The chunk could not be fetched');
});

class StandInWorker {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  private readonly answer = answerRequests((reply) => this.onmessage?.({ data: reply }));

  postMessage(request: WorkerRequest, transfer: Transferable[] = []) {
    const copy = structuredClone(request, { transfer });
    setTimeout(() => this.answer(copy));
  }

  terminate() {}
}

it('reads the bundle without the page’s own parse', async () => {
  vi.stubGlobal('Worker', StandInWorker);
  const bytes = new TextEncoder().encode(JSON.stringify(buildValidBundle()));
  const expected = parseBundleBytes(bytes);
  const parser = startParser();
  for (let at = 0; at < bytes.byteLength; at += 4096) parser.push(bytes.slice(at, at + 4096));
  expect(await parser.parse(() => {})).toEqual(expected);
});
