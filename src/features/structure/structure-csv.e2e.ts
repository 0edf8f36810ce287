import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import {
  downloadFrom,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  seedBundle,
} from '@/test/e2e-helpers.ts';

const bundle = seedBundle();

test.describe('structure CSV', () => {
  test('the structure table downloads ISO dates at the record’s precision and plain numbers', async ({
    page,
  }) => {
    await page.goto('/structure');
    const caption = 'Posts by role and step';
    const group = page.getByRole('group', { name: `Downloads: ${caption}` });
    const { text } = await downloadFrom(page, group.getByRole('button', { name: 'Download CSV' }));
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const steps = bundle.structure.flatMap((s) => s.steps.map((step) => ({ s, step })));
    expect(rows).toHaveLength(steps.length);
    for (const { s, step } of steps) {
      const row = rows.find((r) => r.Role === s.role && r.Step === step.label);
      expect(row, `${s.role} ${step.label}`).toBeDefined();
      expect(row!.Date).toBe(step.date?.date ?? '');
      expect(Number(row!['Posts (FTE)'])).toBe(step.fte);
      expect(row!.Quote).toBe(step.source.quote);
    }
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });
});
