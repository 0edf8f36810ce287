// A split bundle in the app: the index is read first, an issue's file only when it is opened
// (and once), and each view says plainly when a file it needs is missing.
import { screen, waitFor, within } from '@testing-library/react';
import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { serveSplitBundle } from '~mocks/handlers/split-bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

const bundle = buildVersion2Bundle();
const issue = bundle.issues.find(
  (i) => bundle.items.filter((it) => it.issueId === i.id).length > 1,
)!;
const detailFiles = (requests: Map<string, number>) =>
  [...requests.keys()].filter((path) => path.startsWith('issues/'));

describe('a split bundle', () => {
  it('shows the overview from the index alone, without fetching any issue’s file', async () => {
    const split = serveSplitBundle('overview', bundle);
    server.use(split.handler);
    renderApp(`/?bundle=${split.address}`);
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(split.requests.get('index.json')).toBe(1);
    expect(detailFiles(split.requests)).toEqual([]);
  });

  it('fetches an issue’s file when it is opened, once, and shows its trail in full', async () => {
    const split = serveSplitBundle('trail', bundle);
    server.use(split.handler);
    const { router } = renderApp(`/issues/${issue.id}?bundle=${split.address}`);
    expect(await screen.findByRole('heading', { level: 1, name: issue.title })).toBeVisible();
    const trail = screen.getByRole('list', { name: 'Where it went' });
    const items = bundle.items.filter((i) => i.issueId === issue.id);
    expect(within(trail).getAllByRole('article')).toHaveLength(items.length);
    // A decision's text comes from the detail file, not the index.
    const decided = items.find((i) => i.decision)!;
    expect(
      screen.getAllByText(decided.decision!.resolutions[0]?.text ?? decided.decision!.text, {
        exact: false,
      }).length,
    ).toBeGreaterThan(0);
    expect(detailFiles(split.requests)).toEqual([`issues/${issue.id}.json`]);
    await router.navigate(`/?bundle=${split.address}`);
    await router.navigate(`/issues/${issue.id}?bundle=${split.address}`);
    expect(await screen.findByRole('heading', { level: 1, name: issue.title })).toBeVisible();
    expect(split.requests.get(`issues/${issue.id}.json`)).toBe(1);
  });

  it('says when an issue’s file is missing, and keeps the navigation', async () => {
    const split = serveSplitBundle('missing', bundle);
    split.drop(`issues/${issue.id}.json`);
    server.use(split.handler);
    renderApp(`/issues/${issue.id}?bundle=${split.address}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'the file that holds this issue’s meetings, decisions and minutes could not be read',
    );
    expect(screen.getByRole('navigation', { name: /main/i })).toBeVisible();
  });

  it('shows a source document’s text from the issue file that holds it', async () => {
    const split = serveSplitBundle('source', bundle);
    server.use(split.handler);
    const document = bundle.documents.find((d) => d.id === issue.documentId)!;
    renderApp(`/sources/${document.id}?bundle=${split.address}`);
    const text = await screen.findByRole('region', { name: 'Source text' });
    expect(text.textContent).toBe(document.text);
  });

  it('searches the texts beside the index and lands on the item', async () => {
    const split = serveSplitBundle('search', bundle);
    server.use(split.handler);
    const item = bundle.items.find((i) => i.minutes && i.minutes.text.length > 40)!;
    const word = item.minutes!.text.match(/[A-Za-z]{7,}/)![0];
    const { user } = renderApp(`/search?bundle=${split.address}`);
    await user.type(await screen.findByLabelText('Search the record'), word);
    const results = await screen.findByRole('list', { name: 'Search results' });
    await waitFor(() =>
      expect(
        within(results)
          .getAllByRole('link')
          .some((a) => a.getAttribute('href')?.includes(`#item-${item.id}`)),
      ).toBe(true),
    );
    expect(split.requests.get('search.json')).toBe(1);
  });
});
