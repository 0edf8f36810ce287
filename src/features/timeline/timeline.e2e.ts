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
const phase1Due = bundle.commitments.find((c) => c.due?.date === '2011-04')!;

test.describe('timeline', () => {
  test('puts every meeting, due date and phase on one axis', async ({ page }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/timeline',
      name: 'timeline',
      heading: 'Decision timeline',
    });
    await expect(page).toHaveTitle('Decision timeline | Civic Trail');
    const frame = page.getByRole('region', { name: 'On a time axis' });
    await expect(
      frame.getByRole('img', { name: /^3 meetings, 2 due dates and 3 phases/ }),
    ).toBeVisible();
    const rows = frame.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(
      1 + bundle.meetings.length + 2 + 3, // header, meetings, dated commitments, dated steps
    );
    await expect(frame.getByRole('rowheader', { name: /^April 2011/ }).first()).toBeVisible();
  });

  test('filters by body from the URL and by the select', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/timeline?body=cabinet');
    await expect(page.getByText('Showing 1 of 8 events.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Body' }).selectOption('Council');
    await expect(page).toHaveURL(/body=council/);
    await expect(page.getByText('Showing 1 of 8 events.')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    expect(console.errors).toEqual([]);
  });

  test('a due date’s source link lands on the highlighted quote', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/timeline');
    await page
      .getByRole('row', { name: new RegExp(phase1Due.text.slice(0, 30)) })
      .getByRole('link', { name: 'April 2011 (Source)' })
      .click();
    await expectOnHighlightedQuote(page, phase1Due.source);
    expect(console.errors).toEqual([]);
  });

  test('works from the keyboard: a filter changes with the arrow keys', async ({ page }) => {
    await page.goto('/timeline');
    await expect(page.getByText('Showing 8 of 8 events.')).toBeVisible();
    const body = page.getByRole('combobox', { name: 'Body' });
    await body.focus();
    await expect(body).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/body=/);
    await expect(page.getByText(/^Showing [0-7] of 8 events\.$/)).toBeVisible();
    // The table's scroll box takes focus, so a wide table can be scrolled without a mouse.
    const tableBox = page.getByRole('region', { name: /scrollable table/ });
    await tableBox.focus();
    await expect(tableBox).toBeFocused();
  });
});
