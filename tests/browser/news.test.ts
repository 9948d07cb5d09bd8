// The done-when of issue 13 on the example site in Debian's chromium: a news item written in MDX with a
// photo and a live score is on /news/, opens on a phone with a photo sized for it, its score links to
// the indicator, search finds it with its facets, the RSS feed carries it and it is evidence of its OIT
// item; the pages load no script and pass axe at 360 px and on a desktop.
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../helpers/browser';
import { useBrowserSite } from '../helpers/harness';

const site = useBrowserSite();
const PHONE = { width: 360, height: 800 };
const ITEM = '/news/2568/road-repair/';
const TITLE = 'อบต.โคกก่อ ซ่อมถนนลูกรังสายบ้านโคกก่อ–บ้านหนองแวงแล้วเสร็จ';

describe('a news item with a photo and a live score, on a phone', () => {
  it('is listed on /news/, opens, shows the photo at phone size and links its score to the indicator', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(site.href('news/'));
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(site.href(ITEM.slice(1)));
    expect(await page.locator('h1').innerText()).toBe(`${TITLE} ข้อมูลตัวอย่าง`);

    const photo = page.locator('figure.cover img');
    await photo.scrollIntoViewIfNeeded();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(360);
    // The browser chose the AVIF of 360 px wide for a 360 px screen.
    expect(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/road-repair\.[\w-]+\.avif$/);
    const box = await photo.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);

    const score = page.locator('.prose a.mdx-score');
    expect(await score.innerText()).toBe('67.28');
    await score.click();
    await page.waitForURL(site.href('ita/2566/budget-use/'));
    expect(await page.locator('h1').innerText()).toContain('การใช้งบประมาณ');
    expect(scripts.filter((s) => !s.includes('score-chart') && !/\/_astro\/.*\.js$/.test(s))).toEqual([]);
    await page.close();
  });

  it('loads no script file on the news pages', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    for (const path of ['news/', 'news/2568/', ITEM.slice(1), 'executives-message/', 'ita/2566/report/']) {
      const scripts: string[] = [];
      const listener = (r: { resourceType(): string; url(): string }) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      };
      page.on('request', listener);
      await page.goto(site.href(path));
      await page.waitForLoadState('load');
      page.off('request', listener);
      expect(scripts, path).toEqual([]);
    }
    await page.close();
  });
});

describe('the same item in search, the feed and the OIT self-check', () => {
  it('search finds it, with its fiscal year and news type as filters', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 1600 } });
    await page.goto(site.href(`search/?q=${encodeURIComponent('ซ่อมถนนลูกรัง')}`));
    await page.waitForSelector('pagefind-results .pf-result-link');
    const links = await page.$$eval('pagefind-results .pf-result-link', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links.slice(0, 3)).toContain(ITEM);
    const values = (name: string) =>
      page
        .locator(`.pf-filter-group[data-filter-name="${name}"] input`)
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await page.locator('.pf-filter-group[data-filter-name="ประเภทข่าว"] summary').click();
    expect(await values('ประเภทข่าว')).toContain('ข่าว');
    expect(await values('ประเภท')).toContain('ข่าวประชาสัมพันธ์');
    await page.locator('.pf-filter-group[data-filter-name="ประเภทข่าว"] input[value="ข่าว"]').check();
    await expect
      .poll(() =>
        page.$$eval('pagefind-results .pf-result-link', (as) =>
          as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        ),
      )
      .toEqual([ITEM]);
    await page.close();
  });

  it('the RSS feed served by the site carries it', async () => {
    const page = await site.browser.newPage();
    const response = await page.request.get(site.href('news/rss.xml'));
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    expect(xml).toContain(`<title>${TITLE} (ข้อมูลตัวอย่าง)</title>`);
    expect(xml).toMatch(/<link>[^<]*\/news\/2568\/road-repair\/<\/link>/);
    await page.close();
  });

  it('the OIT item ข่าวประชาสัมพันธ์ lists it as evidence and links to it', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(site.href('oit/items/news/'));
    const entry = page.locator('section[aria-labelledby=news-heading]').getByRole('link', { name: TITLE });
    await entry.click();
    await page.waitForURL(site.href(ITEM.slice(1)));
    await page.close();
  });
});

describe('axe-core on the pages written in MDX, at 360 px and on a desktop', () => {
  const paths = [
    'news/',
    'news/2567/',
    'news/type/activity/',
    ITEM.slice(1),
    'news/2568/ita-2566-result/',
    'news/2567/no-gift-pledge/',
    'executives-message/',
    'ita/2566/report/',
  ];
  for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
    it.each(paths)(`%s at ${viewport.width} px`, async (path) => {
      const page = await site.browser.newPage({ viewport });
      await page.goto(site.href(path));
      await page.waitForLoadState('load');
      const violations = await axeViolations(page);
      await page.close();
      expect(describeViolations(violations)).toBe('');
    });
  }

  it('no page of them scrolls sideways at 360 px', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    for (const path of paths) {
      await page.goto(site.href(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await page.close();
  });
});
