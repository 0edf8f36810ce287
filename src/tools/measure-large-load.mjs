// Measures how the app copes with a large bundle, in the real browser: how long until the
// overview shows, and the longest stretch the main thread was blocked (the page cannot respond
// to a tap meanwhile). Prints medians over several runs. Run after `npm run build`:
//   node src/tools/measure-large-load.mjs [records=150000] [runs=5]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const records = Number(process.argv[2] ?? 150_000);
const runs = Number(process.argv[3] ?? 5);
const port = 4900 + Math.floor(Math.random() * 90);

// The seed bundle with its mentions repeated: every record stays valid, so all are checked.
const seed = JSON.parse(readFileSync('public/data/bundle.json', 'utf8'));
const mentions = Array.from({ length: records }, (_, i) => ({
  ...seed.mentions[i % seed.mentions.length],
  id: `bench-${i}`,
}));
const text = JSON.stringify({ ...seed, mentions });
mkdirSync('dist/bench', { recursive: true });
writeFileSync('dist/bench/large.json', text);

// Vite itself, not through npx, so that killing it at the end stops the server too.
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    const up = await fetch(base).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // Two ways in: fetched through ?bundle=, and opened from disk through the /open file input
  // (given a path, not a buffer, so the test harness does not add its own transfer cost).
  const ways = {
    '?bundle=': (page) => page.goto(`${base}/?bundle=/bench/large.json`),
    'file input': async (page) => {
      await page.goto(`${base}/open`);
      await page.getByLabel('Bundle file (JSON)').setInputFiles('dist/bench/large.json');
    },
  };
  console.log(
    `bundle: ${(text.length / 1e6).toFixed(1)} MB, ${records} mentions; ${runs} runs each`,
  );
  for (const [way, open] of Object.entries(ways)) {
    const times = [];
    const gaps = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        let last = performance.now();
        globalThis.__maxGap = 0;
        setInterval(() => {
          const now = performance.now();
          globalThis.__maxGap = Math.max(globalThis.__maxGap, now - last);
          last = now;
        }, 10);
      });
      const started = Date.now();
      await open(page);
      await page.getByRole('heading', { name: 'Headline figures' }).waitFor({ timeout: 120_000 });
      times.push(Date.now() - started);
      gaps.push(await page.evaluate(() => globalThis.__maxGap));
      await page.close();
    }
    console.log(
      `${way}: time to overview median ${median(times)} ms (${times.join(', ')}); longest main-thread block median ${Math.round(median(gaps))} ms (${gaps.map(Math.round).join(', ')})`,
    );
  }
} finally {
  await browser.close();
  server.kill();
  rmSync('dist/bench', { recursive: true, force: true });
}
