import { expect, test, type Page } from '@playwright/test';
import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { paths } from '@/config/paths.ts';
import { strings } from '@/ui/strings.en.ts';

const bundle = buildVersion2Bundle();
const PARAM = '/test-bundles/other.json';
const withParam = (path: string) => {
  const url = new URL(path, 'http://x.invalid');
  url.searchParams.set('bundle', PARAM);
  return `${url.pathname}${url.search}${url.hash}`;
};

/** Serves the other bundle on the app's own origin, to every page of the browser context. */
async function serveOther(page: Page) {
  await page.context().route(
    (url) => url.pathname === PARAM,
    (route) => route.fulfill({ body: JSON.stringify(bundle), contentType: 'application/json' }),
  );
}

/** Every link on the page that leads elsewhere in the app, except the one that leaves the bundle. */
async function internalHrefs(page: Page): Promise<string[]> {
  return page
    .locator('a[href^="/"]')
    .evaluateAll(
      (links, leave) =>
        links.filter((a) => a.textContent?.trim() !== leave).map((a) => a.getAttribute('href')!),
      strings.bundle.useDefault,
    );
}

test.describe('links under ?bundle=', () => {
  const issue = bundle.issues[0]!;
  const views = [
    paths.home(),
    paths.issue(issue.id),
    paths.timeline(),
    paths.savings(),
    paths.structure(),
    paths.commitments(),
  ];

  for (const view of views) {
    test(`every internal link on ${view} carries the loaded bundle`, async ({ page }) => {
      await serveOther(page);
      await page.goto(withParam(view));
      await expect(page.getByText(strings.bundle.useDefault)).toBeVisible();
      const hrefs = await internalHrefs(page);
      expect(hrefs.length).toBeGreaterThan(3);
      const missing = hrefs.filter(
        (h) => new URL(h, page.url()).searchParams.get('bundle') !== PARAM,
      );
      expect(missing, 'links that would lose the bundle').toEqual([]);
    });
  }

  test('a link opened in a new page shows the same bundle', async ({ page }) => {
    await serveOther(page);
    await page.goto(withParam(paths.home()));
    const link = page.getByRole('link', { name: issue.title }).first();
    const href = await link.getAttribute('href');
    const other = await page.context().newPage();
    await other.goto(href!);
    await expect(other.getByRole('heading', { level: 1, name: issue.title })).toBeVisible();
    await expect(other.getByText('other.json')).toBeVisible();
    await other.close();
  });
});
