// What staff read in the terminal: `npm start` and `npm run build` print the few lines that matter (the
// content check, the search index, the OIT summary, problems), and `npm run edit` does not invite an
// upgrade of the program. The build's line count is tested on a built fixture (tests/site/two-years.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onBundlerWarning } from '../../scripts/lib/build-warnings.mjs';

const read = (file: string) => readFileSync(file, 'utf8');

describe('the bundler’s warnings', () => {
  it('drops the one about Astro’s own MDX directive, ten lines per MDX file', () => {
    const printed: string[] = [];
    onBundlerWarning(
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "news/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      },
      (w) => printed.push(w.message),
    );
    expect(printed).toEqual([]);
  });

  it('prints every other warning, another directive too', () => {
    const printed: string[] = [];
    onBundlerWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in x.js' }, (w) =>
      printed.push(w.message),
    );
    onBundlerWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'a.js -> b.js -> a.js' }, (w) => printed.push(w.message));
    expect(printed).toEqual(['directive "use client" in x.js', 'a.js -> b.js -> a.js']);
  });

  it('is the bundler’s warning handler of the build', () => {
    expect(read('astro.config.mjs')).toMatch(/rolldownOptions: \{ onwarn: onBundlerWarning \}/);
  });
});

describe('Astro’s own output', () => {
  it('the build logs warnings and errors only, not every page written', () => {
    expect(read('scripts/build.mjs')).toMatch(/runLimited\('node', \['scripts\/lib\/astro-build\.mjs'\]/);
    expect(read('scripts/lib/astro-build.mjs')).toMatch(/PRONGSAI_BUILD_VERBOSE \? 'info' : 'warn'/);
  });

  it('npm run edit turns off Astro’s "new version available" notice with Astro’s own switch', () => {
    expect(read('scripts/edit.ts')).toMatch(/ASTRO_DISABLE_UPDATE_CHECK: 'true'/);
    // The switch Astro's dev server reads before it looks for a newer version.
    expect(read('node_modules/astro/dist/core/dev/update-check.js')).toContain(
      'process.env.ASTRO_DISABLE_UPDATE_CHECK !== "true"',
    );
  });
});
