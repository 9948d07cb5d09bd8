// The built example site's open data, feeds for machines, display settings and deployment files.
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST, loadPage, text } from '../helpers/site';
import { sitePaths } from '../helpers/pages';
import { buildFixture, type BuildOutcome } from '../helpers/fixtures';
import { parseCsv } from '../../src/lib/open-data/csv';
import type { CatalogEntry } from '../../src/lib/open-data/datasets';
import { DISPLAY_SETTINGS_SCRIPT } from '../../src/lib/site/display-settings';
import { contentSecurityPolicy } from '../../src/lib/site/csp';
import { formatThaiDate } from '../../src/lib/thai/format';

const SITE = 'http://localhost:4321';

/** The parts of the built JSON files these tests read. */
interface Catalog {
  datasets: (CatalogEntry & { resources: { format: string; url: string }[] })[];
}
interface JsonLd {
  telephone?: string;
  distribution: { contentUrl: string }[];
}

describe('/data/ — the open data page', () => {
  const $ = loadPage('/data/');
  const catalog = JSON.parse(readFileSync(join(DIST, 'data/catalog.json'), 'utf8')) as Catalog;

  it('lists every dataset with both downloads', () => {
    expect(text($('h1').text())).toBe('ข้อมูลเปิด');
    expect(
      $('[data-dataset]')
        .toArray()
        .map((s) => $(s).attr('data-dataset')),
    ).toEqual(['ita-scores', 'measures', 'oit-coverage', 'documents', 'procurement']);
    const links = $('[data-dataset=ita-scores] .downloads a')
      .toArray()
      .map((a) => [text($(a).text()), $(a).attr('href')]);
    expect(links).toEqual([
      ['ดาวน์โหลด CSV', '/data/ita-scores.csv'],
      ['ดาวน์โหลด JSON', '/data/ita-scores.json'],
    ]);
  });

  it('shows the catalog metadata in the government data catalog vocabulary', () => {
    const field = (key: string) => text($(`[data-dataset=ita-scores] [data-field=${key}] dd`).text());
    const label = (key: string) => text($(`[data-dataset=ita-scores] [data-field=${key}] dt`).text());
    expect([label('first_year_of_data'), field('first_year_of_data')]).toEqual(['ปีข้อมูลที่เริ่มต้นจัดทำ (พ.ศ.)', '2566']);
    expect([label('last_year_of_data'), field('last_year_of_data')]).toEqual(['ปีข้อมูลล่าสุดที่เผยแพร่ (พ.ศ.)', '2566']);
    expect([label('update_frequency_unit'), field('update_frequency_unit')]).toEqual([
      'หน่วยความถี่ของการปรับปรุงข้อมูล',
      'ปี',
    ]);
    expect([label('data_language'), field('data_language')]).toEqual(['ภาษาที่ใช้', 'ไทย']);
    expect([label('data_format'), field('data_format')]).toEqual(['รูปแบบการเก็บข้อมูล', 'CSV, JSON']);
    expect([label('license_id'), field('license_id')]).toEqual(['สัญญาอนุญาต', 'Open Data Common']);
    expect(field('num_rows')).toBe('14');
    const updated = catalog.datasets[0]?.last_updated_date;
    expect(field('last_updated_date')).toBe(formatThaiDate(new Date(`${updated}T00:00:00Z`)));
    expect($('[data-dataset=ita-scores] table tbody tr').length).toBe(11);
  });

  it('publishes a machine-readable catalog with absolute file URLs', () => {
    expect(catalog.datasets[0]).toMatchObject({
      name: 'ita-scores',
      title: 'คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) รายปี',
      first_year_of_data: 2566,
      resources: [
        { format: 'CSV', url: `${SITE}/data/ita-scores.csv` },
        { format: 'JSON', url: `${SITE}/data/ita-scores.json` },
      ],
    });
  });

  it('describes each dataset as schema.org JSON-LD', () => {
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as JsonLd[];
    expect(ld).toHaveLength(5);
    expect(ld[0]).toMatchObject({
      '@type': 'Dataset',
      name: 'คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) รายปี',
      inLanguage: 'th',
    });
    expect(ld[0]?.distribution[0]?.contentUrl).toBe(`${SITE}/data/ita-scores.csv`);
  });
});

