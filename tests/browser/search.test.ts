// Search in Debian's chromium: Thai queries (words inside compounds, several words, Thai digits,
// English terms) return the page a person expects; the header box leads to results from any page;
// PDF text is found; filters and date sorting work; Pagefind loads only where someone searches.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations, describeViolations } from '../helpers/browser';
import { useBrowserSite } from '../helpers/harness';
import { sitePaths } from '../helpers/pages';
import { DIST } from '../helpers/site';
import { DOCUMENTS, PLAN, SCAN, documentSite, fileHref, pageHref, pageWithMain } from '../helpers/search-documents';

/** Queries a citizen types, and the page that must be among the first three results. Extend freely. */
const QUERIES: { query: string; expected: string; site?: 'documents'; why: string }[] = [
  { query: 'ทรัพย์สิน', expected: '/ita/2566/use-of-public-assets/', why: 'inside การใช้ทรัพย์สินของราชการ' },
  { query: 'ปฏิบัติหน้าที่', expected: '/ita/2566/duty-performance/', why: 'inside การปฏิบัติหน้าที่' },
  { query: 'ทุจริต', expected: '/oit/items/anti-corruption-plan/', why: 'inside แผนปฏิบัติการป้องกันการทุจริต' },
  { query: 'แก้ไขปัญหาการทุจริต', expected: '/ita/2566/corruption-problem-solving/', why: 'inside การแก้ไขปัญหาการทุจริต' },
  {
    query: 'งบประมาณ',
    expected: '/oit/items/annual-operating-plan/',
    why: 'inside แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี (2569 O6, whose own page is indexed; the old spending plan page points to it)',
  },
  { query: 'การใช้งบประมาณ', expected: '/ita/2566/budget-use/', why: 'an indicator name' },
  {
    query: 'จัดซื้อจัดจ้าง',
    expected: '/oit/items/procurement-monthly-summary/',
    why: 'inside สรุปผลการจัดซื้อจัดจ้าง… (2569 O11, whose own page is indexed; the old procurement plan page points to it)',
  },
  { query: 'จัดซื้อจัดจ้าง', expected: '/documents/procurement-plan-2568/', why: 'a document page' },
  { query: 'ร้องเรียน', expected: '/oit/items/complaint-channel/', why: 'inside ช่องทางแจ้งเรื่องร้องเรียน…' },
  { query: 'โครงสร้าง', expected: '/oit/items/structure/', why: 'an O-item title' },
  { query: 'มาตรการ', expected: '/measures/2567/', why: 'the measures plan' },
  { query: 'E-Service', expected: '/oit/items/e-service/', why: 'an English O-item title' },
  {
    query: 'water truck',
    expected: '/documents/procurement-plan-2568/',
    why: "words only in the example document's PDF",
  },
  { query: 'การสื่อสาร', expected: '/ita/2566/communication-efficiency/', why: 'inside ประสิทธิภาพการสื่อสาร' },
  { query: 'เปิดเผยข้อมูล', expected: '/ita/2566/information-disclosure/', why: 'inside การเปิดเผยข้อมูล' },
  { query: 'คุณภาพ', expected: '/ita/2566/service-quality/', why: 'inside คุณภาพการดำเนินงาน' },
  { query: 'ปรับปรุงการทำงาน', expected: '/ita/2566/work-improvement/', why: 'inside การปรับปรุงการทำงาน' },
  { query: 'อำนาจ', expected: '/ita/2566/use-of-authority/', why: 'inside การใช้อำนาจ' },
  { query: 'ป้องกัน ทุจริต', expected: '/oit/items/anti-corruption-plan/', why: 'two words' },
  { query: 'ผลการประเมิน ITA 2566', expected: '/ita/2566/', why: 'three words, Thai, English and a year' },
  { query: '๒๕๖๖', expected: '/ita/2566/', why: 'a year in Thai digits' },
  { query: 'ITA', expected: '/ita/', why: 'an English abbreviation' },
  { query: 'Use of public assets', expected: '/ita/2566/use-of-public-assets/', why: "an indicator's English name" },
  { query: 'waterworks', expected: pageHref(PLAN), site: 'documents', why: 'a word only inside a PDF' },
  { query: 'E-Service kiosk', expected: pageHref(PLAN), site: 'documents', why: 'English words inside a PDF' },
  {
    query: 'ประปา ๒๕๖๗',
    expected: pageHref(PLAN),
    site: 'documents',
    why: 'inside ปรับปรุงประปาหมู่บ้าน, with Thai digits',
  },
  { query: 'ประชุมสภา', expected: pageHref(SCAN), site: 'documents', why: 'a scanned PDF, found by its page' },
];

