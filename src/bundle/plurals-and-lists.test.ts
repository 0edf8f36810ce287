import { describe, expect, it } from 'vitest';
import { andList, andListSeparators, orList, plainList, plural } from './plurals-and-lists.ts';

describe('plurals', () => {
  it('picks the singular for one only', () => {
    const forms = { one: 'meeting', other: 'meetings' };
    expect([0, 1, 2, 1.5].map((n) => plural(n, forms))).toEqual([
      'meetings',
      'meeting',
      'meetings',
      'meetings',
    ]);
  });
});

describe('lists', () => {
  it('joins with commas and a final word, and leaves one item alone', () => {
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(andList(['a', 'b'])).toBe('a and b');
    expect(andList(['a'])).toBe('a');
    expect(andList([])).toBe('');
    expect(orList(['a', 'b', 'c'])).toBe('a, b or c');
    expect(plainList(['PDF', '44 KB'])).toBe('PDF, 44 KB');
  });

  it('gives the separators to put before each element of an "and" list', () => {
    expect(andListSeparators(3)).toEqual(['', ', ', ' and ']);
    expect(andListSeparators(1)).toEqual(['']);
    expect(andListSeparators(0)).toEqual([]);
  });
});
