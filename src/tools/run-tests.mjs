// The whole suite, as `npm test` runs it: typecheck, lint, formatting, unit and integration tests, then the
// real-browser tests on the built app. Every stage runs even when an earlier one fails, so one
// run shows every problem; the exit code is non-zero if any stage failed. The test runners write
// JSON reports to test-results/, which src/tools/summarise-results.mjs totals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const stages = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  [
    'unit and integration tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/vitest.json`,
    ],
  ],
  ['browser check', 'node', ['src/tools/ensure-browser.mjs']],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['browser tests', 'npx', ['playwright', 'test']],
];

const failed = [];
for (const [name, cmd, args] of stages) {
  // The browser tests need the build and a browser; without them they cannot run at all.
  if (name === 'browser tests' && (failed.includes('build') || failed.includes('browser check'))) {
    failed.push(name);
    console.error(`\n== ${name}: not run, because an earlier stage it needs failed`);
    continue;
  }
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failed.push(name);
}

console.log(
  failed.length
    ? `\nnpm test: failed stages: ${failed.join(', ')}`
    : '\nnpm test: every stage passed',
);
process.exit(failed.length ? 1 : 0);
