// npm run test:mutation: Stryker changes the code of src/lib one small edit (a "mutant") at a time and runs
// the unit tests that reach it; a mutant no test notices is a change that could publish a wrong figure
// unnoticed. Incremental: results are kept in reports/mutation/stryker-incremental.json, so a second run
// only retests mutants in changed code or reached by changed tests. HTML report: reports/mutation/index.html.
// One file while working: npx stryker run --mutate src/lib/ita/scoring.ts
// Equivalent mutants are excluded one by one in the code: // Stryker disable next-line <mutator>: <why>
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/**/*.ts'],
  // The built sites are not needed by the unit tests; copying them into the sandbox only costs time.
  ignorePatterns: ['/dist', '/dist.staging', '/coverage', '/test-results'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: the month names, the message catalogue, label tables) can only
  // be tested by running every unit test for each one (about 15 s each; over 2,000 in src/lib: hours).
  // They are skipped; the changes that matter among them (e.g. two month names swapped) are tested by hand
  // and by the unit tests (tests/unit/thai-dates-edges.test.ts). Run one file with --ignoreStatic false
  // to include them.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: false },
  tempDirName: 'reports/mutation/.stryker-tmp',
  cleanTempDir: true,
  concurrency: 1,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: null },
};
