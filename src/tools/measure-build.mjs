// `npm run size`: builds the app, then prints what a phone downloads, gzipped: everything the
// first route (the overview, at /) loads before it is interactive, against a budget, and each
// lazy chunk with the routes that load it. Informational: it never fails on the budget.
//   npm run size
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryKey, routeModules, staticClosure } from './route-chunks.mjs';

const BUDGET_KB = 115;
const dist = 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');

// The project's own build, with the manifest switched on (vite.config.ts reads the variable).
console.log('building with npm run build ...');
const build = spawnSync('npm', ['run', 'build'], {
  env: { ...process.env, CIVIC_TRAIL_BUILD_MANIFEST: '1' },
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error('size: the build failed, so there is nothing to measure');
  process.exit(build.status ?? 1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
// The manifest is for this script only: the site in dist/ is left as `npm run build` leaves it.
rmSync(join(dist, '.vite'), { recursive: true, force: true });

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (bytes, file, note = '') =>
  `  ${bytes.toLocaleString('en-GB').padStart(9)} B ${kb(bytes).padStart(9)}  ${file}${note ? `  ${note}` : ''}`;

const routes = routeModules(
  readFileSync('src/app/router.tsx', 'utf8'),
  readFileSync('src/config/paths.ts', 'utf8'),
);
const entry = entryKey(manifest);
const home = routes.find((r) => r.route === '/');
if (!home) throw new Error('the router has no route for /');

// What index.html itself asks for (entry script, module preloads, styles), then the entry's
// static imports and the overview's chunk with its own.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const fromHtml = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
const first = new Map();
const why = (file, reason) => first.has(file) || first.set(file, reason);
for (const file of fromHtml) why(file, 'index.html');
for (const file of staticClosure(manifest, entry)) why(file, 'entry');
for (const file of staticClosure(manifest, home.module)) why(file, 'overview route');

let total = 0;
console.log(`\nfirst route, / (gzip -9): what loads before the overview is interactive`);
for (const [file, reason] of first) {
  const size = gz(file);
  total += size;
  console.log(row(size, file, reason));
}
const budget = BUDGET_KB * 1024;
const verdict = total > budget ? `OVER by ${kb(total - budget)}` : `under by ${kb(budget - total)}`;
console.log(
  row(total, `total; budget ${BUDGET_KB} KB (${budget.toLocaleString('en-GB')} B): ${verdict}`),
);

// Every other chunk, with the routes whose lazy import brings it in.
const users = new Map();
for (const r of routes) {
  for (const file of staticClosure(manifest, r.module)) {
    if (first.has(file)) continue;
    users.set(file, [...(users.get(file) ?? []), r.route]);
  }
}
// Modules loaded on demand that are not routes (the validator's fallback when there is no Worker).
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry || routes.some((r) => r.module === key)) continue;
  for (const file of staticClosure(manifest, key)) {
    if (first.has(file) || users.has(file)) continue;
    users.set(file, [`no route: ${key}, loaded on demand`]);
  }
}
console.log('\nlazy chunks (gzip -9), with the routes that load them:');
const lazy = [...users].map(([file, by]) => [file, gz(file), by]).sort((a, b) => b[1] - a[1]);
for (const [file, size, by] of lazy) console.log(row(size, file, by.join(', ')));

// Files the build emits that no chunk imports: the bundle worker, started by the first route to
// parse the data off the main thread, so not part of what blocks it.
const listed = new Set([...first.keys(), ...users.keys()]);
const others = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => /\.(js|css)$/.test(f) && !listed.has(f));
if (others.length) {
  console.log('\nother scripts (gzip -9):');
  for (const file of others) {
    const note = /worker/.test(file) ? 'Web Worker: parses the bundle off the main thread' : '';
    console.log(row(gz(file), file, note));
  }
}

const data = join(dist, 'data', 'bundle.json');
if (existsSync(data)) {
  console.log(`\ndata bundle: ${kb(statSync(data).size)} raw, ${kb(gz('data/bundle.json'))} gzip`);
}
