// The measures timeline in chromium, without JavaScript: bars and today's mark where the data puts
// them, nothing wider than a phone, and axe-core on the fixture's pages that show progress.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { axeViolations, describeViolations } from '../helpers/browser';
import { useBrowserSite } from '../helpers/harness';

const site = useBrowserSite({
  fixture: 'measures-progress',
  // Its own output folder, so it never races the site tests' build of the same fixture.
  env: {
    PRONGSAI_TODAY: '2024-03-15',
    PRONGSAI_OUT_DIR: resolve('node_modules/.prongsai-fixtures/measures-progress-browser/dist'),
  },
});
const phone = { width: 360, height: 800 };

describe('timeline without JavaScript on a 360 px phone', () => {
  it("draws each topic's timeframe and today's mark at their place in the fiscal year", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: phone });
    const page = await context.newPage();
    await page.goto(site.href('measures/2567/'));
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
    await context.close();
  });
});

describe('accessibility of pages with progress: no axe-core violations', () => {
  // The plan, the plans list, an indicator page and its year's overview.
  it.each(['/measures/2567/', '/measures/', '/ita/2566/corruption-prevention/', '/ita/2566/'])('%s', async (path) => {
    // axe-core is a script: this page allows JavaScript (the pages themselves ship none).
    const page = await site.browser.newPage({ viewport: phone });
    await page.goto(site.href(path));
    const violations = await axeViolations(page);
    await page.close();
    expect(describeViolations(violations)).toBe('');
  });
});
