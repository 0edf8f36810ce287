import { http, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import {
  brokenBundles,
  buildEmptyBundle,
  buildNotAnnotatedBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildBigCouncil } from '~mocks/fixtures/synthetic-council.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';
import * as overviewModule from './overview-model.ts';

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
    // Three open promises (one met): two fall due after the record ends, one has no date.
    expect(within(headlines).getByText('3 open')).toBeVisible();
    expect(
      within(headlines).getByRole('link', { name: 'Not known from this record: 2' }),
    ).toHaveAttribute('href', '/commitments?status=unknown');
    expect(within(headlines).getByRole('link', { name: 'No due date given: 1' })).toHaveAttribute(
      'href',
      '/commitments?status=undated',
    );
    expect(within(headlines).getByText(/Earliest due: June 2022/)).toHaveTextContent(
      'Status: Not known from this record',
    );
    expect(
      within(headlines).getByText(
        'Due by June 2022; the record ends 20 May 2021, before that date, so it cannot show whether this was done.',
      ),
    ).toBeVisible();
    expect(within(headlines).queryByText(/Overdue/)).not.toBeInTheDocument();

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
    expect(screen.getAllByText('No figures reviewed by an editor yet.')).toHaveLength(2);
    expect(screen.getByText('No posts reviewed by an editor yet.')).toBeVisible();
    expect(screen.getByText('The record mentions no amounts of money.')).toBeVisible();
    expect(screen.queryByText(/None stated/)).not.toBeInTheDocument();
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

  it('shows what it can of a partly invalid bundle and names the path of each problem', async () => {
    server.use(serveBundle(brokenBundles.missingField));
    const { user } = renderApp('/');
    const notice = await screen.findByRole('region', {
      name: 'Some records in this bundle were set aside',
    });
    expect(notice).toHaveTextContent('1 of 2 issues and 1 of 4 agenda items');
    await user.click(within(notice).getByText(/Show all 2 set-aside records/));
    expect(within(notice).getByText('issues[1].title')).toBeVisible();
    expect(notice).toHaveTextContent('is missing');
    const issues = screen.getByRole('region', { name: 'Issues' });
    expect(within(issues).getByRole('link', { name: 'Harbour wall repairs' })).toBeVisible();
  });

  it('explains a bundle cut short', async () => {
    server.use(serveBundle(brokenBundles.notJson));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('stops part-way through');
  });

  it('reads a newer schema version as far as it can, and says so', async () => {
    server.use(serveBundle(brokenBundles.newerVersion));
    renderApp('/');
    const about = await screen.findByRole('region', { name: 'About this bundle' });
    expect(about).toHaveTextContent('uses schema version 3; this app reads version 2');
    expect(screen.getByRole('heading', { level: 1, name: 'The record at a glance' })).toBeVisible();
  });

  it('lists a meeting with no date last, and never counts a decision outside one as a meeting', async () => {
    server.use(serveBundle(buildVersion2Bundle()));
    renderApp('/');
    const issues = await screen.findByRole('region', { name: 'Issues' });
    expect(
      within(issues).getByText(
        '2 meetings and 2 decisions at no meeting named in the record, 10 Jan 2022 to 1 Feb 2022',
      ),
    ).toBeVisible();
    const coverage = screen.getByRole('region', { name: 'What this record covers' });
    expect(within(coverage).getByText('1 Feb 2021 to 10 Jan 2022')).toBeVisible();
    const table = screen.getByRole('table', {
      name: 'Meetings, oldest first, undated last',
    });
    const dates = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(dates).toEqual([
      '1 Feb 2021',
      '1 Mar 2021',
      '12 Apr 2021',
      '20 May 2021',
      '10 Jan 2022',
      'date not in this record',
    ]);
  });

  it('on a record no editor has annotated, says so and counts the amounts it mentions', async () => {
    server.use(serveBundle(buildNotAnnotatedBundle()));
    renderApp('/');
    const headlines = await screen.findByRole('region', { name: 'Headline figures' });
    expect(within(headlines).getAllByText('No figures reviewed by an editor yet.')).toHaveLength(2);
    expect(within(headlines).queryByText(/None stated|states no/)).not.toBeInTheDocument();
    expect(
      within(headlines).getByText(
        'The record mentions 6 amounts of money that no editor has reviewed.',
      ),
    ).toBeVisible();
    expect(
      within(headlines).getByRole('link', { name: 'See them one by one on the savings page' }),
    ).toHaveAttribute('href', '/savings#mentioned-amounts');
  });

  it('on the seed, reads every open commitment against the record’s end', async () => {
    server.use(serveBundle(buildSeedBundle()));
    renderApp('/');
    const headlines = await screen.findByRole('region', { name: 'Headline figures' });
    expect(within(headlines).getByText('6 open')).toBeVisible();
    expect(
      within(headlines).getByRole('link', { name: 'Not known from this record: 2' }),
    ).toBeVisible();
    expect(within(headlines).getByRole('link', { name: 'No due date given: 4' })).toBeVisible();
    expect(within(headlines).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(
      within(headlines).getByText(
        'Due by April 2011; the record ends 13 Dec 2010, before that date, so it cannot show whether this was done.',
      ),
    ).toBeVisible();
    expect(
      within(headlines).getByText(
        'The record mentions 2 amounts of money that no editor has reviewed.',
      ),
    ).toBeVisible();
  });
});

