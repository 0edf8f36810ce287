import { screen, waitFor, within } from '@testing-library/react';
import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

describe('search route', () => {
  beforeEach(() => server.use(serveBundle(buildVersion2Bundle())));

  it('finds a word in the minutes, marks it, and leads to the item on its trail', async () => {
    const bundle = buildVersion2Bundle();
    const item = bundle.items.find((i) => i.minutes && i.minutes.text.length > 40)!;
    const word = item.minutes!.text.match(/[A-Za-z]{7,}/)![0];
    const { user, router } = renderApp('/search');
    expect(await screen.findByText('Type a word to search the record.')).toBeVisible();
    await user.type(screen.getByLabelText('Search the record'), word);
    const results = await screen.findByRole('list', { name: 'Search results' });
    // Several items may share a title; the link's target tells this one apart.
    const link = within(results)
      .getAllByRole('link', { name: item.title })
      .find((a) => a.getAttribute('href')?.endsWith(`#item-${item.id}`))!;
    const row = within(results)
      .getAllByRole('listitem')
      .find((li) => li.contains(link))!;
    expect(within(row).getAllByText(word, { selector: 'mark' }).length).toBeGreaterThan(0);
    // The address follows once typing pauses, so the search can be shared.
    await waitFor(() => expect(router.state.location.search).toBe(`?q=${word}`));
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/issues/${item.issueId}`));
    expect(router.state.location.hash).toBe(`#item-${item.id}`);
  });

  it('opens with the words a link carries, and says when nothing matches', async () => {
    renderApp('/search?q=zzyzx');
    expect(await screen.findByLabelText('Search the record')).toHaveValue('zzyzx');
    expect(await screen.findByText('No results for “zzyzx”.')).toBeVisible();
  });

  it('says why a word of one or two letters found nothing', async () => {
    renderApp('/search?q=harbour%20zq');
    expect(
      await screen.findByText(
        'No results for “harbour zq”. A word of one or two letters finds only itself; type more to find the words it begins.',
      ),
    ).toBeVisible();
  });
});
