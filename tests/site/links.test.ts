// Every link of the built site is one a browser follows without running anything, and a link that content
// points elsewhere is marked as leaving the site.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/site';
import { sitePaths } from '../helpers/pages';
import { DIST } from '../helpers/site';

/** Every href and src of every page, with the page it is on. */
function references(): { page: string; url: string }[] {
  return sitePaths(DIST).flatMap((page) => {
    const $ = loadPage(page);
    return $('[href], [src]')
      .toArray()
      .map((el) => ({ page, url: $(el).attr('href') ?? $(el).attr('src') ?? '' }));
  });
}

describe('links of the built site', () => {
  it('use only https, http, mailto, tel or paths of this site: never javascript:, data: or another host by //', () => {
    const refs = references();
    expect(refs.length).toBeGreaterThan(1000);
    // A scheme other than the four, or a host written as //… or /\…; relative paths ("errors/") are this site.
    const scheme = (url: string) => /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    const unsafe = refs.filter(
      ({ url }) =>
        /^\s*[/\\]{2}|^\s*\/\\/.test(url) || !['https', 'http', 'mailto', 'tel', undefined].includes(scheme(url)),
    );
    expect(unsafe).toEqual([]);
  });

  it('a link content points to another site is marked external, in the disclosure and in the footer', () => {
    const $ = loadPage('/oit/items/social-network/');
    const facebook = $('a[href="https://www.facebook.com/"]')
      .toArray()
      .map((a) => [$(a).text().trim(), $(a).attr('rel')]);
    expect(facebook).toEqual([
      ['Facebook (ลิงก์ตัวอย่าง)', 'external noopener'],
      ['Facebook', 'me external noopener'],
    ]);
  });
});
