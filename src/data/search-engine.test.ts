import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { searchCorpus } from '@/bundle/search-corpus.ts';
import { createSearchEngine, MAX_HITS, snippetOf } from './search-engine.ts';

const marked = (parts: { text: string; hit: boolean }[]) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('snippetOf', () => {
  it('marks every whole-word start of a matched term, whatever its case', () => {
    expect(
      marked(snippetOf('Harbour repairs; the harbourmaster and a seaharbour', ['harbour'])),
    ).toBe('[Harbour] repairs; the [harbour]master and a seaharbour');
  });

  it('cuts long text around the first match on word boundaries, and says so', () => {
    const text = `${'word '.repeat(60)}the budget was agreed ${'more '.repeat(60)}`.trim();
    const snippet = marked(snippetOf(text, ['budget']));
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('the [budget] was agreed');
    expect(snippet.length).toBeLessThan(230);
    expect(snippet).not.toMatch(/ (?:wor|mor) /);
  });

  it('takes a term as text, never as a pattern', () => {
    expect(marked(snippetOf('a (b) c', ['(b)']))).toBe('a [(b)] c');
  });
});

describe('createSearchEngine', () => {
  const bundle = buildVersion2Bundle();
  const engine = createSearchEngine(searchCorpus(bundle));

  it('finds an issue by its title once, not once per meeting', () => {
    const { hits } = engine.search('harbour wall');
    const issueHits = hits.filter((h) => h.itemId === null);
    expect(issueHits.map((h) => h.issueId)).toEqual(['harbour-wall']);
  });

  it('finds words in minutes and decisions, marks them, and names the field', () => {
    const item = bundle.items.find((i) => i.minutes && i.minutes.text.length > 40)!;
    const word = item.minutes!.text.match(/[A-Za-z]{7,}/)![0];
    const { hits } = engine.search(word.toLowerCase());
    const hit = hits.find((h) => h.itemId === item.id);
    expect(hit).toBeDefined();
    expect(hit!.snippet.some((p) => p.hit && p.text.toLowerCase() === word.toLowerCase())).toBe(
      true,
    );
  });

  it('matches the start of a word being typed, and requires every word', () => {
    expect(engine.search('harb').total).toBeGreaterThan(0);
    expect(engine.search('harbour zzyzx').total).toBe(0);
    expect(engine.search('   ')).toEqual({ query: '   ', total: 0, hits: [] });
  });

  it('matches the start of a word from its third letter, and a shorter word only whole', () => {
    const doc = (id: string, title: string) =>
      ({ id, issueId: id, itemId: null, title, decision: '', agenda: '', minutes: '' }) as const;
    const docs = [doc('a', 'Parking charges'), doc('b', 'Pa and ma')];
    const small = createSearchEngine(docs);
    expect(small.search('par').hits.map((h) => h.id)).toEqual(['a']);
    expect(small.search('pa').hits.map((h) => h.id)).toEqual(['b']);
    expect(small.search('p').total).toBe(0);
  });

  it('sends at most MAX_HITS hits but counts them all', () => {
    const many = Array.from({ length: MAX_HITS + 20 }, (_, i) => ({
      id: `item:${i}`,
      issueId: 'x',
      itemId: String(i),
      title: `Budget report ${i}`,
      decision: '',
      agenda: '',
      minutes: '',
    }));
    const result = createSearchEngine(many).search('budget');
    expect(result.total).toBe(MAX_HITS + 20);
    expect(result.hits).toHaveLength(MAX_HITS);
  });
});
