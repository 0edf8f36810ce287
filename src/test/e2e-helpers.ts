/**
 * Shared checks for the browser tests: every page is checked the same way at both sizes, so a
 * view cannot pass by skipping a check. Chart views reuse `checkPage` as is.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { Bundle, SourceSpan } from '@/bundle/schema.ts';
import { splitBundle, splitFiles } from '@/bundle/split-bundle.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The seed bundle the built app serves, read from disk so tests follow the data. */
export function seedBundle(): Bundle {
  return JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as Bundle;
}

/** Collects console errors and uncaught exceptions from the moment it is called. */
export function watchConsole(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { errors };
}

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe found accessibility violations').toEqual([]);
}

/** Full-page screenshot to screenshots/<name>-<project>.png (git-ignored) for a person to look at. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({
    path: `screenshots/${name}-${testInfo.project.name}.png`,
    fullPage: true,
  });
}

/**
 * Loads a path and runs every check: the h1 is there, no console errors, no sideways scroll,
 * zero axe violations, and a screenshot.
 */
export async function checkPage(
  page: Page,
  testInfo: TestInfo,
  { path, name, heading }: { path: string; name: string; heading: string | RegExp },
): Promise<void> {
  const console = watchConsole(page);
  await page.goto(path);
  // The view draws once its bundle is read; a big one on a busy machine takes a while.
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.locator('h1')).toHaveCount(1);
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, name);
  expect(console.errors, 'console errors').toEqual([]);
}

/** After following a source link: the source page, with the quote highlighted, focused, in view. */
export async function expectOnHighlightedQuote(page: Page, source: SourceSpan): Promise<void> {
  await expect(page).toHaveURL(
    `/sources/${source.documentId}?start=${source.start}&end=${source.end}`,
  );
  const mark = page.locator('mark');
  await expect(mark).toHaveText(source.quote);
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
}

/** Clicks a download button and returns the saved file's name and text, exactly as saved. */
export async function downloadFrom(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/**
 * Serves a bundle split, as `--split` writes it, under `folder` on the app's own origin, and
 * gives the address of its index for `?bundle=`.
 */
export async function serveSplitBundle(page: Page, bundle: Bundle, folder: string) {
  const files = new Map(
    splitFiles(splitBundle(bundle)).map((f) => [f.path, JSON.stringify(f.value)]),
  );
  await page.route(
    (url) => url.pathname.startsWith(folder),
    (route) => {
      const body = files.get(new URL(route.request().url()).pathname.slice(folder.length));
      return body === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ body, contentType: 'application/json' });
    },
  );
  return `${folder}index.json`;
}
