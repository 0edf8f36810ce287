import { http, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import {
  buildEmptyBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { buildSyntheticBundle } from '~mocks/fixtures/synthetic-bundle.ts';
import { renderApp } from '@/test/render-app.tsx';
import { strings } from '@/ui/strings.en.ts';
import * as timelineModule from './timeline-model.ts';

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const dateCells = (table: HTMLElement) =>
  rowsOf(table).map((r) => within(r).getByRole('rowheader').textContent);

describe('timeline route', () => {
  it('puts the seed’s meetings, due dates and phases on one axis at their own precision', async () => {
    server.use(serveBundle(buildSeedBundle()));
    renderApp('/timeline');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Decision timeline' }),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Decision timeline | Civic Trail'));
    const frame = await screen.findByRole('region', { name: 'On a time axis' });
    const summary = '3 meetings, 2 due dates and 3 phases, from 28 Oct 2010 to October 2012.';
    expect(within(frame).getByText(summary)).toBeVisible();
    expect(within(frame).getByRole('img', { name: summary })).toBeVisible();
    expect(screen.getByText('Showing 8 of 8 events.')).toBeVisible();

    const table = within(frame).getByRole('table', {
      name: 'Everything on the timeline, oldest first',
    });
    // A month stays a month: no made-up days.
    expect(dateCells(table)).toEqual([
      '28 Oct 2010 (Source)',
      '28 Oct 2010 (Source)',
      '16 Nov 2010 (Source)',
      '13 Dec 2010 (Source)',
      'April 2011 (Source)',
      'April 2011 (Source)',
      'October 2012 (Source)',
      'October 2012 (Source)',
    ]);
    const cabinet = rowsOf(table)[2]!;
    expect(within(cabinet).getByText('Cabinet met')).toBeVisible();
    const cabinetItem = buildSeedBundle().items.find((i) => i.meetingId === '2010-11-16-cabinet')!;
    expect(
      within(cabinet).getByText(strings.outcome.word(cabinetItem.outcome.value), {
        selector: '.badge',
      }),
    ).toBeVisible();
    expect(
      within(cabinet).getByRole('link', { name: 'Item 5: Strategic commissioning' }),
    ).toHaveAttribute(
      'href',
      '/issues/strategic-commissioning-section-4-report#item-2010-11-16-cabinet-item-5',
    );
    const phase1 = rowsOf(table)[5]!;
    expect(within(phase1).getByText('Phase 1: 6.5 Assistant Director')).toBeVisible();
    expect(
      within(phase1).getByRole('link', { name: 'Said at Staff and Support Services, 28 Oct 2010' }),
    ).toHaveAttribute(
      'href',
      '/issues/strategic-commissioning-section-4-report#item-2010-10-28-staff-and-support-services-item-5',
    );
    expect(within(phase1).getByRole('link', { name: 'April 2011 (Source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/strategic-commissioning\?start=\d+&end=\d+$/),
    );
  });

  it('filters by body and issue, keeping the filters in the URL', async () => {
    const { user, router } = renderApp('/timeline');
    await screen.findByText('Showing 8 of 8 events.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Body' }), 'Harbour Board');
    expect(await screen.findByText('Showing 2 of 8 events.')).toBeVisible();
    expect(router.state.location.search).toBe('?body=harbour-board');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Body' }), 'Cabinet');
    expect(await screen.findByText('Showing 5 of 8 events.')).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Issue' }), 'Parks cafe review');
    expect(await screen.findByText('Showing 1 of 8 events.')).toBeVisible();
    expect(router.state.location.search).toBe('?body=cabinet&issue=parks-cafe');
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 8 of 8 events.')).toBeVisible();
  });

  it('says so when nothing matches the filters', async () => {
    renderApp('/timeline?body=harbour-board&issue=parks-cafe');
    expect(await screen.findByText('Nothing on the timeline matches these filters.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Issue' })).toHaveValue('parks-cafe');
  });

  it('names an unknown body or issue in the URL and shows everything else', async () => {
    renderApp('/timeline?body=no-such-body&issue=no-such-issue');
    expect(
      await screen.findByText(
        'This record has no body with the id “no-such-body”, so that filter is not applied.',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        'This record has no issue with the id “no-such-issue”, so that filter is not applied.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Showing 8 of 8 events.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Body' })).toHaveValue('');
    expect(screen.getByRole('link', { name: 'Clear filters' })).toHaveAttribute(
      'href',
      '/timeline',
    );
  });

  it('says so when the record is empty', async () => {
    server.use(serveBundle(buildEmptyBundle()));
    renderApp('/timeline');
    expect(
      await screen.findByText(
        'This record has no meetings, due dates or phases to place on a timeline.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('offers a retry after a failed fetch', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => new HttpResponse('oops', { status: 500 })));
    const { user } = renderApp('/timeline');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered 500');
    server.use(serveBundle(buildValidBundle()));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Showing 8 of 8 events.')).toBeVisible();
  });

  it('lists meetings with no date in a table of their own, never on the axis', async () => {
    server.use(serveBundle(buildVersion2Bundle()));
    renderApp('/timeline');
    const frame = await screen.findByRole('region', { name: 'On a time axis' });
    // Five dated meetings on the axis; the undated one is counted as shown, but not drawn.
    const summary = '5 meetings, 5 due dates and 1 phase, from 1 Feb 2021 to March 2099.';
    expect(within(frame).getByRole('img', { name: summary })).toBeVisible();
    expect(screen.getByText('Showing 12 of 12 events.')).toBeVisible();
    expect(
      within(frame).getByText(/One meeting has no date in this record, so it is not placed/),
    ).toBeVisible();
    const main = within(frame).getByRole('table', {
      name: 'Everything on the timeline, oldest first',
    });
    expect(within(main).queryByText('date not in this record')).not.toBeInTheDocument();
    const undated = within(frame).getByRole('table', {
      name: 'Meetings with no date in this record (not on the time axis)',
    });
    expect(dateCells(undated)).toEqual(['date not in this record (Source)']);
    const row = rowsOf(undated)[0]!;
    expect(within(row).getByText('Scrutiny Committee met')).toBeVisible();
    expect(within(row).getByRole('link', { name: 'Item 5: Library opening hours' })).toBeVisible();
    // A promise made at a decision outside a meeting names who made it.
    expect(
      within(main).getByRole('link', {
        name: 'Said at Decision by Executive Member for Communities, 1 Feb 2022',
      }),
    ).toBeVisible();
  });

  it('offers its meetings as a calendar, saying how many it leaves out for want of a date', async () => {
    server.use(serveBundle(buildVersion2Bundle()));
    renderApp('/timeline');
    const group = await screen.findByRole('group', { name: 'Downloads: Meetings' });
    expect(
      within(group).getByRole('button', { name: 'Add meetings to calendar (.ics)' }),
    ).toBeEnabled();
    expect(within(group).getByText('Left out for want of a date: 1')).toBeVisible();
  });
});

