import { render, screen } from '@testing-library/react';
import { ExternalLink } from './external-link.tsx';

describe('ExternalLink', () => {
  it('links https documents in a new tab with no opener and no referrer', () => {
    render(<ExternalLink href="https://council.example/report.pdf">Report</ExternalLink>);
    const link = screen.getByRole('link', { name: 'Report' });
    expect(link).toHaveAttribute('href', 'https://council.example/report.pdf');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows a javascript: address as text, not a link', () => {
    render(<ExternalLink href="javascript:alert(1)">Report</ExternalLink>);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Report')).toBeVisible();
  });
});
