// `npm run bench:lighthouse [-- --runs N]`: builds the app, serves it with `vite preview`, and runs
// Lighthouse on every route (mobile form factor, Lighthouse's default simulated throttling),
// chart routes included. Prints one line per route with its four scores, each the median of N
// runs (default 1). Informational: it never fails on a score. Uses Debian's Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
const port = 4700 + Math.floor(Math.random() * 200);
const TARGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

console.log('building with npm run build ...');
const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error('bench:lighthouse: the build failed, so there is nothing to measure');
  process.exit(build.status ?? 1);
}

// Every route, with real ids from the published bundle for the ones that take one.
const bundle = JSON.parse(readFileSync('public/data/bundle.json', 'utf8'));
const issue = bundle.issues[0]?.id;
const figure = bundle.figures[0]?.source ?? bundle.items[0]?.source;
const routes = [
  '/',
  '/issues',
  '/search?q=saving',
  ...(issue ? [`/issues/${issue}`] : []),
  '/timeline',
  '/savings',
  '/structure',
  '/commitments',
  ...(figure ? [`/sources/${figure.documentId}?start=${figure.start}&end=${figure.end}`] : []),
  '/open',
];

// Vite itself rather than through npm, so that stopping it at the end stops the server too.
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
await new Promise((resolve) => setTimeout(resolve, 1500));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

try {
  console.log(`Lighthouse, mobile, default throttling; median of ${runs} run(s) per route`);
  console.log('performance accessibility best-practices seo  route');
  for (const route of routes) {
    const scores = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(`http://127.0.0.1:${port}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(scores),
      });
      for (const key of Object.keys(scores)) {
        scores[key].push(Math.round((result?.lhr.categories[key]?.score ?? 0) * 100));
      }
    }
    const cells = Object.keys(scores).map((key) => {
      const value = median(scores[key]);
      return `${String(value).padStart(3)}${value < TARGET[key] ? '!' : ' '}`;
    });
    console.log(
      `${cells[0].padStart(11)} ${cells[1].padStart(13)} ${cells[2].padStart(14)} ${cells[3].padStart(4)}  ${route}`,
    );
  }
  console.log(
    `! marks a score under its target (performance ${TARGET.performance}, the others 100).`,
  );
} finally {
  await chrome.kill();
  server.kill();
}
