// The measures timeline in chromium, without JavaScript: bars and today's mark where the data puts
// them, nothing wider than a phone, and axe-core on the fixture's pages that show progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';
import { buildFixture } from '../helpers/fixtures';

// Its own output folder, so it never races the site tests' build of the same fixture.
const dist = resolve('node_modules/.prongsai-fixtures/measures-progress-browser/dist');
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  const build = buildFixture('measures-progress', { PRONGSAI_TODAY: '2024-03-15', PRONGSAI_OUT_DIR: dist });
  if (!build.ok) throw new Error(build.output);
  [browser, server] = await Promise.all([launchBrowser(), serve(dist)]);
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('timeline without JavaScript on a 360 px phone', () => {
  it("draws each topic's timeframe and today's mark at their place in the fiscal year", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}measures/2567/`);
    const area = (await page.locator('.timeline-area').boundingBox())!;
    const box = async (selector: string) => {
      const b = (await page.locator(selector).boundingBox())!;
      return { left: (b.x - area.x) / area.width, width: b.width / area.width };
    };
    const full = await box('.timeline-bar[data-topic=transparent-efficient-service]');
    expect(full.left).toBeCloseTo(0, 2);
    expect(full.width).toBeCloseTo(1, 2);
    // 1 January – 31 March 2024: after 92 of the year's 366 days, for 91 days.
    const quarter = await box('.timeline-bar[data-topic=information-channels]');
    expect(quarter.left).toBeCloseTo(92 / 366, 2);
    expect(quarter.width).toBeCloseTo(91 / 366, 2);
    // Today, 15 March 2024, in the middle of day 167.
    const today = await box('.timeline-today');
    expect(today.left).toBeCloseTo(166.5 / 366, 2);
    expect(await page.locator('.timeline-table').isVisible()).toBe(true);
    // Nothing makes the page scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });
});

describe('accessibility of pages with progress', () => {
  it('has no axe-core violations on the plan, the plans list and an indicator page', async () => {
    // axe-core is a script: this context allows JavaScript (the pages themselves ship none).
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const failures: string[] = [];
    for (const path of ['measures/2567/', 'measures/', 'ita/2566/corruption-prevention/', 'ita/2566/']) {
      await page.goto(`${server.url}${path}`);
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`/${path}\n${describeViolations(violations)}`);
    }
    await page.close();
    expect(failures.join('\n\n')).toBe('');
  }, 120_000);
});
