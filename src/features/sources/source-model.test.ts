import { buildVersion2Bundle, HARBOUR_DOC, LIBRARY_DOC } from '~mocks/fixtures/bundles.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import { parseSpan, sourceModel } from './source-model.ts';

describe('parseSpan', () => {
  it('keeps only spans inside the text', () => {
    expect(parseSpan(null, null, 10)).toBe('none');
    expect(parseSpan('2', '5', 10)).toEqual({ start: 2, end: 5 });
    expect(parseSpan('5', '5', 10)).toBe('invalid');
    expect(parseSpan('5', '2', 10)).toBe('invalid');
    expect(parseSpan('0', '11', 10)).toBe('invalid');
    expect(parseSpan('-1', '3', 10)).toBe('invalid');
    expect(parseSpan('a', '3', 10)).toBe('invalid');
    expect(parseSpan('1.5', '3', 10)).toBe('invalid');
    expect(parseSpan('1', null, 10)).toBe('invalid');
  });
});

describe('sourceModel', () => {
  const index = buildIndex(buildVersion2Bundle());

  it('gives the document with the issues read from it', () => {
    const harbour = sourceModel(index, HARBOUR_DOC);
    expect(harbour?.document.title).toBe('Harbour wall repairs: issue meetings');
    expect(harbour?.issues.map((i) => i.id)).toEqual(['harbour-wall', 'parks-cafe']);
    expect(sourceModel(index, LIBRARY_DOC)?.issues.map((i) => i.id)).toEqual(['library-hours']);
  });

  it('is null for a document the record does not have', () => {
    expect(sourceModel(index, 'no-such-document')).toBeNull();
  });
});
