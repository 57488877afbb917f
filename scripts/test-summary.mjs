// Prints the plain closing line "N passed, N failed" from Vitest's JSON reports (.tmp/results-*.json).
import { readdirSync, readFileSync } from 'node:fs';

const dir = process.argv[2] ?? '.tmp';
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => /^results-.*\.json$/.test(f))) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
