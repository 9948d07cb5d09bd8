import { defineConfig } from 'vitest/config';

// The unit tests alone, for Stryker (npm run test:mutation). @stryker-mutator/vitest-runner starts vitest
// with a config file but cannot pick one of its `projects`, so with vitest.config.ts it would also run the
// site and browser tests (a build and chromium) for every mutant.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
