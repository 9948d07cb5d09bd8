// A fixture year at the pass mark itself (tests/fixtures/pass-mark): indicator 1 and the total are exactly
// 85.00 and pass, indicator 2 is 84.99 and does not. Every page that judges a score says so in words.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { buildFixture } from '../helpers/fixtures';
import { cells, loadPage, readable, text } from '../helpers/site';

let page: (path: string) => CheerioAPI;

beforeAll(() => {
  const build = buildFixture('pass-mark');
  expect(build.ok, build.output).toBe(true);
  page = (path) => loadPage(path, build.dist);
});

describe('exactly 85.00 passes on every page', () => {
  it('the home page shows the total 85.00 as ผ่านดี and passed, and indicator 1 at 85.00 as passing', () => {
    const $ = page('/');
    expect([$('[data-total]').text(), $('[data-level]').text(), text($('.status').first().text())]).toEqual([
      '85.00',
      'ผ่านดี',
      'ผ่านเกณฑ์',
    ]);
    expect(
      $('.glance li')
        .slice(0, 3)
        .toArray()
        .map((li) => [
          text($(li).text()),
          $(li).find('.visually-hidden').text(),
          $(li).find('.bar span').attr('style'),
        ]),
    ).toEqual([
      ['1. การปฏิบัติหน้าที่ 85.00 คะแนน ผ่านเกณฑ์', ' คะแนน ผ่านเกณฑ์', 'width:85%'],
      ['2. การใช้งบประมาณ 84.99 คะแนน ต่ำกว่าเกณฑ์', ' คะแนน ต่ำกว่าเกณฑ์', 'width:84.99%'],
      ['3. การใช้อำนาจ 85.01 คะแนน ผ่านเกณฑ์', ' คะแนน ผ่านเกณฑ์', 'width:85.01%'],
    ]);
  });

  it('the year page passes the total and marks the indicators at 85.00 as ผ่านเกณฑ์ in the chart table', () => {
    const $ = page('/ita/2567/');
    expect([$('[data-total]').text(), $('[data-level]').text(), text($('.status').first().text())]).toEqual([
      '85.00',
      'ผ่านดี',
      'ผ่านเกณฑ์',
    ]);
    expect(
      $('#indicators-chart tbody tr[data-row]')
        .toArray()
        .map((tr) => cells($, tr).slice(1)),
    ).toEqual([
      ['85.00', 'ผ่านเกณฑ์'],
      ['84.99', 'ต่ำกว่าเกณฑ์'],
      ['85.01', 'ผ่านเกณฑ์'],
      ['85.00', 'ผ่านเกณฑ์'],
      ['85.00', 'ผ่านเกณฑ์'],
      ['85.00', 'ผ่านเกณฑ์'],
      ['85.00', 'ผ่านเกณฑ์'],
      ['85.00', 'ผ่านเกณฑ์'],
      ['85.00', 'ผ่านเกณฑ์'],
      ['85.00', 'ผ่านเกณฑ์'],
    ]);
    // Only 84.99 is listed below the mark.
    expect(
      $('[data-testid=weakest] [data-weak-indicator]')
        .toArray()
        .map((el) => readable($(el))),
    ).toEqual(['การใช้งบประมาณ 84.99 คะแนน']);
  });

  it('/ita/ lists the year at 85.00 as passed', () => {
    const $ = page('/ita/');
    expect(
      $('[data-testid=years-table] tbody tr')
        .toArray()
        .map((tr) => readable($(tr))),
    ).toEqual(['ITA 2567 85.00 ผ่านดี ผ่านเกณฑ์']);
  });

  it('the page of an indicator at 85.00 says it passed, exactly at the mark; 84.99 is 0.01 below', () => {
    const at = page('/ita/2567/duty-performance/');
    expect([at('[data-score]').text(), text(at('.status').first().text()), text(at('[data-gap]').text())]).toEqual([
      '85.00',
      'ผ่านเกณฑ์',
      '0.00 คะแนน (เท่ากับเกณฑ์พอดี)',
    ]);
    expect(text(at('[data-gap]').prev('dt').text())).toBe('ห่างจากเกณฑ์');
    const below = page('/ita/2567/budget-use/');
    expect([
      below('[data-score]').text(),
      text(below('.status').first().text()),
      text(below('[data-gap]').text()),
    ]).toEqual(['84.99', 'ไม่ผ่านเกณฑ์', '0.01 คะแนน']);
    expect(text(below('[data-gap]').prev('dt').text())).toBe('ต่ำกว่าเกณฑ์');
  });
});
