// Fixture sites for what the seed does not show: reported progress with a done, an in-progress and a
// dropped measure, a timeframe inside the year, today's mark (PRONGSAI_TODAY), Thai digits; and a date
// that does not exist stopping the build.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { buildFixture, type BuildOutcome } from '../helpers/fixtures';
import { loadPage, readable, text } from '../helpers/site';

describe('fixture measures-progress (today = 15 March 2024, Thai digits)', () => {
  let build: BuildOutcome;
  let $: CheerioAPI;
  beforeAll(() => {
    build = buildFixture('measures-progress', { PRONGSAI_TODAY: '2024-03-15' });
    if (build.ok) $ = loadPage('/measures/2567/', build.dist);
  });

  it('builds, checking the content once', () => {
    expect(build.output).toContain('site written to');
    expect(build.output.match(/checked \d+ files, no problems/g)).toHaveLength(1);
    expect(build.ok).toBe(true);
  });

  it('summarises 5 measures: 2 planned, 1 in progress, 1 done, 1 dropped', () => {
    const counts = $('[data-testid=progress-summary] [data-count]')
      .toArray()
      .map((d) => [$(d).attr('data-count'), $(d).text()]);
    expect(counts).toEqual([
      ['total', '๕'],
      ['planned', '๒'],
      ['in-progress', '๑'],
      ['done', '๑'],
      ['dropped', '๑'],
    ]);
    expect(readable($('[data-testid=progress-summary]'))).toBe(
      'มาตรการทั้งหมด ๕ วางแผนไว้ ๒ กำลังดำเนินการ ๑ ดำเนินการแล้ว ๑ ยกเลิก ๑',
    );
  });

  it('shows the progress of a done measure in date order, with evidence and the example badge', () => {
    const m = $('#service-manual');
    expect(m.find('[data-status]').text()).toBe('ดำเนินการแล้ว');
    const entries = m.find('[data-progress]').toArray();
    expect(entries.map((li) => text($(li).text()))).toEqual([
      '๑๕ ม.ค. ๒๕๖๗ แจ้งเวียนคู่มือการปฏิบัติงานให้บุคลากรทราบแล้ว หลักฐาน: ผลการประเมิน ITA ปี 2566 ข้อมูลตัวอย่าง',
      '๒๘ ก.พ. ๒๕๖๗ เผยแพร่คู่มือการปฏิบัติงานบนเว็บไซต์แล้ว หลักฐาน: คู่มือการปฏิบัติงาน ข้อมูลตัวอย่าง',
    ]);
    expect(entries.map((li) => $(li).find('time').attr('datetime'))).toEqual(['2024-01-15', '2024-02-28']);
    expect(entries.map((li) => $(li).find('[data-evidence]').attr('href'))).toEqual([
      '/ita/2566/',
      'https://www.example.org/manual.pdf',
    ]);
    expect($(entries[1]).find('[data-evidence]').attr('rel')).toBe('external noopener');
  });

  it('shows Thai dates in Thai digits: ๑ ต.ค.๒๕๖๖ becomes ๑ ต.ค. ๒๕๖๖', () => {
    expect(text($('#transparent-efficient-service [data-timeframe]').text())).toBe('๑ ต.ค. ๒๕๖๖ – ๓๐ ก.ย. ๒๕๖๗');
    expect(text($('#information-channels [data-timeframe]').text())).toBe('๑ ม.ค. ๒๕๖๗ – ๓๑ มี.ค. ๒๕๖๗');
  });

  it('resolves indicators written as numbers, in number order', () => {
    expect(
      $('#transparent-efficient-service [data-indicators] a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(['/ita/2566/duty-performance/', '/ita/2566/service-quality/']);
  });

  it("places each topic's bar and today's mark on the fiscal year", () => {
    const bars = $('.timeline-bar')
      .toArray()
      .map((b) => [$(b).attr('data-topic'), $(b).attr('style'), $(b).hasClass('starts-before')]);
    expect(bars).toEqual([
      ['transparent-efficient-service', 'left:0%;width:100%', false],
      ['information-channels', 'left:25.137%;width:24.863%', false],
      ['anti-corruption', 'left:0%;width:25.137%', true],
    ]);
    // 15 March 2024 is day 167 of 366: its middle is at 166.5 / 366.
    expect($('.timeline-today').attr('style')).toBe('left:45.492%');
    expect(text($('[data-today]').text())).toBe(
      'วันนี้คือวันที่สร้างหน้านี้: ๑๕ มีนาคม ๒๕๖๗ · วันนี้อยู่ในปีงบประมาณ ๒๕๖๗ (เส้นแนวตั้ง "วันนี้" บนแผนภาพ)',
    );
    expect(
      $('.timeline-table tbody tr')
        .toArray()
        .map((tr) => text($(tr).find('td').last().text())),
    ).toEqual(['อยู่ในระยะเวลาดำเนินงาน', 'อยู่ในระยะเวลาดำเนินงาน', 'สิ้นสุดระยะเวลาแล้ว']);
  });

  it('marks FY 2567 as the current fiscal year on /measures/', () => {
    const index = loadPage('/measures/', build.dist);
    expect(readable(index('[data-plan=2567] h2'))).toBe('ปีงบประมาณ ๒๕๖๗ ปีงบประมาณปัจจุบัน');
  });

  it('shows the status of measures on the indicator page', () => {
    const page = loadPage('/ita/2566/corruption-prevention/', build.dist);
    expect(
      page('[data-testid=indicator-measures] [data-measure]')
        .toArray()
        .map((li) => text(page(li).text())),
    ).toEqual([
      'จัดทำมาตรการดำเนินการจัดการความเสี่ยงการทุจริตประจำปี วางแผนไว้',
      'จัดให้มีการแต่งตั้งคณะกรรมการขับเคลื่อนเรื่องจริยธรรม ยกเลิก',
    ]);
    expect(text(loadPage('/ita/2566/budget-use/', build.dist)('[data-testid=indicator-measures-empty]').text())).toBe(
      'ยังไม่มีมาตรการที่กำหนดจากผลการประเมินปี ๒๕๖๖ สำหรับตัวชี้วัดนี้',
    );
  });
});

describe('fixture measures-bad-date', () => {
  it('stops the build on "31 ก.ย. 2567", naming the file, the field and the reason', () => {
    const build = buildFixture('measures-bad-date');
    expect(build.ok).toBe(false);
    expect(build.output).toContain('tests/fixtures/measures-bad-date/content/measures/2567.yaml');
    expect(build.output).toContain(
      'topics.0.timeframe: วันที่ "31 ก.ย. 2567" ไม่มีอยู่จริงในปฏิทิน / "31 ก.ย. 2567" is not a real calendar date',
    );
    expect(build.output).toContain('Build failed');
  });
});

describe('fixture measures-bad-indicator', () => {
  it('stops the build on an indicator the ITA 2566 framework does not have, naming the file and field', () => {
    const build = buildFixture('measures-bad-indicator');
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      'tests/fixtures/measures-bad-indicator/content/measures/2567.yaml › topics.0.indicators.1',
    );
    expect(build.output).toContain('ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี 2566');
    expect(build.output).toContain(
      'expected an indicator number or slug of the ITA 2566 framework (พบ / found: "public-assets")',
    );
  });
});
