// Deployment anywhere static: the example site built under a sub-path works with every link and asset
// following it; and the site works under the Content-Security-Policy of the deploy recipes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, paintedPixels } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';
import { sitePaths } from '../helpers/pages';
import { DIST } from '../helpers/site';
import { buildFixture } from '../helpers/fixtures';
import { SECURITY_HEADERS } from '../../src/lib/site/csp';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every URL a page refers to: links, stylesheets, scripts, module preloads, images, icons. */
const referencedUrls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')].map(
      (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src,
    ),
  );

describe('under a sub-path (BASE_PATH=/prongsai)', () => {
  let server: StaticServer;
  let dist: string;

  beforeAll(async () => {
    const build = buildFixture('subpath', { PRONGSAI_CONTENT: 'content', BASE_PATH: '/prongsai' });
    expect(build.ok, build.output).toBe(true);
    dist = build.dist;
    server = await serve(dist, '/prongsai/');
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('every page, link, asset, chart script and CSV link resolves under the sub-path', async () => {
    const origin = new URL(server.url).origin;
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const pages = sitePaths(dist).filter((p) => p !== '/404.html');
    expect(pages.length).toBeGreaterThanOrEqual(14);
    const referenced = new Set<string>();
    for (const path of pages) {
      await page.goto(`${server.url}${path.slice(1)}`);
      await page.waitForLoadState('networkidle');
      if (await page.locator('figure[data-chart]').count()) {
        await page.waitForSelector('figure[data-chart][data-chart-ready=true] canvas');
        expect(await paintedPixels(page, 'figure[data-chart] canvas'), path).toBeGreaterThan(1000);
      }
      for (const url of await referencedUrls(page)) if (url.startsWith(origin)) referenced.add(url.split('#')[0]!);
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
    const page = await browser.newPage();
    await page.goto(server.url);
    // A string, so vitest does not rewrite the dynamic import.
    const results: { count: number; url: string } = await page.evaluate(`(async () => {
      const pagefind = await import('${server.url}pagefind/pagefind.js');
      const search = await pagefind.search('ทุจริต');
      const first = await search.results[0].data();
      return { count: search.results.length, url: first.url };
    })()`);
    expect(results.count).toBeGreaterThan(0);
    expect(results.url.startsWith('/prongsai/')).toBe(true);
    const robots = await page.evaluate(async (u) => (await fetch(u)).text(), `${server.url}robots.txt`);
    expect(robots).toContain('Sitemap: http://localhost:4321/prongsai/sitemap-index.xml');
    await page.close();
  });
});

describe('under the Content-Security-Policy of the deploy recipes', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serve(DIST, '/', { headers: Object.fromEntries(SECURITY_HEADERS) });
  });

  afterAll(async () => {
    await server?.close();
  });

  /** Opens a page recording every CSP violation the browser reports. */
  async function openWithViolations(path: string) {
    const context = await browser.newContext();
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
    const response = await page.goto(`${server.url}${path.slice(1)}`);
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

  it('no page of the site reports a violation', async () => {
    const failures: string[] = [];
    for (const path of sitePaths(DIST)) {
      const { page, context, violations } = await openWithViolations(path);
      await page.waitForLoadState('networkidle');
      const found = await violations();
      if (found.length) failures.push(`${path}: ${found.join(', ')}`);
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('the search page shows results (Pagefind Component UI) with no violation', async () => {
    const { page, context, violations } = await openWithViolations(`/search/?q=${encodeURIComponent('ทรัพย์สิน')}`);
    await page.waitForSelector('pagefind-results li.search-result .pf-result-link');
    expect(await page.locator('pagefind-results .pf-result-link').count()).toBeGreaterThan(0);
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
    expect(count).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
