// The built example site's HTML: exact figures, grouping, links, and Thai text as a reader sees it.
import { describe, expect, it } from 'vitest';
import { loadPage, readable, text } from '../helpers/site';

describe('/ita/2566/ — the year overview', () => {
  const $ = loadPage('/ita/2566/');

  it('shows the total, the level ต้องปรับปรุง (no letter) and ไม่ผ่านเกณฑ์ of the seed', () => {
    expect(text($('h1').text())).toBe('ผลการประเมิน ITA ปี 2566');
    expect($('[data-total]').text()).toBe('74.58');
    expect($('[data-level]').text()).toBe('ต้องปรับปรุง');
    expect(readable($('[data-testid=result-summary]'))).toContain('ระดับผลการประเมิน ต้องปรับปรุง');
    expect($('meta[name=description]').attr('content')).toContain('คะแนนรวม 74.58 ระดับ ต้องปรับปรุง');
    expect(readable($('[data-testid=result-summary]'))).toContain('ผลเทียบเกณฑ์ 85 คะแนน ไม่ผ่านเกณฑ์');
  });

  it("shows the three tools' averages", () => {
    const tools = $('[data-tool]')
      .toArray()
      .map((el) => [$(el).attr('data-tool'), $(el).find('[data-average]').text()]);
    expect(tools).toEqual([
      ['IIT', '68.45'],
      ['EIT', '73.98'],
      ['OIT', '79.63'],
    ]);
  });

  it('tabulates the ten indicators grouped by tool, linked to their pages', () => {
    const rows = $('#indicators-chart tbody tr')
      .toArray()
      .map((tr) => readable($(tr)));
    expect(rows).toEqual([
      'IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
      '1. การปฏิบัติหน้าที่ 78.31 ต่ำกว่าเกณฑ์',
      '2. การใช้งบประมาณ 67.28 ต่ำกว่าเกณฑ์',
      '3. การใช้อำนาจ 71.44 ต่ำกว่าเกณฑ์',
      '4. การใช้ทรัพย์สินของราชการ 66.20 ต่ำกว่าเกณฑ์',
      '5. การแก้ไขปัญหาการทุจริต 59.01 ต่ำกว่าเกณฑ์',
      'EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
      '6. คุณภาพการดำเนินงาน 72.37 ต่ำกว่าเกณฑ์',
      '7. ประสิทธิภาพการสื่อสาร 76.67 ต่ำกว่าเกณฑ์',
      '8. การปรับปรุงการทำงาน 72.89 ต่ำกว่าเกณฑ์',
      'OIT แบบวัดการเปิดเผยข้อมูลสาธารณะ',
      '9. การเปิดเผยข้อมูล 85.50 ผ่านเกณฑ์',
      '10. การป้องกันการทุจริต 73.75 ต่ำกว่าเกณฑ์',
    ]);
    expect($('#indicators-chart tbody a').first().attr('href')).toBe('/ita/2566/duty-performance/');
    expect($('#indicators-chart td[data-value]').first().attr('data-value')).toBe('78.31');
    expect($('#indicators-chart').attr('data-pass-mark')).toBe('85');
  });

  it('lists the indicators below the pass mark, weakest first', () => {
    const weakest = $('[data-testid=weakest] [data-weak-indicator]')
      .toArray()
      .map((li) => text($(li).text()));
    expect(weakest[0]).toBe('การแก้ไขปัญหาการทุจริต 59.01 คะแนน');
    expect(weakest).toHaveLength(9);
  });
});

describe('/ita/2566/<indicator>/ — one page per indicator', () => {
  const $ = loadPage('/ita/2566/use-of-public-assets/');

  it('has the Thai name as its <h1>, the score and the gap to the pass mark', () => {
    expect($('h1').text()).toBe('การใช้ทรัพย์สินของราชการ');
    expect($('[data-score]').text()).toBe('66.20');
    expect(text($('[data-gap]').text())).toBe('18.80 คะแนน');
    expect(text($('.lead').text())).toBe('ตัวชี้วัดที่ 4 · IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน · ITA ปี 2566');
  });

  it('says when the report gives no note for the indicator', () => {
    expect(text($('[data-note]').text())).toBe('รายงานการวิเคราะห์ผลการประเมินปี 2566 ไม่ได้ระบุประเด็นของตัวชี้วัดนี้');
  });

  it('has a chart figure with its data table and an accessible caption', () => {
    const figure = $('figure#indicator-chart');
    expect(text(figure.find('figcaption').text())).toBe(
      'คะแนนตัวชี้วัดการใช้ทรัพย์สินของราชการ ในแต่ละปีที่ประเมิน เทียบกับเกณฑ์ผ่าน 85 คะแนน',
    );
    expect(readable(figure.find('tbody tr'))).toBe('ITA 2566 66.20 ต่ำกว่าเกณฑ์');
  });

  it('links to the overview and its neighbouring indicators', () => {
    expect($('a[rel=prev]').attr('href')).toBe('/ita/2566/use-of-authority/');
    expect($('a[rel=next]').attr('href')).toBe('/ita/2566/corruption-problem-solving/');
    expect(text($('a[rel=next]').text())).toBe('ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต →');
  });

  it('has pages for all ten indicators at ASCII URLs', () => {
    const slugs = [
      'duty-performance',
      'budget-use',
      'use-of-authority',
      'use-of-public-assets',
      'corruption-problem-solving',
      'service-quality',
      'communication-efficiency',
      'work-improvement',
      'information-disclosure',
      'corruption-prevention',
    ];
    const names = slugs.map((s) => loadPage(`/ita/2566/${s}/`)('h1').text());
    expect(names).toEqual([
      'การปฏิบัติหน้าที่',
      'การใช้งบประมาณ',
      'การใช้อำนาจ',
      'การใช้ทรัพย์สินของราชการ',
      'การแก้ไขปัญหาการทุจริต',
      'คุณภาพการดำเนินงาน',
      'ประสิทธิภาพการสื่อสาร',
      'การปรับปรุงการทำงาน',
      'การเปิดเผยข้อมูล',
      'การป้องกันการทุจริต',
    ]);
  });
});

