import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import {
  brokenBundles,
  buildEmptyBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';
import * as issueModel from './issue-model.ts';

/** A definition list read as [term, definition] pairs, as a reader hears it. */
function definitions(container: HTMLElement): [string | null, string | null][] {
  const terms = within(container).getAllByRole('term');
  const values = within(container).getAllByRole('definition');
  return terms.map((t, i) => [t.textContent, values[i]?.textContent ?? null]);
}

const stopHeadings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('issue trail route', () => {
  it('shows the trail when the address ends in a malformed #hash, rather than failing', async () => {
    renderApp('/issues/harbour-wall#%E0%A4%A');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour wall repairs' }),
    ).toBeVisible();
    expect(stopHeadings()).toHaveLength(3);
  });

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

  it('on the seed, links to the amounts its pages mention, narrowed to this issue', async () => {
    server.use(serveBundle(buildSeedBundle()));
    const { user, router } = renderApp('/issues/strategic-commissioning-section-4-report');
    expect(
      await screen.findByText('Its pages mention 2 amounts of money that no editor has reviewed.', {
        exact: false,
      }),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'See them one by one' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/savings'));
    expect(router.state.location.search).toBe('?issue=strategic-commissioning-section-4-report');
    expect(router.state.location.hash).toBe('#mentioned-amounts');
  });

  it('on the seed, shows at Council what was raised for scrutiny, each quoted with its source', async () => {
    server.use(serveBundle(buildSeedBundle()));
    const { user } = renderApp('/issues/strategic-commissioning-section-4-report');
    const council = await screen.findByRole('article', { name: '13 Dec 2010: Council' });
    expect(
      within(council).getByRole('heading', { level: 3, name: 'Raised here, for scrutiny' }),
    ).toBeVisible();
    const remarks = within(
      within(council).getByRole('list', { name: 'Raised here, for scrutiny' }),
    ).getAllByRole('listitem');
    expect(remarks).toHaveLength(2);
    expect(remarks[1]).toHaveTextContent(/^Concern: /);
    expect(remarks[0]).toHaveTextContent(
      /^Invitation: The Leader said .*overview and scrutiny.*\(said by the Leader\)/,
    );
    expect(
      within(remarks[1]!).getByRole('link', {
        name: /^The officer structure had been mapped out.* \(Source\)$/,
      }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/sources\/strategic-commissioning\?/));
    await user.click(within(remarks[1]!).getByText('Show the quote'));
    expect(within(remarks[1]!).getByRole('blockquote')).toHaveTextContent(
      /^A member expressed concerns .* would be involved\.$/,
    );
    const committee = screen.getByRole('article', { name: /^28 Oct 2010/ });
    expect(within(committee).getByText('Show the 2 quotes')).toBeInTheDocument();
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

describe('issue trail of a version 2 record', () => {
  beforeEach(() => server.use(serveBundle(buildVersion2Bundle())));
  const open = async () => {
    const view = renderApp('/issues/library-hours');
    await screen.findByRole('heading', { level: 1, name: 'Library opening hours' });
    return view;
  };
  const trail = () => screen.getByRole('list', { name: 'Where it went' });
  const stopNames = () =>
    within(trail())
      .getAllByRole('article')
      .map((a) => within(a).getByRole('heading', { level: 2 }).textContent);

  it('lists stops with no date after the dated ones, in either order', async () => {
    const { user } = await open();
    expect(stopNames()).toEqual([
      '10 Jan 2022: Cabinet',
      '1 Feb 2022: Decision by Executive Member for Communities',
      'Decision by Head of Libraries (date not in this record)',
      'Scrutiny Committee (date not in this record)',
    ]);
    expect(
      screen.getByText(
        'Followed across 2 meetings and 2 decisions at no meeting named in the record, 10 Jan 2022 to 1 Feb 2022. 2 of them have no date in this record, so they are listed after the dated ones, in no known order.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show newest first' }));
    await waitFor(() =>
      expect(stopNames()).toEqual([
        '1 Feb 2022: Decision by Executive Member for Communities',
        '10 Jan 2022: Cabinet',
        'Decision by Head of Libraries (date not in this record)',
        'Scrutiny Committee (date not in this record)',
      ]),
    );
  });

  it('links a meeting whose body was read from the text to the words it was read from', async () => {
    await open();
    const stop = screen.getByRole('article', { name: /Scrutiny Committee/ });
    expect(within(stop).getByRole('link', { name: /Meeting read from the text/ })).toBeVisible();
    const dated = screen.getByRole('article', { name: '10 Jan 2022: Cabinet' });
    expect(within(dated).queryByRole('link', { name: /Meeting read from the text/ })).toBeNull();
  });

  it('claims no movement into a stop whose date or body the record does not give', async () => {
    await open();
    expect(screen.queryByText('How it got here:')).not.toBeInTheDocument();
  });

  it('shows a decision taken outside a meeting with its maker, date and text', async () => {
    await open();
    const saturday = screen.getByRole('article', {
      name: '1 Feb 2022: Decision by Executive Member for Communities',
    });
    expect(within(saturday).getByText('No meeting named in this record')).toBeVisible();
    expect(definitions(saturday)).toEqual([
      ['Decided on', '1 Feb 2022'],
      ['Published', '2 Feb 2022'],
      ['Decision status', 'Implemented'],
      ['Consultees', 'Friends of the Library (Source)'],
    ]);
    // The decision as printed, then the same words again as its quote, folded away.
    const [text, quote] = within(saturday).getAllByText(
      /^The Saturday opening hours be extended to 5pm\./,
    );
    expect(text).toBeVisible();
    expect(quote).not.toBeVisible();
    expect(within(saturday).getByText('Outcome not classified')).toBeVisible();
    expect(
      within(saturday).getByRole('link', { name: 'Review the new Saturday hours (Source)' }),
    ).toBeVisible();
    // Minutes belong to meetings; a decision by one member has none to be missing.
    expect(within(saturday).queryByRole('heading', { name: 'Minutes' })).not.toBeInTheDocument();

    const sunday = screen.getByRole('article', {
      name: 'Decision by Head of Libraries (date not in this record)',
    });
    expect(definitions(sunday)).toEqual([['Decided on', 'date not in this record']]);
    expect(within(sunday).getByText('The decision text is not in this record.')).toBeVisible();
    expect(within(sunday).getByText('Outcome not recorded')).toBeVisible();
  });

  it('lists planned decisions apart, as plans, each with its source', async () => {
    await open();
    const planned = screen.getByRole('region', { name: 'Planned decisions' });
    expect(within(trail()).queryByText(/Decision due/)).not.toBeInTheDocument();
    const entries = within(planned).getAllByRole('listitem');
    expect(entries).toHaveLength(3);
    expect(definitions(entries[0]!)).toEqual([
      ['Due', '19 Mar 2022 (Source)'],
      ['By', 'Cabinet'],
    ]);
    expect(within(entries[0]!).getByRole('link', { name: '19 Mar 2022 (Source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/library-hours-page\?start=\d+&end=\d+$/),
    );
    // A month stays a month.
    expect(definitions(entries[1]!)).toEqual([
      ['Due', 'April 2022 (Source) (previously due 5 Mar 2022)'],
      ['By', 'Executive Member for Communities'],
    ]);
    expect(definitions(entries[2]!)).toEqual([
      ['Due', 'Not given (Source)'],
      ['By', 'Not named'],
    ]);
    expect(within(entries[2]!).getByRole('link', { name: 'Not given (Source)' })).toBeVisible();
  });

  it('shows the labelled lines of the issue and of an item, with their sources', async () => {
    await open();
    const about = screen.getByRole('region', { name: 'About this issue' });
    expect(definitions(about)).toEqual([
      ['Lead member', 'Councillor Ada Reader (Source)'],
      ['Wards affected', 'All Wards (Source)'],
    ]);
    expect(
      within(about).getByRole('link', { name: 'Councillor Ada Reader (Source)' }),
    ).toBeVisible();
    const cabinet = screen.getByRole('article', { name: '10 Jan 2022: Cabinet' });
    expect(definitions(cabinet)).toEqual([
      [
        'Reasons for the decision',
        'The current hours are not used evenly across the week. (Source)',
      ],
    ]);
    expect(
      within(cabinet).getByRole('link', {
        name: 'The current hours are not used evenly across the week. (Source)',
      }),
    ).toBeVisible();
  });

  it('shows what the agenda said the item was for, as text', async () => {
    await open();
    const scrutiny = screen.getByRole('article', {
      name: 'Scrutiny Committee (date not in this record)',
    });
    expect(within(scrutiny).getByText('On the agenda:')).toBeVisible();
    expect(
      within(scrutiny).getByRole('link', {
        name: 'To consider the report of the Head of Libraries on opening hours. (Source)',
      }),
    ).toBeVisible();
  });

  it('links a document only where the page gives an https address', async () => {
    await open();
    const scrutiny = screen.getByRole('article', {
      name: 'Scrutiny Committee (date not in this record)',
    });
    const report = within(scrutiny).getByRole('link', {
      name: 'Opening hours report (open on the council’s site, in a new tab)',
    });
    expect(report).toHaveAttribute('href', 'https://council.example/documents/s123/hours.pdf');
    expect(report).toHaveAttribute('rel', 'noopener noreferrer');
    expect(report).toHaveAttribute('target', '_blank');
    // http, a relative path, javascript: and no address at all are shown, never linked.
    for (const title of [
      'Consultation plan',
      'Equality impact assessment',
      'Map of branches',
      'Visitor counts',
    ]) {
      expect(within(scrutiny).getByText(title)).toBeVisible();
      expect(within(scrutiny).queryByRole('link', { name: new RegExp(title) })).toBeNull();
    }
  });
});

describe('issue trail shaping', () => {
  it('shapes the trail once per bundle, not again when only the order changes', async () => {
    const shape = vi.spyOn(issueModel, 'issueTrailModel');
    const { user } = renderApp('/issues/harbour-wall');
    await screen.findByRole('heading', { level: 1, name: 'Harbour wall repairs' });
    expect(shape).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Show newest first' }));
    await waitFor(() => expect(stopHeadings()[0]).toBe('20 May 2021: Full Council'));
    expect(shape).toHaveBeenCalledTimes(1);
  });
});
