import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { brokenBundles, buildEmptyBundle, buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

const stopHeadings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('issue trail route', () => {
  it('follows the issue across meetings, oldest first, with everything said at each stop', async () => {
    renderApp('/issues/harbour-wall');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour wall repairs' }),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Harbour wall repairs | Civic Trail'));
    expect(stopHeadings()).toEqual([
      '1 Mar 2021: Harbour Board',
      '12 Apr 2021: Cabinet',
      '20 May 2021: Full Council',
    ]);

    const board = screen.getByRole('article', { name: '1 Mar 2021: Harbour Board' });
    expect(within(board).getByText('Dissolved')).toBeVisible();
    expect(within(board).getByText('Item 4')).toBeVisible();
    expect(
      within(board).getByText("The Harbour Board's decision text is not in this record."),
    ).toBeVisible();

    const cabinet = screen.getByRole('article', { name: '12 Apr 2021: Cabinet' });
    expect(
      within(cabinet).getByText(/Harbour Board noted it, and it went on to Cabinet/),
    ).toBeVisible();
    expect(within(cabinet).getByText('Report of the Director of Place')).toBeVisible();
    expect(within(cabinet).getByText('Outcome:', { exact: false })).toBeInTheDocument();
    const resolutions = within(cabinet).getAllByRole('list')[1]!;
    const items = within(resolutions).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent(
      /^2\..*It be recommended that Council approves the repair plan$/,
    );
    expect(within(items[1]!).getByRole('link', { name: '2. (Source)' })).toBeVisible();
    expect(within(cabinet).getByRole('link', { name: '£150,000 (Source)' })).toBeVisible();
    expect(within(cabinet).getByRole('link', { name: '£0.6m-£1.1m (Source)' })).toBeVisible();
    expect(within(cabinet).getByRole('link', { name: '£40,000 (Source)' })).toBeVisible();
    expect(
      within(cabinet).getByRole('link', { name: 'Phase 1: 2 Harbour Masters (Source)' }),
    ).toBeVisible();
    expect(
      within(cabinet).getByRole('link', { name: 'Set up a members panel (Source)' }),
    ).toBeVisible();

    const council = screen.getByRole('article', { name: '20 May 2021: Full Council' });
    expect(within(council).getByText('Cabinet recommended it to Full Council.')).toBeVisible();
    expect(
      within(council).getByText("The Full Council's decision text is not in this record."),
    ).toBeVisible();
    expect(within(council).getByText(/The minutes were cut short/)).toBeVisible();
    expect(within(council).getByText('Outcome not recorded')).toBeVisible();
  });

  it('reverses the order with the toggle and keeps it in the URL', async () => {
    const { user, router } = renderApp('/issues/harbour-wall');
    await screen.findByRole('heading', { level: 1, name: 'Harbour wall repairs' });
    await user.click(screen.getByRole('button', { name: 'Show newest first' }));
    await waitFor(() => expect(stopHeadings()[0]).toBe('20 May 2021: Full Council'));
    expect(router.state.location.search).toBe('?order=newest');
    expect(screen.getByText('Order: Newest first')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show oldest first' }));
    await waitFor(() => expect(stopHeadings()[0]).toBe('1 Mar 2021: Harbour Board'));
  });

  it('folds long minutes away behind a disclosure', async () => {
    const bundle = buildValidBundle();
    const cabinet = bundle.items[1]!;
    cabinet.minutes = { ...cabinet.minutes!, text: 'word '.repeat(200).trim() };
    server.use(serveBundle(bundle));
    const { user } = renderApp('/issues/harbour-wall');
    const summary = await screen.findByText('Read the minutes (about 200 words)');
    const minutes = screen.getByText(/^word word/);
    expect(minutes).not.toBeVisible();
    await user.click(summary);
    expect(minutes).toBeVisible();
  });

  it('shows a friendly not-found with a way back for an unknown issue', async () => {
    const { user } = renderApp('/issues/no-such-issue');
    expect(await screen.findByRole('heading', { level: 1, name: 'Issue not found' })).toBeVisible();
    expect(screen.getByText('This record has no issue with the id “no-such-issue”.')).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to the overview' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The record at a glance' }),
    ).toBeVisible();
  });

  it('treats every id as unknown in an empty bundle', async () => {
    server.use(serveBundle(buildEmptyBundle()));
    renderApp('/issues/harbour-wall');
    expect(await screen.findByRole('heading', { level: 1, name: 'Issue not found' })).toBeVisible();
  });

  it('offers a retry after a failed fetch', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => new HttpResponse(null, { status: 503 })));
    const { user } = renderApp('/issues/harbour-wall');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered 503');
    server.use(serveBundle(buildValidBundle()));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour wall repairs' }),
    ).toBeVisible();
  });

  it('names the broken path of a record it set aside, and shows the rest', async () => {
    server.use(serveBundle(brokenBundles.missingField));
    const { user } = renderApp('/issues/harbour-wall');
    const notice = await screen.findByRole('region', {
      name: 'Some records in this bundle were set aside',
    });
    await user.click(within(notice).getByText(/Show all 2 set-aside records/));
    expect(within(notice).getByText('issues[1].title')).toBeVisible();
  });
});
