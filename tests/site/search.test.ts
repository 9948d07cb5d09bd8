// Search in the built site: the header form on every page, the /search/ page without JavaScript,
// the index Pagefind wrote, and the text of PDF documents reaching it.
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadPage, text } from '../helpers/site';
import { sitePaths } from '../helpers/pages';
import { DOCUMENTS, documentSite, fileHref, pageHref, type DocumentSite } from '../helpers/search-documents';
import {
  arabicFormsOfThaiNumbers,
  documentFile,
  documentLinks,
  hasText,
  pageUrl,
} from '../../scripts/search-index.mjs';

/** The part of pagefind-entry.json these tests read. */
interface PagefindEntry {
  languages: { th: { page_count: number } };
}

describe('the header search box', () => {
  it('is a plain GET form to /search/ with a labelled input on every page, and loads no script', () => {
    const paths = sitePaths(DIST);
    expect(paths).toContain('/search/');
    for (const path of paths) {
      const $ = loadPage(path);
      const form = $('header form[role=search]');
      expect(form.length, path).toBe(1);
      expect(form.attr('action'), path).toBe('/search/');
      expect(form.attr('method'), path).toBe('get');
      const input = form.find('input[name=q]');
      expect(input.attr('type'), path).toBe('search');
      expect(text(form.find(`label[for=${input.attr('id')}]`).text()), path).toBe('ค้นหาในเว็บไซต์');
      expect(text(form.find('button[type=submit]').text()), path).toBe('ค้นหา');
      expect(form.find('script').length, path).toBe(0);
    }
  });

  it('no page but /search/ refers to the Pagefind bundle', () => {
    for (const path of sitePaths(DIST)) {
      const page = readFileSync(join(DIST, path === '/404.html' ? '404.html' : join(path, 'index.html')), 'utf8');
      // Bundled scripts are files (never inlined, for the CSP): read the page's own scripts too.
      const scripts = [...page.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) =>
        readFileSync(join(DIST, m[1] ?? ''), 'utf8'),
      );
      const html = [page, ...scripts].join('\n');
      const refersToBundle = /pagefind-component-ui|pagefind\.js|pagefind-ui/.test(html);
      expect(refersToBundle, path).toBe(path === '/search/');
    }
  });
});

describe('/search/', () => {
  const $ = loadPage('/search/');

  it("fetches Pagefind's UI, the page's modules and the worker's first files early, and its fonts after them", () => {
    const head = $('head');
    expect(head.find('script[src$="pagefind-component-ui.js"]').attr('defer')).toBeDefined();
    expect($('pagefind-config').attr('preload')).toBeDefined();
    const fonts = head.find('link[rel=preload][as=font]').toArray();
    expect(fonts.map((l) => $(l).attr('fetchpriority'))).toEqual(['low', 'low', 'low', 'low']);
    // Every other page preloads the same four fonts at the browser's own priority.
    const home = loadPage('/')('head link[rel=preload][as=font]').toArray();
    expect(home.map((l) => [l.attribs['href'], l.attribs['fetchpriority']])).toEqual(
      fonts.map((l) => [l.attribs['href'], undefined]),
    );
    // The preloaded files and modules are files of the built site.
    const preloaded = head
      .find('link[data-search-preload]')
      .toArray()
      .map((l) => l.attribs['href'] ?? '');
    // The script and its two imports; the worker, the entry, the metadata, the WebAssembly and five filters.
    expect(preloaded).toHaveLength(12);
    for (const href of preloaded) expect(statSync(join(DIST, href.split('?')[0] ?? '')).isFile(), href).toBe(true);
  });

  it('says in Thai that searching needs JavaScript, and offers the browsable sections', () => {
    // Inside <noscript> the parser keeps markup as text: strip it as a browser without JavaScript would render it.
    const noscript = $('noscript')
      .text()
      .replace(/<[^>]+>/g, '');
    expect(text(noscript)).toBe(
      'การค้นหาต้องใช้ JavaScript ซึ่งปิดอยู่ในเบราว์เซอร์นี้ เลือกดูข้อมูลตามหมวดด้านล่างได้โดยไม่ต้องใช้ JavaScript',
    );
    const links = $('.search-browse a')
      .toArray()
      .map((a) => [text($(a).text()), $(a).attr('href')]);
    expect(links).toEqual([
      ['ผลการประเมิน ITA', '/ita/'],
      ['มาตรการ', '/measures/'],
      ['การเปิดเผยข้อมูล OIT', '/oit/'],
      ['จัดซื้อจัดจ้าง', '/procurement/'],
      ['ข่าวประชาสัมพันธ์', '/news/'],
      ['ข้อมูลเปิด', '/data/'],
    ]);
  });

  it('holds the Component UI hidden until its script runs, with Thai labels and sort choices', () => {
    expect($('[data-search-ui]').is('[hidden]')).toBe(true);
    expect($('pagefind-config').attr('lang')).toBe('th');
    expect($('pagefind-config').attr('bundle-path')).toBe('/pagefind/');
    expect($('pagefind-input').attr('placeholder')).toBe('พิมพ์คำที่ต้องการค้นหา เช่น งบประมาณ ร้องเรียน');
    expect(
      $('#search-sort option')
        .toArray()
        .map((o) => text($(o).text())),
    ).toEqual(['ตามความเกี่ยวข้อง', 'วันที่ล่าสุดก่อน (เฉพาะรายการที่มีวันที่)', 'วันที่เก่าสุดก่อน (เฉพาะรายการที่มีวันที่)']);
  });

  it('is not itself a search result', () => {
    expect($('main').attr('data-pagefind-body')).toBeUndefined();
  });
});

