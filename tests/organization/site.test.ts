// The checks that hold for any organization's site, run by npm test on the organization's own build
// (dist/, or the example's before the project has an organization of its own): its content passes
// npm run check, every page is valid HTML, and every link and file a page names is in the site.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/harness';
import { ORG_DIST } from '../helpers/site';
import { htmlProblems, missingTargets } from '../helpers/site-checks';

const pages = builtPages(ORG_DIST);
/** Every page, the staff's editing page (/admin/) too: all are served, all must be valid HTML. */
const everyPage = builtPages(ORG_DIST, { admin: true });

describe("the organization's content", () => {
  it('passes npm run check', () => {
    const { PRONGSAI_CONTENT: _c, PRONGSAI_PUBLIC: _p, PRONGSAI_NACC: _n, ...env } = process.env;
    const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/check.ts'], {
      encoding: 'utf8',
      env,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe("every page of the organization's site is valid HTML", () => {
  it('covers the staff’s editing page /admin/ too', () => {
    expect(everyPage).toContain('/admin/');
    expect(everyPage.length).toBe(pages.length + 1);
  });

  it.each(everyPage)('%s', async (path) => {
    expect(await htmlProblems(ORG_DIST, path)).toEqual([]);
  });
});

describe("every link and file a page of the organization's site names is in the site", () => {
  it.each(pages)('%s', (path) => {
    expect(missingTargets(ORG_DIST, path)).toEqual([]);
  });
});
