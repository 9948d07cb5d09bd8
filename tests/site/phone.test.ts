// What a citizen on a phone meets in the built HTML: /procurement/ and the links between fiscal years,
// tables that read as labelled cards, named scroll regions, one status per item that its own list
// agrees with, and no staff-only note on a public page.
import { describe, expect, it } from 'vitest';
import { loadPage, text } from '../helpers/site';
import { sitePaths } from '../helpers/pages';
import { DIST } from '../helpers/site';
import { PROCUREMENT_COLUMNS } from '../../src/lib/oit/procurement-table';
import { UNVERIFIED_NOTE } from '../../src/lib/oit/coverage';

describe('/procurement/ — every fiscal year of monthly summaries', () => {
  const $ = loadPage('/procurement/');

  it('lists fiscal year 2568 with its twelve months published and links to it', () => {
    expect(text($('h1').text())).toBe('สรุปผลการจัดซื้อจัดจ้างรายเดือน');
    const years = $('[data-fiscal-year]').toArray();
    expect(years.map((y) => text($(y).find('h2').text()))).toEqual(['ปีงบประมาณ 2568']);
    expect($('[data-fiscal-year=2568] h2 a').attr('href')).toBe('/procurement/2568/');
    expect(text($('[data-fiscal-year=2568] [data-published]').text())).toBe('เผยแพร่แล้ว 12 จาก 12 เดือน');
    expect($('[data-fiscal-year=2568] [data-missing]').length).toBe(0);
  });

  it('is in the main menu of every page, current on itself and on a year page', () => {
    expect(text($('.nav-list a[aria-current=page]').text())).toBe('จัดซื้อจัดจ้าง');
    const year = loadPage('/procurement/2568/');
    expect(text(year('.nav-list a[aria-current=page]').text())).toBe('จัดซื้อจัดจ้าง');
    expect(loadPage('/').root().find('.nav-list a[href="/procurement/"]').length).toBe(1);
  });

  it('a year page links the years and the index, and its breadcrumbs go through /procurement/', () => {
    const year = loadPage('/procurement/2568/');
    const links = year('nav[aria-label=ปีงบประมาณ] a')
      .toArray()
      .map((a) => [text(year(a).text()), year(a).attr('href'), year(a).attr('aria-current') ?? null]);
    expect(links).toEqual([
      ['ปีงบประมาณ 2568', '/procurement/2568/', 'page'],
      ['ทุกปีงบประมาณ', '/procurement/', null],
    ]);
    expect(text(year('.breadcrumbs').text())).toBe('หน้าแรกจัดซื้อจัดจ้างปีงบประมาณ 2568');
    expect(year('.breadcrumbs a').eq(1).attr('href')).toBe('/procurement/');
  });
});

describe('tables on a phone', () => {
  it('label every cell of a procurement row with its column, the item first', () => {
    const $ = loadPage('/procurement/2568/');
    const row = $('table[data-procurement=2024-10] tbody tr').first();
    expect(
      row
        .children()
        .toArray()
        .map((c) => $(c).attr('data-label')),
    ).toEqual([...PROCUREMENT_COLUMNS]);
    expect(
      row
        .children('[data-first]')
        .toArray()
        .map((c) => text($(c).text())),
    ).toEqual(['จัดซื้อวัสดุสำนักงาน']);
    // Eleven months with records; one month published with none.
    expect($('table.stack-table').length).toBe(11);
  });

  it('label every cell of an OIT row, the status first', () => {
    const $ = loadPage('/oit/');
    const row = $('tr[data-item=structure]');
    expect(
      row
        .children()
        .toArray()
        .map((c) => $(c).attr('data-label')),
    ).toEqual(['รายการ', 'หัวข้อและที่เผยแพร่', 'ปรับปรุงล่าสุด', 'สถานะ']);
    expect(text(row.children('[data-first]').find('.status').text())).toContain('ยังไม่มีข้อมูล');
  });

  it('put every table in a scroll region a keyboard reaches and a screen reader names', () => {
    for (const path of ['/procurement/2568/', '/data/', '/oit/', '/ita/', '/ita/2566/']) {
      const $ = loadPage(path);
      const tables = $('main table').toArray();
      expect(tables.length, path).toBeGreaterThan(0);
      for (const table of tables) {
        const region = $(table).parent();
        expect([region.attr('class'), region.attr('role'), region.attr('tabindex')], path).toEqual([
          'table-wrap',
          'region',
          '0',
        ]);
        const named = region.attr('aria-label') ?? text($(`#${region.attr('aria-labelledby')}`).text());
        expect(named.length, path).toBeGreaterThan(5);
      }
    }
    const data = loadPage('/data/');
    expect(data('.table-wrap').first().attr('aria-label')).toBe(
      'คอลัมน์ของชุดข้อมูล “คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) รายปี”',
    );
  });
});