describe('the search index in dist/pagefind', () => {
  it('holds one Thai index of exactly the pages that mark their main content', () => {
    const indexed = sitePaths(DIST).filter((path) => loadPage(path)('main[data-pagefind-body]').length === 1);
    // 62: with 32 OIT item pages (the own page of every item of ITA 2566–2569; the 17 pages kept for
    // items merged into another show that item and are not indexed twice), the OIT indexes of four years, the /procurement/ index, the
    // page of fiscal 2569 (due, no month published yet),
    // and 6 pages written in MDX: 4 news items, the executives' message and the ITA 2566 report.
    expect(indexed.length).toBe(62);
    expect(indexed).toEqual(
      expect.arrayContaining([
        '/news/2567/no-gift-pledge/',
        '/news/2568/clean-canal-day/',
        '/news/2568/ita-2566-result/',
        '/news/2568/road-repair/',
        '/executives-message/',
        '/ita/2566/report/',
      ]),
    );
    // The lists of news are not indexed: each item is found once, by its own page.
    expect(indexed).not.toContain('/news/');
    expect(indexed).not.toContain('/search/');
    expect(indexed).not.toContain('/404.html');
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    expect(Object.keys(entry.languages)).toEqual(['th']);
    expect(entry.languages.th.page_count).toBe(indexed.length);
    expect(readdirSync(join(DIST, 'pagefind', 'fragment')).length).toBe(indexed.length);
  });

  it('marks filters and the content type on every indexed page', () => {
    const $ = loadPage('/ita/2566/use-of-public-assets/');
    expect(
      $('main [data-pagefind-filter]')
        .toArray()
        .map((el) => $(el).attr('data-pagefind-filter')),
    ).toEqual(['ประเภท:ตัวชี้วัด ITA', 'ปีงบประมาณ:2566']);
    expect($('main [data-pagefind-meta]').attr('data-pagefind-meta')).toBe('type:ตัวชี้วัด ITA');
    // Filters must not sit inside data-pagefind-ignore="all", which drops them from the index.
    expect($('[data-pagefind-ignore=all] [data-pagefind-filter]').length).toBe(0);
  });
});

describe('the indexer (scripts/search-index.mjs)', () => {
  it('finds document links whatever the attribute order, once each', () => {
    const html =
      '<a data-document-file href="/d/a.pdf">a</a> <a href=\'/d/b.pdf\' class="x" data-document-file>b</a>' +
      '<a href="/d/c.pdf">not a document link</a><a data-document-file href="/d/a.pdf">again</a>';
    expect(documentLinks(html)).toEqual(['/d/a.pdf', '/d/b.pdf']);
  });

  it('maps a document href to its file, base path removed, and leaves external links alone', () => {
    expect(documentFile('/site', '/prongsai/documents/x/a%20b.pdf', '/prongsai/')).toBe('/site/documents/x/a b.pdf');
    expect(documentFile('/site', '/documents/x/a.pdf')).toBe('/site/documents/x/a.pdf');
    expect(documentFile('/site', 'https://www.example.go.th/a.pdf')).toBeNull();
  });

  it('gives pages the URL Pagefind would', () => {
    expect(pageUrl('/site', '/site/index.html')).toBe('/');
    expect(pageUrl('/site', '/site/ita/2566/index.html')).toBe('/ita/2566/');
    expect(pageUrl('/site', '/site/404.html')).toBe('/404.html');
  });

  it('adds the Arabic form of numbers written in Thai digits', () => {
    expect(arabicFormsOfThaiNumbers('ปี ๒๕๖๖ งบ ๔๕๐,๐๐๐ บาท ปี ๒๕๖๖ และ 2567')).toEqual(['2566', '450,000']);
  });

  it('counts a PDF as text only when it has letters or digits', () => {
    expect(hasText('')).toBe(false);
    expect(hasText(' . . - ')).toBe(false);
    expect(hasText('แผนการจัดซื้อจัดจ้างประจำปี')).toBe(true);
  });
});

