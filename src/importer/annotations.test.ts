// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parsePreciseDate } from './editor-dates.ts';
import { buildBundle } from './build-bundle.ts';
import { Diagnostics, formatDiagnostic, ImportError } from './diagnostics.ts';
import { LIBRARY_HOURS } from './test-pages.ts';

const PAGE = 'library-hours.moderngov-issue.txt';

function build(yaml: string) {
  const diag = new Diagnostics();
  const bytes = new TextEncoder().encode(LIBRARY_HOURS);
  try {
    const bundle = buildBundle(
      [
        {
          file: `seeds/${PAGE}`,
          fileName: PAGE,
          bytes,
          annotation: { file: 'seeds/library-hours.annotations.yaml', source: yaml },
        },
      ],
      diag,
    );
    return { bundle, messages: diag.all.map(formatDiagnostic) };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { bundle: null, messages: diag.all.map(formatDiagnostic) };
  }
}

const HEAD = `page: ${PAGE}\nreviewed: 2026-01-02T03:04:05Z\n`;

const SAVING = `${HEAD}figures:
  - id: hours-saving
    kind: saving
    value: 40000
    unit: GBP
    recurrence: annual
    label: Saving from shorter opening hours
    basis: stated
    quote: The saving of £40,000 be noted
`;

describe('annotation files', () => {
  it('joins a figure to the amount found in its quote and the item the quote is in', () => {
    const { bundle, messages } = build(SAVING);
    expect(messages).toEqual([]);
    expect(bundle!.generatedAt).toBe('2026-01-02T03:04:05Z');
    const [figure] = bundle!.figures;
    expect(figure).toMatchObject({
      id: 'hours-saving',
      value: 40000,
      itemId: '2012-01-10-cabinet-item-4',
      mentionIds: ['2012-01-10-cabinet-item-4-money-1'],
      source: { quote: 'The saving of £40,000 be noted' },
    });
    const mention = bundle!.mentions.find((m) => m.id === figure!.mentionIds[0]);
    expect(mention).toMatchObject({ kind: 'money', value: 40000, quote: '£40,000' });
  });

  it('reports a quote that is not in the page at the quote’s own line', () => {
    const { bundle, messages } = build(
      SAVING.replace('The saving of £40,000 be noted', 'The saving of £40,000 be agreed'),
    );
    expect(bundle).toBeNull();
    expect(messages).toEqual([
      `seeds/library-hours.annotations.yaml:11:12: error: figure 1: quote not found in ${PAGE}: "The saving of £40,000 be agreed"`,
    ]);
  });

  it('reports a figure whose amount differs from the amount in its quote', () => {
    const { messages } = build(SAVING.replace('value: 40000', 'value: 45000'));
    expect(messages).toEqual([
      'seeds/library-hours.annotations.yaml:6:12: error: figure 1: 45000 GBP is not an amount found in its quote (found "£40,000" = 40000)',
    ]);
  });

  it('asks which occurrence an ambiguous quote means, and accepts the answer', () => {
    const ambiguous = `${HEAD}outcomes:\n  - value: noted\n    basis: stated\n    quote: noted\n`;
    expect(build(ambiguous).messages).toEqual([
      `seeds/library-hours.annotations.yaml:6:12: error: outcome 1: quote appears 2 times in ${PAGE}; add "occurrence: N" to say which: "noted"`,
    ]);
    const { bundle, messages } = build(`${ambiguous}    occurrence: 2\n`);
    expect(messages).toEqual([]);
    expect(bundle!.items.find((i) => i.id === '2012-01-10-cabinet-item-4')!.outcome).toMatchObject({
      value: 'noted',
      basis: 'stated',
      source: { quote: 'noted' },
    });
  });

  it('records an unknown outcome only with a note saying why, for an item that exists', () => {
    const missingNote = `${HEAD}outcomes:\n  - item: 2012-01-20-council-item-7\n    value: unknown\n    basis: editor\n`;
    expect(build(missingNote).messages).toEqual([
      'seeds/library-hours.annotations.yaml:4:5: error: outcome 1: an unknown outcome needs a "note" saying why',
    ]);
    const noSuchItem =
      missingNote.replace('council-item-7', 'council-item-8') + '    note: Not published.\n';
    expect(build(noSuchItem).messages[0]).toMatch(
      /:4:\d+: error: outcome 1: no item "2012-01-20-council-item-8"/,
    );
  });

  it('reports unknown fields, missing fields and YAML errors with their lines', () => {
    expect(build(SAVING.replace('    label:', '    lable:')).messages).toEqual([
      'seeds/library-hours.annotations.yaml:4:5: error: figure 1: "label" is required',
      'seeds/library-hours.annotations.yaml:9:5: error: figure 1: unknown field "lable" (expected one of: id, kind, value, low, high, unit, recurrence, period, indicative, label, note, basis, quote, occurrence, qualifiers)',
    ]);
    expect(build(`${HEAD}figures: [\n`).messages[0]).toMatch(
      /^seeds\/library-hours\.annotations\.yaml:\d+:\d+: error: YAML: /,
    );
    expect(build('page: other.txt\nreviewed: yesterday\n').messages).toEqual([
      `seeds/library-hours.annotations.yaml:1:7: error: this file annotates "other.txt", not "${PAGE}"`,
      'seeds/library-hours.annotations.yaml:2:11: error: "reviewed" must be an ISO time in UTC such as 2026-11-26T09:00:00Z, got "yesterday"',
    ]);
  });

  it('reports every field of the wrong shape in one run, each at its line and column', () => {
    const yaml = `${HEAD}asOf: April 2011
figures:
  - id: Hours
    kind: savings
    value: 40000
    unit: GBP
    period: soon
    indicative: yes
    label: [a, list]
    basis: stated
    quote: The saving of £40,000 be noted
    occurrence: 0
structure:
  - id: staff
    unit: Libraries
    role: Library Assistant
    steps:
      - label: Now
        fte: four
        basis: editor
        quote: Opening hours
        extra: 1
`;
    const file = 'seeds/library-hours.annotations.yaml';
    expect(build(yaml).messages).toEqual([
      `${file}:3:7: error: "asOf" must be a day (YYYY-MM-DD)`,
      `${file}:5:9: error: figure 1: "id" must be lower-case letters, digits and hyphens, got "Hours"`,
      `${file}:6:11: error: figure 1: "kind" must be one of saving, cost, funding, headcount, share, got "savings"`,
      `${file}:9:13: error: figure 1: "period" cannot be read as a date: "soon" (try "April 2011", "2011-04", "2010-10-28" or "2011/12")`,
      `${file}:10:17: error: figure 1: "indicative" must be true or false, got "yes"`,
      `${file}:11:12: error: figure 1: "label" must be text, got a list`,
      `${file}:14:17: error: figure 1: "occurrence" must be at least 1, got 0`,
      `${file}:21:14: error: structure 1 step 1: "fte" must be a number, got "four"`,
      `${file}:24:9: error: structure 1 step 1: unknown field "extra" (expected one of: label, fte, date, condition, note, basis, quote, occurrence)`,
    ]);
  });

  it('says what an annotation file is when the file is not a map, or a list is not a list', () => {
    expect(build('- page\n- reviewed\n').messages).toEqual([
      'seeds/library-hours.annotations.yaml:1:1: error: an annotation file is a YAML map with "page:" and "reviewed:" at the top',
    ]);
    expect(build(`${HEAD}bodies: Cabinet\n`).messages).toEqual([
      'seeds/library-hours.annotations.yaml:3:9: error: "bodies" must be a list, got "Cabinet"',
    ]);
  });

  it('asks for a figure’s value, or both ends of its range, once its fields are right', () => {
    expect(build(SAVING.replace('value: 40000', 'low: 40000')).messages).toEqual([
      'seeds/library-hours.annotations.yaml:4:5: error: figure 1: give either "value", or both "low" and "high"',
    ]);
  });

  it('reads structure steps and commitments with dates in the record’s own words', () => {
    const yaml = `${HEAD}structure:
  - id: library-staff
    unit: Libraries
    role: Library Assistant
    steps:
      - label: After the change
        fte: 4
        date: Feb 2012
        basis: editor
        quote: Opening hours be reduced by 10-15% from Feb 2012
commitments:
  - id: shorter-hours
    text: Reduce opening hours by 10-15%
    owner: null
    due: Feb 2012
    basis: stated
    quote: Opening hours be reduced by 10-15% from Feb 2012
`;
    const { bundle, messages } = build(yaml);
    expect(messages).toEqual([]);
    expect(bundle!.structure[0]!.steps[0]).toMatchObject({
      id: 'library-staff-after-the-change',
      date: { date: '2012-02', precision: 'month' },
      itemId: '2012-01-10-cabinet-item-4',
    });
    expect(bundle!.commitments[0]).toMatchObject({
      owner: null,
      status: 'open',
      evidence: [],
      madeAt: '2012-01-10-cabinet-item-4',
    });
  });
});

