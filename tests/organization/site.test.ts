// The checks that hold for any organization's site, run by npm test on the organization's own build
// (dist/, or the example's before the project has an organization of its own): its content passes
// npm run check, every page is valid HTML, and every link and file a page names is in the site.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/harness';
import { ORG_DIST, htmlFile } from '../helpers/site';

const pages = builtPages(ORG_DIST);

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
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

  it.each(pages)('%s', async (path) => {
    const report = await validator.validateString(readFileSync(htmlFile(path, ORG_DIST), 'utf8'), path);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

/** A site path of a link or file ("/ita/2566/", "/_astro/x.css"), or undefined for another site or an anchor. */
function sitePath(url: string, page: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return undefined;
  return new URL(url, `http://site${page}`).pathname;
}

/** The file a site path is served from: a folder's index.html, or the file itself. */
const servedFile = (path: string) => join(ORG_DIST, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');

describe("every link and file a page of the organization's site names is in the site", () => {
  it.each(pages)('%s', (path) => {
    const $ = cheerio.load(readFileSync(htmlFile(path, ORG_DIST), 'utf8'));
    const urls = $('a[href], link[href], script[src], img[src], source[srcset], img[srcset]')
      .toArray()
      .flatMap((el) => {
        const srcset = $(el).attr('srcset');
        if (srcset) return srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
        return [$(el).attr('href') ?? $(el).attr('src') ?? ''];
      });
    const missing = urls.filter((url) => {
      const target = sitePath(url, path);
      return target !== undefined && !existsSync(servedFile(target));
    });
    expect(missing).toEqual([]);
  });
});
