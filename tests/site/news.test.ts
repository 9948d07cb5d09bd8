// News, pages and the ITA report in the built example site: the lists, an item with its photo and live
// score, the NewsArticle JSON-LD, the RSS feed, the search facets, the OIT evidence; no JavaScript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, loadPage, readable, text } from '../helpers/site';

const titles = (path: string) => {
  const $ = loadPage(path);
  return $('[data-testid=news-list] > li h2')
    .toArray()
    .map((h) => [$(h).find('a').attr('href'), readable($(h))]);
};

/** The script files a page loads (the inline display-settings script is not a file). */
const scriptFiles = (path: string) => loadPage(path)('script[src]').length;

describe('/news/', () => {
  it('lists the four example news items newest first, each with its type, Thai date and example badge', () => {
    const $ = loadPage('/news/');
    expect(text($('h1').text())).toBe('ข่าวประชาสัมพันธ์');
    expect(titles('/news/')).toEqual([
      ['/news/2568/clean-canal-day/', 'ชวนประชาชนร่วมกิจกรรมวันทำความสะอาดคลองสาธารณะ ข้อมูลตัวอย่าง'],
      ['/news/2568/road-repair/', 'อบต.โคกก่อ ซ่อมถนนลูกรังสายบ้านโคกก่อ–บ้านหนองแวงแล้วเสร็จ ข้อมูลตัวอย่าง'],
      ['/news/2568/ita-2566-result/', 'แจ้งผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2566 ข้อมูลตัวอย่าง'],
      ['/news/2567/no-gift-pledge/', 'ผู้บริหารและพนักงานร่วมประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ข้อมูลตัวอย่าง'],
    ]);
    expect(readable($('[data-news="2568/road-repair"] .entry-meta'))).toBe('ข่าว · 14 กุมภาพันธ์ 2568');
    expect(readable($('[data-news="2567/no-gift-pledge"] .entry-meta'))).toBe('กิจกรรม · 15 มกราคม 2567');
  });

  it('filters by fiscal year and by type with plain links (no JavaScript), the current one marked', () => {
    const $ = loadPage('/news/');
    const links = $('nav.news-filters a')
      .toArray()
      .map((a) => [$(a).attr('href'), text($(a).text()), $(a).attr('aria-current') ?? '']);
    expect(links).toEqual([
      ['/news/', 'ทั้งหมด', 'page'],
      ['/news/2568/', 'ปีงบประมาณ 2568', ''],
      ['/news/2567/', 'ปีงบประมาณ 2567', ''],
      ['/news/type/news/', 'ข่าวประชาสัมพันธ์', ''],
      ['/news/type/announcement/', 'ประกาศ', ''],
      ['/news/type/activity/', 'กิจกรรม', ''],
    ]);
    expect(titles('/news/2567/').map(([href]) => href)).toEqual(['/news/2567/no-gift-pledge/']);
    expect(text(loadPage('/news/2568/')('h1').text())).toBe('ข่าวประชาสัมพันธ์ ปีงบประมาณ 2568');
    expect(titles('/news/2568/').length).toBe(3);
    expect(titles('/news/type/activity/').map(([href]) => href)).toEqual([
      '/news/2568/clean-canal-day/',
      '/news/2567/no-gift-pledge/',
    ]);
    expect(loadPage('/news/type/announcement/')('nav.news-filters a[aria-current=page]').text()).toBe('ประกาศ');
    // Four items fit on one page: no page 2, no pager.
    expect(loadPage('/news/')('nav.pager').length).toBe(0);
    for (const path of ['/news/', '/news/2568/', '/news/type/activity/', '/news/2568/road-repair/']) {
      expect(scriptFiles(path), path).toBe(0);
    }
  });
});

