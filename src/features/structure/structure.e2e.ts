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
const phase1 = bundle.structure.flatMap((s) => s.steps).find((step) => step.label === 'Phase 1')!;

test.describe('structure', () => {
  test('draws posts as steps with phase markers and a table twin', async ({ page }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/structure',
      name: 'structure',
      heading: 'Structure changes',
    });
    await expect(page).toHaveTitle('Structure changes | Civic Trail');
    const frame = page.getByRole('region', { name: 'Posts over time' });
    await expect(frame.locator('.recharts-line')).toHaveCount(2);
    await expect(frame.getByText('Phase 1, by April 2011')).toBeVisible();
    for (const fte of ['8.5', '6.5', '5.5']) {
      await expect(frame.getByRole('link', { name: `${fte} (Source)` })).toBeVisible();
    }
  });

  test('a step’s source link lands on the highlighted quote', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/structure');
    await page.getByRole('link', { name: '6.5 (Source)' }).click();
    await expectOnHighlightedQuote(page, phase1.source);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    expect(console.errors).toEqual([]);
  });
});
