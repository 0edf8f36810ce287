/**
 * Links and paper: a link copied with "Copy link" opens the same view in a new page, filters and
 * all; and the views that print as committee papers do so with no site furniture, every table,
 * and each quoted source listed as a numbered note.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatDay } from '@/bundle/calendar.ts';
import { seedBundle } from '@/test/e2e-helpers.ts';

const bundle = seedBundle();
const issue = bundle.issues[0]!;

/** Clicks Copy link and reads back what it put on the clipboard. */
async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Chooses the first real option (not "all") of a labelled select, and returns its label. */
async function chooseFirst(page: Page, label: string): Promise<string> {
  const select = page.getByLabel(label, { exact: true });
  const option = select.locator('option').nth(1);
  const text = (await option.textContent())!;
  await select.selectOption({ label: text });
  return text;
}

async function selectedLabel(page: Page, label: string): Promise<string | null> {
  return page
    .getByLabel(label, { exact: true })
    .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? null);
}

test.describe('a copied link', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  });

  test('reopens the issue list narrowed by body and year', async ({ page, context }) => {
    await page.goto('/issues');
    const body = await chooseFirst(page, 'Body');
    const year = await chooseFirst(page, 'Year');
    await expect(page).toHaveURL(/body=.*year=/);
    const shown = await page.locator('main p[role=status].meta').textContent();
    const link = await copyLink(page);
    expect(link).toBe(page.url());

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: 'Issues' })).toBeVisible();
    expect(await selectedLabel(other, 'Body')).toBe(body);
    expect(await selectedLabel(other, 'Year')).toBe(year);
    await expect(other.locator('main p[role=status].meta')).toHaveText(shown!);
    await expect(other.getByRole('link', { name: issue.title })).toBeVisible();
  });

  test('reopens the savings page with its mentioned amounts narrowed', async ({
    page,
    context,
  }) => {
    await page.goto('/savings');
    const mentions = page.getByRole('region', {
      name: 'Amounts the record mentions, not reviewed',
    });
    await expect(mentions).toBeVisible();
    const body = await chooseFirst(page, 'Body');
    await page.getByLabel('Words in the issue’s title').fill('commissioning');
    await expect(page).toHaveURL(/body=.*issueTitle=commissioning/);
    const link = await copyLink(page);

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: 'Savings' })).toBeVisible();
    expect(await selectedLabel(other, 'Body')).toBe(body);
    await expect(other.getByLabel('Words in the issue’s title')).toHaveValue('commissioning');
    const showing = other
      .getByRole('region', { name: 'Amounts the record mentions, not reviewed' })
      .getByRole('status');
    await expect(showing).toHaveText((await mentions.getByRole('status').textContent())!);
  });

  test('reopens a search with its words and results', async ({ page, context }) => {
    await page.goto('/search');
    await page.getByLabel('Search the record').fill('Assistant Director');
    await expect(page).toHaveURL(/q=Assistant\+Director/);
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    const link = await copyLink(page);

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByLabel('Search the record')).toHaveValue('Assistant Director');
    await expect(
      other.getByRole('list', { name: 'Search results' }).getByRole('listitem'),
    ).toHaveCount(count);
  });

  test('keeps a loaded bundle and the item the #hash points at', async ({ page, context }) => {
    const item = bundle.items.find((i) => i.issueId === issue.id)!;
    const path = `/issues/${issue.id}?bundle=%2Fdata%2Fbundle.json&order=newest#item-${item.id}`;
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: issue.title })).toBeVisible();
    const link = await copyLink(page);
    expect(new URL(link).searchParams.get('bundle')).toBe('/data/bundle.json');
    expect(new URL(link).searchParams.get('order')).toBe('newest');
    expect(new URL(link).hash).toBe(`#item-${item.id}`);

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('button', { name: 'Show oldest first' })).toBeVisible();
    await expect(other.locator(`#item-${item.id}`)).toBeInViewport();
  });
});

/** The quoted words a source link's span points at, from the bundle itself. */
function quoteOf(href: string): string {
  const url = new URL(href, 'http://quote.invalid');
  const id = decodeURIComponent(url.pathname.split('/').pop()!);
  const text = bundle.documents.find((d) => d.id === id)!.text;
  return text.slice(Number(url.searchParams.get('start')), Number(url.searchParams.get('end')));
}

const printable = [
  { path: `/issues/${issue.id}`, heading: issue.title },
  { path: '/savings', heading: 'Savings' },
  { path: '/structure', heading: 'Structure changes' },
  { path: '/commitments', heading: 'Commitments' },
];

test.describe('printed as a committee paper', () => {
  for (const { path, heading } of printable) {
    test(`${path} shows no navigation or controls, every table, and its quotes as notes`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      // On screen the notes are not shown.
      await expect(page.getByRole('heading', { name: 'Sources quoted' })).toBeHidden();
      await page.emulateMedia({ media: 'print' });

      await expect(page.getByRole('navigation')).toBeHidden();
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
      for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
      for (const form of await page.locator('form').all()) await expect(form).toBeHidden();

      const tables = page.locator('table');
      for (const table of await tables.all()) await expect(table).toBeVisible();

      // Every source link carries a note number, and that note quotes its words.
      const notes = page.locator('.print-notes ol > li');
      await expect(page.getByRole('heading', { name: 'Sources quoted' })).toBeVisible();
      const links = await page.locator('main a.source-link').all();
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const n = Number(await link.getAttribute('data-note'));
        expect(n).toBeGreaterThan(0);
        const quote = quoteOf((await link.getAttribute('href'))!);
        await expect(notes.nth(n - 1)).toContainText(quote.replace(/\s+/g, ' ').trim());
      }

      // The sheet's footer: the record's date and this page's address.
      const footer = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--print-footer'),
      );
      expect(footer).toContain(formatDay(bundle.asOf));
      expect(footer).toContain(`${baseURL}${path}`);
    });
  }
});
