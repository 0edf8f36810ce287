import { expect, test, type Page } from '@playwright/test';
import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { HOSTILE, hostileTextBundleText } from '~mocks/fixtures/hostile-text-bundle.ts';
import { partlyInvalidBundleText } from '~mocks/fixtures/partly-invalid-bundle.ts';
import { truncatedBundleText } from '~mocks/fixtures/truncated-bundle.ts';
import { wrongVersionBundleText } from '~mocks/fixtures/wrong-version-bundle.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  saveScreenshot,
  watchConsole,
} from '@/test/e2e-helpers.ts';

const fixtures: Record<string, string> = {
  truncated: truncatedBundleText(),
  'wrong-version': wrongVersionBundleText(),
  'partly-invalid': partlyInvalidBundleText(),
  'hostile-text': hostileTextBundleText(),
};

/**
 * Serves the fixtures on the app's own origin without shipping them in the site, and records
 * every request, every dialog and the console, so a test can prove nothing ran or leaked.
 */
async function watch(page: Page) {
  // A predicate, not a glob: a glob would also match the page's own `?bundle=/test-bundles/...`.
  await page.route(
    (url) => url.pathname.startsWith('/test-bundles/'),
    (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!.replace('.json', '');
      const body = fixtures[name];
      return body === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ body, contentType: 'application/json' });
    },
  );
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const console = watchConsole(page);
  return { requests, dialogs, console };
}

async function expectNothingRan(page: Page, seen: Awaited<ReturnType<typeof watch>>) {
  expect(seen.dialogs, 'dialogs opened').toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const origin = new URL(page.url()).origin;
  expect(
    seen.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')),
    'requests to another origin',
  ).toEqual([]);
  expect(seen.console.errors, 'console errors').toEqual([]);
}

const bundleAt = (name: string) => `?bundle=/test-bundles/${name}.json`;

test.describe('before the app has run', () => {
  test('the page shows its header before any script, and no endless loading without one', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Issues' })).toHaveAttribute('href', '/issues');
    // The loading notice is for a page whose script runs; here it never would. (The noscript
    // message is not checked: Chromium's emulation of scripts off still parses it as text.)
    await expect(page.getByText('Loading the record…')).toBeHidden();
    await context.close();
  });
});

