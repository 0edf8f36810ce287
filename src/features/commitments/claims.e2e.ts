import { expect, test, type Page } from '@playwright/test';
import { buildNotAnnotatedBundle } from '~mocks/fixtures/bundles.ts';
import { checkPage, seedBundle } from '@/test/e2e-helpers.ts';

/** Serves the not-annotated fixture on the app's own origin, without shipping it in the site. */
async function serveNotAnnotated(page: Page): Promise<string> {
  const body = JSON.stringify(buildNotAnnotatedBundle());
  // A predicate, not a glob: a glob would also match the page's own `?bundle=/test-bundles/...`.
  await page.route(
    (url) => url.pathname === '/test-bundles/not-annotated.json',
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
  return '?bundle=/test-bundles/not-annotated.json';
}

const seed = seedBundle();

test.describe('what the screen claims', () => {
  test('on the seed, no commitment reads overdue, each says why, and the overview agrees', async ({
    page,
  }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/commitments',
      name: 'claims-seed-commitments',
      heading: 'Commitments',
    });
    const cards = page.getByRole('article');
    await expect(cards).toHaveCount(seed.commitments.length);
    // The status filter still offers the word; no commitment wears it.
    await expect(cards.filter({ hasText: /Overdue/ })).toHaveCount(0);
    for (const card of await cards.all()) {
      await expect(card.locator('.status-reason')).toHaveText(
        /the record ends 13 Dec 2010, before that date|shows no evidence of delivery up to its end, 13 Dec 2010/,
      );
    }
    await checkPage(page, testInfo, {
      path: '/',
      name: 'claims-seed-overview',
      heading: 'The record at a glance',
    });
    const headlines = page.getByRole('region', { name: 'Headline figures' });
    await expect(headlines.getByText(/Overdue/)).toHaveCount(0);
    await expect(
      headlines.getByRole('link', { name: 'Not known from this record: 2' }),
    ).toBeVisible();
    await expect(
      headlines.getByText('Due by April 2011; the record ends 13 Dec 2010'),
    ).toBeVisible();
  });

  test('on a record no editor has annotated, no view says it states no amounts', async ({
    page,
  }, testInfo) => {
    // Four full page checks (axe included) and a walk to the savings page: more than one page's time.
    test.setTimeout(120_000);
    const bundle = await serveNotAnnotated(page);
    const views = [
      { path: '/', heading: 'The record at a glance' },
      { path: '/savings', heading: 'Savings' },
      { path: '/structure', heading: 'Structure changes' },
      { path: '/commitments', heading: 'Commitments' },
    ];
    for (const { path, heading } of views) {
      await checkPage(page, testInfo, {
        path: `${path}${bundle}`,
        name: `claims-not-annotated${path.replace('/', '-') || '-overview'}`,
        heading,
      });
      await expect(page.getByText(/states no|None stated/)).toHaveCount(0);
    }

    await page.goto(`/${bundle}`);
    await page.getByRole('link', { name: 'See them one by one on the savings page' }).click();
    await expect(page).toHaveURL(/\/savings\?bundle=.*#mentioned-amounts$/);
    const section = page.getByRole('region', { name: 'Amounts the record mentions, not reviewed' });
    await expect(section).toBeInViewport();
    const table = section.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(7);
    await expect(table.getByRole('row', { name: /^£2m/ })).toContainText(
      'saving £2 million a year from April 2024.',
    );
    await expect(table.getByRole('row', { name: /^£1\.58m/ })).toContainText(
      'would save £1.580 million in 2024/25',
    );
    await expect(section.getByText(/none is added up/)).toBeVisible();
    await expect(section.locator('.recharts-bar-rectangle')).toHaveCount(5);
  });
});
