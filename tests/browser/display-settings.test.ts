// Text size and high contrast in chromium: keyboard only, persisted across pages, zero axe violations
// with high contrast on, and hidden when JavaScript is off.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/browser';
import { builtPages, useBrowserSite } from '../helpers/harness';

const site = useBrowserSite();

/** Presses Tab until the focused element's text is `name` (at most 40 times). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

const htmlState = (page: Page) =>
  page.evaluate(() => ({
    size: document.documentElement.dataset.textSize,
    contrast: document.documentElement.dataset.contrast ?? null,
    fontSize: getComputedStyle(document.documentElement).fontSize,
    pressed: [...document.querySelectorAll('.display-settings button')].map((b) => b.getAttribute('aria-pressed')),
  }));

describe('display settings', () => {
  it('work with the keyboard and persist across a page navigation', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    expect(await htmlState(page)).toEqual({
      size: 'md',
      contrast: null,
      fontSize: '16px',
      pressed: ['false', 'true', 'false', 'false'],
    });

    await tabTo(page, 'A+ ตัวอักษรใหญ่');
    // Focus is visible on the button.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await tabTo(page, 'ความคมชัดสูง');
    await page.keyboard.press('Space');
    expect(await htmlState(page)).toEqual({
      size: 'lg',
      contrast: 'high',
      fontSize: '20px',
      pressed: ['false', 'false', 'true', 'true'],
    });

    // Another page: applied from storage, the buttons show the state.
    await page.click('nav a[href="/ita/"]');
    await page.waitForURL(site.href('ita/'));
    expect(await htmlState(page)).toEqual({
      size: 'lg',
      contrast: 'high',
      fontSize: '20px',
      pressed: ['false', 'false', 'true', 'true'],
    });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );

    // Back to normal, again by keyboard; the setting is remembered off too.
    await tabTo(page, 'A− ตัวอักษรเล็ก');
    await page.keyboard.press('Enter');
    await tabTo(page, 'ความคมชัดสูง');
    await page.keyboard.press('Enter');
    await page.reload();
    expect(await htmlState(page)).toEqual({
      size: 'sm',
      contrast: null,
      fontSize: '14px',
      pressed: ['true', 'false', 'false', 'false'],
    });
    await context.close();
  });

  it('are hidden without JavaScript, since they cannot work then', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url);
    expect(await page.locator('.display-settings').isVisible()).toBe(false);
    expect(await page.locator('.display-settings button').count()).toBe(4);
    await context.close();
  });

  it('print hides the controls, the menu and the chart canvas, and keeps every table row', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.href('ita/2566/'));
    await page.waitForSelector('#indicators-chart[data-chart-ready=true]');
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.display-settings',
      '.site-header nav',
      '#indicators-chart .chart-canvas',
      '.chart-data',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(
      await page
        .locator('#indicators-chart tbody tr[data-row]')
        .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetHeight > 0).length),
    ).toBe(10);
    await page.close();
  });

  it('a text page requests no JavaScript file', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(site.href('data/'));
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.close();
  });
});

describe('high contrast (large text) has no axe-core violations', () => {
  it.each(builtPages())('%s', async (path) => {
    const context = await site.browser.newContext();
    await context.addInitScript(() =>
      localStorage.setItem('prongsai-display', JSON.stringify({ contrast: true, size: 'lg' })),
    );
    const page = await context.newPage();
    await page.goto(site.href(path));
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    const violations = await axeViolations(page);
    await context.close();
    expect(describeViolations(violations)).toBe('');
  });
});
