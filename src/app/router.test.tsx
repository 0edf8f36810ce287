import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { serveTestBundle, testBundlePath } from '~mocks/handlers/test-bundles.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';
import { createAppRoutes } from './router.tsx';

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

  it('gives every view that reads the bundle its loader from its lazy module', async () => {
    // Route objects, not DOM nodes: destructured so the DOM-access lint rule does not mistake them.
    const [{ children: views = [] } = {}] = createAppRoutes(new QueryClient());
    const withLoader: string[] = [];
    for (const route of views) {
      const lazy = route.lazy as () => Promise<{ loader?: unknown }>;
      if ((await lazy()).loader) withLoader.push(route.path ?? '(index)');
    }
    expect(withLoader).toEqual([
      '(index)',
      '/issues',
      '/search',
      '/issues/:issueId',
      '/timeline',
      '/savings',
      '/structure',
      '/commitments',
      '/sources/:documentId',
    ]);
  });

  it('has the bundle in hand when a view first draws', async () => {
    const { router, queryClient } = renderApp('/commitments');
    // The router is ready only once the route's loader is done, and by then the bundle is read.
    await waitFor(() => expect(router.state.initialized).toBe(true));
    expect(queryClient.getQueryCache().findAll({ queryKey: ['bundle'] })[0]?.state.status).toBe(
      'success',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
    expect(screen.queryByText('Loading the record…')).not.toBeInTheDocument();
  });

  it('explains a bundle that cannot be read once, inside the page, on any view', async () => {
    server.use(serveTestBundle('broken', '{"schemaVersion": 2,'));
    renderApp(`/timeline?bundle=${encodeURIComponent(testBundlePath('broken'))}`);
    const page = await screen.findByRole('region', { name: 'This bundle could not be loaded' });
    expect(within(page).getByRole('alert')).toHaveTextContent('stops part-way through');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    // The page around it stays, so the reader can go elsewhere or open another bundle.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Decision timeline' })).not.toBeInTheDocument();
  });

  it('does not run a view’s loader again when only its filters change', async () => {
    const { router, queryClient } = renderApp('/issues');
    expect(await screen.findByRole('heading', { level: 1, name: 'Issues' })).toBeVisible();
    const ensure = vi.spyOn(queryClient, 'ensureQueryData');
    await router.navigate('/issues?has=figures');
    await router.navigate('/issues?has=decision&year=2021');
    expect(ensure).not.toHaveBeenCalled();
    // Another bundle named in the address is another matter.
    server.use(serveTestBundle('other', buildValidBundle()));
    await router.navigate(`/issues?bundle=${encodeURIComponent(testBundlePath('other'))}`);
    expect(ensure).toHaveBeenCalled();
  });
});
