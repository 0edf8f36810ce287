import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import {
  brokenBundles,
  buildEmptyBundle,
  buildNotAnnotatedBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';
import * as commitmentsModule from './commitments-model.ts';

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
    // Due after the record ends (20 May 2021): the record cannot say whether it was done.
    expect(
      within(panel).getByText('Not known from this record', { selector: '.badge' }),
    ).toBeVisible();
    expect(
      within(panel).getByText(
        'Due by June 2022; the record ends 20 May 2021, before that date, so it cannot show whether this was done.',
      ),
    ).toBeVisible();
    expect(within(panel).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'June 2022 (Source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/harbour-wall-page\?start=\d+&end=\d+$/),
    );
    expect(within(panel).getByText('No owner named')).toBeVisible();
    expect(
      within(panel).getByRole('link', { name: 'Cabinet, 12 Apr 2021, item 7' }),
    ).toHaveAttribute('href', '/issues/harbour-wall#item-cabinet-2021-04-12-item-7');

    const report = screen.getByRole('article', { name: 'Report progress to Cabinet' });
    expect(
      within(report).getByText('Not known from this record', { selector: '.badge' }),
    ).toBeVisible();
    expect(within(report).getByText('March 2099')).toBeVisible();

    const works = screen.getByRole('article', { name: 'Complete the emergency works' });
    expect(within(works).getByText('Met', { selector: '.badge' })).toBeVisible();
    expect(within(works).getByText('The record shows evidence of delivery.')).toBeVisible();
    expect(
      within(works).getByRole('link', {
        name: 'The emergency works were completed in February 2021. (Source)',
      }),
    ).toBeVisible();

    const survey = screen.getByRole('article', { name: 'Publish the survey results' });
    expect(within(survey).getByText('No due date given', { selector: '.badge' })).toBeVisible();
    expect(
      within(survey).getByText(
        'The record gives no due date, and shows no evidence of delivery up to its end, 20 May 2021.',
      ),
    ).toBeVisible();
  });

  it('calls a promise overdue only when its date passed before the record ends', async () => {
    server.use(serveBundle({ ...buildValidBundle(), asOf: '2022-06-30' }));
    renderApp('/commitments');
    const panel = await screen.findByRole('article', { name: 'Set up a members panel' });
    expect(
      within(panel).getByText('Overdue: no evidence of delivery in this record', {
        selector: '.badge',
      }),
    ).toBeVisible();
    expect(
      within(panel).getByText(
        'Due by June 2022 (which ends 30 Jun 2022); the record runs to 30 Jun 2022 and shows no evidence of delivery.',
      ),
    ).toBeVisible();
  });

  it('uses the badges’ words for the status filter', async () => {
    renderApp('/commitments');
    const select = await screen.findByRole('combobox', { name: 'Status' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'All',
      'Overdue: no evidence of delivery in this record',
      'Not known from this record',
      'No due date given',
      'Met',
      'Withdrawn',
    ]);
  });

  it('on the seed, says of every open promise that the record cannot tell, and why', async () => {
    server.use(serveBundle(buildSeedBundle()));
    renderApp('/commitments');
    expect(await screen.findByText('Showing 6 of 6 commitments.')).toBeVisible();
    expect(screen.queryByText(/Overdue/, { selector: '.badge' })).not.toBeInTheDocument();
    const phase1 = screen.getByRole('article', { name: /implement Phase 1 by April 2011/ });
    expect(
      within(phase1).getByText(
        'Due by April 2011; the record ends 13 Dec 2010, before that date, so it cannot show whether this was done.',
      ),
    ).toBeVisible();
    const byStatus = screen
      .getAllByText(/^(Not known from this record|No due date given)$/, { selector: '.badge' })
      .map((b) => b.textContent);
    expect(byStatus).toHaveLength(6);
  });

  it('on the seed, shows every quote a promise rests on, each with its way into the source', async () => {
    server.use(serveBundle(buildSeedBundle()));
    const { user } = renderApp('/commitments');
    const phase2 = await screen.findByRole('article', { name: /^Envisaged, not decided: Phase 2/ });
    await user.click(within(phase2).getByText('Show the 2 quotes'));
    const quotes = within(phase2).getAllByRole('blockquote');
    expect(quotes.map((q) => q.textContent)).toEqual([
      expect.stringMatching(/^Phase 2 would see that further reduced by 1 Assistant Director/),
      expect.stringMatching(/^Subject to agreement .*, to 6\.5$/s),
    ]);
    expect(within(phase2).getAllByRole('link', { name: 'Read it in the source' })).toHaveLength(2);
    const phase1 = screen.getByRole('article', { name: /implement Phase 1 by April 2011/ });
    expect(within(phase1).getByText('Show the quote')).toBeInTheDocument();
  });

  it('filters by status and owner, keeping the filters in the URL', async () => {
    const { user, router } = renderApp('/commitments');
    await screen.findByText('Showing 4 of 4 commitments.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Director of Place');
    expect(await screen.findByText('Showing 2 of 4 commitments.')).toBeVisible();
    expect(router.state.location.search).toBe('?owner=Director+of+Place');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'unknown');
    expect(await screen.findByText('Showing 1 of 4 commitments.')).toBeVisible();
    expect(cardTitles()).toEqual(['Report progress to Cabinet']);
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 4 of 4 commitments.')).toBeVisible();
  });

  it('reads filters from the URL, including the unowned ones', async () => {
    renderApp('/commitments?owner=-&status=unknown');
    expect(await screen.findByText('Showing 1 of 4 commitments.')).toBeVisible();
    expect(cardTitles()).toEqual(['Set up a members panel']);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('unknown');
  });

  it('says when no commitment matches', async () => {
    renderApp('/commitments?status=withdrawn');
    expect(await screen.findByText('No commitments match these filters.')).toBeVisible();
  });

  it('says so when the bundle has no commitments', async () => {
    server.use(serveBundle(buildEmptyBundle()));
    renderApp('/commitments');
    expect(await screen.findByText('No commitments reviewed by an editor yet.')).toBeVisible();
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

  it('on a record no editor has annotated, lists the dates it mentions, not reviewed', async () => {
    server.use(serveBundle(buildNotAnnotatedBundle()));
    renderApp('/commitments');
    expect(await screen.findByText('No commitments reviewed by an editor yet.')).toBeVisible();
    const section = screen.getByRole('region', { name: 'Dates the record mentions, not reviewed' });
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('link', { name: /\(Source\)$/ })
        .map((l) => l.textContent),
    ).toEqual(['April 2024 (Source)', '2024/25 (Source)', 'September 2023 (Source)']);
    expect(within(table).getAllByText('Not reviewed')).toHaveLength(3);
  });

  it('on the seed, lists the dates no figure takes up after the commitments', async () => {
    server.use(serveBundle(buildSeedBundle()));
    renderApp('/commitments');
    const section = await screen.findByRole('region', {
      name: 'Dates the record mentions, not reviewed',
    });
    const dates = within(section)
      .getAllByRole('link', { name: /\(Source\)$/ })
      .map((l) => l.textContent);
    expect(dates).toEqual([
      'February 2010 (Source)',
      'May 2010 (Source)',
      'November 2008 (Source)',
      'April 2011 (Source)',
      'October 2012 (Source)',
    ]);
  });
});

describe('commitments shaping', () => {
  it('shapes the commitments once per bundle, not again when a filter changes', async () => {
    const shape = vi.spyOn(commitmentsModule, 'commitmentsModel');
    const { user } = renderApp('/commitments');
    expect(await screen.findByText('Showing 4 of 4 commitments.')).toBeVisible();
    expect(shape).toHaveBeenCalledTimes(1);
    // Filters narrow the shaped rows: the bundle is not shaped again for them.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Director of Place');
    expect(await screen.findByText('Showing 2 of 4 commitments.')).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'unknown');
    expect(await screen.findByText('Showing 1 of 4 commitments.')).toBeVisible();
    expect(shape).toHaveBeenCalledTimes(1);
  });
});
