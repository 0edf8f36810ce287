// `npm run bench [-- --runs N] [--years N]`: drives the built app in Debian's Chromium against a
// synthetic council in its split form (ten years by default) and prints medians of N runs
// (default 5), each beside its floor, measured in the same page:
//   - overview visible after opening the address, against fetching every byte the app needed
//     for it (document, scripts, styles, the index) and JSON.parse of the JSON among them;
//   - an issue's trail visible after a click, and how long after its detail file arrived;
//   - search results after each keystroke of a word, once search is ready;
//   - the longest main-thread task while loading and while typing;
//   - first paint of /issues under a slow phone's throttling (4x CPU, 1.6 Mbps, 150 ms round
//     trips, as Chrome's DevTools set them), before any bundle is read.
// Informational: it prints figures and targets, and never fails on them. The council is made
// once with `npm run synth` into .bench/ and reused (delete the folder to make it again).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) || fallback : fallback;
};
const runs = arg('runs', 5);
const years = arg('years', 10);
const council = resolve(`.bench/council-${years}y-seed-1`);

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`bench: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

console.log('building with npm run build ...');
run('npm', ['run', '--silent', 'build']);
if (!existsSync(join(council, 'index.json'))) {
  console.log(`writing a ${years}-year council to ${council} (once; it is reused) ...`);
  run('npm', [
    'run',
    '--silent',
    'synth',
    '--',
    '--years',
    String(years),
    '--seed',
    '1',
    '--split',
    council,
  ]);
}

// A static host as a real one would be: the built app, the council beside it, JSON gzipped
// (once, kept in memory), and every other address answered with the app's page.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const gzipped = new Map();
function fileFor(pathname) {
  const inCouncil = pathname.startsWith('/council/');
  const root = inCouncil ? council : resolve('dist');
  const rel = normalize(
    decodeURIComponent(inCouncil ? pathname.slice('/council'.length) : pathname),
  );
  const path = join(root, rel);
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  return inCouncil ? null : join(resolve('dist'), 'index.html');
}
const server = createServer((request, response) => {
  const path = fileFor(new URL(request.url, 'http://x').pathname);
  if (!path) {
    response.writeHead(404).end();
    return;
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  if (/gzip/.test(request.headers['accept-encoding'] ?? '') && type !== 'image/png') {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 6 }));
    response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' });
    response.end(gzipped.get(path));
    return;
  }
  response.writeHead(200, { 'Content-Type': type });
  createReadStream(path).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
const bundleParam = '?bundle=/council/index.json';

const index = JSON.parse(readFileSync(join(council, 'index.json'), 'utf8'));
// An issue followed across several meetings, as a reader would open.
const counts = new Map();
for (const item of index.items) counts.set(item.issueId, (counts.get(item.issueId) ?? 0) + 1);
const issue = index.issues.find((i) => (counts.get(i.id) ?? 0) >= 4) ?? index.issues[0];
// A word from the minutes of that issue's detail file, typed a key at a time.
const detail = JSON.parse(readFileSync(join(council, 'issues', `${issue.id}.json`), 'utf8'));
const minutes = detail.items.map((i) => i.minutes?.text ?? '').join(' ');
const word = (minutes.match(/\b[a-z]{8,}\b/) ?? ['council'])[0];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** Every main-thread task over 50 ms, from the first byte; the worst is what a tap waits for. */
const WATCH_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};
/**
 * Times a view's arrival inside the page: the first frame after one of `selector` is in the
 * document. Playwright's own wait polls from outside and answers later than the page drew, by
 * however busy the machine is, which no floor carries.
 */
const WATCH_FOR = (selector) => {
  window.__shownAt = new Promise((resolve) => {
    const shown = () => {
      if (!document.querySelector(selector)) return false;
      requestAnimationFrame(() => resolve(performance.now()));
      return true;
    };
    if (shown()) return;
    const observer = new MutationObserver(() => {
      if (shown()) observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true });
  });
};
const shownAt = (page) => page.evaluate(() => window.__shownAt);
const OVERVIEW = '#coverage-heading, #headlines-heading, #issues-heading';

const longest = (page) => page.evaluate(() => Math.max(0, ...window.__longTasks.splice(0)));

/** Fetches the given addresses at once, as the browser did, and parses the JSON among them. */
const FLOOR = async (urls) => {
  const start = performance.now();
  await Promise.all(
    urls.map(async (url) => {
      const text = await (await fetch(url, { cache: 'no-store' })).text();
      if (new URL(url).pathname.endsWith('.json')) JSON.parse(text);
    }),
  );
  return performance.now() - start;
};

const samples = {
  overview: [],
  overviewFloor: [],
  trail: [],
  trailAfterDetail: [],
  trailFloor: [],
  search: [],
  searchReady: [],
  loadTask: [],
  typeTask: [],
  firstPaint: [],
};

for (let r = 0; r < runs; r += 1) {
  // A fresh context each run: nothing cached, no service worker between runs.
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await page.addInitScript(WATCH_TASKS);
  await page.addInitScript(WATCH_FOR, OVERVIEW);

  await page.goto(`${base}/${bundleParam}`);
  await page.waitForSelector(OVERVIEW, { timeout: 120_000 });
  samples.overview.push(await shownAt(page));
  samples.loadTask.push(await longest(page));
  const needed = await page.evaluate(() => [
    location.href,
    ...performance
      .getEntriesByType('resource')
      .filter((e) => e.initiatorType !== 'img' && !e.name.includes('/issues/'))
      .map((e) => e.name),
  ]);
  samples.overviewFloor.push(await page.evaluate(FLOOR, needed));

  await page.goto(`${base}/search${bundleParam}`);
  // Search: ready once its texts are fetched and indexed in the worker.
  await page.waitForSelector('#search-input', { timeout: 120_000 });
  const readyStart = Date.now();
  await page.waitForFunction(() => !document.body.textContent.includes('Preparing search'), null, {
    timeout: 300_000,
  });
  samples.searchReady.push(Date.now() - readyStart);
  await longest(page);
  const input = page.locator('#search-input');
  const perKey = [];
  for (let i = 1; i <= word.length; i += 1) {
    // Timed inside the page, from the key's event to the results naming the words typed.
    await page.evaluate(
      (q) => {
        window.__answered = new Promise((resolve) => {
          let keyAt = 0;
          document.addEventListener('keydown', () => (keyAt = performance.now()), {
            once: true,
            capture: true,
          });
          const observer = new MutationObserver(() => {
            if (keyAt && document.body.textContent.includes(`“${q}”`)) {
              observer.disconnect();
              resolve(performance.now() - keyAt);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      },
      word.slice(0, i),
    );
    await input.press(word[i - 1]);
    perKey.push(await page.evaluate(() => window.__answered));
  }
  samples.search.push(perKey.sort((a, b) => a - b)[Math.floor(perKey.length / 2)]);
  samples.typeTask.push(await longest(page));

  // The trail, from the first search result: a click, and the view draws without a reload.
  await page.evaluate(() => performance.clearResourceTimings());
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  const opened = new URL((await result.getAttribute('href')) ?? '', base).pathname.split('/')[2];
  await page.evaluate(WATCH_FOR, 'ol.trail');
  const start = await page.evaluate(() => performance.now());
  await result.click();
  await page.waitForFunction(() => document.querySelector('ol.trail') !== null, null, {
    timeout: 60_000,
  });
  const shown = await shownAt(page);
  const arrived = await page.evaluate(
    (id) =>
      performance.getEntriesByType('resource').find((e) => e.name.includes(`/issues/${id}.json`))
        ?.responseEnd ?? null,
    opened,
  );
  samples.trail.push(shown - start);
  if (arrived !== null) samples.trailAfterDetail.push(shown - arrived);
  samples.trailFloor.push(await page.evaluate(FLOOR, [`${base}/council/issues/${opened}.json`]));
  await context.close();

  // First paint on a slow phone: the page's frame comes with its HTML (static-shell.ts).
  const slow = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 360, height: 740 },
  });
  const slowPage = await slow.newPage();
  const cdp = await slow.newCDPSession(slowPage);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await slowPage.goto(`${base}/issues${bundleParam}`, { waitUntil: 'commit' });
  samples.firstPaint.push(
    await slowPage.evaluate(
      () =>
        new Promise((resolve) =>
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries()[0].startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
    ),
  );
  await slow.close();
  process.stdout.write(`run ${r + 1} of ${runs} done\n`);
}

await browser.close();
server.close();

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const ms = (x) => `${Math.round(x).toLocaleString('en-GB')} ms`;
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
const gz = gzipSync(readFileSync(join(council, 'index.json')), { level: 9 }).length;
console.log(
  `\nCivic Trail bench: ${years}-year synthetic council, split (index ${(gz / 1e6).toFixed(2)} MB gzip), Chromium at 360 px, no throttling; medians of ${runs} runs`,
);
console.log(
  `  overview visible         ${ms(m.overview).padStart(10)}   floor ${ms(m.overviewFloor)}   ratio ${(m.overview / m.overviewFloor).toFixed(2)}x   target 1.5x`,
);
console.log(
  `  trail visible after click ${ms(m.trail).padStart(9)}   floor ${ms(m.trailFloor)}   ratio ${(m.trail / m.trailFloor).toFixed(2)}x`,
);
console.log(
  `    after its detail arrived ${ms(m.trailAfterDetail).padStart(8)}   target under 100 ms`,
);
console.log(`  search ready (fetch + index in the worker) ${ms(m.searchReady)}`);
console.log(
  `  search, per keystroke    ${ms(m.search).padStart(10)}   target under 50 ms   (word "${word}")`,
);
console.log(
  `  longest main-thread task: loading ${ms(m.loadTask)}, typing ${ms(m.typeTask)}   target under 200 ms`,
);
console.log(`  first paint of /issues, throttled as a slow phone ${ms(m.firstPaint)}`);
