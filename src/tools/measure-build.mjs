// Prints what a phone downloads: the gzip size of everything index.html loads before any route
// code (the initial load), then each lazy chunk. Run after `npm run build`:
//   node src/tools/measure-build.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

let initialTotal = 0;
console.log('initial load (gzip):');
for (const file of initial) {
  const size = gz(file);
  initialTotal += size;
  console.log(`  ${kb(size).padStart(10)}  ${file}`);
}
console.log(`  ${kb(initialTotal).padStart(10)}  total`);

console.log('lazy chunks (gzip):');
const assets = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => !initial.includes(f) && /\.(js|css)$/.test(f))
  .map((f) => [f, gz(f)])
  .sort((a, b) => b[1] - a[1]);
for (const [file, size] of assets) console.log(`  ${kb(size).padStart(10)}  ${file}`);

const bundle = join(dist, 'data', 'bundle.json');
const raw = statSync(bundle).size;
console.log(`data bundle: ${kb(raw)} raw, ${kb(gz('data/bundle.json'))} gzip`);