describe('the dataset files', () => {
  it('the CSV is UTF-8 with a byte-order mark, one row per indicator, tool and total', () => {
    const bytes = readFileSync(join(DIST, 'data/ita-scores.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows).toHaveLength(15);
    expect(rows[5]).toEqual([
      '2566',
      'indicator',
      'IIT',
      '5',
      'corruption-problem-solving',
      'การแก้ไขปัญหาการทุจริต',
      '59.01',
      '',
      '85',
      'false',
      '',
    ]);
    expect(rows[14]).toEqual(['2566', 'total', '', '', '', 'คะแนนรวม', '74.58', '100', '85', 'false', 'ต้องปรับปรุง']);
  });

  it('the JSON holds the same figures', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data/ita-scores.json'), 'utf8')) as {
      rows: { level: string; score: number }[];
    };
    expect(json.rows.filter((r) => r.level === 'indicator').map((r) => r.score)).toEqual([
      78.31, 67.28, 71.44, 66.2, 59.01, 72.37, 76.67, 72.89, 85.5, 73.75,
    ]);
  });
});

describe('the measures dataset', () => {
  const rows = parseCsv(readFileSync(join(DIST, 'data/measures.csv'), 'utf8'));

  it('has one row per measure of the 2567 plan, with its topic, indicators, units and timeframe', () => {
    expect(rows[0]).toEqual([
      'fiscal_year',
      'assessment_year',
      'topic_number',
      'topic_slug',
      'topic',
      'measure_id',
      'measure',
      'indicators',
      'responsible',
      'related',
      'start',
      'end',
      'status',
      'status_th',
      'progress_count',
      'last_progress_date',
      'last_progress',
      'example',
    ]);
    expect(rows).toHaveLength(1 + 13);
    const first = rows[1] ?? [];
    expect([
      first[0],
      first[1],
      first[2],
      first[3],
      first[5],
      first[7],
      first[8],
      first[10],
      first[11],
      first[12],
      first[13],
    ]).toEqual([
      '2567',
      '2566',
      '1',
      'transparent-efficient-service',
      'service-manual',
      '1;6;8',
      'สำนักปลัด',
      '2023-10-01',
      '2024-09-30',
      'planned',
      'วางแผนไว้',
    ]);
    expect(new Set(rows.slice(1).map((r) => r[5])).size).toBe(13);
  });

  it('is described on /data/ with its years', () => {
    const $ = loadPage('/data/');
    const field = (key: string) => text($(`[data-dataset=measures] [data-field=${key}] dd`).text());
    expect([field('first_year_of_data'), field('last_year_of_data'), field('data_type'), field('num_rows')]).toEqual([
      '2567',
      '2567',
      'ข้อมูลระเบียน',
      '13',
    ]);
  });

  it('is linked under the plan timeline', () => {
    const $ = loadPage('/measures/2567/');
    expect($('#timeline [data-chart-data] a').first().attr('href')).toBe('/data/measures.csv');
  });
});

