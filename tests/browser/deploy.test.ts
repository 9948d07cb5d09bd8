// Deployment anywhere static: the example site built under a sub-path works with every link and asset
// following it; and the site works under the Content-Security-Policy of the deploy recipes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { paintedPixels } from '../helpers/browser';
import { builtPages, useBrowserSite } from '../helpers/harness';
import { sitePaths } from '../helpers/pages';
import { SECURITY_HEADERS } from '../../src/lib/site/csp';
import { EXAMPLE_ENV } from '../helpers/example';

/** Every URL a page refers to: links, stylesheets, scripts, module preloads, images, icons. */
const referencedUrls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')].map(
      (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src,
    ),
  );

/** The pages of the example that draw a chart: the ITA 2566 overview and its ten indicators. */
const CHART_PAGES = [
  '/ita/2566/',
  ...[
    'budget-use',
    'communication-efficiency',
    'corruption-prevention',
    'corruption-problem-solving',
    'duty-performance',
    'information-disclosure',
    'service-quality',
    'use-of-authority',
    'use-of-public-assets',
    'work-improvement',
  ].map((slug) => `/ita/2566/${slug}/`),
];

describe('under a sub-path (BASE_PATH=/prongsai)', () => {
  // The example content, built under the sub-path and served under it.
  const site = useBrowserSite({ fixture: 'subpath', env: { ...EXAMPLE_ENV, BASE_PATH: '/prongsai' } });

  it('every page, link, asset, chart script and CSV link resolves under the sub-path', async () => {
    const origin = new URL(site.url).origin;
    const page = await site.browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const pages = sitePaths(site.dist).filter((p) => p !== '/404.html');
    // Every page of the example but the 404 page (92 with the news and prose pages; a new page changes it).
    expect(pages).toHaveLength(92);
    const referenced = new Set<string>();
    for (const path of pages) {
      await page.goto(site.href(path));
      await page.waitForLoadState('networkidle');
      // The pages that must draw a chart are listed: a chart that vanishes from one of them fails here.
      const expected = CHART_PAGES.includes(path) ? 1 : 0;
      expect(await page.locator('figure[data-chart]').count(), path).toBe(expected);
      if (expected) {
        await page.waitForSelector('figure[data-chart][data-chart-ready=true] canvas');
        expect(await paintedPixels(page, 'figure[data-chart] canvas'), path).toBeGreaterThan(1000);
      }
      for (const url of await referencedUrls(page)) if (url.startsWith(origin)) referenced.add(url.replace(/#.*/, ''));
    }
    // Internal references all live under the sub-path…
    expect([...referenced].filter((u) => !u.startsWith(`${origin}/prongsai/`))).toEqual([]);
    // …and every one of them (pages not visited above, CSV and JSON files, the icon) answers.
    for (const url of referenced) {
      const status = await page.evaluate(async (u) => (await fetch(u)).status, url);
      if (status >= 400) failed.push(`${status} ${url}`);
    }
    expect([...referenced].some((u) => u.endsWith('/prongsai/data/ita-scores.csv'))).toBe(true);
    expect(failed).toEqual([]);
    await page.close();
  }, 180_000);

  it('the search index, sitemap and robots.txt follow the sub-path', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    // A string, so vitest does not rewrite the dynamic import.
    const results: { count: number; url: string } = await page.evaluate(`(async () => {
      const pagefind = await import('${site.href('pagefind/pagefind.js')}');
      const search = await pagefind.search('ทุจริต');
      const first = await search.results[0].data();
      return { count: search.results.length, url: first.url };
    })()`);
    // The pages of the example that mention ทุจริต (27 with the news and the 2566 report).
    expect(results.count).toBe(27);
    expect(results.url.startsWith('/prongsai/')).toBe(true);
    const robots = await page.evaluate(async (u) => (await fetch(u)).text(), site.href('robots.txt'));
    expect(robots).toContain('Sitemap: http://localhost:4321/prongsai/sitemap-index.xml');
    await page.close();
  });
});

describe('under the Content-Security-Policy of the deploy recipes', () => {
  const site = useBrowserSite({ headers: Object.fromEntries(SECURITY_HEADERS) });

  /** Opens a page recording every CSP violation the browser reports. */
  async function openWithViolations(path: string) {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
    });
    const response = await page.goto(site.href(path));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
    return {
      page,
      context,
      violations: async () => [
        ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
        ...console,
      ],
    };
  }

  it('the indicator page draws its chart with no violation', async () => {
    const { page, context, violations } = await openWithViolations('/ita/2566/corruption-problem-solving/');
    await page.waitForSelector('#indicator-chart[data-chart-ready=true] canvas');
    expect(await paintedPixels(page, '#indicator-chart canvas')).toBeGreaterThan(1000);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  describe('no page of the site reports a violation', () => {
    it.each(builtPages())('%s', async (path) => {
      const { page, context, violations } = await openWithViolations(path);
      await page.waitForLoadState('networkidle');
      const found = await violations();
      await context.close();
      expect(found).toEqual([]);
    });
  });

  it('the search page shows results (Pagefind Component UI) with no violation', async () => {
    const { page, context, violations } = await openWithViolations(`/search/?q=${encodeURIComponent('ทรัพย์สิน')}`);
    await page.waitForSelector('pagefind-results li.search-result .pf-result-link');
    // The first five of the nine pages that mention ทรัพย์สิน (the page shows five, then a button for more).
    expect(await page.locator('pagefind-results .pf-result-link').count()).toBe(5);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('the home page applies the settings script and Pagefind searches (WebAssembly) with no violation', async () => {
    const { page, context, violations } = await openWithViolations('/');
    await page.waitForLoadState('networkidle');
    await page.click('button[data-setting=contrast]');
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    const count: number = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      return (await pagefind.search('ทรัพย์สิน')).results.length;
    })()`);
    // Every page of the example that mentions ทรัพย์สิน (12 with the news and the 2566 report).
    expect(count).toBe(12);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
