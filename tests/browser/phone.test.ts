// The site on a phone in chromium (360×800 unless said): the answer on the first screen, tables that
// read as cards or scroll with a cue, chart figures clear of the pass line from 320 to 414 px.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../helpers/harness';
import { readerWords, siteCompounds } from '../../src/lib/thai/words';

const site = useBrowserSite();
const PHONE = { width: 360, height: 800 };

async function phonePage(path: string, viewport = PHONE): Promise<Page> {
  const page = await site.browser.newPage({ viewport, reducedMotion: 'reduce' });
  await page.goto(site.href(path));
  await page.waitForLoadState('load');
  return page;
}

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: Math.round(r.height) };
    });

describe('the first screen at 360×800', () => {
  it('the header takes at most 120 px and holds the name, the search box and the menu button', async () => {
    const page = await phonePage('ita/2566/');
    expect((await box(page, '.site-header')).height).toBeLessThanOrEqual(120);
    for (const selector of ['.brand-name', '#header-search-q', '.header-search button', '.site-menu summary']) {
      const b = await box(page, selector);
      expect(b.bottom, selector).toBeLessThanOrEqual(120);
      expect(await page.locator(selector).isVisible(), selector).toBe(true);
    }
    // The navigation and the display settings wait inside the closed menu.
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.display-settings').isVisible()).toBe(false);
    expect((await box(page, 'h1')).top).toBeLessThan(200);
    await page.close();
  });

  it('the menu opens by keyboard over the page, showing the sections and the display settings', async () => {
    const page = await phonePage('ita/2566/');
    const before = (await box(page, '.site-header')).height;
    await page.focus('.site-menu summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('.site-header nav').isVisible()).toBe(true);
    expect(await page.locator('.display-settings').isVisible()).toBe(true);
    expect(await page.locator('.nav-list a').allInnerTexts()).toEqual([
      'หน้าแรก',
      'ผลการประเมิน ITA',
      'มาตรการ',
      'การเปิดเผยข้อมูล OIT',
      'จัดซื้อจัดจ้าง',
      'ข่าวประชาสัมพันธ์',
      'ข้อมูลเปิด',
    ]);
    // The panel lies over the page: the header keeps its height.
    expect((await box(page, '.site-header')).height).toBe(before);
    await page.close();
  });

  it('the home page shows the total, the level and the verdict within the first 800 px', async () => {
    const page = await phonePage('');
    const summary = page.locator('[data-testid=result-summary]');
    expect(await summary.locator('[data-total]').innerText()).toBe('74.58');
    expect(await summary.locator('[data-level]').innerText()).toBe('ต้องปรับปรุง');
    expect(await summary.locator('.status').innerText()).toContain('ไม่ผ่านเกณฑ์');
    for (const selector of ['[data-total]', '[data-level]', '.status']) {
      expect((await box(page, `[data-testid=result-summary] ${selector}`)).bottom, selector).toBeLessThanOrEqual(800);
    }
    await page.close();
  });

  it('the home page answers "what is it doing about it?" on the first screen too, and says newer results are not here', async () => {
    const page = await phonePage('');
    expect(await page.locator('[data-testid=home-measures] a').isVisible()).toBe(true);
    expect((await box(page, '[data-testid=home-measures] a')).bottom).toBeLessThanOrEqual(800);
    expect((await box(page, '[data-testid=results-not-on-site]')).bottom).toBeLessThanOrEqual(800);
    await page.close();
  });

  it('a wide screen still shows the menu without a button', async () => {
    const page = await phonePage('', { width: 1280, height: 800 });
    expect(await page.locator('.site-menu summary').isVisible()).toBe(false);
    expect(await page.locator('.site-header nav').isVisible()).toBe(true);
    expect(await page.locator('.display-settings').isVisible()).toBe(true);
    await page.close();
  });
});

describe('tables at 360 px', () => {
  it('a procurement row is a card: every column labelled, nothing cut off, the item first', async () => {
    const page = await phonePage('procurement/2568/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    const row = page.locator('table[data-procurement="2024-10"] tbody tr').first();
    const cells = await row.locator('th, td').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          label: getComputedStyle(e, '::before').content,
          top: r.top,
          inside: r.left >= 0 && r.right <= 360,
        };
      }),
    );
    expect(cells).toHaveLength(10);
    expect(cells.every((c) => c.inside)).toBe(true);
    expect(cells.map((c) => c.label)).toContain('"ราคาที่ตกลงซื้อหรือจ้าง (บาท)"');
    const item = cells.find((c) => c.label === '"งานที่จัดซื้อหรือจัดจ้าง"')!;
    expect(Math.min(...cells.map((c) => c.top))).toBe(item.top);
    // Still a real table for screen readers.
    expect(await page.locator('table[data-procurement="2024-10"] caption').innerText()).toBe(
      'สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2567 (2 รายการ)',
    );
    await page.close();
  });

  it('an OIT row shows its status first, on screen', async () => {
    const page = await phonePage('oit/');
    const row = page.locator('tr[data-item=structure]');
    const status = await box(page, 'tr[data-item=structure] td[data-label=สถานะ]');
    const code = await box(page, 'tr[data-item=structure] th');
    expect(status.top).toBeLessThan(code.top);
    expect(await row.locator('td[data-label=สถานะ] .status').isVisible()).toBe(true);
    await page.close();
  });

  it('a wide table scrolls in a region the keyboard reaches, with a shadow cue at its edge', async () => {
    const page = await phonePage('data/');
    const region = page.locator('.table-wrap').first();
    const state = await region.evaluate((e) => ({
      scrolls: e.scrollWidth > e.clientWidth,
      background: getComputedStyle(e).backgroundImage,
      role: e.getAttribute('role'),
    }));
    expect(state.role).toBe('region');
    expect(state.background).toContain('radial-gradient');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    if (state.scrolls) expect(await region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'คอลัมน์ของชุดข้อมูล “คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) รายปี”',
    );
    await page.close();
  });
});