describe('commitments and steps', () => {
  const COMMITMENT = `${HEAD}commitments:
  - id: shorter-hours
    text: Reduce opening hours
    owner: null
    due: Feb 2012
    basis: stated
    quote: Opening hours be reduced by 10-15% from Feb 2012
`;

  it('needs the owner written out, even as null', () => {
    expect(build(COMMITMENT.replace('    owner: null\n', '')).messages).toEqual([
      'seeds/library-hours.annotations.yaml:4:5: error: commitment 1: "owner" must be written out, as null where the record names nobody',
    ]);
  });

  it('takes a stated date only from the quote', () => {
    expect(build(COMMITMENT.replace('due: Feb 2012', 'due: March 2012')).messages).toEqual([
      'seeds/library-hours.annotations.yaml:7:10: error: commitment 1: the basis is "stated" but the quote does not give the date 2012-03; quote the words that do, or make the basis "editor"',
    ]);
    expect(
      build(
        COMMITMENT.replace('due: Feb 2012', 'due: March 2012').replace(
          'basis: stated',
          'basis: editor',
        ),
      ).messages,
    ).toEqual([]);
  });
});

describe('dates an editor writes', () => {
  it.each([
    ['April 2011', { date: '2011-04', precision: 'month' }],
    ['2011-04', { date: '2011-04', precision: 'month' }],
    ['2010-10-28', { date: '2010-10-28', precision: 'day' }],
    ['28/10/2010', { date: '2010-10-28', precision: 'day' }],
    ['2011/12', { date: '2011/12', precision: 'financial-year' }],
    ['2011', { date: '2011', precision: 'year' }],
  ])('%s', (raw, expected) => {
    expect(parsePreciseDate(raw)).toEqual(expected);
  });

  it.each(['2010-02-31', '31/02/2010', '2011-13', 'soon', '2011/13'])('rejects %s', (raw) => {
    expect(parsePreciseDate(raw)).toBeUndefined();
  });
});

