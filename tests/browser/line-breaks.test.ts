// The line-break scan (issue 23): on every built page, and in the first 30 results of ten common
// queries on /search/, at 360 and 1280 px, chromium never breaks a line inside a Thai word: neither
// inside one of ICU's words (Intl.Segmenter, the dictionary browsers break Thai with) nor inside a
// phrase of src/lib/thai/phrases.ts, which keeps whole the compounds ICU splits ("ผู้มีส่วนได้ส่วน/เสีย").
// `PRONGSAI_DIST=<another build> vitest run tests/browser/line-breaks.test.ts` scans any build (a
// build from before the phrases, to compare); LINE_BREAK_REPORT=1 prints the counts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../helpers/harness';
import { sitePaths } from '../helpers/pages';
import { DIST } from '../helpers/site';
import { icuWords, thaiPhrases } from '../../src/lib/thai/phrases';
import { COMMON_QUERIES } from '../helpers/search-queries';

const site = useBrowserSite();
const WIDTHS = [360, 1280];

/** Each text node of the page that runs over more than one line, with where its later lines start. */
async function lineStarts(page: Page, selector: string): Promise<{ text: string; starts: number[] }[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((selector) => {
    const out: { text: string; starts: number[] }[] = [];
    const range = document.createRange();
    // Vowel and tone marks sit above or below their consonant: only base letters say where a line starts.
    const mark = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\s\u200b]/;
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const text = node.data;
        // Code (file paths, commands) breaks anywhere by design: it is not prose.
        if (!/[\u0E00-\u0E7F]/.test(text) || !node.parentElement?.getClientRects().length) continue;
        if (node.parentElement.closest('code, pre, kbd, samp')) continue;
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (new Set(rects.map((r) => Math.round(r.bottom))).size < 2) continue;
        const starts: number[] = [];
        let previous: DOMRect | undefined;
        for (let i = 0; i < text.length; i++) {
          if (mark.test(text[i]!)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getClientRects()[0];
          if (!r) continue;
          if (previous && r.top > previous.top + previous.height / 2) starts.push(i);
          previous = r;
        }
        if (starts.length) out.push({ text, starts });
      }
    }
    return out;
  }, selector);
}

/** Where a line starts inside a Thai word of ICU's or a phrase (at least two Thai letters each side of it). */
function breaksInsideWords(nodes: { text: string; starts: number[] }[]): string[] {
  const found: string[] = [];
  for (const { text, starts } of nodes) {
    const inside = (pieces: string[], kind: string) => {
      let at = 0;
      for (const piece of pieces) {
        const end = at + piece.length;
        if (/[\u0E00-\u0E7F]/.test(piece))
          for (const s of starts)
            if (s > at && s < end) found.push(`${kind} ${piece.slice(0, s - at)}/${piece.slice(s - at)}`);
        at = end;
      }
    };
    inside(icuWords(text), 'word');
    inside(
      thaiPhrases(text).map((p) => p.text),
      'phrase',
    );
  }
  // A break inside an ICU word is inside its phrase too: count it once.
  return [...new Set(found.map((f) => f.replace(/^\w+ /, '')))];
}

const report = (label: string, breaks: string[]) => {
  if (process.env['LINE_BREAK_REPORT']) console.log(`${label}: ${breaks.length} ${breaks.slice(0, 8).join(' · ')}`);
};

/** Every page at two widths takes minutes on a shared machine. */
const SCAN_TIMEOUT = 900_000;

describe('the line-break scan', { timeout: SCAN_TIMEOUT }, () => {
  it.each(WIDTHS)('finds no break inside a Thai word on any page at %i px', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    const all: string[] = [];
    for (const path of sitePaths(DIST)) {
      await page.goto(site.href(path));
      const breaks = breaksInsideWords(await lineStarts(page, 'body'));
      all.push(...breaks.map((b) => `${path} ${b}`));
    }
    report(`pages at ${width} px`, all);
    expect(all).toEqual([]);
    await page.close();
  });

  it.each(WIDTHS)('finds none in the first 30 results of ten common queries at %i px', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 30000 } });
    const all: string[] = [];
    for (const query of COMMON_QUERIES) {
      await page.goto(site.href(`search/?q=${encodeURIComponent(query)}`));
      await page.waitForSelector('pagefind-results li.search-result');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('pagefind-results li[aria-hidden=true]').length === 0 &&
          document.querySelectorAll('pagefind-results .search-result-excerpt:not([data-words])').length === 0,
      );
      const breaks = breaksInsideWords(await lineStarts(page, 'pagefind-results li.search-result'));
      all.push(...breaks.map((b) => `${query}: ${b}`));
    }
    report(`search results at ${width} px`, all);
    expect(all).toEqual([]);
    await page.close();
  });
});