describe('chart figures and the pass line', () => {
  const widths = [320, 360, 390, 414];
  const charts = [
    ['ita/2566/', '#indicators-chart', 10],
    ['ita/2566/corruption-problem-solving/', '#indicator-chart', 1],
  ] as const;

  it.each(widths.flatMap((w) => charts.map(([path, sel, n]) => [w, path, sel, n] as const)))(
    'at %i px on %s, no figure of %s touches the line',
    async (width, path, selector, count) => {
      const page = await phonePage(path, { width, height: 800 });
      await page.waitForSelector(`${selector}[data-value-labels]`);
      const { boxes, line, canvasWidth } = await page.locator(selector).evaluate((f) => ({
        boxes: JSON.parse((f as HTMLElement).dataset.valueLabels ?? '[]') as [number, number, number][],
        line: Number((f as HTMLElement).dataset.passLineX),
        canvasWidth: f.querySelector('canvas')!.getBoundingClientRect().width,
      }));
      expect(boxes).toHaveLength(count);
      for (const [left, right] of boxes) {
        expect(right <= line - 3 || left >= line + 3, `${left}–${right} vs ${line}`).toBe(true);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(canvasWidth);
      }
      await page.close();
    },
  );
});

describe('Thai words at 360 px', () => {
  // Headings, labels, menu entries and statuses of pages of every kind.
  const PAGES = [
    '',
    'ita/',
    'ita/2566/',
    'ita/2566/budget-use/',
    'oit/',
    'oit/items/procurement-monthly-summary/',
    'procurement/',
    'procurement/2568/',
    'measures/',
    'measures/2567/',
    'data/',
  ];
  const LABELS = 'h1, h2, h3, th, dt, caption, figcaption, label, summary, .status, .jump-list a, .breadcrumbs a';

  it.each(PAGES)('/%s breaks no line inside a word of a heading or label', async (path) => {
    const page = await phonePage(path);
    // Each visible element's text and the offsets where chromium started a new line.
    const laidOut = await page.locator(LABELS).evaluateAll((elements) =>
      elements
        .filter((e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden'))
        .map((e) => {
          const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
          let text = '';
          const breaks: number[] = [];
          const nodeStarts: number[] = [];
          let lastTop: number | null = null;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const data = node.textContent ?? '';
            nodeStarts.push(text.length);
            if (node.parentElement?.closest('.visually-hidden')) {
              text += data;
              continue;
            }
            const range = document.createRange();
            for (let i = 0; i < data.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (rect && rect.width > 0) {
                if (lastTop !== null && rect.top > lastTop + rect.height / 2) breaks.push(text.length + i);
                lastTop = rect.top;
              }
            }
            text += data;
          }
          return { text, breaks, nodeStarts };
        }),
    );
    // The words a reader sees: with the organization's own words the page carries (<html data-compounds>).
    const organizationWords = await page.evaluate(() => document.documentElement.dataset.compounds ?? '');
    const compounds = siteCompounds(organizationWords.split(/\s+/).filter(Boolean));
    await page.close();
    const thai = /[\u0E00-\u0E7F]/;
    const inside: string[] = [];
    for (const { text, breaks, nodeStarts } of laidOut) {
      const allowed = new Set(nodeStarts);
      let at = 0;
      for (const word of readerWords(text, compounds)) allowed.add((at += word.length));
      for (const b of breaks) {
        if (thai.test(text[b - 1] ?? '') && thai.test(text[b] ?? '') && !allowed.has(b))
          inside.push(`${text.slice(Math.max(0, b - 8), b)}|${text.slice(b, b + 8)}`);
      }
    }
    expect(inside).toEqual([]);
  });
});
