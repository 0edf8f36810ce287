import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '@/test/render-app.tsx';

describe('app routes', () => {
  it('shows a friendly not-found page with a way back for an unknown path', async () => {
    const { user } = renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Page not found | Civic Trail'));
    await user.click(screen.getByRole('link', { name: 'Back to the overview' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The record at a glance' }),
    ).toBeVisible();
  });

  it.each([
    ['/timeline', 'Decision timeline'],
    ['/savings', 'Savings'],
    ['/structure', 'Structure changes'],
  ])('registers the chart route %s', async (url, heading) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
  });
});