describe('timeline zoomed to a year, and at the size of a council', () => {
  it('zooms to a year from the Year select, keeping it in the URL', async () => {
    server.use(serveBundle(buildSeedBundle()));
    const { user, router } = renderApp('/timeline');
    await screen.findByText('Showing 8 of 8 events.');
    const year = screen.getByRole('combobox', { name: 'Year' });
    expect(
      within(year)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All years', '2010', '2011', '2012']);
    await user.selectOptions(year, '2011');
    expect(await screen.findByText('Showing 2 of 8 events.')).toBeVisible();
    expect(router.state.location.search).toBe('?year=2011');
    const frame = screen.getByRole('region', { name: 'On a time axis' });
    expect(
      within(frame).getByRole('img', {
        name: '0 meetings, 1 due date and 1 phase, from April 2011 to April 2011.',
      }),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 8 of 8 events.')).toBeVisible();
  });

  it('names a year in the URL with nothing in it, and shows every year', async () => {
    server.use(serveBundle(buildSeedBundle()));
    renderApp('/timeline?year=1999');
    expect(
      await screen.findByText(
        'Nothing in this record is dated in “1999”, so the axis is not zoomed to it.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Showing 8 of 8 events.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('');
  });

  it('draws a crowded lane by month, says so, and still lists every meeting', async () => {
    const bundle = buildSyntheticBundle({ years: 3, seed: 'route', scale: 0.2 });
    server.use(serveBundle(bundle));
    renderApp('/timeline');
    const frame = await screen.findByRole('region', { name: 'On a time axis' });
    expect(within(frame).getByRole('img', { name: /^Meetings grouped by month: / })).toBeVisible();
    expect(within(frame).getByText('Meetings in a month (taller is more)')).toBeVisible();
    expect(
      within(frame).getByText(/The tallest column: \d+ meetings in \w+ \d{4}\./),
    ).toBeVisible();
    const table = within(frame).getByRole('table', {
      name: 'Everything on the timeline, oldest first',
    });
    // The table keeps its true row count even while it draws a screenful at a time.
    const dated = bundle.meetings.filter((m) => m.date !== null).length;
    const others =
      bundle.commitments.filter((c) => c.due).length +
      bundle.structure.flatMap((st) => st.steps.filter((step) => step.date)).length;
    expect(table).toHaveAttribute('aria-rowcount', String(dated + others + 1));
  });
});

describe('timeline shaping', () => {
  it('shapes the timeline once per bundle and filter, not on every render', async () => {
    const shape = vi.spyOn(timelineModule, 'timelineModel');
    const { user, router } = renderApp('/timeline');
    await screen.findByText('Showing 8 of 8 events.');
    expect(shape).toHaveBeenCalledTimes(1);
    // A jump to a section renders the view again with the same data and filters.
    await act(() => router.navigate('/timeline#timeline-chart-heading'));
    expect(router.state.location.hash).toBe('#timeline-chart-heading');
    expect(shape).toHaveBeenCalledTimes(1);
    // A new filter is new shaping, once.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Body' }), 'Harbour Board');
    expect(await screen.findByText('Showing 2 of 8 events.')).toBeVisible();
    expect(shape).toHaveBeenCalledTimes(2);
    await act(() => router.navigate('/timeline?body=harbour-board#timeline-chart-heading'));
    expect(shape).toHaveBeenCalledTimes(2);
  });
});
