import { paths } from '@/config/paths.ts';
import { numberSourceNotes, spanOfSourceLink } from './print-notes-model.ts';

const a = { documentId: 'cabinet-report', start: 10, end: 42 };
const b = { documentId: 'minutes 2021', start: 5, end: 9 };

describe('numbering the source links of a printed page', () => {
  it('reads the quoted span from a link to the source view, bundle and all', () => {
    expect(spanOfSourceLink(`${paths.sourceOf(a)}&bundle=%2Fdata%2Fother.json`)).toEqual(a);
    expect(spanOfSourceLink(paths.sourceOf(b))).toEqual(b);
  });

  it('names no span for other links, or for a span that is missing or back to front', () => {
    expect(spanOfSourceLink(paths.issue('harbour-wall'))).toBeNull();
    expect(spanOfSourceLink(paths.source('cabinet-report'))).toBeNull();
    expect(spanOfSourceLink('/sources/cabinet-report?start=9&end=3')).toBeNull();
    expect(spanOfSourceLink('/sources/cabinet-report?start=x&end=3')).toBeNull();
  });

  it('numbers notes in reading order, one note for a span quoted twice', () => {
    const { numbers, notes } = numberSourceNotes([
      paths.sourceOf(a),
      paths.issue('harbour-wall'),
      paths.sourceOf(b),
      paths.sourceOf(a),
    ]);
    expect(numbers).toEqual([1, null, 2, 1]);
    expect(notes).toEqual([
      { number: 1, ...a },
      { number: 2, ...b },
    ]);
  });

  it('gives a page with no source links no notes', () => {
    expect(numberSourceNotes([])).toEqual({ numbers: [], notes: [] });
  });
});
