import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import {
  brokenBundles,
  buildEmptyBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

const cardTitles = () =>
  screen
    .queryAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 2 }).textContent);

describe('commitments route', () => {
  it('lists every commitment with owner, due date at its precision, status and where it was said', async () => {
    renderApp('/commitments');
    expect(await screen.findByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Commitments | Civic Trail'));
    expect(await screen.findByText('Showing 4 of 4 commitments.')).toBeVisible();
    // Soonest due first; the undated promise last.
    expect(cardTitles()).toEqual([
      'Complete the emergency works',
      'Set up a members panel',
      'Report progress to Cabinet',
      'Publish the survey results',
    ]);

    const panel = screen.getByRole('article', { name: 'Set up a members panel' });
    expect(
      within(panel).getByText('Overdue: no evidence of delivery in this record'),
    ).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'June 2022 (Source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/harbour-wall-page\?start=\d+&end=\d+$/),
    );
    expect(within(panel).getByText('No owner named')).toBeVisible();
    expect(
      within(panel).getByRole('link', { name: 'Cabinet, 12 Apr 2021, item 7' }),
    ).toHaveAttribute('href', '/issues/harbour-wall#item-cabinet-2021-04-12-item-7');

    const report = screen.getByRole('article', { name: 'Report progress to Cabinet' });
    expect(within(report).getByText('Due', { selector: '.badge' })).toBeVisible();
    expect(within(report).getByText('March 2099')).toBeVisible();

    const works = screen.getByRole('article', { name: 'Complete the emergency works' });
    expect(within(works).getByText('Met', { selector: '.badge' })).toBeVisible();
    expect(
      within(works).getByRole('link', {
        name: 'The emergency works were completed in February 2021. (Source)',
      }),
    ).toBeVisible();

    const survey = screen.getByRole('article', { name: 'Publish the survey results' });
    expect(within(survey).getByText('No due date given', { selector: '.badge' })).toBeVisible();
  });

  it('filters by status and owner, keeping the filters in the URL', async () => {
    const { user, router } = renderApp('/commitments');
    await screen.findByText('Showing 4 of 4 commitments.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Director of Place');
    expect(await screen.findByText('Showing 2 of 4 commitments.')).toBeVisible();
    expect(router.state.location.search).toBe('?owner=Director+of+Place');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'due');
    expect(await screen.findByText('Showing 1 of 4 commitments.')).toBeVisible();
    expect(cardTitles()).toEqual(['Report progress to Cabinet']);
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 4 of 4 commitments.')).toBeVisible();
  });

  it('reads filters from the URL, including the unowned ones', async () => {
    renderApp('/commitments?owner=-&status=overdue');
    expect(await screen.findByText('Showing 1 of 4 commitments.')).toBeVisible();
    expect(cardTitles()).toEqual(['Set up a members panel']);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('overdue');
  });

  it('says when no commitment matches', async () => {
    renderApp('/commitments?status=withdrawn');
    expect(await screen.findByText('No commitments match these filters.')).toBeVisible();
  });

  it('says so when the bundle has no commitments', async () => {
    server.use(serveBundle(buildEmptyBundle()));
    renderApp('/commitments');
    expect(await screen.findByText('This record has no commitments.')).toBeVisible();
  });

  it('offers a retry after a failed fetch', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => new HttpResponse('oops', { status: 500 })));
    const { user } = renderApp('/commitments');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered 500');
    server.use(serveBundle(buildValidBundle()));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Showing 4 of 4 commitments.')).toBeVisible();
  });

  it('names the broken path of a record it set aside, and shows the rest', async () => {
    server.use(serveBundle(brokenBundles.missingField));
    const { user } = renderApp('/commitments');
    const notice = await screen.findByRole('region', {
      name: 'Some records in this bundle were set aside',
    });
    await user.click(within(notice).getByText(/Show all 2 set-aside records/));
    expect(within(notice).getByText('issues[1].title')).toBeVisible();
  });

  it('says where a promise was made when the meeting has no date or there was no meeting', async () => {
    server.use(serveBundle(buildVersion2Bundle()));
    renderApp('/commitments');
    const visitors = await screen.findByRole('article', { name: 'Report back on visitor numbers' });
    expect(
      within(visitors).getByRole('link', {
        name: 'Scrutiny Committee, date not in this record, item 5',
      }),
    ).toHaveAttribute('href', '/issues/library-hours#item-scrutiny-undated-item-5');
    const review = screen.getByRole('article', { name: 'Review the new Saturday hours' });
    expect(
      within(review).getByRole('link', {
        name: 'Decision by Executive Member for Communities, 1 Feb 2022',
      }),
    ).toHaveAttribute('href', '/issues/library-hours#item-saturday-hours-decision');
  });
});