describe('a news item: /news/2568/road-repair/', () => {
  const $ = loadPage('/news/2568/road-repair/');

  it('shows the title, type, date, unit and the example notice', () => {
    expect(text($('h1').text())).toBe('อบต.โคกก่อ ซ่อมถนนลูกรังสายบ้านโคกก่อ–บ้านหนองแวงแล้วเสร็จ ข้อมูลตัวอย่าง');
    expect(readable($('article .entry-meta'))).toBe('ข่าว · 14 กุมภาพันธ์ 2568 · กองช่าง');
    expect(text($('.example-note').text())).toBe('ข่าวนี้เป็นข้อมูลตัวอย่าง ไม่ใช่ข่าวจริงของหน่วยงาน');
  });

  it('writes the live score of budget-use, linked to its indicator page', () => {
    const score = $('.prose a.mdx-score');
    expect(score.text()).toBe('67.28');
    expect(score.attr('href')).toBe('/ita/2566/budget-use/');
    expect(score.attr('title')).toBe('คะแนนตัวชี้วัดการใช้งบประมาณ ITA ปี 2566');
    expect(text(score.parent().text())).toContain('ตัวชี้วัดการใช้งบประมาณได้ 67.28 คะแนน จึงเผยแพร่ข่าว');
    expect(readable($('aside[data-note=note]'))).toBe(
      'แจ้งปัญหาถนน พบถนนชำรุดในตำบล แจ้งกองช่างได้ที่ที่ทำการ อบต. ในวันและเวลาราชการ',
    );
  });

  it('serves the photo through the image pipeline: AVIF, WebP and JPEG at 360, 720 and 1080 pixels', () => {
    const picture = $('figure.cover picture');
    const widths = (srcset = '') => srcset.split(', ').map((s) => s.split(' ')[1]);
    expect(
      picture
        .find('source')
        .toArray()
        .map((s) => $(s).attr('type')),
    ).toEqual(['image/avif', 'image/webp']);
    for (const s of picture.find('source').toArray())
      expect(widths($(s).attr('srcset'))).toEqual(['360w', '720w', '1080w']);
    const img = picture.find('img');
    expect(widths(img.attr('srcset'))).toEqual(['360w', '720w', '1080w']);
    expect(img.attr('sizes')).toBe('(max-width: 800px) 100vw, 800px');
    expect(img.attr('alt')).toBe('ภาพวาดประกอบ ถนนลูกรังที่ซ่อมแล้วทอดผ่านทุ่งนา มีกรวยจราจรสองข้างทาง');
    expect(img.attr('loading')).toBe('lazy');
    expect(text($('figure.cover figcaption').text())).toBe('ภาพวาดประกอบข่าวตัวอย่าง');
  });

  it('shows the picture of its text in a Figure with its caption, resized for phones', () => {
    const figure = $('.prose figure.mdx-figure');
    expect(text(figure.find('figcaption').text())).toBe('ภาพวาดประกอบตัวอย่าง: ถนนสายเดียวกันก่อนซ่อม มีแอ่งน้ำขังหลังฝนตก');
    const img = figure.find('img');
    expect(img.attr('alt')).toBe('ภาพวาดประกอบ ถนนลูกรังก่อนซ่อม มีแอ่งน้ำขังสามแห่งกลางถนน');
    expect((img.attr('srcset') ?? '').split(', ').map((s) => s.split(' ')[1])).toEqual([
      '640w',
      '750w',
      '828w',
      '1080w',
      '1200w',
    ]);
    expect(img.attr('src')).toMatch(/^\/_astro\/road-before\.[\w-]+\.webp$/);
  });

  it('names the OIT item it evidences, and describes itself as a NewsArticle', () => {
    expect(readable($('[data-oit-items]'))).toBe('ข่าวนี้เผยแพร่เป็นข้อมูลตามรายการ OIT: ข่าวประชาสัมพันธ์');
    expect($('[data-oit-items] a').attr('href')).toBe('/oit/items/news/');
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'อบต.โคกก่อ ซ่อมถนนลูกรังสายบ้านโคกก่อ–บ้านหนองแวงแล้วเสร็จ',
      datePublished: '2025-02-14',
      inLanguage: 'th',
      publisher: { '@type': 'GovernmentOrganization', name: 'องค์การบริหารส่วนตำบลโคกก่อ' },
    });
    expect(String(ld.url)).toMatch(/\/news\/2568\/road-repair\/$/);
    expect(String((ld.image as string[])[0])).toMatch(/\/_astro\/road-repair\.[\w-]+\.jpg$/);
  });

  it('is indexed with its type, fiscal year and news type as search facets', () => {
    const filters = $('[data-pagefind-filter]')
      .toArray()
      .map((f) => $(f).attr('data-pagefind-filter'));
    expect(filters).toEqual(['ประเภท:ข่าวประชาสัมพันธ์', 'ปีงบประมาณ:2568', 'ประเภทข่าว:ข่าว']);
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toBe('date:2025-02-14');
    expect($('main[data-pagefind-body]').length).toBe(1);
  });
});

