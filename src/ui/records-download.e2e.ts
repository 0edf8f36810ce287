/**
 * The records behind a view download as JSON that passes the strict check, from the published
 * (whole) bundle and from the same record served split, where the issue files it needs are read
 * on the click.
 */
import { expect, test } from '@playwright/test';
import { validateBundle } from '@/bundle/validate.ts';
import { downloadFrom, seedBundle, serveSplitBundle } from '@/test/e2e-helpers.ts';

const bundle = seedBundle();
const FOLDER = '/test-bundles/seed-split/';

const views = [
  { path: '/savings', group: 'Downloads: Savings', has: 'figures' as const },
  { path: '/structure', group: 'Downloads: Structure changes', has: 'structure' as const },
];

for (const form of ['whole', 'split'] as const) {
  for (const view of views) {
    test(`${view.path} (${form}): its records download as a bundle that passes the strict check`, async ({
      page,
    }) => {
      const index = await serveSplitBundle(page, bundle, FOLDER);
      await page.goto(form === 'whole' ? view.path : `${view.path}?bundle=${index}`);
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
