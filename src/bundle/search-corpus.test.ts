import { endsInShortWord } from './search-corpus.ts';

describe('endsInShortWord', () => {
  it('is true where the last word has one or two letters', () => {
    expect(endsInShortWord('p')).toBe(true);
    expect(endsInShortWord('harbour wa ')).toBe(true);
    expect(endsInShortWord('par')).toBe(false);
    expect(endsInShortWord('pa harbour')).toBe(false);
    expect(endsInShortWord('   ')).toBe(false);
  });
});