describe('live figures in other news', () => {
  it('the announcement quotes the total, the table of 2566 and the measures for the weakest indicator', () => {
    const $ = loadPage('/news/2568/ita-2566-result/');
    expect(
      $('.prose a.mdx-score')
        .toArray()
        .map((a) => $(a).text()),
    ).toEqual(['74.58', '59.01']);
    expect($('.prose a.mdx-score').first().attr('href')).toBe('/ita/2566/');
    const rows = $('[data-score-table] tbody tr[data-row]');
    expect(rows.length).toBe(10);
    expect(readable(rows.eq(1))).toBe('2. การใช้งบประมาณ 67.28 ต่ำกว่าเกณฑ์');
    expect(readable(rows.eq(8))).toBe('9. การเปิดเผยข้อมูล 85.50 ผ่านเกณฑ์');
    expect(text($('[data-mdx-measures] > div > a').text())).toBe(
      'ปีงบประมาณ 2567 หัวข้อที่ 7 กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
    );
    expect($('[data-mdx-measures] li').length).toBe(4);
  });

  it('the No Gift news lists what is published for its OIT item', () => {
    const $ = loadPage('/news/2567/no-gift-pledge/');
    expect($('.prose a.mdx-score').text()).toBe('73.75');
    expect(readable($('[data-mdx-documents] > p').first())).toBe(
      'ข้อมูลที่เผยแพร่ตามรายการ OIT การขับเคลื่อนนโยบาย NO GIFT POLICY และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
    );
    // The item that serves no-gift-declaration in the newest checklist, and what it lists, newest first.
    expect($('[data-mdx-documents] > p a').attr('href')).toBe('/oit/items/no-gift-declaration/');
    expect(
      $('[data-mdx-documents] li')
        .toArray()
        .map((li) => readable($(li))),
    ).toEqual([
      'รายงานผลตามนโยบาย No Gift Policy และการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ปีงบประมาณ 2568 ข้อมูลตัวอย่าง · 30 กันยายน 2568',
      'กิจกรรมสร้างวัฒนธรรม No Gift Policy ปีงบประมาณ 2568 ข้อมูลตัวอย่าง · 9 ธันวาคม 2567',
      'ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่ ปีงบประมาณ 2568 ข้อมูลตัวอย่าง · 1 ตุลาคม 2567',
    ]);
  });
});

describe('pages and the ITA report', () => {
  it('/executives-message/ is an example page with the live total, listed in the footer', () => {
    const $ = loadPage('/executives-message/');
    expect(text($('h1').text())).toBe('สารจากผู้บริหาร ข้อมูลตัวอย่าง');
    expect($('.prose a.mdx-score').text()).toBe('74.58');
    const footer = loadPage('/')('footer nav.footer-pages');
    expect(readable(footer)).toBe('เกี่ยวกับหน่วยงาน สารจากผู้บริหาร');
    expect(footer.find('a').attr('href')).toBe('/executives-message/');
  });

  it('/ita/2566/report/ is the seed narrative with every score read from the results, linked from /ita/2566/', () => {
    const $ = loadPage('/ita/2566/report/');
    expect(
      $('.prose a.mdx-score')
        .toArray()
        .map((a) => $(a).text()),
    ).toEqual(['78.31', '67.28', '71.44', '66.20', '59.01', '72.37', '76.67', '72.89', '85.50', '73.75']);
    expect($('.prose p').first().text()).toBe('โดยวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ดังนี้');
    expect($('h1 .example-badge').length).toBe(0);
    expect(text($('.report-measures').text())).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2567');
    expect(loadPage('/ita/2566/')('[data-report-link] a').attr('href')).toBe('/ita/2566/report/');
  });
});

describe('the RSS feed and the OIT self-check', () => {
  it('the feed carries the news items with their pages and types, examples marked', () => {
    const xml = readFileSync(join(DIST, 'news/rss.xml'), 'utf8');
    expect(xml).toContain(
      '<item><title>อบต.โคกก่อ ซ่อมถนนลูกรังสายบ้านโคกก่อ–บ้านหนองแวงแล้วเสร็จ (ข้อมูลตัวอย่าง)</title><link>http://localhost:4321/news/2568/road-repair/</link>',
    );
    expect(xml).toContain('<pubDate>Fri, 14 Feb 2025 00:00:00 GMT</pubDate><category>ข่าว</category>');
    expect([...xml.matchAll(/<link>[^<]*\/news\/\d{4}\/[a-z0-9-]+\/<\/link>/g)].length).toBe(4);
  });

  it('the OIT item ข่าวประชาสัมพันธ์ lists the news items as its evidence, newest first', () => {
    const $ = loadPage('/oit/items/news/');
    const news = $('section[aria-labelledby=news-heading] li[data-entry=news]');
    expect(news.toArray().map((li) => $(li).find('a').attr('href'))).toEqual([
      '/news/2568/clean-canal-day/',
      '/news/2568/road-repair/',
      '/news/2568/ita-2566-result/',
      '/news/2567/no-gift-pledge/',
    ]);
    expect(readable(news.eq(1))).toBe('อบต.โคกก่อ ซ่อมถนนลูกรังสายบ้านโคกก่อ–บ้านหนองแวงแล้วเสร็จ ข้อมูลตัวอย่าง · 14 กุมภาพันธ์ 2568');
  });
});
