// The piece-by-piece parse must give exactly what one JSON.parse of the whole text gives, however
// the text arrives, or give nothing so the caller parses the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { splitBundle } from '@/bundle/split-bundle.ts';
import { JsonPieces } from './json-pieces.ts';

/** Feeds the text in stretches of the given lengths, over and over, and finishes. */
function piece(text: string, stretches: number[], pieceChars: number) {
  const pieces = new JsonPieces(pieceChars);
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const length = Math.max(1, stretches[k % stretches.length]!);
    pieces.push(text.slice(at, at + length));
    at += length;
  }
  return pieces.finish();
}

const ways: [string, number[], number][] = [
  ['whole, one piece', [Number.MAX_SAFE_INTEGER], 2 ** 19],
  ['whole, small pieces', [Number.MAX_SAFE_INTEGER], 40],
  ['a character at a time', [1], 25],
  ['in uneven stretches', [7, 1, 300, 2, 64], 90],
];

describe('parsing a JSON object a piece at a time', () => {
  const bundle = buildValidBundle();
  const texts: [string, string][] = [
    ['a whole bundle', JSON.stringify(bundle)],
    ['a split index, indented', JSON.stringify(splitBundle(bundle).index, null, 2)],
  ];
  for (const [name, text] of texts) {
    for (const [way, stretches, size] of ways) {
      it(`reads ${name} ${way}`, () => {
        expect(piece(text, stretches, size)).toEqual(JSON.parse(text));
      });
    }
  }

  it('keeps escapes, brackets and commas inside strings out of the structure', () => {
    const value = {
      'a "key", with [brackets]': ['x\\', '\\"', '],[{', '\\\\\\"', 'é ☃ 𝄞', '\u0000\n\t'],
      list: [[1, [2, ',']], { ',': ']' }, '"', '\\', '', 3.5e-7, null, true],
      empty: [],
      '0': [{ '1': [] }],
    };
    const text = JSON.stringify(value);
    for (const [, stretches, size] of ways) {
      expect(piece(text, stretches, size)).toEqual(value);
    }
  });

  it('keeps a key named __proto__ as an own field, as JSON.parse does', () => {
    const text = '{"__proto__": [1, 2, 3, 4, 5, 6], "polluted": [7]}';
    const result = piece(text, [3], 4)!;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(['__proto__', 'polluted']);
    expect(result.__proto__).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('cuts only inside the object’s own lists, not inside a value after one', () => {
    const text = '{"a": [1, 2, 3, 4], "b": {"x": 1, "y": 2, "z": [5, 6, 7]}, "c": [[8, 9], 10]}';
    for (const [, stretches] of ways) {
      expect(piece(text, stretches, 2)).toEqual(JSON.parse(text));
    }
  });

  it('keeps the order of keys', () => {
    const text = '{"b": [1, 2, 3], "10": 0, "a": {"z": 1}, "2": [4, 5, 6, 7]}';
    expect(Object.keys(piece(text, [2], 3)!)).toEqual(Object.keys(JSON.parse(text)));
  });

  it('gives the same object as JSON.parse for any JSON object', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue())),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (value, stretches, size, indent) => {
          const text = JSON.stringify(value, null, indent ? 1 : undefined);
          expect(piece(text, stretches, size)).toEqual(JSON.parse(text));
        },
      ),
    );
  });

  it.each([
    ['empty text', ''],
    ['a list', '[1, 2, 3]'],
    ['a string', '"text"'],
    ['text cut short', '{"items": [1, 2, 3'],
    ['text cut short inside a string', '{"items": ["one", "tw'],
    ['words after the object', '{"items": [1, 2, 3]} and more'],
    ['two objects', '{"a": [1]} {"b": [2]}'],
    ['a missing comma', '{"items": [1, 2 3, 4, 5, 6]}'],
    ['a key named twice', '{"items": [1, 2, 3, 4], "items": [5]}'],
    ['a bare word', '{"items": [1, 2, nope, 3, 4]}'],
  ])('gives nothing for %s, so the whole text is parsed instead', (_, text) => {
    expect(piece(text, [2], 4)).toBeUndefined();
  });
});
