import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { buildEmptyBundle, buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

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
    expect(await screen.findByText('This record states no recurring savings.')).toBeVisible();
    expect(screen.getByText('This record states no one-off costs.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('draws one figure alone', async () => {
    const bundle = buildValidBundle();
    server.use(
      serveBundle({ ...bundle, figures: bundle.figures.filter((f) => f.kind === 'cost') }),
    );
    renderApp('/savings');
    expect(await screen.findByText('This record states no recurring savings.')).toBeVisible();
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
});
