import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MentionSentence } from './mention-table.tsx';

const sentence = (before: string, quote: string, after: string, markup: boolean) => ({
  before,
  quote,
  after,
  cutBefore: false,
  cutAfter: false,
  markup,
});

/** The quoted sentence, found by the whole of its text as a reader sees it. */
const quoted = (text: string) =>
  screen.getByText((_, element) => element?.tagName === 'Q' && element.textContent === text);

describe('MentionSentence', () => {
  it('shows the words of escaped HTML in web-service XML, never its tags or entities', () => {
    render(
      <MentionSentence
        sentence={sentence(
          '<minutesnonemptyhtmlbody>&lt;p&gt;An overspend of ',
          '&amp;pound;0.58 million',
          ' &amp;amp; more.&lt;/p&gt;</minutesnonemptyhtmlbody>',
          true,
        )}
      />,
    );
    expect(screen.getByText('£0.58 million', { selector: 'strong' })).toBeVisible();
    expect(quoted('An overspend of £0.58 million & more.')).toBeVisible();
  });

  it('shows a text page’s words exactly as printed, even where they look like markup', () => {
    render(<MentionSentence sentence={sentence('Cost &amp; ', '£5', ' <b>each</b>', false)} />);
    expect(quoted('Cost &amp; £5 <b>each</b>')).toBeVisible();
  });
});
