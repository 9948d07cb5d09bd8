// Real pages in Debian's chromium: charts drawn from their tables, pages that work without
// JavaScript, and axe-core on every page of the example site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, paintedPixels } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';
import { sitePaths } from '../helpers/pages';
import { DIST } from '../helpers/site';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(DIST)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('indicator page chart', () => {
  it('draws the chart from the table, with an accessible name, in the Thai web font', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}ita/2566/corruption-problem-solving/`);
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
    const page = await browser.newPage();
    await page.goto(`${server.url}ita/2566/`);
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
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}ita/2566/`);
    expect(await page.locator('#indicators-chart canvas').count()).toBe(0);
    expect(await page.locator('#indicators-chart [data-chart-canvas]').isVisible()).toBe(false);
    expect(await page.locator('#indicators-chart tbody tr[data-row]').count()).toBe(10);
    expect(await page.locator('[data-total]').innerText()).toBe('74.58');
    await context.close();
  });
});

describe('accessibility', () => {
  it('every page of the example site has no axe-core violations', async () => {
    const paths = sitePaths(DIST);
    expect(paths.length).toBeGreaterThanOrEqual(13);
    const page = await browser.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.url}${path.slice(1)}`);
      await page.waitForLoadState('load');
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${path}\n${describeViolations(violations)}`);
    }
    await page.close();
    expect(failures.join('\n\n')).toBe('');
  }, 180_000);

  it('the skip link moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ข้ามไปยังเนื้อหาหลัก');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
