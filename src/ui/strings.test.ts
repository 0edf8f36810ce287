import { strings } from './strings.en.ts';

describe('outcome and movement wording', () => {
  it('says "not recorded" only where the decision text is missing', () => {
    expect(strings.outcome.word('unknown')).toBe('Outcome not recorded');
    expect(strings.outcome.word('unknown', true)).toBe('Outcome not classified');
    expect(strings.outcome.word('approved', true)).toBe('Approved');
  });

  it('never says the record is silent about a decision it prints', () => {
    const move = strings.issue.movement;
    expect(move('Cabinet', 'Council', 'unknown', false)).toBe(
      'It went from Cabinet to Council; the record does not say what Cabinet decided.',
    );
    expect(move('Cabinet', 'Council', 'unknown', true)).not.toMatch(/does not say/);
    expect(move('Cabinet', 'Council', 'recommended', true)).toBe(
      'Cabinet recommended it to Council.',
    );
  });
});

describe('plurals and lists', () => {
  it('picks each form by the count', () => {
    expect(strings.loadNotice.knockOnLead(1)).toMatch(
      /^1 of them is set aside .* it comes back\.$/,
    );
    expect(strings.loadNotice.knockOnLead(2)).toMatch(
      /^2 of them are set aside .* they come back\.$/,
    );
    expect(strings.bundle.bytes(1)).toBe('1 byte');
    expect(strings.structure.undatedSummary('Librarian', '1', 1, null)).toBe(
      '1 Librarian post, with no date given.',
    );
    expect(strings.structure.undatedSummary('Librarian', '0.5', 0.5, null)).toBe(
      '0.5 Librarian posts, with no date given.',
    );
  });

  it('joins lists with commas and a final "and" or "or"', () => {
    expect(strings.timeline.summary(1, 2, 3, 'May 2010', 'June 2011')).toBe(
      '1 meeting, 2 due dates and 3 phases, from May 2010 to June 2011.',
    );
    expect(strings.bundleError.refused(null, ['https://a.example', 'https://b.example'])).toMatch(
      /own site or from https:\/\/a\.example or https:\/\/b\.example\./,
    );
    expect(strings.bundleError.version([1, 2, 3])).toMatch(/reads versions 1, 2 and 3;/);
    expect(strings.issue.documentMeta('PDF', 44)).toBe('PDF, 44 KB');
    expect(strings.issue.documentMeta(null, null)).toBe('');
  });
});
