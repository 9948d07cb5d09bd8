import { configDefaults, defineConfig } from 'vitest/config';

// The unit tests alone, for Stryker (npm run test:mutation). @stryker-mutator/vitest-runner starts vitest
// with a config file but cannot pick one of its `projects`, so with vitest.config.ts it would also run the
// site and browser tests (a build and chromium) for every mutant.
// tests/unit/bad-inputs.test.ts is left out: Stryker copies the project into a sandbox and the copy
// follows symbolic links, so its symlink-content case (a link in tests/fixtures/bad-inputs/) fails there
// before any mutant is tried. The same rules are reached by tests/unit/content-check.test.ts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/unit/bad-inputs.test.ts'],
  },
});
