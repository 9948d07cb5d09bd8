// The built OIT pages: the assessors' index lists every item of the framework with working links,
// item pages stay at their slug across years, and procurement tables equal their YAML and CSV.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, loadPage, text } from '../helpers/site';
import { loadYaml } from '../unit/load';
import { itemPageSlugs, oitFrameworkSchema, procurementMonthSchema } from '../../src/schemas/oit';

const framework = (year: number) => oitFrameworkSchema.parse(loadYaml(`nacc/oit/frameworks/${year}.yaml`));

/** The built file a site-internal href points at (fragments and queries dropped). */
function builtFile(href: string, dist = DIST): string {
  const path = href.split('#')[0]!.split('?')[0]!;
  return join(dist, path.endsWith('/') ? join(path, 'index.html') : path);
}

const internalLinks = ($: ReturnType<typeof loadPage>) =>
  $('main a[href]')
    .toArray()
    .map((a) => $(a).attr('href')!)
    .filter((h) => h.startsWith('/'));

describe('/oit/ — the index of the current ITA year', () => {
  const $ = loadPage('/oit/');
  const fw = framework(2569);

  it('has a row per item of the 2569 framework, in order, with its code and title', () => {
    expect(text($('h1').text())).toBe('การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569');
    const rows = $('tr[data-item]')
      .toArray()
      .map((tr) => [
        $(tr).attr('data-item'),
        text($(tr).find('th[scope=row]').text()),
        text($(tr).find('[data-item-page]').text()),
      ]);
    expect(rows).toEqual(fw.items.map((i) => [i.slug, i.code, i.title]));
    expect(rows).toHaveLength(26);
  });

  it("links every row to its item's page, and the monthly summary to its year's tables", () => {
    const row = $('tr[data-item=procurement-monthly-summary]');
    expect(row.find('th[scope=row]').text()).toBe('O11');
    expect(
      row
        .find('a')
        .toArray()
        .map((a) => [text($(a).text()), $(a).attr('href')]),
    ).toEqual([
      ['สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', '/oit/items/procurement-monthly-summary/'],
      ['สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2568', '/procurement/2568/'],
      // 2569 O11 also covers the procurement plan (merged into it): its document evidences the row too.
      ['แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568', '/documents/procurement-plan-2568/'],
    ]);
    // Example entries only: "ยังไม่มีข้อมูล", so no date of an update beside it.
    expect(row.find('[data-status]').attr('data-status')).toBe('missing');
    expect(row.find('time').length).toBe(0);
    expect(text(row.find('[data-label="ปรับปรุงล่าสุด"]').text())).toBe('–');
  });

  it('gives a date of the last update only beside an item with data', () => {
    for (const tr of $('tr[data-item]').toArray()) {
      const status = $(tr).find('[data-status]').attr('data-status');
      const dated = $(tr).find('[data-label="ปรับปรุงล่าสุด"] time').length > 0;
      expect([$(tr).attr('data-item'), status === 'missing' && dated]).toEqual([$(tr).attr('data-item'), false]);
    }
    // The measures plan of 2567 is stale for 2569, not missing: its date is shown.
    expect($('tr[data-item=ita-improvement] [data-label="ปรับปรุงล่าสุด"] time').length).toBe(1);
  });

  it('counts example-only items as missing and says why; the real measures plan of 2567 is stale for 2569', () => {
    const structure = $('tr[data-item=structure]');
    expect(structure.find('[data-status]').attr('data-status')).toBe('missing');
    expect(structure.find('.example-badge').text()).toBe('ข้อมูลตัวอย่าง');
    expect(text(structure.find('[data-reason]').text())).toBe('มีเฉพาะข้อมูลตัวอย่าง ยังไม่มีข้อมูลจริงของหน่วยงาน');
    const measures = $('tr[data-item=ita-improvement]');
    expect(measures.find('[data-status]').attr('data-status')).toBe('stale');
    expect(text(measures.find('[data-reason]').text())).toBe('มีเฉพาะข้อมูลปีงบประมาณ 2567 ต้องเป็นข้อมูลปีงบประมาณ 2569');
    expect(measures.find('a[href="/measures/2567/"]').length).toBe(1);
    expect([$('[data-count=ok]').text(), $('[data-count=missing]').text(), $('[data-count=stale]').text()]).toEqual([
      '0',
      '25',
      '1',
    ]);
  });
});

