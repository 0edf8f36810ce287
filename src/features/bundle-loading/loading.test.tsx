import { screen, waitFor, within } from '@testing-library/react';
import { buildValidBundle, buildVersion1Bundle } from '~mocks/fixtures/bundles.ts';
import { HOSTILE, hostileTextBundleText } from '~mocks/fixtures/hostile-text-bundle.ts';
import { newerVersionBundleText } from '~mocks/fixtures/newer-version-bundle.ts';
import { partlyInvalidBundleText } from '~mocks/fixtures/partly-invalid-bundle.ts';
import { truncatedBundleText } from '~mocks/fixtures/truncated-bundle.ts';
import { wrongVersionBundleText } from '~mocks/fixtures/wrong-version-bundle.ts';
import { serveTestBundle, testBundlePath } from '~mocks/handlers/test-bundles.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

function at(name: string, body: string | object, path = '/') {
  server.use(serveTestBundle(name, body));
  return renderApp(`${path}?bundle=${encodeURIComponent(testBundlePath(name))}`);
}

async function errorPage() {
  return screen.findByRole(
    'region',
    { name: 'This bundle could not be loaded' },
    { timeout: 3000 },
  );
}

describe('loading a bundle named by ?bundle=', () => {
  it('shows the valid records of a partly invalid bundle and says what was set aside', async () => {
    const { user } = at('partly', partlyInvalidBundleText());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The record at a glance' }),
    ).toBeVisible();
    // The overview's heading is drawn before the bundle arrives, so wait for the notice itself.
    const notice = await screen.findByRole('region', {
      name: 'Some records in this bundle were set aside',
    });
    expect(notice).toHaveTextContent(
      '1 of 2 issues, 2 of 4 agenda items, 1 of 3 figures and 1 of 4 commitments',
    );
    expect(notice).toHaveTextContent('2 of them are set aside only because they point');
    await user.click(within(notice).getByText('Show all 5 set-aside records, with why'));
    const entries = within(notice).getAllByRole('listitem', { name: /\[\d+\]/ });
    expect(entries).toHaveLength(5);
    expect(entries[0]).toHaveTextContent('issues[1] (id “parks-cafe”)');
    expect(entries[0]).toHaveTextContent('issues[1].title: is missing (expected string)');
    expect(entries[1]).toHaveTextContent(
      'items[2].meetingId: points to meetings "no-such-meeting", which is not in the bundle',
    );
    expect(entries[2]).toHaveTextContent('Knock-on');
    expect(entries[3]).toHaveTextContent('figures[2].value: expected number, got "NaN"');
    // The good records are shown: one issue of two.
    const issues = screen.getByRole('region', { name: 'Issues' });
    expect(within(issues).getAllByRole('link')).toHaveLength(1);
  });

  it('keeps the bundle, and ?bundle= in the address, as the reader moves about', async () => {
    const { user, router } = at('partly', partlyInvalidBundleText());
    const bar = await screen.findByRole('region', { name: 'Bundle in use' });
    await waitFor(() => expect(bar).toHaveTextContent('partly.json · schema version 2'));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Commitments' })).toHaveAttribute(
      'href',
      `/commitments?bundle=${encodeURIComponent(testBundlePath('partly'))}`,
    );
    await user.click(within(nav).getByRole('link', { name: 'Commitments' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
    expect(screen.getByText('Showing 3 of 3 commitments.')).toBeVisible();
    // A link inside a view knows nothing of bundles; the address keeps ?bundle= all the same.
    await user.click(within(screen.getAllByRole('article')[0]!).getAllByRole('link')[0]!);
    expect(await screen.findByRole('mark')).toBeVisible();
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('bundle')).toBe(
        testBundlePath('partly'),
      ),
    );
    expect(router.state.location.pathname).toMatch(/^\/sources\//);
    expect(bar).toHaveTextContent('partly.json');
    await user.click(within(bar).getByRole('link', { name: 'Back to the default bundle' }));
    await waitFor(() => expect(bar).toHaveTextContent('bundle.json (the published record)'));
    expect(router.state.location.search).toBe('');
    expect(screen.queryByRole('region', { name: /set aside/ })).not.toBeInTheDocument();
  });

  it('reads a version 1 bundle as it is, with no notice about versions', async () => {
    at('old', buildVersion1Bundle(), '/issues/harbour-wall');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour wall repairs' }),
    ).toBeVisible();
    const bar = screen.getByRole('region', { name: 'Bundle in use' });
    await waitFor(() => expect(bar).toHaveTextContent('old.json · schema version 1'));
    expect(screen.queryByRole('region', { name: 'About this bundle' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  it('says what a newer schema version means, and lists the fields it does not know', async () => {
    at('newer', newerVersionBundleText());
    const about = await screen.findByRole('region', { name: 'About this bundle' });
    expect(about).toHaveTextContent('uses schema version 3; this app reads version 2');
    expect(about).toHaveTextContent('2 fields this app does not know');
    expect(within(about).getByText('publisher (in 1 record)')).toBeInTheDocument();
    expect(within(about).getByText('issues[].tags (in 2 records)')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Bundle in use' })).toHaveTextContent(
      'schema version 3',
    );
  });

  it.each([
    ['a truncated bundle', truncatedBundleText(), 'stops part-way through', /Unterminated|end of/],
    ['text that is not JSON', 'hello, world', 'not written in JSON', /not valid JSON/],
    ['an empty file', '', 'The file is empty', null],
    ['a JSON list', '[]', 'JSON, but not a bundle', /expected an object, got a list/],
    ['an older schema version', wrongVersionBundleText(), 'cannot read', /number 0/],
  ])(
    'explains %s on a page of its own, with the detail behind a disclosure',
    async (_, body, words, detail) => {
      const { user } = at('bad', body, '/savings');
      const page = await errorPage();
      expect(within(page).getByRole('heading', { level: 1 })).toBeVisible();
      expect(within(page).getByRole('alert')).toHaveTextContent(words);
      const technical = within(page).getByText('Technical detail');
      await user.click(technical);
      expect(within(page).getByText('/test-bundles/bad.json', { exact: false })).toBeVisible();
      if (detail) expect(page).toHaveTextContent(detail);
      await user.click(within(page).getByRole('link', { name: 'Back to the default bundle' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'The record at a glance' }),
      ).toBeVisible();
    },
  );

  it('names the first failing schema path of a bundle missing a header field', async () => {
    const headless: Record<string, unknown> = buildValidBundle();
    delete headless.asOf;
    const { user } = at('headless', headless);
    const page = await errorPage();
    await user.click(within(page).getByText('Technical detail'));
    expect(within(page).getByText('asOf')).toBeVisible();
  });

  it('refuses another origin with a clear reason, and never asks it', async () => {
    renderApp('/?bundle=https://evil.example/bundle.json');
    const page = await errorPage();
    expect(within(page).getByRole('alert')).toHaveTextContent(
      'It is on another site (https://evil.example). For your safety, Civic Trail only loads bundles from its own site.',
    );
  });

  it('shows hostile text as text and runs none of it', async () => {
    at('hostile', hostileTextBundleText(), '/issues/harbour-wall');
    expect(await screen.findByRole('heading', { level: 1, name: HOSTILE.img })).toBeVisible();
    expect(screen.getAllByText(HOSTILE.svg).length).toBeGreaterThan(0);
    // Agenda text, labelled facts and the forward plan are shown as text like everything else.
    expect(screen.getAllByText(HOSTILE.iframe).length).toBeGreaterThan(0);
    expect(screen.getAllByText(HOSTILE.script).length).toBeGreaterThan(0);
    // No element may have been made from the payloads: the page's markup holds them only as
    // escaped text, and no link leads to script.
    expect(new XMLSerializer().serializeToString(document.body)).not.toMatch(
      /<(img|iframe|script)\b|<svg[^>]*\bonload/i,
    );
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    }
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('opening a bundle file', () => {
  it('says the file stays in the browser, and loads the picked file', async () => {
    const { user } = renderApp('/open');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Open a bundle file' }),
    ).toBeVisible();
    expect(screen.getByText(/Nothing is uploaded or sent anywhere/)).toBeVisible();
    const input = screen.getByLabelText('Bundle file (JSON)');
    const file = new File([partlyInvalidBundleText()], 'my-council.json', {
      type: 'application/json',
    });
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => asked.push(new URL(request.url).pathname));
    // Between the pick and the overview the page must say the file is being read; that can be
    // brief, so it is watched for as it happens rather than looked for afterwards.
    let saidLoading = false;
    const watcher = new MutationObserver(() => {
      saidLoading ||= screen.queryByText('Loading the record…') !== null;
    });
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    await user.upload(input, file);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The record at a glance' }),
    ).toBeVisible();
    watcher.disconnect();
    expect(saidLoading).toBe(true);
    const bar = screen.getByRole('region', { name: 'Bundle in use' });
    await waitFor(() => expect(bar).toHaveTextContent('my-council.json (a file on this device)'));
    expect(bar).toHaveTextContent('record up to 20 May 2021');
    expect(screen.getByRole('region', { name: /set aside/ })).toBeVisible();
    // The file stays open across links.
    await user.click(screen.getByRole('link', { name: 'Savings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Savings' })).toBeVisible();
    expect(bar).toHaveTextContent('my-council.json');
    // The routes' loaders read the open file too: nothing was fetched from the network for it.
    expect(asked).toEqual([]);
    server.events.removeAllListeners();
  });

  it('explains a picked file that is not a bundle', async () => {
    const { user } = renderApp('/open');
    const input = await screen.findByLabelText('Bundle file (JSON)');
    await user.upload(input, new File(['[1, 2'], 'broken.json', { type: 'application/json' }));
    const page = await errorPage();
    expect(page).toHaveTextContent('Civic Trail tried to load “broken.json”.');
    expect(within(page).getByRole('alert')).toHaveTextContent('stops part-way through');
  });
});