/** 45 news pages about funeral welfare aid: more results than the page shows at once (30). */
const NEWS = Object.fromEntries(
  Array.from({ length: 45 }, (_, i) => [
    `news/allowance-${i + 1}`,
    pageWithMain(
      DIST,
      `ข่าว ${i + 1}`,
      `<h1>เงินสงเคราะห์ฌาปนกิจ ครั้งที่ ${i + 1}</h1><p>จ่ายเงินสงเคราะห์ฌาปนกิจแก่สมาชิก ครั้งที่ ${i + 1}</p>`,
    ),
  ]),
);

const site = useBrowserSite();
/** A copy of the example site with the fixture documents and the news pages, indexed again. */
const docsSite = useBrowserSite({ make: () => documentSite(DIST, DOCUMENTS, NEWS) });

/** The result links once the first results have loaded: [path, title] (zero-width spaces removed). */
async function results(page: Page, first = 3): Promise<[string, string][]> {
  // Results load one by one: wait until the first three (or all, if fewer) are no longer placeholders.
  await page.waitForFunction((first) => {
    const items = [
      ...document.querySelectorAll('pagefind-results li.search-result, pagefind-results li[aria-hidden=true]'),
    ].slice(0, first);
    return items.length > 0 && items.every((li) => li.classList.contains('search-result'));
  }, first);
  return page.$$eval('pagefind-results .pf-result-link', (as) =>
    as.map(
      (a) =>
        [new URL((a as HTMLAnchorElement).href).pathname, (a.textContent ?? '').replace(/\u200b/g, '').trim()] as [
          string,
          string,
        ],
    ),
  );
}

describe('Thai queries find the page a person expects', () => {
  for (const { query, expected, site: on, why } of QUERIES) {
    it(`"${query}" (${why}) → ${expected} among the first three`, async () => {
      const page = await site.browser.newPage();
      const served = on === 'documents' ? docsSite : site;
      await page.goto(served.href(`search/?q=${encodeURIComponent(query)}`));
      const found = (await results(page)).slice(0, 3).map(([path]) => path);
      expect(found).toContain(expected);
      await page.close();
    });
  }

  // OIT items that share an indicator's words (แผนการใช้จ่ายงบประมาณ for การใช้งบประมาณ,
  // แผนปฏิบัติการป้องกันการทุจริต for การป้องกันการทุจริต) can rank above it in Pagefind's list, so a
  // name typed in full is answered first, above the list, with its own page (src/lib/search/names.ts).
  it("each indicator's full name is answered first with its own page, and is among the first five results", async () => {
    const framework = parse(readFileSync('nacc/ita/frameworks/2566.yaml', 'utf8')) as {
      indicators: { slug: string; name: string }[];
    };
    expect(framework.indicators.length).toBe(10);
    // Pagefind fills in results as they scroll into view: a tall window shows the first five.
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 1600 } });
    for (const { slug, name } of framework.indicators) {
      await page.goto(site.href(`search/?q=${encodeURIComponent(name)}`));
      expect((await results(page, 5)).slice(0, 5), name).toContainEqual([`/ita/2566/${slug}/`, name]);
      const best = page.locator('[data-search-best]');
      await best.waitFor({ state: 'visible' });
      expect(await best.innerText(), name).toBe(`ตรงกับชื่อ ${name} (ตัวชี้วัด ITA)`);
      expect(new URL((await best.locator('a').getAttribute('href'))!, site.url).pathname).toBe(`/ita/2566/${slug}/`);
      // It comes before the ranked results.
      expect(
        await page.evaluate(() => {
          const b = document.querySelector('[data-search-best]')!;
          const list = document.querySelector('pagefind-results')!;
          return Boolean(b.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
        }),
      ).toBe(true);
    }
    await page.close();
  });

  it('an OIT item title typed in full is answered with the item page; a word of it with every page it names', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.href(`search/?q=${encodeURIComponent('ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}`));
    await results(page);
    const best = page.locator('[data-search-best]');
    await best.waitFor({ state: 'visible' });
    expect(await best.locator('a').getAttribute('href')).toBe('/oit/items/complaint-channel/');
    await page.fill('pagefind-input input', 'ร้องเรียน');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'ร้องเรียน');
    await results(page);
    await page.waitForFunction(() => document.querySelector('[data-search-best]')?.textContent?.startsWith('หน้าที่'));
    expect(await best.locator('a').first().getAttribute('href')).toBe('/oit/items/complaint-channel/');
    await page.close();
  });

  it('highlights the query inside the excerpt, with the title and content type', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.href(`search/?q=${encodeURIComponent('ทรัพย์สิน')}`));
    const [first] = await results(page);
    expect(first).toEqual(['/ita/2566/use-of-public-assets/', 'การใช้ทรัพย์สินของราชการ']);
    const result = page.locator('pagefind-results li.search-result').first();
    expect((await result.locator('mark').first().innerText()).replace(/\u200b/g, '').trim()).toBe('ทรัพย์สิน');
    expect(await result.locator('.search-result-type').innerText()).toBe('ตัวชี้วัด ITA');
    expect(await page.locator('pagefind-input input').inputValue()).toBe('ทรัพย์สิน');
    await page.close();
  });
});