test.describe('loading other bundles', () => {
  test('a truncated bundle gets a full-page explanation and a way back', async ({
    page,
  }, testInfo) => {
    const seen = await watch(page);
    await page.goto(`/savings${bundleAt('truncated')}`);
    const error = page.getByRole('region', { name: 'This bundle could not be loaded' });
    await expect(error.getByRole('alert')).toContainText('stops part-way through');
    await error.getByText('Technical detail').click();
    await expect(error).toContainText(/Unterminated string|end of JSON/);
    await expect(page.getByRole('region', { name: 'Bundle in use' })).toContainText(
      'truncated.json could not be loaded',
    );
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'bundle-error-truncated');
    await error.getByRole('link', { name: 'Back to the default bundle' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The record at a glance');
    await expect(page).toHaveURL(/\/$/);
    await expectNothingRan(page, seen);
  });

  test('a wrong-version bundle is refused with the version it reads', async ({ page }) => {
    const seen = await watch(page);
    await page.goto(`/${bundleAt('wrong-version')}`);
    const error = page.getByRole('region', { name: 'This bundle could not be loaded' });
    await expect(error.getByRole('alert')).toContainText('This app reads versions 1 and 2');
    await error.getByText('Technical detail').click();
    await expect(error).toContainText(
      'schemaVersion: this app reads schema version 2, the bundle says number 0; it reads versions 1 and 2',
    );
    await expectNothingRan(page, seen);
  });

  test('a partly invalid bundle shows the good records and counts the rest', async ({
    page,
  }, testInfo) => {
    const seen = await watch(page);
    await page.goto(`/${bundleAt('partly-invalid')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The record at a glance');
    const notice = page.getByRole('region', { name: 'Some records in this bundle were set aside' });
    await expect(notice).toContainText(
      '1 of 2 issues, 2 of 4 agenda items, 1 of 3 figures and 1 of 4 commitments',
    );
    await expect(notice).toContainText('2 of them are set aside only because they point');
    // The disclosure works from the keyboard.
    await notice.getByText(/Show all 5 set-aside records/).focus();
    await page.keyboard.press('Enter');
    await expect(notice.getByRole('listitem', { name: /\[\d+\]/ })).toHaveCount(5);
    await expect(notice).toContainText('figures[2].value: expected number, got "NaN"');
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'bundle-notice');
    // The bundle stays open, and in the address, through the views' own links.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Savings' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Savings');
    await expect(page).toHaveURL(/\/savings\?bundle=%2Ftest-bundles%2Fpartly-invalid\.json$/);
    await page
      .getByRole('link', { name: /\(Source\)/ })
      .first()
      .click();
    await expect(page.locator('mark')).toBeVisible();
    await expect(page).toHaveURL(/bundle=%2Ftest-bundles%2Fpartly-invalid\.json/);
    await expect(notice).toBeVisible();
    await expectNothingRan(page, seen);
  });

  test('a hostile-text bundle is shown as text and runs nothing', async ({ page }, testInfo) => {
    const seen = await watch(page);
    for (const path of ['/', '/issues/harbour-wall', '/commitments', '/savings', '/structure']) {
      await page.goto(`${path}${bundleAt('hostile-text')}`);
      await expect(page.getByRole('region', { name: 'Bundle in use' })).toContainText(
        'hostile-text.json',
      );
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Loading the record…')).toHaveCount(0);
    }
    await page.goto(`/issues/harbour-wall${bundleAt('hostile-text')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.img);
    await expect(page.getByText(HOSTILE.svg).first()).toBeVisible();
    await expect(page.locator('img, iframe, svg[onload], main script')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    await saveScreenshot(page, testInfo, 'bundle-hostile');
    await page.goto(`/sources/harbour-wall-page${bundleAt('hostile-text')}`);
    await expect(page.getByText(HOSTILE.script, { exact: false }).first()).toBeVisible();
    await expectNothingRan(page, seen);
  });

  test('another origin is refused and never asked', async ({ page }) => {
    const seen = await watch(page);
    await page.goto('/?bundle=https://evil.example/bundle.json');
    await expect(page.getByRole('alert')).toContainText(
      'It is on another site (https://evil.example)',
    );
    await expectNothingRan(page, seen);
  });
});

test.describe('opening a bundle file', () => {
  test('a local file is read in the browser only', async ({ page }, testInfo) => {
    const seen = await watch(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'Open a bundle file' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a bundle file');
    await expect(page.getByText(/Nothing is uploaded or sent anywhere/)).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'bundle-open');
    const before = seen.requests.length;
    await page.getByLabel('Bundle file (JSON)').setInputFiles({
      name: 'my-council.json',
      mimeType: 'application/json',
      buffer: Buffer.from(partlyInvalidBundleText()),
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The record at a glance');
    const bar = page.getByRole('region', { name: 'Bundle in use' });
    await expect(bar).toContainText('my-council.json (a file on this device)');
    await expect(bar).toContainText('schema version 2');
    await expect(bar).toContainText('record up to 20 May 2021');
    await expect(page.getByRole('region', { name: /set aside/ })).toBeVisible();
    // Nothing left the page: the only requests are the app's own scripts (the worker) and icon.
    const after = seen.requests
      .slice(before)
      .filter((url) => !/\/assets\/|\/favicon\.svg$/.test(url));
    expect(after).toEqual([]);
    await saveScreenshot(page, testInfo, 'bundle-file-loaded');
    await bar.getByRole('link', { name: 'Back to the default bundle' }).click();
    await expect(bar).toContainText('bundle.json (the published record)');
    await expectNothingRan(page, seen);
  });

  // Desktop only (see playwright.config.ts): one 26 MB run is enough, and its figures are
  // measured by src/tools/measure-large-load.mjs, not asserted here.
  test(
    'a large file is parsed off the main thread, with progress',
    { tag: '@desktop-only' },
    async ({ page }) => {
      test.setTimeout(120_000);
      const bundle = buildValidBundle();
      const mention = bundle.mentions[0]!;
      const mentions = Array.from({ length: 150_000 }, (_, i) => ({ ...mention, id: `m-${i}` }));
      const text = JSON.stringify({ ...bundle, mentions });
      const seen = await watch(page);
      await page.goto('/open');
      await page.evaluate(() => {
        const w = window as { __maxGap?: number; __seen?: string[] };
        w.__maxGap = 0;
        w.__seen = [];
        let last = performance.now();
        setInterval(() => {
          const now = performance.now();
          w.__maxGap = Math.max(w.__maxGap!, now - last);
          last = now;
        }, 10);
        // Counted from the file's arrival: handing the page 26 MB (setInputFiles) holds it first.
        document.addEventListener(
          'change',
          () => {
            w.__maxGap = 0;
            last = performance.now();
          },
          { capture: true, once: true },
        );
        new MutationObserver(() => {
          for (const el of document.querySelectorAll('.state-loading')) {
            const t = el.textContent ?? '';
            if (!w.__seen!.includes(t)) w.__seen!.push(t);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const started = Date.now();
      await page.getByLabel('Bundle file (JSON)').setInputFiles({
        name: 'large.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The record at a glance', {
        timeout: 60_000,
      });
      await expect(page.getByRole('region', { name: 'Bundle in use' })).toContainText('large.json');
      const elapsed = Date.now() - started;
      const { maxGap, seenTexts } = await page.evaluate(() => {
        const w = window as { __maxGap?: number; __seen?: string[] };
        return { maxGap: w.__maxGap!, seenTexts: w.__seen! };
      });
      const workerLoaded = seen.requests.some((url) => /bundle-worker-.*\.js$/.test(url));
      test.info().annotations.push({
        type: 'measured',
        description: `${(text.length / 1e6).toFixed(1)} MB in ${elapsed} ms; longest main-thread gap ${Math.round(maxGap)} ms; worker ${workerLoaded}; progress seen: ${seenTexts.join(' | ')}`,
      });
      console.log(test.info().annotations.at(-1)!.description);
      expect(workerLoaded, 'the bundle worker was used').toBe(true);
      expect(seenTexts.join(' ')).toMatch(/Reading the bundle|Checking the records/);
      await expectNothingRan(page, seen);
    },
  );
});

test.describe('the Content-Security-Policy', () => {
  test('the built app runs under it, charts included, with no violation', async ({ page }) => {
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as { __csp?: string[] };
        (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
      });
    });
    for (const path of ['/', '/savings', '/structure', '/timeline']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Loading the record…')).toHaveCount(0);
      if (path !== '/')
        await expect(page.locator('main svg.recharts-surface').first()).toBeVisible();
      violations.push(...(await page.evaluate(() => (window as { __csp?: string[] }).__csp ?? [])));
    }
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(violations).toEqual([]);
  });
});