describe('what qualifies a figure', () => {
  const QUALIFIED = `${SAVING}    qualifiers:
      - quote: Opening hours be reduced by 10-15%
`;

  it('links the one quantity a qualifier quotes to the figure', () => {
    const { bundle, messages } = build(QUALIFIED);
    expect(messages).toEqual([]);
    const [figure] = bundle!.figures;
    const qualifier = bundle!.mentions.find((m) => m.id === figure!.qualifiedBy![0]);
    expect(qualifier).toMatchObject({ kind: 'percent', low: 10, high: 15, quote: '10-15%' });
  });

  it('asks for words around exactly one quantity', () => {
    expect(
      build(QUALIFIED.replace('reduced by 10-15%\n', 'reduced by 10-15% from Feb 2012\n')).messages,
    ).toEqual([
      'seeds/library-hours.annotations.yaml:13:16: error: figure 1 qualifier 1: the quote holds 2 quantities the importer found ("10-15%", "Feb 2012"); quote the words around only the one that qualifies the figure',
    ]);
    expect(build(QUALIFIED.replace('reduced by 10-15%\n', 'reduced\n')).messages).toEqual([
      "seeds/library-hours.annotations.yaml:13:16: error: figure 1 qualifier 1: the quote holds no quantity the importer found, other than the figure's own; quote the words around the one that qualifies it",
    ]);
  });
});