describe('the header search box', () => {
  it('on a page of every kind, typing a query and pressing Enter lands on its results', async () => {
    const page = await site.browser.newPage();
    // The home page, 404, and the first page of every section and depth (/ita/, /ita/2566/, /ita/2566/x/, /oit/items/x/…).
    const kinds = new Map<string, string>();
    for (const path of sitePaths(site.dist)) {
      const key = path.split('/').slice(0, 2).join('/') + '#' + path.split('/').length;
      if (!kinds.has(key)) kinds.set(key, path);
    }
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    for (const path of kinds.values()) {
      await page.goto(site.href(path));
      await page.getByLabel('ค้นหาในเว็บไซต์').fill('ร้องเรียน');
      await page.getByLabel('ค้นหาในเว็บไซต์').press('Enter');
      await page.waitForURL((url) => url.pathname === '/search/');
      expect(new URL(page.url()).searchParams.get('q'), path).toBe('ร้องเรียน');
      expect((await results(page)).at(0)?.[0], path).toBe('/oit/items/complaint-channel/');
      // The reader sees what they typed, not the word-split form (ร้อง เรียน) given to Pagefind.
      expect(await page.locator('pagefind-input input').inputValue(), path).toBe('ร้องเรียน');
    }
    await page.close();
  });

  it('loads no Pagefind file on a page until the search is submitted', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(site.href('ita/2566/'));
    await page.waitForLoadState('networkidle');
    await page.getByLabel('ค้นหาในเว็บไซต์').fill('ทุจริต');
    expect(requested.filter((p) => p.includes('pagefind'))).toEqual([]);
    await page.getByLabel('ค้นหาในเว็บไซต์').press('Enter');
    await results(page);
    expect(requested).toContain('/pagefind/pagefind-component-ui.js');
    expect(requested).toContain('/pagefind/pagefind.js');
    await page.close();
  });

  it('works without JavaScript: the form still leads to /search/, which says why and offers the sections', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.href('ita/'));
    await page.getByLabel('ค้นหาในเว็บไซต์').fill('ร้องเรียน');
    await page.getByLabel('ค้นหาในเว็บไซต์').press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ร้องเรียน');
    expect(await page.locator('main .note').innerText()).toBe(
      'การค้นหาต้องใช้ JavaScript ซึ่งปิดอยู่ในเบราว์เซอร์นี้ เลือกดูข้อมูลตามหมวดด้านล่างได้โดยไม่ต้องใช้ JavaScript',
    );
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'ผลการประเมิน ITA' }).last().getAttribute('href')).toBe('/ita/');
    await context.close();
  });
});