describe('overview of a big council', () => {
  // Two years at a twentieth of full size: past what the overview lists, quick to render.
  const big = buildBigCouncil('overview-route', { years: 2, scale: 0.05 });

  it('counts the issues and meetings, by body and year, and links to the full lists', async () => {
    server.use(serveBundle(big));
    renderApp('/');
    const issues = await screen.findByRole('region', { name: 'Issues' });
    expect(within(issues).queryByRole('list')).not.toBeInTheDocument();
    expect(
      within(issues).getByRole('link', { name: `See all ${big.issues.length} issues` }),
    ).toHaveAttribute('href', '/issues');

    // Thirty-odd bodies read as a count; the table by body names each one.
    const coverage = screen.getByRole('region', { name: 'What this record covers' });
    expect(coverage).toHaveTextContent(
      new RegExp(`${big.bodies.length} bodies(, .* since dissolved)?; the table of meetings`),
    );

    const meetings = screen.getByRole('region', { name: 'Meetings' });
    expect(
      within(meetings).getByRole('link', { name: 'See every meeting on the timeline' }),
    ).toHaveAttribute('href', '/timeline');
    const byBody = within(meetings).getByRole('table', {
      name: 'Meetings and issues by body, busiest first',
    });
    const body = big.bodies.find((b) => within(byBody).queryByText(b.name))!;
    expect(
      within(byBody).getByRole('link', { name: new RegExp(`issues? before ${body.name}$`) }),
    ).toHaveAttribute('href', `/issues?body=${body.id}`);
    const byYear = within(meetings).getByRole('table', {
      name: 'Meetings and issues by year, newest first',
    });
    const year = within(byYear).getAllByRole('rowheader')[0]!.textContent;
    expect(
      within(byYear).getByRole('link', { name: new RegExp(`issues? in ${year}$`) }),
    ).toHaveAttribute('href', `/issues?year=${year}`);
    expect(
      within(meetings).getByRole('table', { name: 'Meetings of each body in each year' }),
    ).toBeInTheDocument();
    // Every table downloads as CSV, named for the table it writes.
    for (const table of within(meetings).getAllByRole('table', { hidden: true })) {
      const caption =
        table.getAttribute('aria-label') ??
        within(table).getByText(/./, { selector: 'caption' }).textContent;
      expect(
        within(meetings).getByRole('group', { name: `Downloads: ${caption}`, hidden: true }),
      ).toBeInTheDocument();
    }
  });

  it('lists the ten latest decisions, each linking to its stop on the trail', async () => {
    server.use(serveBundle(big));
    renderApp('/');
    const recent = await screen.findByRole('region', { name: 'Latest decisions' });
    const links = within(recent).getAllByRole('link');
    expect(links).toHaveLength(10);
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^\/issues\/[^#]+#item-/));
  });

  it('on a small record, shows no summary and lists every meeting', async () => {
    renderApp('/');
    await screen.findByRole('region', { name: 'Issues' });
    expect(screen.queryByRole('region', { name: 'Latest decisions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /See all/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Meetings, oldest first, undated last' }),
    ).toBeVisible();
    expect(
      screen.getByRole('group', { name: 'Downloads: Meetings, oldest first, undated last' }),
    ).toBeVisible();
  });
});

describe('overview shaping', () => {
  it('shapes the overview once per bundle, not on every render', async () => {
    const shape = vi.spyOn(overviewModule, 'overviewModel');
    const { router } = renderApp('/');
    await screen.findByRole('region', { name: 'Issues' });
    expect(shape).toHaveBeenCalledTimes(1);
    // A jump to a section renders the view again with the same data.
    await act(() => router.navigate('/#issues-heading'));
    expect(router.state.location.hash).toBe('#issues-heading');
    expect(shape).toHaveBeenCalledTimes(1);
  });
});
