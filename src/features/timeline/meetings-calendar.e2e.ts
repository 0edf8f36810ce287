import { expect, test } from '@playwright/test';
import { downloadFrom, expectNoAxeViolations, seedBundle } from '@/test/e2e-helpers.ts';

const bundle = seedBundle();

test('the timeline’s meetings download as a calendar, each on its day', async ({ page }) => {
  await page.goto('/timeline');
  const group = page.getByRole('group', { name: 'Downloads: Meetings' });
  const { name, text } = await downloadFrom(
    page,
    group.getByRole('button', { name: 'Add meetings to calendar (.ics)' }),
  );
  expect(name).toBe('meetings.ics');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const dated = bundle.meetings.filter((m) => m.date !== null);
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(dated.length);
  for (const m of dated) {
    const at = lines.indexOf(`UID:meeting-${m.id}@civic-trail`);
    expect(at, m.id).toBeGreaterThan(0);
    expect(lines.slice(at, at + 4)).toContain(`DTSTART;VALUE=DATE:${m.date!.replace(/-/g, '')}`);
  }
  await expectNoAxeViolations(page);
});