describe('/ and /ita/', () => {
  it('home shows the organization, the latest total and the ten indicators at a glance', () => {
    const $ = loadPage('/');
    expect($('html').attr('lang')).toBe('th');
    expect($('h1').text()).toBe('องค์การบริหารส่วนตำบลโคกก่อ');
    // Not "ล่าสุด": ITA 2567 and 2568 were assessed (ITA 2569's checklist is the current one), their
    // results are not on the site, and the page says so.
    expect(text($('#latest-heading').text())).toBe('ผลการประเมิน ITA ปี 2566');
    expect(text($('[data-testid=results-not-on-site]').text())).toBe(
      'เป็นผลล่าสุดที่มีบนเว็บไซต์นี้ ผลการประเมินปี 2567–2568 ยังไม่ได้นำขึ้นเว็บไซต์',
    );
    // What the organization does about it: the plan drawn from this result, right under the verdict.
    expect(text($('[data-testid=home-measures]').text())).toBe('หน่วยงานทำอะไรเพื่อปรับปรุง: มาตรการปีงบประมาณ 2567');
    expect($('[data-testid=home-measures] a').attr('href')).toBe('/measures/2567/');
    expect($('[data-total]').text()).toBe('74.58');
    expect($('[data-level]').text()).toBe('ต้องปรับปรุง');
    // Item by item: what a reader sees and hears (the screen-reader words), where it leads, and the bar
    // drawn at the score's length on a 0–100 scale.
    expect(
      $('.glance li')
        .toArray()
        .map((li) => [
          text($(li).text()),
          $(li).find('.visually-hidden').text(),
          $(li).find('a').attr('href'),
          $(li).find('.bar span').attr('style'),
        ]),
    ).toEqual([
      ['1. การปฏิบัติหน้าที่ 78.31 คะแนน ต่ำกว่าเกณฑ์', ' คะแนน ต่ำกว่าเกณฑ์', '/ita/2566/duty-performance/', 'width:78.31%'],
      ['2. การใช้งบประมาณ 67.28 คะแนน ต่ำกว่าเกณฑ์', ' คะแนน ต่ำกว่าเกณฑ์', '/ita/2566/budget-use/', 'width:67.28%'],
      ['3. การใช้อำนาจ 71.44 คะแนน ต่ำกว่าเกณฑ์', ' คะแนน ต่ำกว่าเกณฑ์', '/ita/2566/use-of-authority/', 'width:71.44%'],
      [
        '4. การใช้ทรัพย์สินของราชการ 66.20 คะแนน ต่ำกว่าเกณฑ์',
        ' คะแนน ต่ำกว่าเกณฑ์',
        '/ita/2566/use-of-public-assets/',
        'width:66.2%',
      ],
      [
        '5. การแก้ไขปัญหาการทุจริต 59.01 คะแนน ต่ำกว่าเกณฑ์',
        ' คะแนน ต่ำกว่าเกณฑ์',
        '/ita/2566/corruption-problem-solving/',
        'width:59.01%',
      ],
      ['6. คุณภาพการดำเนินงาน 72.37 คะแนน ต่ำกว่าเกณฑ์', ' คะแนน ต่ำกว่าเกณฑ์', '/ita/2566/service-quality/', 'width:72.37%'],
      [
        '7. ประสิทธิภาพการสื่อสาร 76.67 คะแนน ต่ำกว่าเกณฑ์',
        ' คะแนน ต่ำกว่าเกณฑ์',
        '/ita/2566/communication-efficiency/',
        'width:76.67%',
      ],
      ['8. การปรับปรุงการทำงาน 72.89 คะแนน ต่ำกว่าเกณฑ์', ' คะแนน ต่ำกว่าเกณฑ์', '/ita/2566/work-improvement/', 'width:72.89%'],
      ['9. การเปิดเผยข้อมูล 85.50 คะแนน ผ่านเกณฑ์', ' คะแนน ผ่านเกณฑ์', '/ita/2566/information-disclosure/', 'width:85.5%'],
      [
        '10. การป้องกันการทุจริต 73.75 คะแนน ต่ำกว่าเกณฑ์',
        ' คะแนน ต่ำกว่าเกณฑ์',
        '/ita/2566/corruption-prevention/',
        'width:73.75%',
      ],
    ]);
  });

  it('marks example contact details as examples', () => {
    const $ = loadPage('/');
    expect(text($('.site-footer address').text())).toContain('โทรศัพท์ 0-0000-0000 ข้อมูลตัวอย่าง');
  });

  it('/ita/ lists every year and explains when the trend chart appears', () => {
    const $ = loadPage('/ita/');
    expect(readable($('[data-testid=years-table] tbody tr'))).toBe('ITA 2566 74.58 ต้องปรับปรุง ไม่ผ่านเกณฑ์');
    expect($('figure[data-chart]')).toHaveLength(0);
    expect(text($('main').text())).toContain('แผนภูมิแนวโน้มคะแนนรวมจะแสดงเมื่อมีผลการประเมินตั้งแต่ 2 ปีขึ้นไป');
  });
});
