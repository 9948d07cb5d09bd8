// A host that sends no headers at all (GitHub Pages, a plain static server): every page carries the
// Content-Security-Policy in a <meta>, so a script that reached a page through content could not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/harness';
import { metaContentSecurityPolicy } from '../../src/lib/site/csp';

/** What a content file would have to smuggle into a page to run a script (were escaping ever to fail). */
const ATTACKS = [
  `<script>document.documentElement.dataset.pwned='inline-script'</script>`,
  `<img src="/no-such-image.png" onerror="document.documentElement.dataset.pwned='event-handler'">`,
  `<a id="js-link" href="javascript:document.documentElement.dataset.pwned='javascript-url'">ลิงก์</a>`,
  `<script src="data:text/javascript,document.documentElement.dataset.pwned='data-script'"></script>`,
  `<object data="data:text/html,<script>parent.document.documentElement.dataset.pwned='object'</script>"></object>`,
].join('');

describe('dist/ served with no headers', () => {
  const site = useBrowserSite();

  it('sends no CSP header, and the page still runs only its own scripts: the settings work, the chart draws', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(site.href('/ita/2566/corruption-problem-solving/'));
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
      metaContentSecurityPolicy(),
    );
    await page.waitForSelector('figure[data-chart][data-chart-ready=true] canvas');
    await page.locator('button[data-setting][value="lg"]').first().click();
    expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('lg');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('blocks every script a content file could smuggle in: inline, event handler, javascript: and data: URLs', async () => {
    const page = await site.browser.newPage();
    const html = readFileSync(join(site.dist, 'index.html'), 'utf8').replace('</main>', `${ATTACKS}</main>`);
    // The tampered page is served from the same origin, with no headers, as a static host would.
    await page.route(site.href('/tampered/'), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(site.href('/tampered/'));
    await page.waitForLoadState('networkidle');
    await page.locator('#js-link').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.dataset['pwned'] ?? 'nothing ran')).toBe('nothing ran');
    // The browser says why: the page's own policy refused each of them.
    expect(blocked.length).toBeGreaterThanOrEqual(4);
    await page.close();
  });
});
