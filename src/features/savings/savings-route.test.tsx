import { http, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import {
  buildEmptyBundle,
  buildNotAnnotatedBundle,
  buildValidBundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';
import * as savingsSeries from './savings-series.ts';

describe('savings route', () => {
  it('draws recurring savings and one-off costs apart, each with its table twin', async () => {
    renderApp('/savings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Savings' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Savings | Civic Trail'));

    const recurring = await screen.findByRole('region', { name: 'Recurring savings' });
    const summary =
      'Recurring savings stated: an indicative £0.6m-£1.1m (annual, recurring) and £150,000 (full-year, recurring).';
    expect(within(recurring).getByText(summary)).toBeVisible();
    expect(within(recurring).getByRole('img', { name: summary })).toBeVisible();
    expect(within(recurring).getByText('Indicative range')).toBeVisible();
    // The chart draws in jsdom: one bar each, the range labelled as indicative in the picture too.
    expect(within(recurring).getByText('£0.6m-£1.1m a year, indicative range')).toBeInTheDocument();
    expect(within(recurring).getByText('£150,000 a year')).toBeInTheDocument();

    const table = within(recurring).getByRole('table', {
      name: 'Recurring savings, as the record states them',
    });
    const range = within(table).getByRole('row', { name: /Indicative annual saving/ });
    expect(within(range).getByRole('link', { name: '£0.6m-£1.1m (Source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/harbour-wall-page\?start=\d+&end=\d+$/),
    );
    expect(within(range).getByText('Editor’s reading')).toBeVisible();
    expect(within(range).getByRole('link', { name: 'Cabinet, 12 Apr 2021' })).toHaveAttribute(
      'href',
      '/issues/harbour-wall#item-cabinet-2021-04-12-item-7',
    );
    const stated = within(table).getByRole('row', { name: /Full-year saving in maintenance/ });
    expect(within(stated).getByText('Stated in the record')).toBeVisible();
    expect(within(stated).getByText('full-year, recurring')).toBeVisible();

    const costs = screen.getByRole('region', { name: 'One-off costs' });
    expect(
      within(costs).getByText(
        'One-off costs stated: £40,000 in 2022/23. A one-off cost is paid once, so it is not set against the yearly savings.',
      ),
    ).toBeVisible();
    const costRow = within(costs).getByRole('row', { name: /One-off sum for surveys/ });
    expect(within(costRow).getByRole('link', { name: '£40,000 (Source)' })).toBeVisible();
    expect(within(costRow).getByText('2022/23')).toBeVisible();
    // Nothing is totalled: no sum of the savings and the cost appears anywhere.
    expect(screen.queryByText(/£190,000|£110,000/)).not.toBeInTheDocument();
    expect(screen.getByText(/no totals, net or cumulative figures/)).toBeVisible();
  });

  it('says so when the record has no savings or costs', async () => {
    server.use(serveBundle(buildEmptyBundle()));
    renderApp('/savings');
    expect(await screen.findAllByText('No figures reviewed by an editor yet.')).toHaveLength(2);
    expect(screen.getByText('The record mentions no amounts of money.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('draws one figure alone', async () => {
    const bundle = buildValidBundle();
    server.use(
      serveBundle({ ...bundle, figures: bundle.figures.filter((f) => f.kind === 'cost') }),
    );
    renderApp('/savings');
    expect(
      await screen.findByText('No recurring savings among the figures an editor reviewed.'),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'One-off costs' })).toBeVisible();
    expect(screen.getByText('£40,000 once, in 2022/23')).toBeInTheDocument();
  });

  it('offers a retry after a failed fetch', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => new HttpResponse('oops', { status: 503 })));
    const { user } = renderApp('/savings');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered 503');
    server.use(serveBundle(buildValidBundle()));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Recurring savings' })).toBeVisible();
  });

  it('on a record no editor has annotated, lists each amount it mentions, never added up', async () => {
    server.use(serveBundle(buildNotAnnotatedBundle()));
    renderApp('/savings');
    const section = await screen.findByRole('region', {
      name: 'Amounts the record mentions, not reviewed',
    });
    expect(screen.getAllByText('No figures reviewed by an editor yet.')).toHaveLength(2);
    expect(screen.queryByText(/states no/)).not.toBeInTheDocument();
    const summary =
      'The record mentions 6 amounts of money that no editor has reviewed: £2m, £1.58m, £0.8m-£1.2m, £12 per hour, £25.50 and 45p. Each is shown on its own and none is added up: the record does not say whether two mentions are the same money. One is a rate (an amount per hour, week and so on): listed, not drawn, because a rate is not a total.';
    expect(within(section).getByText(summary)).toBeVisible();
    expect(within(section).getByRole('img', { name: summary })).toBeVisible();
    // One bar per amount except the rate, each marked as not reviewed in the picture too.
    expect(within(section).getByText('£2m, not reviewed')).toBeInTheDocument();
    expect(within(section).getByText('45p, not reviewed')).toBeInTheDocument();
    expect(within(section).queryByText('£12 per hour, not reviewed')).not.toBeInTheDocument();

    const table = within(section).getByRole('table', {
      name: 'Amounts the record mentions, one row each, not reviewed',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(within(row).getByText('Not reviewed')).toBeVisible();
    const two = within(table).getByRole('row', { name: /^£2m/ });
    expect(within(two).getByRole('link', { name: '£2m (Source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/waste-collection-page\?start=\d+&end=\d+$/),
    );
    expect(two).toHaveTextContent(
      'RESOLVED that the new collection rounds be approved, saving £2 million a year from April 2024.',
    );
    expect(within(two).getByRole('link', { name: 'Cabinet, 14 Mar 2023' })).toHaveAttribute(
      'href',
      '/issues/waste-collection#item-cabinet-2023-03-14-item-6',
    );
    expect(within(table).getByRole('link', { name: '£0.8m-£1.2m (Source)' })).toBeVisible();
    expect(within(table).getByRole('link', { name: '£12 per hour (Source)' })).toBeVisible();
    const pence = within(table).getByRole('row', { name: /^45p/ });
    expect(
      within(pence).getByRole('link', {
        name: 'Overview and Scrutiny Committee, date not in this record',
      }),
    ).toBeVisible();
    const bulky = within(table).getByRole('row', { name: /^£25\.50/ });
    expect(
      within(bulky).getByRole('link', {
        name: 'No meeting named: Decision by Director of Environment, 1 Jun 2023',
      }),
    ).toBeVisible();
    // Nothing is totalled.
    expect(screen.queryByText(/£3\.58m|£4\.58m|£4\.78m/)).not.toBeInTheDocument();
  });

  it('narrows the mentioned amounts by year, body and title words, keeping them in the URL', async () => {
    server.use(serveBundle(buildNotAnnotatedBundle()));
    const { user, router } = renderApp('/savings');
    const section = await screen.findByRole('region', {
      name: 'Amounts the record mentions, not reviewed',
    });
    const table = () =>
      within(section).getByRole('table', {
        name: 'Amounts the record mentions, one row each, not reviewed',
      });
    // Six amounts fit one chart, so every year is shown at first.
    expect(within(section).getByRole('combobox', { name: 'Year' })).toHaveValue('all');
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Year' }),
      'No date in the record',
    );
    await waitFor(() => expect(router.state.location.search).toBe('?year=none'));
    await waitFor(() =>
      expect(within(section).getByRole('status')).toHaveTextContent('Showing 1 of 6 mentions.'),
    );
    expect(within(table()).getAllByRole('row').slice(1)).toHaveLength(1);
    expect(
      within(section).getByText(
        /^The record mentions one amount of money with no date in the record/,
      ),
    ).toBeVisible();
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Year' }), 'All years');
    // The default year is left out of the URL. (A navigation runs the loader first: wait for it.)
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Body' }),
      'No meeting named',
    );
    await waitFor(() => expect(router.state.location.search).toBe('?body=none'));
    await waitFor(() => expect(within(table()).getAllByRole('row').slice(1)).toHaveLength(1));
    await user.type(
      within(section).getByRole('searchbox', { name: 'Words in the issue’s title' }),
      'no such title',
    );
    expect(await screen.findByText('No mentions match these filters.')).toBeVisible();
    await waitFor(() =>
      expect(router.state.location.search).toBe('?body=none&issueTitle=no+such+title'),
    );
  });

  it('on the seed, keeps the reviewed figures first and lists only the other amounts after', async () => {
    server.use(serveBundle(buildSeedBundle()));
    renderApp('/savings');
    const section = await screen.findByRole('region', {
      name: 'Amounts the record mentions, not reviewed',
    });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Recurring savings',
      'One-off costs',
      'Amounts the record mentions, not reviewed',
    ]);
    expect(
      within(screen.getByRole('region', { name: 'Recurring savings' })).getByRole('link', {
        name: '£213,000 (Source)',
      }),
    ).toBeVisible();
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    // The two £80,000 mentions no figure takes up; £213,000 and the range are figures already.
    expect(rows.map((r) => within(r).getAllByRole('link')[0]!.textContent)).toEqual([
      '£80,000 (Source)',
      '£80,000 (Source)',
    ]);
    expect(within(section).queryByText(/£213,000/)).not.toBeInTheDocument();
    // The 10-15% is shown with the saving it qualifies, linked to its words, not as a loose amount.
    const recurring = within(screen.getByRole('region', { name: 'Recurring savings' }));
    const indicative = recurring.getByRole('row', { name: /indicative figure of 10-15%/ });
    expect(indicative).toHaveTextContent('The record ties it to: 10-15%');
    expect(within(indicative).getByRole('link', { name: '10-15% (Source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/.+\?start=\d+&end=\d+$/),
    );
  });
});

describe('savings shaping', () => {
  it('shapes the figures once per bundle, not on every render', async () => {
    const shape = vi.spyOn(savingsSeries, 'savingsModel');
    const { router } = renderApp('/savings');
    await screen.findByRole('region', { name: 'Recurring savings' });
    expect(shape).toHaveBeenCalledTimes(1);
    // A jump to a section renders the view again with the same data.
    await act(() => router.navigate('/savings#costs-heading'));
    expect(router.state.location.hash).toBe('#costs-heading');
    expect(shape).toHaveBeenCalledTimes(1);
  });
});
