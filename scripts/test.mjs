#!/usr/bin/env node
// npm test: type-check, build the example site, run every vitest project (unit, content, built-site and
// real-browser tests), then a small run of the benchmark, and print one summary line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

/** Documents in the benchmark's smoke run: enough to build its pages, few enough to take seconds. */
const BENCH_SMOKE_DOCUMENTS = '20';

const step = (title) => console.log(`\n=== ${title}`);
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function summary(passed, failed) {
  console.log(`\n${passed} passed, ${failed} failed`);
}

/** Runs vitest; returns its counts of passed and failed tests (a run that fails with none counts one). */
function runVitest(args) {
  const report = 'node_modules/.cache/prongsai/vitest.json';
  mkdirSync('node_modules/.cache/prongsai', { recursive: true });
  rmSync(report, { force: true });
  const ok = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args]);
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
    return { passed: numPassedTests, failed: numFailedTests + (ok || numFailedTests ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

step('Checking for chromium (browser tests)');
ensureChromium();

step('Type-checking (astro check)');
if (!run('astro', ['check', '--minimumSeverity', 'warning'])) {
  summary(0, 1);
  process.exit(1);
}

// The tests read the example organization's site (examples/khok-ko/). In the template that is what
// npm run build makes, into dist/. In an adopted repository (content/organization.yaml) dist/ is the
// organization's own site: the example is built beside it, and the tests are told where (PRONGSAI_DIST).
const adopted = ['yaml', 'yml', 'json'].some((ext) => existsSync(`content/organization.${ext}`));
const EXAMPLE_DIST = 'node_modules/.prongsai-example/dist';
const exampleBuild = adopted
  ? {
      PRONGSAI_CONTENT: 'examples/khok-ko/content',
      PRONGSAI_PUBLIC: 'examples/khok-ko/public',
      PRONGSAI_NACC: 'nacc',
      PRONGSAI_OUT_DIR: EXAMPLE_DIST,
    }
  : {};
if (adopted) process.env.PRONGSAI_DIST = EXAMPLE_DIST;

step(`Building the example site (${adopted ? `into ${EXAMPLE_DIST}/` : 'npm run build'})`);
if (!run('node', ['scripts/build.mjs'], exampleBuild)) {
  summary(0, 1);
  process.exit(1);
}

/** Runs the benchmark on a few documents: figures only, no time asserted; it proves the bench still works. */
function runBenchSmoke() {
  step(`Benchmark smoke run (npm run bench -- ${BENCH_SMOKE_DOCUMENTS})`);
  const ok = run('node', ['bench/run.mjs', BENCH_SMOKE_DOCUMENTS]);
  if (!ok) console.error('The benchmark failed: npm run bench is broken.');
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

step('Running tests (vitest)');
const vitestArgs = process.argv.slice(2);
const tests = runVitest(vitestArgs);
// Arguments pick some tests (npm test -- tests/unit): the benchmark runs only in the full run.
const bench = vitestArgs.length ? { passed: 0, failed: 0 } : runBenchSmoke();

const failed = tests.failed + bench.failed;
summary(tests.passed + bench.passed, failed);
process.exit(failed ? 1 : 0);
