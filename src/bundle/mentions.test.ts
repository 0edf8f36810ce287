import { buildNotAnnotatedBundle, buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { buildIndex } from './indexes.ts';
import {
  countUnreviewedMentions,
  mentionSentence,
  sentenceAround,
  unreviewedMentions,
} from './mentions.ts';
import { validateBundle } from './validate.ts';

function sentenceOf(text: string, quote: string): string {
  const start = text.indexOf(quote);
  const s = sentenceAround(text, start, start + quote.length);
  return text.slice(s.start, s.end);
}

describe('sentenceAround', () => {
  it('takes the whole sentence, keeping the points inside amounts', () => {
    const text = 'Intro line\nFirst one. It would save £1.580 million in 2024/25. Then more.';
    expect(sentenceOf(text, '£1.580 million')).toBe('It would save £1.580 million in 2024/25.');
    expect(sentenceOf(text, 'First')).toBe('First one.');
    expect(sentenceOf(text, 'more')).toBe('Then more.');
  });

  it('stops at line breaks, and at the ends of the text', () => {
    expect(sentenceOf('Saving: £2 million\nNext line', '£2 million')).toBe('Saving: £2 million');
    expect(sentenceOf('£45', '£45')).toBe('£45');
  });

  it('cuts a very long sentence short around the mention, at words', () => {
    const long = `${'word '.repeat(100)}£5 ${'more '.repeat(100)}end.`;
    const start = long.indexOf('£5');
    const s = sentenceAround(long, start, start + 2);
    expect(s.cutBefore).toBe(true);
    expect(s.cutAfter).toBe(true);
    const slice = long.slice(s.start, s.end);
    expect(slice).toMatch(/^word .* £5 more .* more$/);
    expect(slice.length).toBeLessThan(340);
  });
});

describe('the not-annotated fixture', () => {
  it('is a valid bundle whose quotes are their documents’ words', () => {
    expect(validateBundle(buildNotAnnotatedBundle())).toMatchObject({ ok: true });
  });
});

describe('unreviewedMentions', () => {
  const index = buildIndex(buildNotAnnotatedBundle());

  it('lists each money mention with its sentence and where it was said, dated first', () => {
    const rows = unreviewedMentions(index, 'money');
    expect(rows.map((r) => r.mention.quote)).toEqual([
      '£2 million',
      '£1.580 million',
      '£0.8 and £1.2 million',
      '£12 per hour',
      // Cabinet on 14 Mar 2023, then the decision of 1 Jun 2023, then the undated meeting.
      '£25.50',
      '45p',
    ]);
    const first = rows[0]!;
    expect(mentionSentence(first)).toEqual({
      before: 'RESOLVED that the new collection rounds be approved, saving ',
      quote: '£2 million',
      after: ' a year from April 2024.',
      cutBefore: false,
      cutAfter: false,
      markup: false,
    });
    expect(first.place?.body?.name).toBe('Cabinet');
    expect(first.place?.date).toBe('2023-03-14');
    const bulky = rows[4]!;
    expect(bulky.place?.meeting).toBeNull();
    expect(bulky.place?.maker).toBe('Director of Environment');
    const pence = rows[5]!;
    expect(pence.place?.date).toBeNull();
    expect(pence.place?.body?.name).toBe('Overview and Scrutiny Committee');
  });

  it('keeps kinds apart', () => {
    expect(unreviewedMentions(index, 'count').map((r) => r.mention.noun)).toEqual([
      'drivers',
      'posts',
      'supervisors',
    ]);
    expect(unreviewedMentions(index, 'date').map((r) => r.mention.quote)).toEqual([
      'April 2024',
      '2024/25',
      'September 2023',
    ]);
  });

  it('leaves out mentions an editor already tied to a figure', () => {
    const bundle = buildValidBundle();
    expect(unreviewedMentions(buildIndex(bundle), 'money')).toEqual([]);
    const unlinked = {
      ...bundle,
      figures: bundle.figures.map((f) => ({ ...f, mentionIds: [] })),
    };
    expect(unreviewedMentions(buildIndex(unlinked), 'money')).toHaveLength(1);
    const qualifying = {
      ...unlinked,
      figures: unlinked.figures.map((f) => ({ ...f, qualifiedBy: bundle.figures[0]!.mentionIds })),
    };
    expect(unreviewedMentions(buildIndex(qualifying), 'money')).toEqual([]);
  });

  it('is empty for a record with no mentions', () => {
    expect(unreviewedMentions(buildIndex({ ...buildValidBundle(), mentions: [] }), 'date')).toEqual(
      [],
    );
  });

  it('places a mention at no item last, with no place', () => {
    const bundle = buildNotAnnotatedBundle();
    const orphan = { ...bundle.mentions[0]!, id: 'orphan', itemId: null };
    const rows = unreviewedMentions(
      buildIndex({ ...bundle, mentions: [orphan, ...bundle.mentions] }),
      'money',
    );
    expect(rows[rows.length - 1]!.mention.id).toBe('orphan');
    expect(rows[rows.length - 1]!.place).toBeNull();
  });
});

describe('countUnreviewedMentions', () => {
  it('counts what unreviewedMentions lists, kind by kind', () => {
    for (const bundle of [buildNotAnnotatedBundle(), buildValidBundle()]) {
      const index = buildIndex(bundle);
      for (const kind of ['money', 'percent', 'count', 'date'] as const) {
        expect(countUnreviewedMentions(index, kind)).toBe(unreviewedMentions(index, kind).length);
      }
    }
  });

  it('counts only the mentions at the items given, never one at no item', () => {
    const bundle = buildNotAnnotatedBundle();
    const orphan = { ...bundle.mentions[0]!, id: 'orphan', itemId: null };
    const index = buildIndex({ ...bundle, mentions: [orphan, ...bundle.mentions] });
    const rows = unreviewedMentions(index, 'money');
    const first = rows[0]!.mention.itemId!;
    expect(countUnreviewedMentions(index, 'money', new Set([first]))).toBe(
      rows.filter((r) => r.mention.itemId === first).length,
    );
    expect(countUnreviewedMentions(index, 'money', new Set())).toBe(0);
    expect(countUnreviewedMentions(index, 'money')).toBe(rows.length);
  });
});
