import { expect, test, type Page } from '@playwright/test';
import { seedBundle, watchConsole } from '@/test/e2e-helpers.ts';
import { BUNDLE_CACHE } from './offline-app.ts';

const bundle = seedBundle();
const issue = bundle.issues[0]!;

// These tests are about the service worker itself (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Waits until the worker controls the page and its cache holds the published bundle. */
async function waitUntilCachedOffline(page: Page): Promise<void> {
  const cached = () =>
    page.evaluate(async (cacheName) => {
      if (!navigator.serviceWorker.controller) return false;
      const cache = await caches.open(cacheName);
      return (await cache.match('/data/bundle.json')) !== undefined;
    }, BUNDLE_CACHE);
  await expect.poll(cached, { timeout: 20_000 }).toBe(true);
}

test('after one visit, the issue trail opens with no network', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'The record at a glance' })).toBeVisible(
    { timeout: 20_000 },
  );
  await waitUntilCachedOffline(page);

  await context.setOffline(true);
  // The network is really gone for the worker too: a bundle address it never cached fails.
  const uncached = await page.evaluate(() =>
    fetch('/data/never-cached.json').then(
      () => 'answered',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');

  const console = watchConsole(page);
  await page.goto(`/issues/${issue.id}`);
  await expect(page.getByRole('heading', { level: 1, name: issue.title })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('list', { name: 'Where it went' }).getByRole('article')).toHaveCount(
    3,
  );
  // A reload offline is the same as opening the app from the home screen with no signal.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: issue.title })).toBeVisible({
    timeout: 20_000,
  });
  expect(console.errors, 'console errors').toEqual([]);
});

test('the app can be installed: its manifest names the icons a phone needs', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await page.request.get(href!)).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
  expect(manifest.name).toBeTruthy();
  expect(manifest.short_name).toBeTruthy();
  expect(manifest.theme_color).toMatch(/^#/);
  const sizes = (purpose: string) =>
    manifest.icons.filter((i) => (i.purpose ?? 'any') === purpose).map((i) => i.sizes);
  expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(sizes('maskable')).toContain('512x512');
  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
