import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { brokenBundles, buildEmptyBundle, buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

describe('overview route', () => {
  it('lists the issues with links, the coverage and the headline figures', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The record at a glance' }),
    ).toBeInTheDocument();
    const issues = await screen.findByRole('region', { name: 'Issues' });
    expect(within(issues).getByRole('link', { name: 'Harbour wall repairs' })).toHaveAttribute(
      'href',
      '/issues/harbour-wall',
    );
    expect(within(issues).getByRole('link', { name: 'Parks cafe review' })).toBeInTheDocument();
    expect(within(issues).getByText('3 meetings, 1 Mar 2021 to 20 May 2021')).toBeInTheDocument();

    const headlines = screen.getByRole('region', { name: 'Headline figures' });
    expect(within(headlines).getByRole('link', { name: '£150,000 (Source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/harbour-wall-page\?start=\d+&end=\d+$/),
    );
    expect(within(headlines).getByRole('link', { name: '£0.6m-£1.1m (Source)' })).toBeVisible();
    expect(within(headlines).getByRole('link', { name: '£40,000 (Source)' })).toBeVisible();
    expect(
      within(headlines).getByRole('link', { name: '3 to 1.5 Harbour Masters (Source)' }),
    ).toBeVisible();
    // Two open promises (one met, one undated but still open): the earliest is June 2022.
    expect(within(headlines).getByText('3 open')).toBeVisible();
    expect(within(headlines).getByText(/Earliest due: June 2022/)).toHaveTextContent(
      'Status: Overdue: no evidence of delivery in this record',
    );

    const coverage = screen.getByRole('region', { name: 'What this record covers' });
    expect(within(coverage).getByText(/Examplebury Borough Council/)).toBeVisible();
    expect(within(coverage).getByText('1 Feb 2021 to 20 May 2021')).toBeVisible();

    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'The record speaks up to 20 May 2021.',
    );
    await waitFor(() => expect(document.title).toBe('The record at a glance | Civic Trail'));
  });

  it('has a skip link, a main landmark and a navigation', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Commitments' })).toBeVisible();
  });

  it('says so when the bundle has no issues', async () => {
    server.use(serveBundle(buildEmptyBundle()));
    renderApp('/');
    expect(await screen.findByText('This record has no issues yet.')).toBeVisible();
    expect(screen.getByText('Not named in the record')).toBeVisible();
    expect(screen.getAllByText('None stated in this record.')).toHaveLength(3);
    expect(screen.getByText('No open commitments.')).toBeVisible();
  });

  it('offers a retry after a failed fetch, and the retry works', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => new HttpResponse(null, { status: 500 })));
    const { user } = renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered 500');
    server.use(serveBundle(buildValidBundle()));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Harbour wall repairs' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the path of each problem in an invalid bundle', async () => {
    server.use(serveBundle(brokenBundles.missingField));
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'The record could not be loaded' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('does not match the expected format');
    const error = screen.getByRole('region', { name: 'The record could not be loaded' });
    const problem = within(error).getByRole('listitem');
    expect(problem).toHaveTextContent('issues[1].title');
    expect(problem).toHaveTextContent('is missing');
  });

  it('explains a bundle that is not JSON, and one of another schema version', async () => {
    server.use(serveBundle(brokenBundles.notJson));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
  });

  it('names the schema version it reads', async () => {
    server.use(serveBundle(brokenBundles.wrongVersion));
    renderApp('/');
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(screen.getByText('schemaVersion')).toBeVisible();
    const error = screen.getByRole('region', { name: 'The record could not be loaded' });
    expect(within(error).getByRole('listitem')).toHaveTextContent(
      'this app reads schema version 1, the bundle says number 2',
    );
  });
});
