// axe-core on every page of the organization's site (dist/, or the example's before the project has an
// organization of its own) in Debian's chromium, at desktop width and at a phone's 360 px.
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../helpers/browser';
import { builtPages, useBrowserSite } from '../helpers/harness';
import { sitemapPaths } from '../helpers/pages';
import { ORG_DIST } from '../helpers/site';

const site = useBrowserSite({ dist: ORG_DIST });
const pages = builtPages(ORG_DIST);

describe("accessibility: no axe-core violations on any page of the organization's site", () => {
  it('walks every page: those of the sitemap and the 404 page', () => {
    expect(pages).toEqual([...sitemapPaths(ORG_DIST), '/404.html'].sort());
  });

  // At desktop width and at a phone's 360 px, where the header menu, card tables and scroll regions change:
  // one load per page, narrowed to 360 px after the desktop run (the styles and the chart follow the width).
  it.each(pages)('%s at 1280 and at 360 px', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.href(path));
    await page.waitForLoadState('load');
    const desktop = describeViolations(await axeViolations(page));
    await page.setViewportSize({ width: 360, height: 800 });
    const phone = describeViolations(await axeViolations(page));
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    await page.close();
    expect({ desktop, phone, width }).toEqual({ desktop: '', phone: '', width: 360 });
  });
});
