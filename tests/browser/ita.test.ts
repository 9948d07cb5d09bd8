// Real pages in Debian's chromium: charts drawn from their tables, pages that work without
// JavaScript, and axe-core on every page of the example site.
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, paintedPixels } from '../helpers/browser';
import { builtPages, useBrowserSite } from '../helpers/harness';
import { sitemapPaths } from '../helpers/pages';

const site = useBrowserSite();

describe('indicator page chart', () => {
  it('draws the chart from the table, with an accessible name, in the Thai web font', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.href('ita/2566/corruption-problem-solving/'));
    await page.waitForSelector('#indicator-chart[data-chart-ready=true] canvas');
    const canvas = page.locator('#indicator-chart canvas');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toBe(
      'แผนภูมิแท่ง: คะแนนตัวชี้วัดการแก้ไขปัญหาการทุจริต ในแต่ละปีที่ประเมิน เทียบกับเกณฑ์ผ่าน 85 คะแนน ตัวเลขทั้งหมดอยู่ในตารางใต้แผนภูมิ',
    );
    // The chart holds the table's figures, and something was painted.
    expect(await paintedPixels(page, '#indicator-chart canvas')).toBeGreaterThan(1000);
    expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'การ'))).toBe(true);
    // The table stays visible as the chart's text form.
    expect(await page.locator('#indicator-chart table').isVisible()).toBe(true);
    await page.close();
  });

  it('draws the year overview chart with ten bars', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.href('ita/2566/'));
    await page.waitForSelector('#indicators-chart[data-chart-ready=true]');
    expect(await paintedPixels(page, '#indicators-chart canvas')).toBeGreaterThan(5000);
    const box = await page.locator('#indicators-chart canvas').boundingBox();
    // Ten horizontal bars need room: the canvas grows with the number of rows.
    expect(box!.height).toBeGreaterThanOrEqual(10 * 30);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the overview shows every figure in its table and no empty chart box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.href('ita/2566/'));
    expect(await page.locator('#indicators-chart canvas').count()).toBe(0);
    expect(await page.locator('#indicators-chart [data-chart-canvas]').isVisible()).toBe(false);
    expect(await page.locator('#indicators-chart tbody tr[data-row]').count()).toBe(10);
    expect(await page.locator('[data-total]').innerText()).toBe('74.58');
    await context.close();
  });
});

describe('accessibility: no axe-core violations on any page of the example site', () => {
  const pages = builtPages();

  it('walks every page: those of the sitemap and the 404 page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(13);
    expect(pages).toEqual([...sitemapPaths(site.dist), '/404.html'].sort());
  });

  // At desktop width and at a phone's 360 px, where the header menu, card tables and scroll regions change.
  it.each(pages.flatMap((path) => [1280, 360].map((width) => [path, width] as const)))(
    '%s at %i px',
    async (path, width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(site.href(path));
      await page.waitForLoadState('load');
      const violations = await axeViolations(page);
      await page.close();
      expect(describeViolations(violations)).toBe('');
    },
  );
});

describe('keyboard', () => {
  it('the skip link moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ข้ามไปยังเนื้อหาหลัก');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
