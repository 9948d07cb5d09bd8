// Search excerpts in chromium show only what a reader can see: for ten common queries, the excerpt of
// each of the first 30 results is a run of its page's visible text (its <main>, or the text of the PDF
// it links), never the helper words the index holds for pieces of long Thai words (issue 23).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { useBrowserSite } from '../helpers/harness';
import { COMMON_QUERIES } from '../helpers/search-queries';
import { DIST, htmlFile } from '../helpers/site';
import { documentFile, documentLinks, pdfText } from '../../scripts/search-index.mjs';

const site = useBrowserSite();

/**
 * Text compared by its letters and digits only: Pagefind joins the page's elements with spaces and
 * full stops of its own, and the index splits Thai words with zero-width spaces.
 */
const flat = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');

const pageTexts = new Map<string, Promise<string>>();
/** A result page's visible main text, and the text of the PDFs it links, flattened. */
function visibleText(path: string): Promise<string> {
  let text = pageTexts.get(path);
  if (!text) {
    text = (async () => {
      const html = readFileSync(htmlFile(path), 'utf8');
      const $ = cheerio.load(html);
      $(
        'main [hidden], main [data-pagefind-ignore], main :is(nav, form, script, style, noscript, template, svg)',
      ).remove();
      const pdfs = await Promise.all(
        documentLinks(html).map(async (href) => {
          const file = documentFile(DIST, href);
          return file && /\.pdf$/i.test(file) ? pdfText(readFileSync(file)) : '';
        }),
      );
      return flat([$('main').text(), ...pdfs].join(''));
    })();
    pageTexts.set(path, text);
  }
  return text;
}

describe('search excerpts', () => {
  it.each(COMMON_QUERIES)('"%s": each of the first 30 excerpts is text its page shows', async (query) => {
    // Tall enough that all 30 results come into view and load.
    const page = await site.browser.newPage({ viewport: { width: 360, height: 30000 } });
    await page.goto(site.href(`search/?q=${encodeURIComponent(query)}`));
    await page.waitForSelector('pagefind-results li.search-result');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('pagefind-results li[aria-hidden=true]').length === 0 &&
        document.querySelectorAll('pagefind-results .search-result-excerpt[data-words]').length ===
          document.querySelectorAll('pagefind-results .search-result-excerpt').length,
    );
    const excerpts = await page.$$eval('pagefind-results li.search-result', (items) =>
      items.slice(0, 30).map((li) => ({
        path: new URL(li.querySelector<HTMLAnchorElement>('.pf-result-link')!.href).pathname,
        excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '',
      })),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    const strays: string[] = [];
    for (const { path, excerpt } of excerpts) {
      const pieces = excerpt.split('…').map(flat).filter(Boolean);
      const text = await visibleText(path);
      for (const piece of pieces) if (!text.includes(piece)) strays.push(`${path}: ${piece}`);
    }
    expect(strays).toEqual([]);
    await page.close();
  });
});

describe('the search page (issue 23)', () => {
  it("shows the query in the header box too, names the O21 best bet, ranks this year's O21 first, and warns of nothing", async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await page.goto(site.href(`search/?q=O21`));
    await page.waitForSelector('pagefind-results li.search-result .pf-result-link');
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-search-best]')?.hidden);
    expect(await page.inputValue('#header-search-q')).toBe('O21');
    const best = page.locator('[data-search-best] a');
    expect(await best.innerText()).toMatch(/^O21 \S+/);
    expect(new URL(await best.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
      '/oit/items/corruption-risk-assessment/',
    );
    const first = await page.locator('pagefind-results .pf-result-link').first().getAttribute('href');
    expect(first && new URL(first, site.url).pathname).toBe('/oit/items/corruption-risk-assessment/');
    // Chromium warns about an unused preload about three seconds after the page has loaded.
    await page.waitForTimeout(4000);
    expect(warnings).toEqual([]);
    await page.close();
  });
});
