// Relevance on a phone: real queries a citizen types and the page that must come FIRST — the best
// answer above the list (a name, an OIT code, a section) or else the first ranked result — with the
// first answer on the first screen (360×800), a summary that repeats the query as typed, and
// highlights on whole words.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../helpers/harness';

const site = useBrowserSite();

/** Query → the page that must be the first answer. Extend with every query a citizen reports. */
const FIRST_HIT: { query: string; expected: string; why: string }[] = [
  { query: 'O21', expected: '/oit/items/corruption-risk-assessment/', why: 'an OIT code, as ITA 2569 numbers it' },
  { query: 'o22', expected: '/oit/items/corruption-risk-measures/', why: 'an OIT code in lower case' },
  { query: 'จัดซื้อ', expected: '/procurement/', why: 'another name of a section' },
  { query: 'จัดซื้อจัดจ้าง', expected: '/procurement/', why: 'a section name' },
  { query: 'ร้องเรียน', expected: '/oit/items/complaint-channel/', why: 'a word of three OIT item names' },
  { query: 'มาตรการ', expected: '/measures/', why: 'a section name' },
  { query: 'ข้อมูลเปิด', expected: '/data/', why: 'a section name' },
  { query: 'การใช้งบประมาณ', expected: '/ita/2566/budget-use/', why: 'an indicator name' },
  { query: 'โครงสร้าง', expected: '/oit/items/structure/', why: 'a word of an OIT item name' },
  { query: 'E-Service', expected: '/oit/items/e-service/', why: 'an English OIT item name' },
  { query: 'ทรัพย์สิน', expected: '/ita/2566/use-of-public-assets/', why: 'inside an indicator name' },
];

async function firstAnswer(page: Page): Promise<string> {
  await page.waitForSelector('pagefind-results li.search-result .pf-result-link');
  await page.waitForFunction(() => document.querySelector('[data-search-summary]')?.textContent !== '');
  // The best answer is decided once the names file has loaded: give it the time a click takes.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const best = document.querySelector<HTMLElement>('[data-search-best]');
    const link =
      best && !best.hidden
        ? best.querySelector<HTMLAnchorElement>('a')
        : document.querySelector<HTMLAnchorElement>('pagefind-results .pf-result-link');
    return link ? new URL(link.href).pathname : '';
  });
}

describe('the first answer to real queries', () => {
  it.each(FIRST_HIT)('"$query" ($why) → $expected first', async ({ query, expected }) => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(site.href(`search/?q=${encodeURIComponent(query)}`));
    expect(await firstAnswer(page)).toBe(expected);
    await page.close();
  });
});

describe('the search page on a phone', () => {
  it('shows the first answer on the first screen, a summary in the words typed, and whole-word highlights', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(site.href(`search/?q=${encodeURIComponent('ผลการประเมิน')}`));
    await firstAnswer(page);
    const summary = page.locator('[data-search-summary]');
    expect(await summary.innerText()).toMatch(/^พบ \d+ รายการสำหรับ “ผลการประเมิน”$/);
    const first = page.locator('pagefind-results li.search-result').first();
    const top = await first.evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeLessThan(800);
    // The filters wait, closed, above the results.
    expect(await page.locator('[data-search-filters]').getAttribute('open')).toBeNull();
    // A highlight holds the whole phrase, never a piece of a word.
    const marks = await page.locator('pagefind-results mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks).toContain('ผลการประเมิน');
    expect(marks.filter((m) => ['ผล', 'การ', 'ประเมิน'].includes(m))).toEqual([]);
    // Result titles look like links.
    expect(await first.locator('.pf-result-link').evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe(
      'underline',
    );
    // Filter labels at reading size once opened.
    await page.locator('[data-search-filters] > summary').click();
    await page.locator('.pf-filter-group-title').first().waitFor();
    expect(
      await page
        .locator('.pf-filter-group-title')
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
    ).toBeGreaterThanOrEqual(16);
    await page.close();
  });
});
