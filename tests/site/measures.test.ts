// The measures pages of the example site (the seed's FY 2567 plan), and the links between measures
// and ITA indicators in both directions. Nothing here depends on the build date.
import { describe, expect, it } from 'vitest';
import { loadPage, readable, text } from '../helpers/site';

const TOPICS = [
  ['transparent-efficient-service', '1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ'],
  ['e-service', '2. การให้บริการและระบบ E-Service'],
  ['information-channels', '3. ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ'],
  ['public-assets', '4. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ'],
  ['budget-procurement', '5. กระบวนการสร้างความโปร่งใสการใช้งบประมาณและการจัดซื้อจัดจ้าง'],
  ['authority-personnel', '6. กระบวนการควบคุมตรวจสอบการใช้อำนาจและบริหารงานบุคคล'],
  ['anti-corruption', '7. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน'],
];

describe('/measures/2567/ — the whole plan', () => {
  const $ = loadPage('/measures/2567/');

  it('names the plan, the ITA year it answers and the meeting that adopted it', () => {
    expect(text($('h1').text())).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2567');
    expect($('.lead a').attr('href')).toBe('/ita/2566/');
    expect(text($('.lead').text())).toBe('กำหนดจากการวิเคราะห์ผลการประเมิน ITA ปี 2566 · 7 หัวข้อ 13 มาตรการ/กิจกรรม');
    expect(readable($('[data-testid=meeting]'))).toBe(
      'วันที่ประชุม 30 ธันวาคม 2566 ผู้ร่วมพิจารณา ผู้บริหารและเจ้าหน้าที่ องค์การบริหารส่วนตำบลโคกก่อ',
    );
    expect($('[data-testid=meeting] time').attr('datetime')).toBe('2023-12-30');
    expect(text($('[data-meeting-text]').text())).toBe(
      'จากการประชุมองค์การปกครองส่วนท้องถิ่น เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖ ผู้บริหารและเจ้าหน้าที่ ได้ร่วมกันพิจารณาเพื่อกำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใส องค์การบริหารส่วนตำบล โคกก่อ ดังนี้',
    );
  });

  it('has the seven topics in order, each with a stable anchor', () => {
    expect(
      $('section.topic')
        .toArray()
        .map((s) => [$(s).attr('id'), text($(s).find('h2').text())]),
    ).toEqual(TOPICS);
    expect(
      $('[data-testid=topic-index] a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(TOPICS.map(([slug]) => `#${slug}`));
  });

  it('shows the measures, units, timeframe and steps of a topic with the seed wording', () => {
    const t = $('#anti-corruption');
    expect(
      t
        .find('.measure-text')
        .toArray()
        .map((p) => $(p).text()),
    ).toEqual([
      'จัดทำมาตรการป้องกันและมีระบบการติดตามตรวจสอบพฤติกรรมกรรมการทุจริตอย่างชัดเจนและเปิดเผย รวมทั้งนำผลการประเมิน ITA ไปปรับปรุงการทำงาน',
      'จัดทำข้อมูล กิจกรรม/โครงการให้ครบถ้วนและสอดคล้องตามมาตรการ',
      'จัดทำมาตรการดำเนินการจัดการความเสี่ยงการทุจริตประจำปี',
      'จัดให้มีการแต่งตั้งคณะกรรมการขับเคลื่อนเรื่องจริยธรรม',
    ]);
    expect(t.find('[data-units=responsible]').text()).toBe('สำนักปลัด');
    expect(text(t.find('[data-timeframe]').text())).toBe('1 ต.ค. 2566 – 30 ก.ย. 2567');
    expect(
      t
        .find('[data-timeframe] time')
        .toArray()
        .map((el) => $(el).attr('datetime')),
    ).toEqual(['2023-10-01', '2024-09-30']);
    expect(t.find('[data-steps] li').eq(2).text()).toBe(
      "แต่งตั้งคณะกรรมการขับเคลื่อนเรื่องจริยธรรม และจัดทำมาตรฐานทางจริยธรรม และ Dos & Don'ts เพื่อเผยแพร่ให้บุคลากรภายในรับทราบและถือเป็นแนวปฏิบัติ",
    );
    expect(t.find('[data-steps] li')).toHaveLength(4);
  });

  it('names งานพัสดุ responsible and กองคลัง related for budget and procurement', () => {
    expect($('#budget-procurement [data-units=responsible]').text()).toBe('งานพัสดุ');
    expect($('#budget-procurement [data-units=related]').text()).toBe('กองคลัง');
    expect($('[data-units=related]')).toHaveLength(1);
  });

  it('gives topic 1 its steps per measure', () => {
    const steps = $('#transparent-efficient-service .measure')
      .toArray()
      .map((m) => $(m).find('.steps li').length);
    expect(steps).toEqual([3, 2, 2]);
    expect($('#transparent-efficient-service [data-steps]')).toHaveLength(0);
  });

  it('links each topic to the indicator pages it addresses', () => {
    const links = $('section.topic')
      .toArray()
      .map((s) =>
        $(s)
          .find('[data-indicators] a')
          .toArray()
          .map((a) => $(a).attr('href')!.split('/')[3]),
      );
    expect(links).toEqual([
      ['duty-performance', 'service-quality', 'work-improvement'],
      ['service-quality', 'work-improvement'],
      ['communication-efficiency', 'information-disclosure'],
      ['use-of-public-assets'],
      ['budget-use'],
      ['use-of-authority'],
      ['corruption-problem-solving', 'corruption-prevention'],
    ]);
    expect(text($('#e-service [data-indicators]').text())).toBe('6. คุณภาพการดำเนินงาน8. การปรับปรุงการทำงาน');
  });

  it('shows all 13 measures as planned, with no progress yet', () => {
    expect(
      $('.measure [data-status]')
        .toArray()
        .map((s) => $(s).attr('data-status')),
    ).toEqual(Array(13).fill('planned'));
    expect($('.measure [data-status]').first().text()).toBe('วางแผนไว้');
    expect($('[data-progress]')).toHaveLength(0);
    expect($('[data-progress-empty]')).toHaveLength(13);
    expect($('main .example-badge')).toHaveLength(0);
  });

  it('summarises progress: 13 measures, 13 planned, 0 in progress, 0 done', () => {
    const counts = $('[data-testid=progress-summary] [data-count]')
      .toArray()
      .map((d) => [$(d).attr('data-count'), $(d).text()]);
    expect(counts).toEqual([
      ['total', '13'],
      ['planned', '13'],
      ['in-progress', '0'],
      ['done', '0'],
    ]);
  });

  it('draws the one timeframe all seven topics share once: one bar, one sentence, one table row', () => {
    const bars = $('.timeline-bar')
      .toArray()
      .map((b) => [$(b).attr('data-topic'), $(b).attr('data-start'), $(b).attr('data-width'), $(b).attr('style')]);
    expect(bars).toEqual([['all', '0.0000', '1.0000', 'left:0%;width:100%']]);
    expect($('.timeline-chart').attr('aria-hidden')).toBe('true');
    expect(text($('#timeline figcaption').text())).toBe(
      'ระยะเวลาดำเนินงานของแต่ละหัวข้อในปีงบประมาณ 2567 (1 ต.ค. 2566 – 30 ก.ย. 2567)',
    );
    expect(text($('[data-shared-range]').text())).toBe(
      'ทุกหัวข้อ (1–7) ดำเนินงานช่วงเดียวกัน: 1 ต.ค. 2566 – 30 ก.ย. 2567 ตลอดปีงบประมาณ 2567',
    );
    const rows = $('.timeline-table tbody tr')
      .toArray()
      .map((tr) =>
        $(tr)
          .find('th, td')
          .toArray()
          .map((c) => text($(c).text())),
      );
    expect(rows).toEqual([['ทุกหัวข้อ (1–7)', '1 ต.ค. 2566', '30 ก.ย. 2567', 'สิ้นสุดระยะเวลาแล้ว']]);
    // Each date one phrase in one element, kept on one line by the stylesheet.
    expect($('.timeline-table time').length).toBe(2);
    expect(
      $('.timeline-months span')
        .toArray()
        .map((s) => $(s).text()),
    ).toEqual(['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']);
  });

  it('states the build date it measured today from', () => {
    expect($('[data-today] time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text($('[data-today]').text())).toMatch(/^วันนี้คือวันที่สร้างหน้านี้: \d{1,2} \S+ \d{4} · ปีงบประมาณ 2567 /);
  });

  it('is indexed as a measure of FY 2567 with its units as filters', () => {
    const filters = $('[data-pagefind-filter]')
      .toArray()
      .map((s) => $(s).attr('data-pagefind-filter'));
    expect(filters).toEqual([
      'ประเภท:มาตรการ',
      'ปีงบประมาณ:2567',
      'หน่วยงานที่รับผิดชอบ:สำนักปลัด',
      'หน่วยงานที่รับผิดชอบ:งานพัสดุ',
      'หน่วยงานที่รับผิดชอบ:กองคลัง',
    ]);
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toBe('date:2023-12-30');
  });
});

describe('/measures/ — every plan', () => {
  const $ = loadPage('/measures/');

  it('lists the FY 2567 plan with its meeting, counts and topic links', () => {
    expect($('h1').text()).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส');
    const card = $('[data-plan=2567]');
    expect(card.find('h2 a').attr('href')).toBe('/measures/2567/');
    expect(text(card.find('h2 a').text())).toBe('ปีงบประมาณ 2567');
    expect(text(card.find('h2 + p').text())).toBe(
      'กำหนดในการประชุมวันที่ 30 ธันวาคม 2566 จากผลการประเมิน ITA ปี 2566 · 7 หัวข้อ',
    );
    expect(card.find('[data-count=planned]').text()).toBe('13');
    expect(
      card
        .find('.topic-links a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(TOPICS.map(([slug]) => `/measures/2567/#${slug}`));
  });

  it('is in the main menu and on the home page as มาตรการ', () => {
    expect($('.nav-list a[aria-current=page]').text()).toBe('มาตรการ');
    const home = loadPage('/');
    expect(home('.cards a[href="/measures/"]').text()).toBe('มาตรการ');
  });
});

describe('indicator pages and the ITA overview point to the measures', () => {
  it('/ita/2566/service-quality/ lists topics 1 and 2 with their measures and statuses', () => {
    const $ = loadPage('/ita/2566/service-quality/');
    const topics = $('[data-testid=indicator-measures] > li').toArray();
    expect(topics.map((li) => [$(li).children('a').attr('href'), text($(li).children('a').text())])).toEqual([
      ['/measures/2567/#transparent-efficient-service', 'ปีงบประมาณ 2567 หัวข้อที่ 1 กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ'],
      ['/measures/2567/#e-service', 'ปีงบประมาณ 2567 หัวข้อที่ 2 การให้บริการและระบบ E-Service'],
    ]);
    expect($(topics[0]).find('[data-measure]')).toHaveLength(3);
    expect(text($(topics[1]).find('[data-measure]').text())).toBe(
      'จัดให้มีการให้บริการผ่านช่องทางออนไลน์ (E-Service) และทำการเผยแพร่ประชาสัมพันธ์การให้บริการผ่านระบบ (E-Srvce) ให้บุคคลภายนอกได้รับทราบอย่างทั่วถึง วางแผนไว้',
    );
  });

  it('every indicator page links back to exactly the topics that link to it', () => {
    const plan = loadPage('/measures/2567/');
    for (const section of plan('section.topic').toArray()) {
      const slug = plan(section).attr('id')!;
      for (const a of plan(section).find('[data-indicators] a').toArray()) {
        const $ = loadPage(plan(a).attr('href')!);
        const back = $('[data-testid=indicator-measures] > li > a')
          .toArray()
          .map((l) => $(l).attr('href'));
        expect(back).toContain(`/measures/2567/#${slug}`);
      }
    }
    const $ = loadPage('/ita/2566/budget-use/');
    expect(
      $('[data-testid=indicator-measures] > li > a')
        .toArray()
        .map((l) => $(l).attr('href')),
    ).toEqual(['/measures/2567/#budget-procurement']);
  });

  it('/ita/2566/ points from the weakest indicator to topic 7', () => {
    const $ = loadPage('/ita/2566/');
    const first = $('[data-testid=weakest] > li').first();
    expect(text(first.find('[data-weak-indicator]').text())).toBe('การแก้ไขปัญหาการทุจริต 59.01 คะแนน');
    expect(text(first.find('.weak-measures').text())).toBe(
      'มาตรการ: ปีงบประมาณ 2567 หัวข้อที่ 7 กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
    );
    expect(first.find('.weak-measures a').attr('href')).toBe('/measures/2567/#anti-corruption');
  });
});