describe('numbers in a commitment’s words', () => {
  const PROMISE = `${HEAD}commitments:
  - id: shorter-hours
    text: Reduce opening hours by 10-15% from Feb 2012, saving £40,000
    owner: null
    basis: stated
    quote: Opening hours be reduced by 10-15% from Feb 2012
`;

  it('refuses a number that none of its quotes gives, at the text’s line', () => {
    expect(build(PROMISE).messages).toEqual([
      'seeds/library-hours.annotations.yaml:5:11: error: commitment 1: the text gives 40,000, which none of its quotes does; quote the words that do (under "furtherQuotes"), or leave the number out',
    ]);
  });

  it('takes the number from a further quote, each quote checked against the page', () => {
    const { bundle, messages } = build(
      `${PROMISE}    furtherQuotes:\n      - quote: The saving of £40,000 be noted\n`,
    );
    expect(messages).toEqual([]);
    expect(bundle!.commitments[0]!.furtherSources).toEqual([
      expect.objectContaining({ quote: 'The saving of £40,000 be noted' }),
    ]);
    expect(
      build(`${PROMISE}    furtherQuotes:\n      - quote: The saving of £40,000 be agreed\n`)
        .messages,
    ).toEqual([
      'seeds/library-hours.annotations.yaml:10:16: error: commitment 1 further quote 1: quote not found in library-hours.moderngov-issue.txt: "The saving of £40,000 be agreed"',
    ]);
  });
});

describe('remarks', () => {
  const REMARKS = `${HEAD}remarks:
  - kind: concern
    by: members
    text: Members only noted the report
    basis: editor
    quote: Members noted the report.
  - kind: question
    text: Which libraries lose hours is not said
    basis: editor
    quote: Opening hours be reduced by 10-15% from Feb 2012
`;

  it('places each remark on the item its quote falls in', () => {
    const { bundle, messages } = build(REMARKS);
    expect(messages).toEqual([]);
    const remarksOf = (id: string) => bundle!.items.find((i) => i.id === id)!.remarks;
    expect(remarksOf('2012-01-20-council-item-7')).toEqual([
      {
        kind: 'concern',
        by: 'members',
        text: 'Members only noted the report',
        source: expect.objectContaining({ quote: 'Members noted the report.' }),
        basis: 'editor',
      },
    ]);
    expect(remarksOf('2012-01-10-cabinet-item-4')).toMatchObject([{ kind: 'question', by: null }]);
  });

  it('reports a kind it does not know and a quote outside every item', () => {
    const bad = REMARKS.replace('kind: concern', 'kind: worry').replace(
      'quote: Members noted the report.',
      'quote: Library opening hours',
    );
    expect(build(bad).messages).toEqual([
      'seeds/library-hours.annotations.yaml:4:11: error: remark 1: "kind" must be one of invitation, concern, question, got "worry"',
    ]);
    expect(
      build(REMARKS.replace('Members noted the report.', 'Issue - meetings')).messages,
    ).toEqual([
      "seeds/library-hours.annotations.yaml:8:12: error: remark 1: the quote is not inside any meeting's item",
    ]);
  });
});
