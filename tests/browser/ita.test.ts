// Real pages in Debian's chromium: charts drawn from their tables, pages that work without
// JavaScript, the keyboard; axe-core on every page runs on the organization's site (tests/organization/).
import { describe, expect, it } from 'vitest';
import { drawnBarValues, paintedPixels } from '../helpers/browser';
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

/** The ten indicator scores of ITA 2566 (the seed), in framework order. */
const SEED_SCORES = [78.31, 67.28, 71.44, 66.2, 59.01, 72.37, 76.67, 72.89, 85.5, 73.75];

describe('the drawings hold the figures of their tables', () => {
  it('draws each bar of the year overview at the length of its figure in the table', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(site.href('ita/2566/'));
    await page.waitForSelector('#indicators-chart[data-chart-ready=true] canvas');
    const table = await page.$$eval('#indicators-chart td[data-value]', (tds) =>
      tds.map((td) => Number((td as HTMLElement).dataset.value)),
    );
    expect(table).toEqual(SEED_SCORES);
    const drawn = await drawnBarValues(page, '#indicators-chart canvas', 85);
    expect(drawn).toHaveLength(10);
    // Within half a point: a bar drawn at another figure (or half its length) is seen.
    drawn.forEach((value, i) => expect(Math.abs(value - table[i]!), `bar ${i + 1}: ${value}`).toBeLessThan(0.5));
    await page.close();
  });

  it("draws an indicator page's bar at its score", async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(site.href('ita/2566/corruption-problem-solving/'));
    await page.waitForSelector('#indicator-chart[data-chart-ready=true] canvas');
    const drawn = await drawnBarValues(page, '#indicator-chart canvas', 85);
    expect(drawn).toHaveLength(1);
    expect(Math.abs(drawn[0]! - 59.01)).toBeLessThan(0.5);
    await page.close();
  });

  it('draws each bar of the home glance list at its score on a phone, without a script', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.href(''));
    const glance = await page.$$eval('.glance li', (items) =>
      items.map((li) => {
        const bar = li.querySelector('.bar')!.getBoundingClientRect().width;
        const fill = li.querySelector('.bar span')!.getBoundingClientRect().width;
        return { score: li.querySelector('.value')!.firstChild!.textContent!.trim(), drawn: (fill / bar) * 100, bar };
      }),
    );
    expect(glance.map((g) => Number(g.score))).toEqual(SEED_SCORES);
    for (const g of glance) {
      expect(g.bar).toBeGreaterThan(250);
      expect(Math.abs(g.drawn - Number(g.score)), g.score).toBeLessThan(0.5);
    }
    await context.close();
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

describe('the pages of the example site', () => {
  it('are those of the sitemap and the 404 page (the axe walk, tests/organization/axe.test.ts, visits each)', () => {
    // 92 pages in the sitemap (news and prose pages included) and the 404 page; a new page changes it.
    const pages = builtPages(site.dist);
    expect(pages).toHaveLength(93);
    expect(pages).toEqual([...sitemapPaths(site.dist), '/404.html'].sort());
  });
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