describe('PDF documents in the index', () => {
  let site: DocumentSite;
  beforeAll(async () => {
    site = await documentSite(DIST);
  });
  afterAll(() => site?.remove());

  it('extracts the text of a text PDF and reports the scanned one in the build output', () => {
    expect(site.errors).toEqual([]);
    expect(site.pages).toBe(64);
    const [textPdf, scannedPdf] = DOCUMENTS;
    assert.exists(textPdf);
    assert.exists(scannedPdf);
    expect(site.documents.map((d) => [d.page, d.href, d.status])).toEqual([
      [pageHref(scannedPdf), fileHref(scannedPdf), 'scanned'],
      [pageHref(textPdf), fileHref(textPdf), 'indexed'],
      // The example site's own document (content/documents/procurement-plan-2568.yaml) and its PDF.
      ['/documents/procurement-plan-2568/', '/documents/procurement-plan-2568.pdf', 'indexed'],
    ]);
    expect(site.documents[1]?.characters).toBe(
      'Annual procurement plan, fiscal year 2567. Item 1: renovation of the Ban Nong Waeng waterworks, budget 450,000 baht. Item 2: E-Service kiosk for the subdistrict office.'
        .length,
    );
    expect(site.log).toEqual([
      `คำเตือน: ไฟล์ PDF ไม่มีข้อความให้ค้นหา (น่าจะเป็นเอกสารสแกน) ${fileHref(scannedPdf)} (หน้า ${pageHref(scannedPdf)}) ค้นหาได้เฉพาะชื่อและรายละเอียดบนหน้าเอกสาร / ` +
        `warning: scanned PDF with no extractable text ${fileHref(scannedPdf)} (page ${pageHref(scannedPdf)}); only its page is searchable`,
    ]);
    const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    expect(entry.languages.th.page_count).toBe(64);
    expect(statSync(join(site.dir, 'pagefind', 'pagefind-component-ui.js')).size).toBeGreaterThan(0);
  });

  it('stops with a Thai and English message when a document page links to a missing file', async () => {
    const layout = readFileSync(join(DIST, 'ita', 'index.html'), 'utf8');
    const broken = layout.replace(
      /<main\b[\s\S]*<\/main>/,
      '<main data-pagefind-body><h1>x</h1><a data-document-file href="/documents/missing.pdf">x</a></main>',
    );
    const other = await documentSite(DIST, [], { 'documents/broken': broken });
    try {
      expect(other.errors).toEqual([
        'หน้า /documents/broken/ ลิงก์ไปยังไฟล์เอกสาร /documents/missing.pdf ที่ไม่มีอยู่ในเว็บไซต์ (ควรมีไฟล์ documents/missing.pdf) / ' +
          'page /documents/broken/ links to document file /documents/missing.pdf, which is not in the built site (expected documents/missing.pdf)',
      ]);
    } finally {
      other.remove();
    }
  });
});

describe('the search page as built (issue 23)', () => {
  it('ends with </html>: its script is inside <body>', () => {
    const html = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html.slice(html.indexOf('</body>'))).not.toContain('<script');
  });

  it('never files two items under one code and year in the OIT filter', () => {
    // "O9 Social Network (ITA 2566)" and "O9 คู่มือ…" are two items; two titles for one code of one year are a mix-up.
    const titles = new Map<string, Set<string>>();
    for (const path of sitePaths(DIST)) {
      loadPage(path)('[data-pagefind-filter^="รายการ OIT:"]').each((_, el) => {
        const label = (el.attribs['data-pagefind-filter'] ?? '').slice('รายการ OIT:'.length);
        const m = /^(\S+) (.*?)(?: \(ITA (\d{4})\))?$/.exec(label);
        assert(m, label);
        const key = `${m[1]} ${m[3] ?? 'newest'}`;
        titles.set(key, (titles.get(key) ?? new Set()).add(m[2] ?? ''));
      });
    }
    expect(titles.size).toBeGreaterThan(20);
    expect([...titles].filter(([, t]) => t.size > 1).map(([k, t]) => `${k}: ${[...t].join(' | ')}`)).toEqual([]);
    expect([...titles.keys()].some((k) => / \d{4}$/.test(k))).toBe(true);
  });
});
