import { expect, test, type Locator } from '@playwright/test';
import Papa from 'papaparse';
import { checkPage, downloadFrom, seedBundle } from '@/test/e2e-helpers.ts';

const bundle = seedBundle();

/** The text of each cell of each body row, as a reader sees it (screen-reader-only text aside). */
async function screenRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.children].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return (copy.textContent ?? '').trim();
      }),
    ),
  );
}

test.describe('CSV downloads', () => {
  test('the amounts table downloads every row, pound signs intact, as it reads on screen', async ({
    page,
  }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/savings',
      name: 'savings-downloads',
      heading: 'Savings',
    });
    const caption = 'Amounts the record mentions, one row each, not reviewed';
    const table = page.getByRole('table', { name: caption });
    const group = page.getByRole('group', { name: `Downloads: ${caption}` });
    const button = group.getByRole('button', { name: 'Download CSV' });
    await expect(button).toBeVisible();

    const { name, text } = await downloadFrom(page, button);
    expect(name).toBe('amounts-the-record-mentions-one-row-each-not-reviewed.csv');
    await expect(group.getByText(`Saved ${name}.`)).toBeVisible();
    // A byte-order mark first, so a spreadsheet reads the file as UTF-8.
    expect(text.charCodeAt(0)).toBe(0xfeff);

    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const onScreen = await screenRows(table);
    expect(parsed.data).toHaveLength(onScreen.length);
    expect(onScreen.length).toBeGreaterThan(0);

    const moneyMentions = bundle.mentions.filter((m) => m.kind === 'money');
    parsed.data.forEach((row, i) => {
      const [amount, sentence, saidAt, review] = onScreen[i]!;
      // The same sentence, word for word, pound signs and all.
      expect(row['In the record’s words']).toBe(sentence);
      expect(saidAt!.startsWith(row['Said at']!)).toBe(true);
      expect(row.Review).toBe(review);
      // The quote is the record's own words; the amount a plain number the screen shows as money.
      const mention = moneyMentions.find(
        (m) => m.quote === row.Quote && m.documentId === row.Source,
      );
      expect(mention, `row ${i} quotes a money mention of the record`).toBeDefined();
      expect(amount).toContain('£');
      expect(row.Amount ?? '').not.toMatch(/[£,]/);
    });
    expect(parsed.data.some((row) => row.Quote!.includes('£'))).toBe(true);
    expect(parsed.data.some((row) => row['In the record’s words']!.includes('£'))).toBe(true);
  });
});