describe('the OIT datasets', () => {
  const csv = (id: string) => parseCsv(readFileSync(join(DIST, `data/${id}.csv`), 'utf8'));

  it('procurement: one row per contract of every published month, amounts with two decimals', () => {
    const rows = csv('procurement');
    expect(rows[0]).toEqual([
      'fiscal_year',
      'month',
      'order',
      'item',
      'budget',
      'method',
      'bids',
      'winner',
      'price',
      'reason',
      'contract_number',
      'contract_date',
      'example',
    ]);
    const months = readdirSync('examples/khok-ko/content/procurement/2568').map(
      (f) =>
        parseYaml(readFileSync(`examples/khok-ko/content/procurement/2568/${f}`, 'utf8')) as {
          rows?: { item: string; budget: number }[];
        },
    );
    const expected = months.flatMap((m) => m.rows ?? []);
    expect(rows).toHaveLength(1 + expected.length);
    expect(rows.slice(1).map((r) => [r[3], r[4]])).toEqual(expected.map((r) => [r.item, r.budget.toFixed(2)]));
  });

  it('the document register and OIT coverage list every piece of evidence and every checklist item', () => {
    const frameworks = readdirSync('nacc/oit/frameworks').map(
      (f) => parseYaml(readFileSync(`nacc/oit/frameworks/${f}`, 'utf8')) as { items: unknown[] },
    );
    expect(csv('oit-coverage')).toHaveLength(1 + frameworks.reduce((n, fw) => n + fw.items.length, 0));
    const register = csv('documents');
    const kinds = new Set(register.slice(1).map((r) => r[0]));
    expect([...kinds].sort()).toEqual(['disclosure', 'document', 'measures-plan', 'news', 'procurement-month']);
    expect(register.slice(1).filter((r) => r[0] === 'procurement-month')).toHaveLength(
      readdirSync('examples/khok-ko/content/procurement/2568').length,
    );
  });

  it('OIT coverage: 43, 43, 26 and 26 items for ITA 2566–2569, on sub-indicators 9.1–9.5 and 10.1–10.2 only', () => {
    const rows = csv('oit-coverage').slice(1);
    const count = (pick: (r: string[]) => string) =>
      Object.fromEntries([...Map.groupBy(rows, pick)].map(([k, v]) => [k, v.length]));
    expect(count((r) => r[0]!)).toEqual({ '2566': 43, '2567': 43, '2568': 26, '2569': 26 });
    // Every item is evidenced by examples only (missing); the real measures plan of FY 2567 is ok for
    // ITA 2567 and stale for 2566 and 2569 (no 2568 item takes it).
    expect(count((r) => `${r[0]} ${r[6]}`)).toEqual({
      '2566 missing': 42,
      '2566 stale': 1,
      '2567 missing': 42,
      '2567 ok': 1,
      '2568 missing': 26,
      '2569 missing': 25,
      '2569 stale': 1,
    });
    expect([...new Set(rows.map((r) => r[4]))].sort()).toEqual(['10.1', '10.2', '9.1', '9.2', '9.3', '9.4', '9.5']);
  });

  it('datasets holding example rows carry the example badge and say how many', () => {
    const $ = loadPage('/data/');
    const procurementRows = csv('procurement').slice(1);
    const examples = procurementRows.filter((r) => r[12] === 'true').length;
    // All 14 rows of the example's procurement summaries are examples.
    expect([procurementRows.length, examples]).toEqual([14, 14]);
    expect(text($('[data-dataset=procurement] h2 .example-badge').text())).toBe('ข้อมูลตัวอย่าง');
    expect($('[data-dataset=procurement] [data-example-rows]').attr('data-example-rows')).toBe(String(examples));
    expect($('[data-dataset=ita-scores] .example-badge').length).toBe(0);
  });
});

describe('every chart links to the CSV of its data', () => {
  const pages = sitePaths(DIST);

  it('on every page, each chart figure has a CSV link to a file that exists', () => {
    let charts = 0;
    for (const path of pages) {
      const $ = loadPage(path);
      // A news item's photo (figure.cover) and a picture in its text (<Figure>) are not charts.
      $('main figure:not(.cover):not(.mdx-figure)').each((_, figure) => {
        charts++;
        const link = $(figure).find('[data-chart-data] a').first();
        expect(text(link.text()), path).toBe('ดาวน์โหลดข้อมูล CSV');
        const href = link.attr('href')!;
        expect(href, path).toMatch(/^\/data\/[a-z0-9-]+\.csv$/);
        expect(existsSync(join(DIST, href)), `${path} → ${href}`).toBe(true);
      });
    }
    // The 2566 overview and its ten indicator pages (the trend chart needs two years), the
    // timeline of the 2567 measures plan, and the table of 2566 in the example announcement (<ScoreTable>).
    expect(charts).toBe(13);
  });
});

describe('sitemap, robots.txt and the organization', () => {
  it('the sitemap lists every page but the 404 page', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
    const $ = cheerio.load(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'), { xml: true });
    const locs = $('loc')
      .toArray()
      .map((l) => $(l).text())
      .sort();
    expect(locs).toEqual(
      sitePaths(DIST)
        .filter((p) => p !== '/404.html')
        .map((p) => `${SITE}${p}`)
        .sort(),
    );
  });

  it('robots.txt allows everything and names the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`,
    );
  });

  it('the home page describes the organization as a GovernmentOrganization', () => {
    const ld = JSON.parse(loadPage('/')('script[type="application/ld+json"]').text()) as JsonLd;
    expect(ld).toMatchObject({ '@type': 'GovernmentOrganization', name: 'องค์การบริหารส่วนตำบลโคกก่อ', url: `${SITE}/` });
    // Example contact details are not published as facts.
    expect(ld.telephone).toBeUndefined();
  });
});

