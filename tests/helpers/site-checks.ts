/**
 * The checks that hold for any organization's built site, page by page: valid HTML (html-validate's
 * standard rules) and every link and file a page names is in the site. tests/organization/ runs them on
 * the organization's own build; the adoption test on a new organization's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { htmlFile } from './site';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** What html-validate finds wrong with a built page, one line each ("12:3 rule: message"). */
export async function htmlProblems(dist: string, path: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(htmlFile(path, dist), 'utf8'), path);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** A site path of a link or file ("/ita/2566/", "/_astro/x.css"), or undefined for another site or an anchor. */
function sitePath(url: string, page: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return undefined;
  return new URL(url, `http://site${page}`).pathname;
}

/** The file a site path is served from: a folder's index.html, or the file itself. */
const servedFile = (dist: string, path: string) =>
  join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');

/** The links, scripts, stylesheets and pictures of a built page that are not in the site. */
export function missingTargets(dist: string, path: string): string[] {
  const $ = cheerio.load(readFileSync(htmlFile(path, dist), 'utf8'));
  const urls = $('a[href], link[href], script[src], img[src], source[srcset], img[srcset]')
    .toArray()
    .flatMap((el) => {
      const srcset = $(el).attr('srcset');
      if (srcset) return srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
      return [$(el).attr('href') ?? $(el).attr('src') ?? ''];
    });
  return urls.filter((url) => {
    const target = sitePath(url, path);
    return target !== undefined && !existsSync(servedFile(dist, target));
  });
}