describe.each([
  ['/oit/', 2569],
  ['/oit/2566/', 2566],
  ['/oit/2567/', 2567],
  ['/oit/2568/', 2568],
  ['/oit/2569/', 2569],
])('%s', (path, year) => {
  const $ = loadPage(path);

  it('lists every item of its framework', () => {
    expect(
      $('tr[data-item]')
        .toArray()
        .map((tr) => $(tr).attr('data-code')),
    ).toEqual(framework(year).items.map((i) => i.code));
  });

  it('opens with a jump list to each sub-indicator’s rows, every anchor on the page', () => {
    const links = $('.jump-list a')
      .toArray()
      .map((a) => [text($(a).text()), $(a).attr('href')!]);
    const subs = framework(year).subIndicators.map((sub) => [
      `${sub.code} ${sub.name}`,
      `#sub-${sub.code.replace('.', '-')}`,
    ]);
    expect(links.slice(0, subs.length)).toEqual(subs);
    expect(links.at(-1)).toEqual(['ปีอื่น', '#other-years']);
    for (const [, anchor] of links) expect($(anchor).length, anchor).toBe(1);
  });

  it('has only internal links that resolve to a built file', () => {
    const links = internalLinks($);
    expect(links.length).toBeGreaterThan(framework(year).items.length);
    expect(links.filter((h) => !existsSync(builtFile(h)))).toEqual([]);
  });
});

