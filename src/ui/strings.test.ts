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
