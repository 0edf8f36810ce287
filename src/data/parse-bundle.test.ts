// Reading a bundle as it arrives (bundleReader) must end where reading it whole does
// (parseBundleBytes): the same bundle, or the same explanation of what is wrong.
import { describe, expect, it } from 'vitest';
import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { splitBundle } from '@/bundle/split-bundle.ts';
import { bundleReader, parseBundleBytes } from './parse-bundle.ts';

const text = (value: string) => new TextEncoder().encode(value);
const json = (value: unknown) => text(JSON.stringify(value));

function readInChunks(bytes: Uint8Array, length: number) {
  const reader = bundleReader();
  for (let at = 0; at < bytes.byteLength; at += length)
    reader.push(bytes.subarray(at, at + length));
  return reader.finish();
}

const bundle = buildValidBundle();
const withSetAside = buildValidBundle();
withSetAside.items[0]!.meetingId = 'no-such-meeting';
const cases: [string, Uint8Array][] = [
  ['a valid bundle', json(bundle)],
  ['a split index', json(splitBundle(bundle).index)],
  ['a bundle with a record set aside', json(withSetAside)],
  ['a bundle after a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...json(bundle)])],
  ['nothing', new Uint8Array()],
  ['blank text', text('  \n ')],
  ['text cut short', json(bundle).subarray(0, 300)],
  [
    'bytes that are not UTF-8',
    new Uint8Array([...text('{"council": "'), 0xff, 0xfe, ...text('"}')]),
  ],
  ['a list', text('[1, 2]')],
  ['an object that is not a bundle', text('{"hello": "world"}')],
  ['a newer version', json({ ...bundle, schemaVersion: 99 })],
  ['a key named twice', text('{"schemaVersion": 2, "schemaVersion": 1}')],
  ['words after the bundle', text(`${JSON.stringify(bundle)} and more`)],
];

describe('reading a bundle as its bytes arrive', () => {
  it.each(cases)('ends as reading it whole does, for %s', (_, bytes) => {
    const whole = parseBundleBytes(bytes);
    for (const length of [1, 3, 4096, Math.max(1, bytes.byteLength)]) {
      expect(readInChunks(bytes, length)).toEqual(whole);
    }
  });

  it('says what is wrong, as reading it whole does', () => {
    expect(readInChunks(text('{"council": '), 2)).toMatchObject({ ok: false, kind: 'truncated' });
    expect(readInChunks(text('{"council": nope}'), 2)).toMatchObject({ ok: false, kind: 'json' });
    expect(readInChunks(text(''), 2)).toMatchObject({ ok: false, kind: 'empty' });
  });
});
