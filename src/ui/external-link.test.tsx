import { render, screen } from '@testing-library/react';
import { ExternalLink } from './external-link.tsx';

describe('ExternalLink', () => {
  it('links https documents in a new tab with no opener and no referrer', () => {
    render(<ExternalLink href="https://council.example/report.pdf">Report</ExternalLink>);
    const link = screen.getByRole('link', { name: 'Report' });
    expect(link).toHaveAttribute('href', 'https://council.example/report.pdf');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it.each(['javascript:alert(1)', 'http://council.example/report.pdf', '/documents/report.pdf'])(
    'shows %s as text, not a link',
    (href) => {
      render(<ExternalLink href={href}>Report</ExternalLink>);
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
      expect(screen.getByText('Report')).toBeVisible();
    },
  );
});
