// A fixture organization with two assessment years, Thai digits switched on and a reference average:
// the trend chart, the change from the previous year, and numbers written ๐–๙.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { buildFixture } from '../helpers/fixtures';
import { cells, loadPage, readable, text } from '../helpers/site';

let page: (path: string) => CheerioAPI;

let output = '';

beforeAll(() => {
  const build = buildFixture('two-years');
  expect(build.ok, build.output).toBe(true);
  output = build.output;
  page = (path) => loadPage(path, build.dist);
});

describe('the build’s output', () => {
  it('says what matters in under 40 lines: no list of every page, file and picture written', () => {
    // This organization has no news, pages, OIT data or reports: Astro warns once of each empty collection.
    const lines = output.split('\n').filter((line) => line.trim());
    expect(lines.length, output).toBeLessThan(40);
    expect(output.match(/The collection "pages" does not exist or is empty/g), output).toHaveLength(1);
    expect(output).not.toMatch(/generating static routes|generating optimized images|├─|MODULE_LEVEL_DIRECTIVE/);
    expect(output).toMatch(/ไม่พบปัญหา .*\/ checked \d+ files, no problems/);
    expect(output).toContain('(site written to');
  });
});

describe('two assessment years', () => {
  it('/ita/ lists both years, newest first, and draws the trend oldest first', () => {
    const $ = page('/ita/');
    expect(
      $('[data-testid=years-table] tbody tr')
        .toArray()
        .map((tr) => readable($(tr))),
    ).toEqual(['ITA ๒๕๖๗ ๘๖.๖๓ ผ่าน ผ่านเกณฑ์', 'ITA ๒๕๖๖ ๗๔.๕๘ ต้องปรับปรุง ไม่ผ่านเกณฑ์']);
    expect(
      $('#trend-chart tbody tr')
        .toArray()
        .map((tr) => cells($, tr)),
    ).toEqual([
      ['ITA ๒๕๖๖', '๗๔.๕๘', 'ต้องปรับปรุง', 'ต่ำกว่าเกณฑ์'],
      ['ITA ๒๕๖๗', '๘๖.๖๓', 'ผ่าน', 'ผ่านเกณฑ์'],
    ]);
    // The chart script reads machine values, whatever digits the reader sees.
    expect(
      $('#trend-chart td[data-value]')
        .toArray()
        .map((td) => $(td).attr('data-value')),
    ).toEqual(['74.58', '86.63']);
  });

  it('the newest year shows its total, its level and change from the year before in Thai digits: 86.63 with EIT at 84.33 is ผ่าน, not ผ่านดี', () => {
    const $ = page('/ita/2567/');
    expect($('[data-total]').text()).toBe('๘๖.๖๓');
    expect($('[data-level]').text()).toBe('ผ่าน');
    expect($('[data-change]').text()).toBe('+๑๒.๐๕');
    expect(text($('[data-tool=EIT] [data-average]').text())).toBe('๘๔.๓๓');
  });

  it('the reference average is a second series, marked as example data, with gaps shown as dashes', () => {
    const $ = page('/ita/2567/');
    expect(
      $('#indicators-chart thead th[data-series]')
        .toArray()
        .map((th) => $(th).text()),
    ).toEqual(['คะแนน', 'ค่าเฉลี่ยระดับประเทศ']);
    expect(cells($, '#indicators-chart tr[data-row="๔. การใช้ทรัพย์สินของราชการ"]')).toEqual([
      '๔. การใช้ทรัพย์สินของราชการ',
      '๗๙.๙๐',
      '๘๕.๒๕',
      'ต่ำกว่าเกณฑ์',
    ]);
    expect(cells($, '#indicators-chart tr[data-row="๒. การใช้งบประมาณ"]')).toEqual([
      '๒. การใช้งบประมาณ',
      '๘๐.๐๐',
      '–',
      'ต่ำกว่าเกณฑ์',
    ]);
    expect(text($('main').text())).toContain('ค่าเฉลี่ยระดับประเทศ: ข้อมูลทดสอบ (ข้อมูลตัวอย่าง)');
  });

  it('an indicator page compares the same indicator across both years and shows its note', () => {
    const $ = page('/ita/2567/use-of-public-assets/');
    expect(
      $('#indicator-chart tbody tr')
        .toArray()
        .map((tr) => cells($, tr)),
    ).toEqual([
      ['ITA ๒๕๖๖', '๖๖.๒๐', 'ต่ำกว่าเกณฑ์'],
      ['ITA ๒๕๖๗', '๗๙.๙๐', 'ต่ำกว่าเกณฑ์'],
    ]);
    expect($('[data-note]').text()).toBe('ต้องกำกับการยืมใช้ทรัพย์สินให้เป็นระบบ');
    expect($('#indicator-chart tbody a').first().attr('href')).toBe('/ita/2566/use-of-public-assets/');
  });
});