describe('/oit/items/<slug>/ — one page per item, the same URL in every year', () => {
  it('names the codes the item had in each year and its status', () => {
    const $ = loadPage('/oit/items/procurement-monthly-summary/');
    expect($('h1').text()).toBe('สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน');
    expect(text($('[data-codes]').text())).toBe(
      'O11 ใน ITA ปี 2569 · O12 ใน ITA ปี 2568 · O21 ใน ITA ปี 2567 · O21 ใน ITA ปี 2566 · ตัวชี้วัดย่อย 9.3 การจัดซื้อจัดจ้าง',
    );
    expect(
      $('li[data-month]')
        .toArray()
        .map((li) => $(li).attr('data-month')),
    ).toHaveLength(12);
    expect($('li[data-month=2024-10] a').attr('href')).toBe('/procurement/2568/#m-2024-10');
    expect($('li[data-month=2024-10] .example-badge').length).toBe(1);
  });

  it('links every item page of every year to files that exist', () => {
    const slugs = new Set([2566, 2567, 2568, 2569].flatMap((y) => framework(y).items.flatMap(itemPageSlugs)));
    const broken = [...slugs].flatMap((slug) =>
      internalLinks(loadPage(`/oit/items/${slug}/`))
        .filter((h) => !existsSync(builtFile(h)))
        .map((h) => `${slug}: ${h}`),
    );
    expect(broken).toEqual([]);
  });

  it('keeps the page of an item merged into another, showing the item that serves it now', () => {
    const $ = loadPage('/oit/items/authority-and-duties/');
    expect($('h1').text()).toBe('โครงสร้าง หน้าที่และอำนาจ');
    expect(text($('[data-codes]').text())).toBe(
      'O1 ใน ITA ปี 2569 · O1 ใน ITA ปี 2568 · O3 ใน ITA ปี 2567 · O3 ใน ITA ปี 2566 · ตัวชี้วัดย่อย 9.1 ข้อมูลพื้นฐาน',
    );
    expect($('article[data-entry=authority-and-duties]').length).toBe(1);
    expect($('article[data-entry=structure]').length).toBe(1);
  });

  it('names and links on a merged item the items it covers (2569 O1 = structure and powers)', () => {
    const $ = loadPage('/oit/items/structure/');
    expect(
      $('[data-covers] a')
        .toArray()
        .map((a) => [text($(a).text()), $(a).attr('href')]),
    ).toEqual([['อำนาจหน้าที่', '/oit/items/authority-and-duties/']]);
  });

  it('builds the pages of the items dropped in 2566 from the items that replaced them', () => {
    const h1 = (slug: string) => loadPage(`/oit/items/${slug}/`)('h1').text();
    expect(['integrity-declaration', 'organizational-culture', 'executive-participation'].map(h1)).toEqual([
      'การขับเคลื่อนนโยบาย NO GIFT POLICY และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
      'การขับเคลื่อนนโยบาย NO GIFT POLICY และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
      'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    ]);
  });

  it('says nothing to the public of lists not yet verified (that is for staff)', () => {
    for (const path of ['/oit/', '/oit/2566/', '/oit/2567/', '/oit/2568/', '/oit/2569/', '/oit/items/structure/']) {
      const body = text(loadPage(path)('main').text());
      expect(body).not.toContain('ยังไม่ได้ตรวจสอบ');
      expect(body).not.toContain('ยังไม่ได้ยืนยัน');
    }
  });

  it('shows each example entry with the example badge, and photos that exist', () => {
    const $ = loadPage('/oit/items/executives/');
    const photos = $('main img')
      .toArray()
      .map((img) => $(img).attr('src')!);
    expect(photos).toEqual(['/images/example-person.svg']);
    expect(photos.filter((src) => !existsSync(builtFile(src)))).toEqual([]);
    const entry = $('article[data-entry=executives]');
    expect(entry.attr('data-example')).toBe('true');
    expect(entry.find('h3 .example-badge').text()).toBe('ข้อมูลตัวอย่าง');
    expect(
      entry
        .find('.people li')
        .toArray()
        .map((li) => text($(li).find('strong').text())),
    ).toEqual(['นายตัวอย่าง บริหารดี', 'นางตัวอย่าง ช่วยงาน', 'นายตัวอย่าง ประจำการ']);
  });

  it('links the 10.2 items to the real measures plan', () => {
    const $ = loadPage('/oit/items/integrity-measures/');
    const li = $('li[data-entry=measures-plan]');
    expect(li.find('a').attr('href')).toBe('/measures/2567/');
    expect(li.find('.example-badge').length).toBe(0);
    expect(li.find('time').attr('datetime')).toBe('2023-12-30');
  });
});

describe('/documents/<slug>/ — a document with its summary in HTML', () => {
  const $ = loadPage('/documents/procurement-plan-2568/');

  it('links its file with the search contract attribute, and the file is a real PDF', () => {
    const a = $('a[data-document-file]');
    expect(a.attr('href')).toBe('/documents/procurement-plan-2568.pdf');
    const pdf = readFileSync(join(DIST, a.attr('href')!), 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain("(EXAMPLE DOCUMENT - not the organization's real plan) Tj");
    expect($('h1 .example-badge').text()).toBe('ข้อมูลตัวอย่าง');
    expect(
      $('main p')
        .toArray()
        .map((p) => text($(p).text())),
    ).toContain('1. จัดซื้อวัสดุสำนักงาน งบประมาณ 60,000 บาท วิธีเฉพาะเจาะจง ตลอดปีงบประมาณ');
  });

  it('tells the search index its type, fiscal year and OIT item', () => {
    expect(
      $('[data-pagefind-filter]')
        .toArray()
        .map((el) => $(el).attr('data-pagefind-filter')),
    ).toEqual([
      'ประเภท:เอกสาร',
      'ปีงบประมาณ:2568',
      'รายการ OIT:O11 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
      'หน่วยงานที่รับผิดชอบ:กองคลัง',
    ]);
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toBe('date:2024-10-15');
  });
});

describe('/procurement/2568/ — monthly tables equal their YAML and CSV', () => {
  const $ = loadPage('/procurement/2568/');
  const months = [
    '2024-10',
    '2024-11',
    '2024-12',
    '2025-01',
    '2025-02',
    '2025-03',
    '2025-05',
    '2025-06',
    '2025-07',
    '2025-08',
    '2025-09',
  ];

  it('has a captioned table with scoped headers for every month with rows, and says when a month had none', () => {
    expect(
      $('table[data-procurement]')
        .toArray()
        .map((t) => $(t).attr('data-procurement')),
    ).toEqual(months);
    expect(text($('table[data-procurement=2024-10] caption').text())).toBe(
      'สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2567 (2 รายการ)',
    );
    expect($('table[data-procurement=2024-10] thead th[scope=col]').length).toBe(10);
    expect(text($('section[data-month=2025-04]').text())).toContain('ไม่มีการจัดซื้อจัดจ้างในเดือนนี้');
  });

  it.each(months)('%s: every cell equals the YAML and the CSV row', (m) => {
    const yaml = procurementMonthSchema.parse(loadYaml(`examples/khok-ko/content/procurement/2568/${m}.yaml`));
    const csv = readFileSync(join(DIST, 'procurement/2568', `${m}.csv`), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const csvRows = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    const rows = $(`table[data-procurement=${m}] tbody tr`).toArray();
    expect(rows).toHaveLength(yaml.rows.length);
    expect(csvRows).toHaveLength(yaml.rows.length);
    rows.forEach((tr, i) => {
      const cells = $(tr)
        .children()
        .toArray()
        .map((c) => text($(c).text()));
      const r = yaml.rows[i]!;
      const plain = (s: string) => s.replace(/,/g, '');
      expect(cells[1]).toBe(r.item);
      expect(Number(plain(cells[2]!))).toBe(r.budget);
      expect(cells[3]).toBe(r.method);
      expect(cells[4]).toBe(
        r.bids
          .map((b) => `${b.name} ${new Intl.NumberFormat('th-TH', { minimumFractionDigits: 2 }).format(b.price)}`)
          .join('; '),
      );
      expect(cells[5]).toBe(r.winner.name);
      expect(Number(plain(cells[6]!))).toBe(r.winner.price);
      expect(cells[7]).toBe(r.reason);
      expect(cells[8]).toBe(r.contract.number);
      expect($(tr).find('time').attr('datetime')).toBe(r.contract.date.toISOString().slice(0, 10));
      // The CSV row holds the same values, machine-readable.
      const c = csvRows[i]!;
      expect([c[0], c[1], Number(c[2]), c[3], c[5], Number(c[6]), c[7], c[8], c[9]]).toEqual([
        String(i + 1),
        r.item,
        r.budget,
        r.method,
        r.winner.name,
        r.winner.price,
        r.reason,
        r.contract.number,
        r.contract.date.toISOString().slice(0, 10),
      ]);
    });
  });

  it('links each month to its CSV', () => {
    expect($('section[data-month=2024-10] a[data-csv]').attr('href')).toBe('/procurement/2568/2024-10.csv');
  });
});