describe('many results', () => {
  it('shows 30 at a time with the total, and the button shows the next 30', async () => {
    const page = await site.browser.newPage();
    await page.goto(docsSite.href(`search/?q=${encodeURIComponent('ฌาปนกิจ')}`));
    await results(page);
    // Results beyond the screen are placeholders until scrolled into view: count both.
    const items = page.locator('pagefind-results li.search-result, pagefind-results li[aria-hidden=true]');
    const more = page.getByRole('button', { name: 'แสดงผลการค้นหาเพิ่ม' });
    expect(await items.count()).toBe(30);
    expect(await page.locator('[data-search-summary]').innerText()).toBe('พบ 45 รายการสำหรับ “ฌาปนกิจ”');
    await more.click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('pagefind-results li.search-result, pagefind-results li[aria-hidden=true]').length ===
        45,
    );
    expect(await more.isVisible()).toBe(false);
    // A new query starts again from the first page.
    await page.locator('pagefind-input input').fill('สงเคราะห์');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'สงเคราะห์');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('pagefind-results li.search-result, pagefind-results li[aria-hidden=true]').length ===
        30,
    );
    expect(await more.isVisible()).toBe(true);
    await page.close();
  });
});

describe('documents in the results', () => {
  it('a word inside a PDF finds the document page, and the result links to the file', async () => {
    const page = await site.browser.newPage();
    await page.goto(docsSite.href('search/?q=waterworks'));
    const [first] = await results(page);
    expect(first).toEqual([pageHref(PLAN), PLAN.title]);
    const result = page.locator('pagefind-results li.search-result').first();
    expect(await result.getByRole('link', { name: 'เปิดไฟล์เอกสาร' }).getAttribute('href')).toBe(fileHref(PLAN));
    expect(await result.locator('.search-result-type').innerText()).toBe('เอกสาร');
    expect((await result.locator('mark').first().innerText()).trim()).toBe('waterworks');
    await page.close();
  });

  it('sorts by date, newest or oldest first, keeping only dated results', async () => {
    const page = await site.browser.newPage();
    await page.goto(docsSite.href(`search/?q=${encodeURIComponent('ดาวน์โหลด')}`));
    await results(page);
    await page.getByLabel('เรียงผลการค้นหา').selectOption('date:desc');
    // The example document (15 Oct 2024), then the fixtures (14 Feb 2024, 20 Oct 2023); undated pages drop out.
    const newestFirst = ['/documents/procurement-plan-2568/', pageHref(SCAN), pageHref(PLAN)];
    await page.waitForFunction(
      (first) => document.querySelector('pagefind-results .pf-result-link')?.getAttribute('href') === first,
      newestFirst[0],
    );
    expect((await results(page)).map(([p]) => p)).toEqual(newestFirst);
    await page.getByLabel('เรียงผลการค้นหา').selectOption('date:asc');
    await page.waitForFunction(
      (first) => document.querySelector('pagefind-results .pf-result-link')?.getAttribute('href') === first,
      newestFirst[2],
    );
    expect((await results(page)).map(([p]) => p)).toEqual([...newestFirst].reverse());
    await page.close();
  });

  it('filters by content type, and the page with results and filters has no axe-core violations', async () => {
    const page = await site.browser.newPage();
    await page.goto(docsSite.href(`search/?q=${encodeURIComponent('2567')}`));
    await results(page);
    await page.locator('.pf-filter-group[data-filter-name="ประเภท"] summary').click();
    expect(
      await page
        .locator('.pf-filter-group[data-filter-name="ประเภท"] input')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toContain('เอกสาร');
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
    await page.locator('.pf-filter-group[data-filter-name="ประเภท"] input[value="เอกสาร"]').check();
    await page.waitForFunction(() => document.querySelectorAll('pagefind-results .pf-result-link').length === 2);
    // Documents mentioning 2567: the fixture plan (its text) and the example document (dated ต.ค. 2567).
    expect((await results(page)).map(([p]) => p).sort()).toEqual([pageHref(PLAN), '/documents/procurement-plan-2568/']);
    await page.close();
  });
});

describe('on a first visit to /search/', () => {
  // The deploy recipes let /pagefind/ be cached for ten minutes (public/_headers): served here the same way.
  const cached = useBrowserSite({ headers: { 'cache-control': 'public, max-age=600' } });

  it("downloads each file Pagefind's worker needs once: the worker takes what the page preloaded", async () => {
    const context = await cached.browser.newContext();
    const page = await context.newPage();
    await page.goto(cached.href(`search/?q=${encodeURIComponent('ร้องเรียน')}`));
    expect((await results(page)).at(0)?.[0]).toBe('/oit/items/complaint-channel/');
    const preloaded = await page.$$eval('link[rel=prefetch][data-search-preload]', (links) =>
      links.map((l) => new URL((l as HTMLLinkElement).href).pathname),
    );
    // The page's own script and the modules it imports download first, once each.
    const modules = await page.$$eval('link[rel=modulepreload][data-search-preload]', (links) =>
      links.map((l) => new URL((l as HTMLLinkElement).href).pathname),
    );
    const script = await page.$eval('script[type=module][src]', (s) => new URL((s as HTMLScriptElement).src).pathname);
    expect(modules[0]).toBe(script);
    expect(modules.slice(1).map((m) => m.replace(/\.[\w-]+\.js$/, '.js'))).toEqual([
      '/_astro/format.js',
      // The page's compound words (src/client/page-compounds.ts) with the word helpers Vite puts beside them.
      '/_astro/page-compounds.js',
    ]);
    for (const path of modules)
      expect(
        cached.served.filter((p) => p === path),
        path,
      ).toHaveLength(1);
    const entry = JSON.parse(readFileSync(`${cached.dist}/pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: { th: { hash: string } };
    };
    const { hash } = entry.languages.th;
    expect(preloaded.slice(0, 4)).toEqual([
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      `/pagefind/pagefind.${hash}.pf_meta`,
      '/pagefind/wasm.unknown.pagefind',
    ]);
    expect(preloaded.slice(4).every((p) => /^\/pagefind\/filter\/th_\w+\.pf_filter$/.test(p))).toBe(true);
    expect(await page.locator('pagefind-config').getAttribute('meta-cache-tag')).toBe(hash);
    const served = cached.served.filter((p) => p.startsWith('/pagefind/'));
    for (const path of preloaded)
      expect(
        served.filter((p) => p === path),
        path,
      ).toHaveLength(1);
    // What only the query decides came after: a piece of the word index and the results' fragments.
    expect(served.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
    expect(served.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
    await context.close();
  });

  it('on a slow connection nothing seen moves while results arrive; it says it is searching meanwhile', async () => {
    const context = await cached.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Slow 4G, as bench/phone.mjs: the results' texts arrive one by one, in no fixed order.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 93_750,
    });
    await page.addInitScript(() => {
      const seen: { shift: number; moved: string[]; summaries: string[] } = { shift: 0, moved: [], summaries: [] };
      (window as unknown as { seen: typeof seen }).seen = seen;
      type Shift = { value: number; sources: { node: Node | null }[] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Shift[]) {
          seen.shift += e.value;
          for (const { node } of e.sources)
            if (node instanceof Element && node.closest('pagefind-results'))
              seen.moved.push(node.outerHTML.slice(0, 80));
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver(() => {
        const text = document.querySelector('[data-search-summary]')?.textContent ?? '';
        if (text && seen.summaries.at(-1) !== text) seen.summaries.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(cached.href(`search/?q=${encodeURIComponent('จัดซื้อจัดจ้าง')}`));
    await results(page, 4);
    await page.waitForTimeout(500);
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { shift: number; moved: string[]; summaries: string[] } }).seen,
    );
    expect(seen.summaries).toEqual(['กำลังค้นหา “จัดซื้อจัดจ้าง”…', 'พบ 21 รายการสำหรับ “จัดซื้อจัดจ้าง”']);
    // No result card moved (before, the cards below jumped as each result arrived: a shift of 0.08–0.1).
    // The web fonts, fetched after Pagefind's files here, may nudge a line of the header by a few pixels.
    expect(seen.moved).toEqual([]);
    expect(seen.shift).toBeLessThan(0.005);
    await context.close();
  });
});
