#!/usr/bin/env node
// npm test: type-check, build the example site, then run every vitest project (unit, content,
// built-site and real-browser tests) and print one summary line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const step = (title) => console.log(`\n=== ${title}`);
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function summary(passed, failed) {
  console.log(`\n${passed} passed, ${failed} failed`);
}

step('Checking for chromium (browser tests)');
ensureChromium();

step('Type-checking (astro check)');
if (!run('astro', ['check', '--minimumSeverity', 'warning'])) {
  summary(0, 1);
  process.exit(1);
}

step('Building the example site (npm run build)');
if (!run('node', ['scripts/build.mjs'])) {
  summary(0, 1);
  process.exit(1);
}

step('Running tests (vitest)');
const report = 'node_modules/.cache/prongsai/vitest.json';
mkdirSync('node_modules/.cache/prongsai', { recursive: true });
rmSync(report, { force: true });
const ok = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
try {
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
  summary(numPassedTests, numFailedTests + (ok || numFailedTests ? 0 : 1));
} catch {
  summary(0, 1);
}
process.exit(ok ? 0 : 1);
