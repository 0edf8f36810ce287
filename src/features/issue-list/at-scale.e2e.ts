/**
 * The list views on a council far bigger than the seed: a synthetic one, built here by the same
 * generator as `npm run synth`, served split (index, one file per issue, search texts) on the
 * app's own origin, as `npm run synth -- --split` writes it. Checks that long lists are drawn a
 * screenful at a time yet reachable to their last row, that /issues and the amounts mentioned
 * filter by the address, and that search finds a word in the minutes and lands on its item.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildCouncil } from '@/synth/build-council.ts';
import { checkPage, serveSplitBundle } from '@/test/e2e-helpers.ts';

const council = buildCouncil({ years: 2, seed: 'at-scale', scale: 0.12 });
const PARAM = '/test-bundles/council/index.json';
const at = (path: string) => `${path}${path.includes('?') ? '&' : '?'}bundle=${PARAM}`;

async function serveCouncil(page: Page) {
  await serveSplitBundle(page, council, '/test-bundles/council/');
}

test.describe('a council of many issues', () => {
  test.beforeEach(async ({ page }) => serveCouncil(page));

  test('the issue list draws a screenful, says the true count, and filters by the address', async ({
    page,
  }, testInfo) => {
    const total = council.issues.length;
    expect(total).toBeGreaterThan(100);
    await checkPage(page, testInfo, {
      path: at('/issues'),
      name: 'issues-at-scale',
      heading: 'Issues',
    });
    const list = page.getByRole('list', { name: 'Issues' });
    const rows = list.getByRole('listitem');
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(total));
    expect(await rows.count()).toBeLessThan(60);
    const cabinet = council.bodies.find((b) => b.name === 'Cabinet') ?? council.bodies[0]!;
    await page.getByLabel('Body').selectOption(cabinet.id);
    await expect(page).toHaveURL(new RegExp(`[?&]body=${cabinet.id}`));
    // The list follows the address once the view has drawn again.
    await expect(rows.first()).not.toHaveAttribute('aria-setsize', String(total));
    const shown = Number((await rows.first().getAttribute('aria-setsize')) ?? 0);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
  });

  test('the keyboard reaches the last row of the list', async ({ page }) => {
    await page.goto(at('/issues?year=' + council.meetings.find((m) => m.date)!.date!.slice(0, 4)));
    const list = page.getByRole('list', { name: 'Issues' });
    const first = list.getByRole('listitem').first();
    const count = Number(await first.getAttribute('aria-setsize'));
    await first.getByRole('link').focus();
    const focusedRow = page.locator(':focus').locator('xpath=ancestor::li[1]');
    for (let i = 2; i <= count; i += 1) {
      // The next row is drawn by the time a person presses Tab again: the list follows the focus.
      await expect(list.locator(`li[aria-posinset="${i}"]`)).toHaveCount(1);
      await page.keyboard.press('Tab');
      await expect(focusedRow).toHaveAttribute('aria-posinset', String(i));
    }
  });

  test('search finds a word in the minutes and lands on its item', async ({ page }) => {
    const item = council.items.find((i) => (i.minutes?.text.length ?? 0) > 200)!;
    const word = item.minutes!.text.match(/\b[a-z]{9,}\b/)![0];
    await page.goto(at('/search'));
    await page.getByLabel('Search the record').fill(word);
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
    await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
    const link = results.locator(`a[href*="#item-${item.id}"]`).first();
    // The hit may be further down the list than is drawn: search for both words of its title.
    if ((await link.count()) === 0) {
      await page.getByLabel('Search the record').fill(`${word} ${item.title.split(' ')[0]}`);
    }
    await results.locator(`a[href*="#item-${item.id}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/issues/${item.issueId}\\?.*#item-${item.id}$`));
    await expect(page.locator(`#item-${item.id}`)).toBeInViewport();
  });

  test('a result clicked before the address has caught up with the typing still opens', async ({
    page,
  }) => {
    const item = council.items.find((i) => (i.minutes?.text.length ?? 0) > 200)!;
    const word = item.minutes!.text.match(/\b[a-z]{9,}\b/)![0];
    // An issue's file that takes a while, as on a slow connection: the click's navigation is
    // still under way when the search would have written its words into the address.
    await page.route(
      (url) => url.pathname.startsWith('/test-bundles/council/issues/'),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await route.fallback();
      },
    );
    await page.goto(at('/search'));
    const input = page.getByLabel('Search the record');
    await input.fill(word);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
    // One more key, and a click at once: the address has not yet followed it.
    await input.press('Space');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(href.split('?')[0]!));
    await expect(page.locator('ol.trail')).toBeVisible();
  });

  test('the amounts mentioned filter by year and body, through the address', async ({ page }) => {
    await page.goto(at('/savings'));
    const filters = page.getByRole('search', { name: 'Narrow the list' });
    const table = page.getByRole('table', { name: /^Amounts the record mentions/ });
    const all = Number(await table.getAttribute('aria-rowcount'));
    // A year other than the one shown first, which the address leaves out.
    const years = filters.getByLabel('Year');
    const shownFirst = await years.inputValue();
    const values = await years
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const year = values.find((v) => /^\d{4}$/.test(v) && v !== shownFirst)!;
    await years.selectOption(year);
    await expect(page).toHaveURL(new RegExp(`[?&]year=${year}`));
    await expect(table).not.toHaveAttribute('aria-rowcount', String(all));
    const body = council.bodies.find((b) => b.name === 'Cabinet') ?? council.bodies[0]!;
    await filters.getByLabel('Body').selectOption(body.id);
    await expect(page).toHaveURL(new RegExp(`[?&]body=${body.id}`));
    const rows = table.locator('tbody tr:not([aria-hidden])');
    await expect(rows.first()).toContainText(body.name);
    for (const row of await rows.all()) {
      await expect(row).toContainText(body.name);
      await expect(row).toContainText(year);
    }
  });
});
