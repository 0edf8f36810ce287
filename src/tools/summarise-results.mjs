// Prints `N passed, N failed` from the test runners' JSON reports in test-results/. A runner
// whose report is missing (it crashed, or never started) counts as one failure, so a broken run
// can never look green.
import { existsSync, readFileSync } from 'node:fs';

const reports = {
  vitest: 'test-results/vitest.json',
  playwright: 'test-results/playwright.json',
};

let passed = 0;
let failed = 0;
for (const [runner, file] of Object.entries(reports)) {
  if (!existsSync(file)) {
    console.error(`${runner}: no report at ${file}; counting it as one failure`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (runner === 'vitest') {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A test file that failed to load has no failed test of its own to count.
    for (const file of report.testResults) {
      const anyFailed = file.assertionResults.some((t) => t.status === 'failed');
      if (file.status === 'failed' && !anyFailed) failed += 1;
    }
  } else {
    passed += report.stats.expected;
    failed += report.stats.unexpected + report.stats.flaky;
    failed += report.errors?.length ?? 0;
  }
}
console.log(`${passed} passed, ${failed} failed`);
