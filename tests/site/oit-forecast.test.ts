// The organization's own OIT forecast and the ITAS sheet on /oit/<year>/, on the example site. The
// forecast is on the page of the year still to be assessed only (2569): every 2569 item has only example
// entries (counted as missing) or the 2567 measures plan (stale), so every sub-indicator scores 0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/open-data/csv';
import { DIST, loadPage, readable, text } from '../helpers/site';

describe('/oit/2569/ — the forecast of the organization itself, for the year still to be assessed', () => {
  const $ = loadPage('/oit/2569/');
  const forecast = $('[data-testid=oit-forecast]');

  it('says it is the organization’s own calculation, not an NACC result', () => {
    expect(text(forecast.find('h2').text())).toBe('คาดการณ์คะแนน OIT จากการตรวจสอบตนเอง');
    expect(text(forecast.find('.note').text())).toContain('ไม่ใช่ผลการประเมินของสำนักงาน ป.ป.ช.');
  });

  it('scores each sub-indicator as the share of its complete items, each indicator as their mean', () => {
    const row = (sel: string) => readable(forecast.find(sel));
    expect(row('[data-sub-indicator="9.1"]')).toBe('9.1 ข้อมูลพื้นฐาน 0/4 0.00');
    expect(row('[data-sub-indicator="10.2"]')).toBe('10.2 การส่งเสริมคุณธรรมและความโปร่งใส 0/4 0.00');
    expect(row('[data-indicator="10"]')).toBe('ตัวชี้วัดที่ 10 (ค่าเฉลี่ยของตัวชี้วัดย่อย) 0.00');
    expect(row('[data-tool=OIT]')).toBe('OIT (ค่าเฉลี่ยของตัวชี้วัดที่ 9 และ 10) 0.00');
  });

  it('forecasts the total and its level with the IIT and EIT of the latest assessment', () => {
    // 0.3 × 68.45 + 0.3 × 73.98 + 0.4 × 0.00 = 42.729 → 42.73, below 70
    expect(text(forecast.find('[data-testid=forecast-total]').text())).toBe(
      'ถ้าคะแนน IIT และ EIT เท่ากับผลการประเมินปี 2566 (IIT 68.45 EIT 73.98) คะแนนรวมคาดการณ์คือ 42.73 ระดับ ต้องปรับปรุงโดยด่วน (ไม่ผ่านเกณฑ์)',
    );
  });

  it('lists first the items that raise the forecast most, linked to their pages', () => {
    const gains = forecast.find('[data-testid=forecast-gains] li').toArray();
    expect(gains).toHaveLength(5);
    expect(text($(gains[0]).text())).toMatch(/^O20 .+ \(ตัวชี้วัดย่อย 10\.1: OIT \+8\.34 คะแนน\)$/);
    expect(forecast.find('[data-testid=forecast-gains] a').first().attr('href')).toBe(
      '/oit/items/no-gift-declaration/',
    );
  });

  it('is in the page’s jump list', () => {
    expect($('.jump-list a[href="#forecast-heading"]').length).toBe(1);
  });
});

describe('no forecast beside an assessed year', () => {
  // 2566 has its result on the site; 2567 and 2568 were assessed (a newer checklist exists): the
  // organization's own forecast would stand against, or in for, the NACC's result.
  it.each(['/oit/2566/', '/oit/2567/', '/oit/2568/', '/oit/'])('%s shows none', (path) => {
    const page = loadPage(path);
    expect(page('[data-testid=oit-forecast]').length).toBe(0);
    expect(page('main').text()).not.toContain('คาดการณ์');
  });
});

describe('/oit/<year>/itas.csv — the ITAS sheet', () => {
  it('lists every item of ITA 2568 in checklist order with the address of its own page', () => {
    const csv = readFileSync(`${DIST}/oit/2568/itas.csv`, 'utf8');
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['code', 'title', 'url']);
    expect(rows).toHaveLength(26);
    expect(rows[0]).toEqual(['O1', 'โครงสร้างและอำนาจหน้าที่', 'http://localhost:4321/oit/items/structure/']);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 26 }, (_, i) => `O${i + 1}`));
  });

  it('is shown on the year page as a table, with a link to the CSV', () => {
    const $ = loadPage('/oit/2568/');
    const sheet = $('[data-testid=itas-sheet]');
    expect(sheet.find('tbody tr')).toHaveLength(26);
    expect(readable(sheet.find('tbody tr').first())).toBe(
      'O1 โครงสร้างและอำนาจหน้าที่ http://localhost:4321/oit/items/structure/',
    );
    expect(sheet.find('a[download]').attr('href')).toBe('/oit/2568/itas.csv');
  });
});
