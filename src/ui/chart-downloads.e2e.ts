import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from '@/test/e2e-helpers.ts';

const COUNCIL = 'Cheltenham Borough Council';
const AS_OF_FILE = '2010-12-13';
const AS_OF_LINE = 'The record speaks up to 13 Dec 2010.';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const charts = [
  {
    path: '/savings',
    title: 'Recurring savings',
    slug: 'recurring-savings',
    source: `Source: ${COUNCIL}, figures quoted from the record and reviewed by an editor.`,
  },
  {
    path: '/structure',
    title: 'Posts over time',
    slug: 'posts-over-time',
    source: `Source: ${COUNCIL}, posts by role as the record sets them out.`,
  },
];

/** Clicks a control and returns the file the browser was handed. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** What a reader of the file finds in it, read by the browser's own XML parser. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      title: doc.querySelector('title')?.textContent ?? '',
      described: doc.querySelector('desc')?.textContent ?? '',
      drawn: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      scripts: doc.getElementsByTagName('script').length,
    };
  }, text);
}

test.describe('chart downloads', () => {
  for (const chart of charts) {
    test(`${chart.path}: the chart downloads as SVG and PNG with its words and date`, async ({
      page,
    }) => {
      const console = watchConsole(page);
      await page.goto(chart.path);
      const frame = page.getByRole('region', { name: chart.title });
      const summary = await frame.locator('.chart-summary').innerText();
      expect(summary.length).toBeGreaterThan(10);

      const svg = await download(page, `Download chart as SVG (${chart.title})`);
      expect(svg.name).toBe(`${chart.slug}-${AS_OF_FILE}.svg`);
      await expect(frame.getByText(`Downloaded ${svg.name}.`)).toBeVisible();
      const text = svg.bytes.toString('utf8');
      const read = await readSvg(page, text);
      expect(read.parseError).toBeNull();
      expect(read.root).toBe('svg');
      expect(read.scripts).toBe(0);
      expect(read.title).toBe(chart.title);
      expect(read.described).toBe([summary, chart.source, AS_OF_LINE].join('\n'));
      // Drawn into the picture too, wrapped over lines: every word is there in order.
      const words = (s: string) => s.split(/\s+/).join(' ');
      expect(words(read.drawn)).toContain(chart.title);
      expect(words(read.drawn)).toContain(words(summary));
      expect(words(read.drawn)).toContain(chart.source);
      expect(words(read.drawn)).toContain(AS_OF_LINE);
      expect(text).toContain('13 Dec 2010');

      const png = await download(page, `Download chart as PNG (${chart.title})`);
      expect(png.name).toBe(`${chart.slug}-${AS_OF_FILE}.png`);
      expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
      // A blank canvas of this size compresses to a few hundred bytes; a drawn chart does not.
      expect(png.bytes.length).toBeGreaterThan(10_000);
      await expect(frame.getByText(`Downloaded ${png.name}.`)).toBeVisible();
      // A CSP refusal of the picture would show here as a console error.
      expect(console.errors).toEqual([]);
    });
  }
});
