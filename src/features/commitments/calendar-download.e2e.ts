import { expect, test } from '@playwright/test';
import { lastDayOf } from '@/bundle/precise-date.ts';
import { validateBundle } from '@/bundle/validate.ts';
import { checkPage, downloadFrom, seedBundle } from '@/test/e2e-helpers.ts';

const bundle = seedBundle();
const dated = bundle.commitments.filter((c) => c.due !== null);

/** An iCalendar file's logical lines: folds undone, as a calendar program reads them. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** The VEVENT blocks, each as its lines. */
function events(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else current?.push(line);
  }
  return out;
}

const escapeText = (t: string) =>
  t.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

test.describe('commitment downloads', () => {
  test('the calendar holds each dated commitment on the last day it covers', async ({
    page,
  }, testInfo) => {
    await checkPage(page, testInfo, {
      path: '/commitments',
      name: 'commitments-downloads',
      heading: 'Commitments',
    });
    const group = page.getByRole('group', { name: 'Downloads: Commitments' });
    const undated = bundle.commitments.length - dated.length;
    await expect(group).toContainText(`Left out for want of a date: ${undated}`);

    const { name, text } = await downloadFrom(
      page,
      group.getByRole('button', { name: 'Add to calendar (.ics)' }),
    );
    expect(name).toBe('commitments.ics');
    // Every line ends in CRLF and none is longer than 75 octets.
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    const found = events(text);
    expect(found).toHaveLength(dated.length);
    for (const c of dated) {
      const event = found.find((lines) => lines.includes(`UID:commitment-${c.id}@civic-trail`));
      expect(event, c.id).toBeDefined();
      expect(event).toContain(`DTSTART;VALUE=DATE:${lastDayOf(c.due!).replace(/-/g, '')}`);
      expect(event!.find((l) => l.startsWith('DESCRIPTION:'))).toContain(
        escapeText(c.source.quote),
      );
      const item = bundle.items.find((i) => i.id === c.madeAt)!;
      expect(event).toContain(
        `URL:${new URL(`/issues/${item.issueId}#item-${item.id}`, page.url()).href}`,
      );
      // Stamped with the record's time, never the clock.
      expect(event).toContain(
        `DTSTAMP:${bundle.generatedAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
      );
    }
  });

  test('the commitments’ records download as a bundle that passes the strict check', async ({
    page,
  }) => {
    await page.goto('/commitments');
    const group = page.getByRole('group', { name: 'Downloads: Commitments' });
    const { text } = await downloadFrom(page, group.getByRole('button', { name: 'Download JSON' }));
    const result = validateBundle(JSON.parse(text));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.bundle.commitments.map((c) => c.id)).toEqual(
        bundle.commitments.map((c) => c.id),
      );
    }
  });

  test('the footer links the loaded bundle and its schema', async ({ page, request }) => {
    await page.goto('/commitments');
    const footer = page.getByRole('contentinfo');
    const whole = footer.getByRole('link', { name: 'The whole record (JSON)' });
    await expect(whole).toHaveAttribute('href', new URL('/data/bundle.json', page.url()).href);
    const schema = footer.getByRole('link', { name: 'Its schema (JSON Schema)' });
    const reply = await request.get((await schema.getAttribute('href'))!);
    expect(reply.ok()).toBe(true);
    expect(((await reply.json()) as { $schema?: string }).$schema).toContain('json-schema.org');
  });
});
