import { expect, test } from '@playwright/test';
import {
  checkPage,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  seedBundle,
  watchConsole,
  expectOnHighlightedQuote,
} from '@/test/e2e-helpers.ts';

const bundle = seedBundle();
const range = bundle.figures.find((f) => f.kind === 'saving' && f.low !== undefined)!;

test.describe('savings', () => {
  test('draws every money figure with its table twin', async ({ page }, testInfo) => {
    await checkPage(page, testInfo, { path: '/savings', name: 'savings', heading: 'Savings' });
    await expect(page).toHaveTitle('Savings | Civic Trail');
    const recurring = page.getByRole('region', { name: 'Recurring savings' });
    await expect(recurring.locator('.recharts-bar-rectangle')).toHaveCount(2);
    await expect(recurring.getByRole('link', { name: '£213,000 (Source)' })).toBeVisible();
    await expect(recurring.getByRole('link', { name: '£0.8m-£1.2m (Source)' })).toBeVisible();
    const costs = page.getByRole('region', { name: 'One-off costs' });
    await expect(costs.locator('.recharts-bar-rectangle')).toHaveCount(1);
    await expect(costs.getByRole('link', { name: '£80,000 (Source)' })).toBeVisible();
  });

  test('a figure’s source link lands on the highlighted quote', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/savings');
    await page.getByRole('link', { name: '£0.8m-£1.2m (Source)' }).click();
    await expectOnHighlightedQuote(page, range.source);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    expect(console.errors).toEqual([]);
  });
});