describe('an OIT item judged by the fiscal year assessed', () => {
  it('the monthly-summary page lists the year assessed first, saying it has none, then 2568', () => {
    const $ = loadPage('/oit/items/procurement-monthly-summary/');
    expect(text($('[data-reason]').first().text())).toBe('มีเฉพาะข้อมูลตัวอย่าง ยังไม่มีข้อมูลจริงของหน่วยงาน');
    const groups = $('section[data-fiscal-year]').toArray();
    expect(groups.map((g) => [text($(g).find('h3').text()), $(g).find('li[data-month]').length])).toEqual([
      ['ปีงบประมาณ 2569 (ปีที่ประเมินใน ITA ปี 2569)', 0],
      ['ปีงบประมาณ 2568', 12],
    ]);
    expect(text($('section[data-fiscal-year=2569] [data-none]').text())).toBe('ยังไม่มีสรุปผลของปีงบประมาณ 2569 ที่เผยแพร่');
  });
});

describe('staff-only notes', () => {
  it('appear on no public page, only in the staff guide', () => {
    const shown = sitePaths(DIST)
      .filter((path) => !path.startsWith('/guide/'))
      .filter((path) => {
        const main = loadPage(path)('main').text();
        return main.includes(UNVERIFIED_NOTE) || main.includes('ยังไม่ได้ตรวจสอบ');
      });
    expect(shown).toEqual([]);
  });
});

describe('long pages', () => {
  it('/data/ opens with a jump list to each of its five datasets', () => {
    const $ = loadPage('/data/');
    const links = $('.jump-list a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(links).toEqual([
      '#dataset-ita-scores',
      '#dataset-measures',
      '#dataset-oit-coverage',
      '#dataset-documents',
      '#dataset-procurement',
    ]);
    for (const link of links) expect($(link).length, link).toBe(1);
  });

  it('/measures/2567/ opens with a jump list and says its ended year still has 13 planned measures', () => {
    const $ = loadPage('/measures/2567/');
    expect(
      $('.jump-list a')
        .toArray()
        .map((a) => [text($(a).text()), $(a).attr('href')]),
    ).toEqual([
      ['การประชุมที่กำหนดมาตรการ', '#meeting_heading'],
      ['ความก้าวหน้าโดยรวม', '#summary_heading'],
      ['ช่วงเวลาดำเนินงาน', '#timeline_heading'],
      ['หัวข้อมาตรการ (7 หัวข้อ)', '#topics_heading'],
    ]);
    expect(text($('[data-ended-note]').text())).toBe(
      'ปีงบประมาณ 2567 สิ้นสุดแล้ว แต่ยังมีมาตรการที่บันทึกสถานะเป็น “วางแผนไว้” 13 รายการ (จาก 13 รายการ) สถานะเหล่านี้อาจยังไม่ได้ปรับปรุงหลังสิ้นปี หรือมาตรการยังไม่ได้ดำเนินการ',
    );
  });
});
