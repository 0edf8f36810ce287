import { expect, test, type Page } from '@playwright/test';
import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
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

/** Serves the version 2 fixture on the app's own origin, without shipping it in the site. */
async function serveVersion2(page: Page): Promise<string> {
  const body = JSON.stringify(buildVersion2Bundle());
  // A predicate, not a glob: a glob would also match the page's own `?bundle=/test-bundles/...`.
  await page.route(
    (url) => url.pathname === '/test-bundles/version-2.json',
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
  return '?bundle=/test-bundles/version-2.json';
}

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

  test('issue trail of a version 2 record: undated stops, decisions, plans and links', async ({
    page,
  }, testInfo) => {
    const bundleParam = await serveVersion2(page);
    await checkPage(page, testInfo, {
      path: `/issues/library-hours${bundleParam}`,
      name: 'issue-version-2',
      heading: 'Library opening hours',
    });
    const stops = page.getByRole('list', { name: 'Where it went' }).getByRole('article');
    await expect(stops.getByRole('heading', { level: 2 })).toHaveText([
      '10 Jan 2022: Cabinet',
      '1 Feb 2022: Decision by Executive Member for Communities',
      'Decision by Head of Libraries (date not in this record)',
      'Scrutiny Committee (date not in this record)',
    ]);
    const planned = page.getByRole('region', { name: 'Planned decisions' });
    await expect(planned.getByRole('listitem')).toHaveCount(3);
    await expect(planned.getByRole('link', { name: '19 Mar 2022 (Source)' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'About this issue' }).getByText('Lead member'),
    ).toBeVisible();
    const scrutiny = stops.nth(3);
    await expect(scrutiny.getByText('On the agenda:')).toBeVisible();
    const report = scrutiny.getByRole('link', { name: /^Opening hours report/ });
    await expect(report).toHaveAttribute(
      'href',
      'https://council.example/documents/s123/hours.pdf',
    );
    await expect(report).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(report).toContainText('open on the council’s site');
    for (const title of ['Consultation plan', 'Equality impact assessment', 'Map of branches']) {
      await expect(scrutiny.getByText(title)).toBeVisible();
      await expect(scrutiny.getByRole('link', { name: new RegExp(title) })).toHaveCount(0);
    }
    await page.getByRole('button', { name: 'Show newest first' }).click();
    await expect(stops.last().getByRole('heading', { level: 2 })).toHaveText(
      'Scrutiny Committee (date not in this record)',
    );
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });

  test('timeline of a version 2 record lists the undated meeting off the axis', async ({
    page,
  }, testInfo) => {
    const bundleParam = await serveVersion2(page);
    await checkPage(page, testInfo, {
      path: `/timeline${bundleParam}`,
      name: 'timeline-version-2',
      heading: 'Decision timeline',
    });
    const undated = page.getByRole('table', {
      name: 'Meetings with no date in this record (not on the time axis)',
    });
    await expect(undated.getByRole('rowheader')).toHaveText(['date not in this record (Source)']);
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
    const owner = "Council, on Cabinet's recommendation";
    await page.getByRole('combobox', { name: 'Owner' }).selectOption(owner);
    await expect(page).toHaveURL(/owner=Council/);
    const byOwner = bundle.commitments.filter((c) => c.owner === owner).length;
    await expect(page.getByRole('article')).toHaveCount(byOwner);
    expect(byOwner).toBeGreaterThan(0);
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
