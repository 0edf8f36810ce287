/**
 * The records behind a view download as JSON that passes the strict check, from the published
 * (whole) bundle and from the same record served split, where the issue files it needs are read
 * on the click.
 */
import { expect, test, type Page } from '@playwright/test';
import { splitBundle } from '@/bundle/split-bundle.ts';
import { validateBundle } from '@/bundle/validate.ts';
import { downloadFrom, seedBundle } from '@/test/e2e-helpers.ts';

const bundle = seedBundle();
const split = splitBundle(bundle);
const FOLDER = '/test-bundles/seed-split/';
const files = new Map<string, string>([
  ['index.json', JSON.stringify(split.index)],
  ['search.json', JSON.stringify(split.search)],
  ...split.details.map((d) => [`issues/${d.issueId}.json`, JSON.stringify(d)] as const),
]);

async function serveSplit(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith(FOLDER),
    (route) => {
      const body = files.get(new URL(route.request().url()).pathname.slice(FOLDER.length));
      return body === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ body, contentType: 'application/json' });
    },
  );
}

const views = [
  { path: '/savings', group: 'Downloads: Savings', has: 'figures' as const },
  { path: '/structure', group: 'Downloads: Structure changes', has: 'structure' as const },
];

for (const form of ['whole', 'split'] as const) {
  for (const view of views) {
    test(`${view.path} (${form}): its records download as a bundle that passes the strict check`, async ({
      page,
    }) => {
      await serveSplit(page);
      await page.goto(form === 'whole' ? view.path : `${view.path}?bundle=${FOLDER}index.json`);
      const group = page.getByRole('group', { name: view.group });
      const { text } = await downloadFrom(
        page,
        group.getByRole('button', { name: 'Download JSON' }),
      );
      const result = validateBundle(JSON.parse(text));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.bundle[view.has].map((r) => r.id)).toEqual(bundle[view.has].map((r) => r.id));
      // Each quote's document came along, text and all.
      expect(result.bundle.documents.every((d) => d.text.length > 0)).toBe(true);
    });
  }
}
