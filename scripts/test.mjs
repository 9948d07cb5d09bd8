#!/usr/bin/env node
// npm test: type-check, build the example organization's site (the program's fixture) and the
// organization's own (when content/ has one), run every vitest project — unit, built-site and real-browser
// tests of the program on the example, and the checks that hold for any organization on the organization's
// site — then a small run of the benchmark, and print one summary line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureJava } from './ensure-chromium.mjs';

/** Where the example's site is built (tests/helpers/site.ts reads it from here). */
const EXAMPLE_DIST = 'node_modules/.prongsai-fixtures/example/dist';
/** The example organization and the program's data, whatever content/ holds. */
const EXAMPLE_ENV = {
  PRONGSAI_CONTENT: 'examples/khok-ko/content',
  PRONGSAI_PUBLIC: 'examples/khok-ko/public',
  PRONGSAI_NACC: 'nacc',
};
/** Whether the project holds an organization of its own (src/data/content-dir.ts says the same). */
const ownOrganization = ['yaml', 'yml', 'json'].some((ext) => existsSync(`content/organization.${ext}`));

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
  const ok = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
    PRONGSAI_DIST: EXAMPLE_DIST,
    PRONGSAI_ORG_DIST: orgDist,
  });
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
    return { passed: numPassedTests, failed: numFailedTests + (ok || numFailedTests ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

step('Checking for chromium (browser tests)');
ensureChromium();
ensureJava();

step('Type-checking (astro check)');
if (!run('astro', ['check', '--minimumSeverity', 'warning'])) {
  summary(0, 1);
  process.exit(1);
}

// The example is the program's fixture. A repository that removed it still checks its own site: the
// program's tests (they run on the example) are left to the program's own repository, and said so.
const hasExample = existsSync(`${EXAMPLE_ENV.PRONGSAI_CONTENT}/organization.yaml`);
if (hasExample) {
  step(`Building the example organization's site (examples/khok-ko/ into ${EXAMPLE_DIST}/)`);
  if (!run('node', ['scripts/build.mjs'], { ...EXAMPLE_ENV, PRONGSAI_OUT_DIR: EXAMPLE_DIST })) {
    summary(0, 1);
    process.exit(1);
  }
} else if (ownOrganization) {
  step("No example organization (examples/khok-ko/): the program's own tests are skipped");
  console.log(
    'ไม่มีหน่วยงานตัวอย่างใน examples/khok-ko/ จึงข้ามการทดสอบของโปรแกรม (ซึ่งทดสอบกับหน่วยงานตัวอย่าง) และตรวจเฉพาะเว็บไซต์ของหน่วยงาน' +
      ' ถ้าต้องการทดสอบครบ ให้นำโฟลเดอร์กลับมา: git checkout upstream/main -- examples/\n' +
      "examples/khok-ko/ is missing: the program's tests (they run on the example) are skipped and only the" +
      " organization's site is checked; restore it with git checkout upstream/main -- examples/ to run them all.",
  );
} else {
  console.error('ไม่มีทั้งข้อมูลของหน่วยงาน (content/) และหน่วยงานตัวอย่าง (examples/khok-ko/) / no content to test');
  summary(0, 1);
  process.exit(1);
}

// The organization's own site: its content must pass the check, build, and pass the checks of any site.
let orgDist = EXAMPLE_DIST;
if (ownOrganization) {
  step("Building the organization's site (content/ and public/ into dist/, npm run build)");
  if (!run('node', ['scripts/build.mjs'])) {
    summary(0, 1);
    process.exit(1);
  }
  orgDist = 'dist';
} else step('No organization of its own yet (content/organization.yaml): its checks run on the example');

/** Runs the benchmark on a few documents: figures only, no time asserted; it proves the bench still works. */
function runBenchSmoke() {
  step(`Benchmark smoke run (npm run bench -- ${BENCH_SMOKE_DOCUMENTS})`);
  const ok = run('node', ['bench/run.mjs', BENCH_SMOKE_DOCUMENTS]);
  if (!ok) console.error('The benchmark failed: npm run bench is broken.');
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

step('Running tests (vitest)');
const vitestArgs = process.argv.slice(2);
const tests = runVitest(hasExample ? vitestArgs : ['--project', 'organization', ...vitestArgs]);
// Arguments pick some tests (npm test -- tests/unit): the benchmark (on the example) runs only in the full run.
const bench = vitestArgs.length || !hasExample ? { passed: 0, failed: 0 } : runBenchSmoke();

const failed = tests.failed + bench.failed;
summary(tests.passed + bench.passed, failed);
process.exit(failed ? 1 : 0);
