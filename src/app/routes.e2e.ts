import { expect, test } from '@playwright/test';
import {
  checkPage,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  saveScreenshot,
  seedBundle,
  watchConsole,
  expectOnHighlightedQuote,
} from '@/test/e2e-helpers.ts';

const bundle = seedBundle();
const issue = bundle.issues[0]!;
const saving = bundle.figures.find((f) => f.kind === 'saving' && f.value !== undefined)!;

test.describe('the dashboard routes', () => {
  test('overview lists the issues and the headline figures', async ({ page }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/',
      name: 'overview',
      heading: 'The record at a glance',
    });
    const issues = page.getByRole('region', { name: 'Issues' });
    await expect(issues.getByRole('link', { name: issue.title })).toBeVisible();
    await expect(page.getByRole('link', { name: '£213,000 (Source)' })).toBeVisible();
    await expect(page.getByRole('link', { name: '£0.8m-£1.2m (Source)' })).toBeVisible();
    await expect(page.getByRole('link', { name: '£80,000 (Source)' })).toBeVisible();
    await expect(page).toHaveTitle('The record at a glance | Civic Trail');
  });

  test('issue trail shows every stop, resolution, figure and step', async ({ page }, testInfo) => {
    await checkPage(page, testInfo, {
      path: `/issues/${issue.id}`,
      name: 'issue',
      heading: issue.title,
    });
    const stops = page.getByRole('list', { name: 'Where it went' }).getByRole('article');
    await expect(stops).toHaveCount(3);
    await expect(stops.nth(0).getByRole('heading', { level: 2 })).toHaveText(
      '28 Oct 2010: Staff and Support Services',
    );
    await expect(stops.nth(0).getByText('Dissolved')).toBeVisible();
    await expect(
      page.getByText("The Council's decision text is not in this record."),
    ).toBeVisible();
    const cabinet = stops.nth(1);
    for (const n of ['1', '2', '3']) {
      await expect(cabinet.getByRole('link', { name: `${n}. (Source)` })).toBeVisible();
    }
    for (const fte of ['8.5', '6.5', '5.5']) {
      await expect(page.getByRole('link', { name: new RegExp(`: ${fte} `) })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Show newest first' }).click();
    await expect(stops.nth(0).getByRole('heading', { level: 2 })).toHaveText(
      '13 Dec 2010: Council',
    );
    await expectNoHorizontalOverflow(page);
  });

  test('commitments lists every promise and filters by owner', async ({ page }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/commitments',
      name: 'commitments',
      heading: 'Commitments',
    });
    const total = bundle.commitments.length;
    await expect(page.getByText(`Showing ${total} of ${total} commitments.`)).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(total);
    await page.getByRole('combobox', { name: 'Owner' }).selectOption('Council');
    await expect(page).toHaveURL(/owner=Council/);
    const byCouncil = bundle.commitments.filter((c) => c.owner === 'Council').length;
    await expect(page.getByRole('article')).toHaveCount(byCouncil);
    expect(byCouncil).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  test('a figure’s source link lands on the highlighted quote', async ({ page }, testInfo) => {
    const console = watchConsole(page);
    await page.goto('/');
    await page.getByRole('link', { name: '£213,000 (Source)' }).click();
    await expectOnHighlightedQuote(page, saving.source);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'source');
    expect(console.errors).toEqual([]);
  });

  test('an unknown page is a friendly not-found with a way back', async ({ page }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/no/such/page',
      name: 'not-found',
      heading: 'Page not found',
    });
    await page.getByRole('link', { name: 'Back to the overview' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The record at a glance');
  });

  test('an unknown issue is a friendly not-found', async ({ page }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/issues/no-such-issue',
      name: 'issue-not-found',
      heading: 'Issue not found',
    });
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});
