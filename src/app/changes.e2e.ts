import { expect, test, type Page } from '@playwright/test';
import { formatDay } from '@/bundle/calendar.ts';
import type { Bundle } from '@/bundle/schema.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  saveScreenshot,
  seedBundle,
  watchConsole,
} from '@/test/e2e-helpers.ts';

const before = seedBundle();

/** The published record as the council might republish it months later. */
function republished(): Bundle {
  const after = structuredClone(before);
  after.asOf = '2026-03-12';
  after.meetings.push({ ...after.meetings[0]!, id: '2026-03-01-cabinet', date: '2026-03-01' });
  after.commitments[0] = { ...after.commitments[0]!, status: 'met' };
  return after;
}

async function openOverview(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'The record at a glance' })).toBeVisible(
    { timeout: 20_000 },
  );
}

test('a republished record is announced and its changes marked until dismissed', async ({
  page,
}, testInfo) => {
  const console = watchConsole(page);
  await openOverview(page);
  const summary = page.getByRole('region', { name: 'Since your last visit' });
  // The first visit only remembers: there is nothing to compare with yet.
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).length), { timeout: 10_000 })
    .toBe(1);
  await expect(summary).toHaveCount(0);

  const body = JSON.stringify(republished());
  await page.route(
    (url) => url.pathname === '/data/bundle.json',
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
  await openOverview(page);
  // The page has other live regions (Copy link's, for one): this is the one that says so.
  const updated = page.getByRole('status').filter({ hasText: 'has been updated' });
  await expect(updated).toContainText(
    `The record has been updated: it now speaks to ${formatDay('2026-03-12')}.`,
  );
  await expect(summary.getByRole('link', { name: '1 new meeting' })).toHaveAttribute(
    'href',
    '/timeline',
  );
  await expect(summary.getByRole('link', { name: '1 commitment now met' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'changes-summary');

  await summary.getByRole('link', { name: '1 commitment now met' }).click();
  const promise = page.getByRole('article', { name: before.commitments[0]!.text });
  await expect(promise.getByText('New', { exact: true })).toBeVisible({ timeout: 20_000 });

  await openOverview(page);
  await summary.getByRole('button', { name: 'Mark as seen' }).click();
  await expect(summary).toHaveCount(0);
  // Dismissed means remembered: the next visit has nothing new to say.
  await openOverview(page);
  await expect(page.getByRole('heading', { name: 'What this record covers' })).toBeVisible();
  await expect(summary).toHaveCount(0);
  await expect(updated).toHaveCount(0);
  expect(console.errors, 'console errors').toEqual([]);
});
