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
import * as structureSeries from './structure-series.ts';

const seedSummary =
  'Assistant Director posts fall from 8.5 to 5.5 over two phases, by October 2012. 1 Head of Shared Services post, if required, with no date given.';

describe('structure route', () => {
  it('draws the seed’s posts as steps with phase markers, the shared half post and the post if required', async () => {
    server.use(serveBundle(buildSeedBundle()));
    renderApp('/structure');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Structure changes' }),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Structure changes | Civic Trail'));
    const frame = await screen.findByRole('region', { name: 'Posts over time' });
    expect(within(frame).getByText(seedSummary)).toBeVisible();
    expect(within(frame).getByRole('img', { name: seedSummary })).toBeVisible();

    // The phase markers, each with its date at the record's precision.
    for (const label of [
      'Now, 28 Oct 2010',
      'Phase 1, by April 2011',
      'Phase 2, by October 2012',
    ]) {
      expect(within(frame).getByText(label)).toBeInTheDocument();
    }
    // The half post shared with another council, as a note with its source.
    expect(
      within(frame).getByRole('link', { name: /half a post, as it is shared with Tewkesbury/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/sources\/strategic-commissioning\?/));
    // The post "if required" is drawn dashed and says its condition in words.
    expect(
      within(frame).getByText('Head of Shared Services: 1, if required (no date)'),
    ).toBeVisible();
    expect(within(frame).getByText(/drawn as a dashed line across the whole chart/)).toBeVisible();

    const table = within(frame).getByRole('table', { name: 'Posts by role and step' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual([
      '8.5 (Source)',
      '6.5 (Source)',
      '5.5 (Source)',
      '1 (Source)',
    ]);
    expect(within(rows[1]!).getByText('April 2011')).toBeVisible();
    expect(within(rows[3]!).getByText('if required')).toBeVisible();
    expect(within(rows[3]!).getByText('No date given')).toBeVisible();
    expect(within(rows[0]!).getByText('Editor’s reading')).toBeVisible();
  });

  it('lists a step with no date in the table and says why it is not drawn', async () => {
    renderApp('/structure');
    const frame = await screen.findByRole('region', { name: 'Posts over time' });
    expect(within(frame).getByText('Harbour Masters: 2 from June 2022.')).toBeVisible();
    expect(
      within(frame).getByText(
        'Harbour Masters, Phase 2: the record gives no date, so this step is in the table but not on the chart.',
      ),
    ).toBeVisible();
    expect(within(frame).getAllByRole('row')).toHaveLength(4);
  });

  it('keeps the words and the table when no step has a date', async () => {
    const bundle = buildValidBundle();
    const [structure] = bundle.structure;
    server.use(
      serveBundle({
        ...bundle,
        structure: [{ ...structure!, steps: structure!.steps.map((s) => ({ ...s, date: null })) }],
      }),
    );
    renderApp('/structure');
    expect(
      await screen.findByText(
        'Harbour Masters: 3 steps with no dates in the record, listed in the table.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Posts by role and step' })).toBeVisible();
  });

  it('says so when the record has no structure changes', async () => {
    server.use(serveBundle(buildEmptyBundle()));
    renderApp('/structure');
    expect(await screen.findByText('No posts reviewed by an editor yet.')).toBeVisible();
    expect(
      screen.queryByRole('region', { name: /Counts of posts the record mentions/ }),
    ).not.toBeInTheDocument();
  });

  it('offers a retry after a failed fetch', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => HttpResponse.error()));
    const { user } = renderApp('/structure');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached');
    server.use(serveBundle(buildValidBundle()));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Posts over time' })).toBeVisible();
  });

  it('on a record no editor has annotated, lists each count of posts it mentions', async () => {
    server.use(serveBundle(buildNotAnnotatedBundle()));
    renderApp('/structure');
    const section = await screen.findByRole('region', {
      name: 'Counts of posts the record mentions, not reviewed',
    });
    expect(screen.getByText('No posts reviewed by an editor yet.')).toBeVisible();
    const summary =
      'The record mentions 3 counts of posts or people that no editor has reviewed: 45 drivers, 6 posts and 3 supervisors. Each is shown on its own and none is added up: the record does not say whether two mentions count the same posts.';
    expect(within(section).getByRole('img', { name: summary })).toBeVisible();
    const table = within(section).getByRole('table');
    const supervisors = within(table).getByRole('row', { name: /^3 supervisors/ });
    expect(within(supervisors).getByText('Not reviewed')).toBeVisible();
    expect(supervisors).toHaveTextContent(
      'The 3 supervisors would be consulted by September 2023.',
    );
    expect(
      within(supervisors).getByRole('link', {
        name: 'Overview and Scrutiny Committee, date not in this record',
      }),
    ).toBeVisible();
    expect(screen.queryByText(/^54|51 /)).not.toBeInTheDocument();
  });

  it('on the seed, keeps the chart first and lists the counts the record mentions after', async () => {
    server.use(serveBundle(buildSeedBundle()));
    renderApp('/structure');
    const section = await screen.findByRole('region', {
      name: 'Counts of posts the record mentions, not reviewed',
    });
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Posts over time');
    expect(
      within(section)
        .getAllByRole('link', { name: /\(Source\)$/ })
        .map((l) => l.textContent),
    ).toEqual([
      '3 others (Source)',
      '4 additional Directors (Source)',
      '8.5 Assistant Directors (Source)',
      '6.5 Assistant Directors (Source)',
      '1 Assistant Director (Source)',
      '2 having to apply (Source)',
      '1 post (Source)',
    ]);
  });
});

describe('structure shaping', () => {
  it('shapes the structure once per bundle, not on every render', async () => {
    const shape = vi.spyOn(structureSeries, 'structureModel');
    const { router } = renderApp('/structure');
    await screen.findByRole('region', { name: 'Posts over time' });
    expect(shape).toHaveBeenCalledTimes(1);
    // A jump to a section renders the view again with the same data.
    await act(() => router.navigate('/structure#structure-chart-heading'));
    expect(router.state.location.hash).toBe('#structure-chart-heading');
    expect(shape).toHaveBeenCalledTimes(1);
  });
});