describe('the RSS feed of news and announcements', () => {
  const $ = cheerio.load(readFileSync(join(DIST, 'news/rss.xml'), 'utf8'), { xml: true });

  it('lists every news item and every news or procurement disclosure, newest first, each linked to its page', () => {
    const news = readdirSync('examples/khok-ko/content/news', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `${SITE}/news/${f.replace(/\.mdx$/, '')}/`);
    const disclosures = readdirSync('examples/khok-ko/content/disclosures')
      .map((f) => ({
        id: f.replace(/\.yaml$/, ''),
        ...(parseYaml(readFileSync(`examples/khok-ko/content/disclosures/${f}`, 'utf8')) as { items: string[] }),
      }))
      .filter((d) => d.items.includes('news') || d.items.includes('procurement-announcements'));
    const all = $('item > link')
      .toArray()
      .map((l) => $(l).text());
    expect(all.filter((l) => !l.includes('#')).sort()).toEqual(news.sort());
    expect(news).toHaveLength(4);
    const links = all.filter((l) => l.includes('#'));
    expect(links).toHaveLength(disclosures.length);
    expect(links.map((l) => l.split('#')[1]).sort()).toEqual(disclosures.map((d) => d.id).sort());
    for (const link of links) {
      const [path, anchor] = link.replace(SITE, '').split('#');
      expect(loadPage(path ?? '')(`article#${anchor}`).length, link).toBe(1);
    }
    const dates = $('item > pubDate')
      .toArray()
      .map((d) => Date.parse($(d).text()));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect($('item > title').first().text()).toMatch(/\(ข้อมูลตัวอย่าง\)$/);
  });

  it('is announced in every page head', () => {
    expect(loadPage('/')('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe('/news/rss.xml');
  });
});

describe('display settings and JavaScript budget', () => {
  const pages = sitePaths(DIST);

  it('every page carries the same inline settings script, allowed by the CSP hash', () => {
    const hash = `'sha256-${createHash('sha256').update(DISPLAY_SETTINGS_SCRIPT).digest('base64')}'`;
    expect(contentSecurityPolicy()).toContain(hash);
    for (const path of pages) {
      const $ = loadPage(path);
      // Data blocks (JSON-LD, templates) are not executed; only scripts are.
      const inline = $('script:not([src])')
        .filter((_, s) => ['', 'module', 'text/javascript'].includes($(s).attr('type') ?? ''))
        .toArray()
        .map((s) => $(s).html());
      expect(inline, path).toEqual([DISPLAY_SETTINGS_SCRIPT]);
      // Before any stylesheet, so settings apply before first paint.
      expect($('head > script').first().html(), path).toBe(DISPLAY_SETTINGS_SCRIPT);
    }
    expect(Buffer.byteLength(DISPLAY_SETTINGS_SCRIPT)).toBeLessThan(800);
  });

  it('text pages load no JavaScript file; chart pages load only the chart script', () => {
    for (const path of ['/', '/data/', '/404.html']) {
      const $ = loadPage(path);
      expect($('script[src], link[rel=modulepreload]').length, path).toBe(0);
    }
    const $ = loadPage('/ita/2566/');
    expect($('script[src]').length).toBe(1);
  });

  it('the header has A− A A+ and high-contrast buttons with Thai names and pressed states', () => {
    const $ = loadPage('/');
    const buttons = $('.display-settings button')
      .toArray()
      .map((b) => [text($(b).text()), $(b).attr('aria-pressed')]);
    expect(buttons).toEqual([
      ['A− ตัวอักษรเล็ก', 'false'],
      ['A ตัวอักษรปกติ', 'true'],
      ['A+ ตัวอักษรใหญ่', 'false'],
      ['ความคมชัดสูง', 'false'],
    ]);
    expect($('.display-settings [role=group]').attr('aria-label')).toBe('ขนาดตัวอักษร');
    expect($('html').attr('class')).toBeUndefined();
  });
});

describe('mourning theme (fixture: display.mourning: true)', () => {
  let build: BuildOutcome;
  beforeAll(() => {
    build = buildFixture('mourning');
  });

  it('turns every page grayscale', () => {
    expect(build.output).toContain('site written to');
    const paths = sitePaths(build.dist);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(loadPage(path, build.dist)('html').attr('class'), path).toBe('mourning');
    const css = loadPage(
      '/',
      build.dist,
    )('link[rel=stylesheet]')
      .toArray()
      .map((l) => readFileSync(join(build.dist, l.attribs.href ?? ''), 'utf8'))
      .join('');
    // The minifier writes grayscale(1) as grayscale(), its default amount of 1.
    expect(css.replace(/\s+/g, '')).toMatch(/html\.mourning\{filter:grayscale\((1|100%)?\)\}/);
  });
});
