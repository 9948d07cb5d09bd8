// The ITA analysis report importer: the seed, the variants people really produce, and every way it refuses.
import { readFileSync } from 'node:fs';
import { assert, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseReport, ReportError } from '../../src/lib/import/report';
import { cellItems } from '../../src/lib/import/report-text';
import {
  assessmentFile,
  measuresFile,
  proposeIndicators,
  splitUnits,
  type ExistingPlan,
} from '../../src/lib/import/report-content';
import { measuresPlanSchema } from '../../src/schemas/measures';
import { itaFrameworkSchema } from '../../src/schemas/ita';
import { toArabicDigits } from '../../src/lib/thai/format';
import { loadYaml } from './load';

const SEED = readFileSync('tests/fixtures/reports/ita-2566-analysis-khok-ko.txt', 'utf8');
const VARIANT = readFileSync('tests/fixtures/reports/ita-2567-variant.txt', 'utf8');
const ORG = 'องค์การบริหารส่วนตำบลโคกก่อ';
const framework2566 = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The error a parse throws, so tests can assert its exact words. */
function parseError(text: string, options = {}): ReportError {
  try {
    parseReport(text, options);
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error('expected the report to be refused');
}

describe('the seed report (ITA 2566, อบต.โคกก่อ)', () => {
  // Read in each test, not once here: Stryker only sees what a test itself runs.
  const seed = () => parseReport(SEED);

  it('reads the ten scores exactly, grouped under their tools, with the (empty) notes column', () => {
    const report = seed();
    expect(report.scores.map((s) => [s.indicator, s.score, s.tool, s.note])).toEqual([
      [1, 78.31, 'IIT', ''],
      [2, 67.28, 'IIT', ''],
      [3, 71.44, 'IIT', ''],
      [4, 66.2, 'IIT', ''],
      [5, 59.01, 'IIT', ''],
      [6, 72.37, 'EIT', ''],
      [7, 76.67, 'EIT', ''],
      [8, 72.89, 'EIT', ''],
      [9, 85.5, 'OIT', ''],
      [10, 73.75, 'OIT', ''],
    ]);
    expect(report.scores[3]?.name).toBe('การใช้ทรัพย์สินของราชการ');
  });

  it('takes the years from the report: timeframes in FY 2567, so ITA 2566, although the heading says ๒๕๖๖', () => {
    const report = seed();
    expect([report.assessmentYear, report.measuresYear]).toEqual([2566, 2567]);
    expect(report.heading?.year).toBe(2566);
    expect(iso(report.meeting!.date)).toBe('2023-12-30');
  });

  it('reads the seven topics, their rows, and the row that continues after the page break', () => {
    const report = seed();
    expect(
      report.topics.map((t) => [t.number, t.measures.length, t.measures.flatMap((m) => m.activities).length]),
    ).toEqual([
      [1, 3, 3],
      [2, 1, 1],
      [3, 1, 1],
      [4, 1, 1],
      [5, 1, 2],
      [6, 1, 1],
      [7, 1, 4],
    ]);
    const eService = report.topics[1]?.measures[0];
    assert.exists(eService);
    expect(eService.activities).toEqual([
      'จัดให้มีการให้บริการผ่านช่องทางออนไลน์ (E-Service) และทำการเผยแพร่ประชาสัมพันธ์การให้บริการผ่านระบบ (E-Srvce) ให้บุคคลภายนอกได้รับทราบอย่างทั่วถึง',
    ]);
    expect(eService.steps[1]).toBe(
      'จัดทำช่องทาง (E-Service) ให้มีขั้นตอนการวิธีการใช้งานที่สะดวก เข้าใจง่าย สามารถตอบสนองความต้องการแก่ผู้มารับบริการ',
    );
    expect(eService.steps).toHaveLength(3);
    expect(report.topics[6]?.measures[0]?.steps[2]).toBe(
      "แต่งตั้งคณะกรรมการขับเคลื่อนเรื่องจริยธรรม และจัดทำมาตรฐานทางจริยธรรม และ Dos & Don'ts เพื่อเผยแพร่ให้บุคลากรภายในรับทราบและถือเป็นแนวปฏิบัติ",
    );
    expect(report.topics[4]?.measures[0]?.responsible).toBe('งานพัสดุ/ กองคลัง');
  });

  it('writes content/ita/assessments/2566.yaml byte for byte as it was written by hand', () => {
    const report = seed();
    const file = assessmentFile(report, ORG);
    expect(file.path).toBe('ita/assessments/2566.yaml');
    expect(file.text).toBe(readFileSync('examples/khok-ko/content/ita/assessments/2566.yaml', 'utf8'));
  });

  it('writes the FY 2567 plan with the same data as content/measures/2567.yaml, editorial fields aside', () => {
    const report = seed();
    const imported = measuresPlanSchema.parse(parse(measuresFile(report, ORG, framework2566.indicators).text));
    const hand = measuresPlanSchema.parse(loadYaml('examples/khok-ko/content/measures/2567.yaml'));
    // What the report does not say: slugs, ids and the indicators each topic answers.
    const strip = (plan: typeof hand) => ({
      ...plan,
      topics: plan.topics.map(({ slug: _slug, indicators: _ind, ...t }) => ({
        ...t,
        measures: t.measures.map(({ id: _id, ...m }) => m),
      })),
    });
    expect(strip(imported)).toEqual(strip(hand));
    expect(imported.topics.map((t) => t.slug)).toEqual([
      'topic-1',
      'topic-2',
      'topic-3',
      'topic-4',
      'topic-5',
      'topic-6',
      'topic-7',
    ]);
    expect(imported.topics.map((t) => t.indicators)).toEqual([
      ['duty-performance'],
      ['service-quality'],
      ['communication-efficiency', 'information-disclosure'],
      ['use-of-public-assets'],
      ['budget-use'],
      ['use-of-authority'],
      ['corruption-problem-solving', 'corruption-prevention'],
    ]);
  });

  it('re-importing keeps the slugs, ids, indicators, status and progress staff wrote: the same plan as objects', () => {
    const report = seed();
    const existing = loadYaml('examples/khok-ko/content/measures/2567.yaml') as ExistingPlan;
    const measure = existing.topics?.[0]?.measures?.[0];
    assert.exists(measure);
    measure.status = 'done';
    measure.progress = [{ date: '15 ม.ค. 2567', text: 'แจ้งเวียนคู่มือแล้ว' }];
    const text = measuresFile(report, ORG, framework2566.indicators, [existing]).text;
    expect(measuresPlanSchema.parse(parse(text))).toEqual(measuresPlanSchema.parse(existing));
    expect(text).not.toContain('ตรวจสอบ:');
  });

  it('marks what it proposed for review in Thai', () => {
    const report = seed();
    const text = measuresFile(report, ORG, framework2566.indicators).text;
    expect(text).toContain(
      '    # ตรวจสอบ: รายงานไม่ได้ระบุตัวชี้วัด ระบบเสนอจากชื่อหัวข้อ แก้ให้ตรงกับที่หน่วยงานตั้งใจ\n    indicators: [duty-performance]',
    );
    expect(text).toContain(
      '    # รายงานเขียนว่า "งานพัสดุ/ กองคลัง" ในช่อง "ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง"\n    units:\n      responsible: [งานพัสดุ]\n      related: [กองคลัง]',
    );
  });
});

describe('variants people really produce', () => {
  it('reads Arabic digits the same as Thai digits', () => {
    const arabic = parseReport(toArabicDigits(SEED));
    const thai = parseReport(SEED);
    expect(arabic.scores.map((s) => s.score)).toEqual(thai.scores.map((s) => s.score));
    expect([arabic.assessmentYear, arabic.topics.length]).toEqual([2566, 7]);
    expect(arabic.topics[1]?.measures[0]?.timeframeText).toBe('1 ต.ค.2566 - 30 ก.ย.2567');
  });

  it('reads a report of another year: spaces, no dots, "7)", ellipses, notes, two-digit years, a continued row', () => {
    const r = parseReport(VARIANT);
    expect([r.assessmentYear, r.measuresYear]).toEqual([2567, 2568]);
    expect(r.scores.map((s) => s.score)).toEqual([80.12, 70.5, 71.44, 66, 100, 0, 76.67, 72.89, 95, 88.25]);
    expect(r.scores[0]?.note).toBe('รักษาระดับ');
    expect(r.scores[6]?.note).toBe('ปรับปรุงช่องทาง & เพิ่มเพจ');
    expect(r.title).toBe(
      'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนตำบลตัวอย่าง',
    );
    expect(r.topics.map((t) => t.title)).toEqual([
      'การเปิดเผยข้อมูลข่าวสาร',
      'การใช้งบประมาณและการจัดซื้อจัดจ้าง',
      'การป้องกันการทุจริต',
    ]);
    expect(r.topics[0]?.measures[0]?.steps).toEqual(['สำรวจข้อมูล', 'จัดทำข้อมูล', 'เผยแพร่']);
    // A second row of the same topic (empty topic cell, its own timeframe) is a measure of the topic above.
    expect(r.topics[1]?.measures.map((m) => [m.activities, iso(m.start)])).toEqual([
      [['รายงานผลการจัดซื้อจัดจ้างทุกเดือนและเผยแพร่'], '2024-10-01'],
      [['ติดตามการเบิกจ่าย'], '2025-01-01'],
    ]);
    // A row cut by a page break (no topic, no unit, no timeframe) continues the row above.
    expect(r.topics[2]?.measures).toHaveLength(1);
    expect(r.topics[2]?.measures[0]?.activities).toEqual(['จัดทำแผนป้องกันการทุจริตและเผยแพร่ให้ประชาชนทราบ']);
    expect(r.topics[2]?.measures[0]?.steps).toEqual(['ประเมินความเสี่ยง', 'จัดทำแผนและประกาศใช้แผน']);
  });

  it('uses the report title as the assessment source and writes a valid FY 2568 plan', () => {
    const r = parseReport(VARIANT);
    expect(assessmentFile(r, 'x').text).toContain(
      'source: รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนตำบลตัวอย่าง\n',
    );
    expect(assessmentFile(r, 'x').text).toContain('  - { indicator: 4, score: 66.00, note: "" }\n');
    const plan = measuresPlanSchema.parse(
      parse(measuresFile(r, 'องค์การบริหารส่วนตำบลตัวอย่าง', framework2566.indicators).text),
    );
    expect([plan.fiscalYear, plan.assessmentYear, plan.title]).toEqual([
      2568,
      2567,
      'การกำหนดแนวทางในการพัฒนาการประเมินคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. 2568',
    ]);
    expect(plan.meeting.body).toBe('ผู้บริหารและพนักงาน องค์การบริหารส่วนตำบลตัวอย่าง');
    expect(plan.topics[1]?.units).toEqual({ responsible: ['กองคลัง'], related: ['งานพัสดุ'] });
    expect(plan.topics[1]?.measures.map((m) => m.steps)).toEqual([
      ['จัดทำแบบ สขร.1 ทุกเดือน', 'ลงเว็บไซต์ภายในวันที่ 10 ของเดือน'],
      ['สรุปการเบิกจ่ายรายไตรมาส'],
    ]);
  });

  it('splits cells into items: lists, paragraphs, inline numbering', () => {
    expect(cellItems('<ol><li>ก</li> <li>ข</li></ol>')).toEqual(['ก', 'ข']);
    expect(cellItems('<p>๑. จัดทำ</p> <p>๒. แจ้ง</p>')).toEqual(['จัดทำ', 'แจ้ง']);
    expect(cellItems('๑.จัดทำคู่มือ ๒.แจ้งเวียน อบต.หลักด่าน ๓.เผยแพร่')).toEqual(['จัดทำคู่มือ', 'แจ้งเวียน อบต.หลักด่าน', 'เผยแพร่']);
    expect(cellItems('<li>● ประชาสัมพันธ์</li>')).toEqual(['ประชาสัมพันธ์']);
    expect(cellItems('ข้อความเดียว 2.5 เท่า')).toEqual(['ข้อความเดียว 2.5 เท่า']);
    expect(splitUnits('งานพัสดุ/ กองคลัง')).toEqual({ responsible: ['งานพัสดุ'], related: ['กองคลัง'] });
    expect(
      proposeIndicators('กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ', framework2566.indicators).map((i) => i.number),
    ).toEqual([4]);
  });
});

describe('what it cannot read stops it, quoting the line', () => {
  it('a missing indicator', () => {
    const e = parseError(SEED.replace(/^๗\. ประสิทธิภาพการสื่อสาร.*\n/m, ''));
    expect(e.message).toBe(
      'ไม่พบคะแนนของตัวชี้วัดที่ 7 (ควรอยู่ถัดจากบรรทัด 15) / found no score for indicator 7 (expected after line 15)\n' +
        '  บรรทัด 15 / line 15: "๖. คุณภาพการดำเนินงาน ..... ๗๒.๓๗..... คะแนน"',
    );
    expect(e.line).toBe(15);
  });

  it('a score out of range', () => {
    const e = parseError(SEED.replace('๖๖.๒๐', '๖๖๒.๐'));
    expect(e.message).toBe(
      'คะแนนของตัวชี้วัดที่ 4 ต้องอยู่ระหว่าง 0 ถึง 100 แต่พบ 662.0 / expected the score of indicator 4 to be from 0 to 100, found 662.0\n' +
        '  บรรทัด 12 / line 12: "๔. การใช้ทรัพย์สินของราชการ ๖๖๒.๐..... คะแนน"',
    );
  });

  it('a score that is not a number', () => {
    const e = parseError(SEED.replace('..... ๗๖.๖๗..... คะแนน', '..... คะแนน'));
    expect(e.message).toContain('could not read the score of indicator 7');
    expect(e.message).toContain('บรรทัด 16 / line 16: "๗. ประสิทธิภาพการสื่อสาร ..... คะแนน"');
  });

  it('a date it cannot parse', () => {
    const e = parseError(SEED.replace('๓๐ ก.ย.๒๕๖๗\n๒.', '๓๑ ก.ย.๒๕๖๗\n๒.'));
    expect(e.message).toMatch(
      /^อ่านระยะเวลาดำเนินงาน "๑ ต\.ค\.๒๕๖๖ - ๓๑ ก\.ย\.๒๕๖๗" ไม่ได้: วันที่ "๓๑ ก\.ย\.๒๕๖๗" ไม่มีอยู่จริงในปฏิทิน \/ could not read the timeframe/,
    );
    expect(e.line).toBe(29);
  });

  it('a meeting date it cannot parse', () => {
    const e = parseError(SEED.replace('๓๐ ธันวาคม ๒๕๖๖', '๓๐ ธันวา ๒๕๖๖'));
    expect(e.message).toContain('อ่านวันที่ประชุมไม่ได้');
    expect(e.line).toBe(24);
  });

  it('a topic with no timeframe', () => {
    const lines = SEED.split('\n');
    const row = (lines[36] ?? '').replace(/\t[^\t]*$/, '\t');
    lines[36] = row;
    const e = parseError(lines.join('\n'));
    expect(e.message).toBe(
      'ไม่พบระยะเวลาดำเนินงานของหัวข้อ "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ" (ช่องสุดท้ายของแถว เช่น "๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗") / found no timeframe for topic 4 (the row\'s last cell, e.g. "1 ต.ค. 2566 - 30 ก.ย. 2567")\n' +
        `  บรรทัด 37 / line 37: "${row.trim().slice(0, 70)} … ${row.trim().slice(-70)}"`,
    );
  });

  it('years that disagree: asks for --year, which settles it', () => {
    const odd = SEED.replace('ในปีงบประมาณ พ.ศ. ๒๕๖๖', 'ในปีงบประมาณ พ.ศ. ๒๕๗๐');
    const e = parseError(odd);
    expect(e.message).toContain('หัวข้อระบุปีงบประมาณ 2570 แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ 2567 ระบุปีการประเมินด้วย --year');
    expect(e.line).toBe(22);
    const r = parseReport(odd, { year: 2566 });
    expect([r.assessmentYear, r.measuresYear]).toEqual([2566, 2567]);
  });

  it('an indicator the framework does not have', () => {
    const e = parseError(SEED, { indicators: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect(e.message).toContain('indicator 10 is not in the framework (1, 2, 3, 4, 5, 6, 7, 8, 9)');
    expect(e.line).toBe(20);
  });

  it('a text with no scores at all', () => {
    expect(parseError('สวัสดี\n').message).toContain('found no indicator scores');
  });
});

describe('reports without the usual headings', () => {
  it('reads scores with no column heading or tool headings, and a header row worded differently', () => {
    const bare = SEED.replace(/^ตัวชี้วัดของการประเมิน ITA\t.*\n/m, '')
      .replace(/^<b>แบบวัด.*\n/gm, '')
      .replace(/^หัวข้อ\t.*\n/gm, 'ประเด็น\tมาตรการ\tผู้รับผิดชอบ\tขั้นตอน\tระยะเวลาดำเนินงาน\n');
    const r = parseReport(bare);
    expect(r.scores.map((s) => s.score)).toEqual([78.31, 67.28, 71.44, 66.2, 59.01, 72.37, 76.67, 72.89, 85.5, 73.75]);
    expect(r.scores.every((s) => s.tool === undefined)).toBe(true);
    expect(r.topics).toHaveLength(7);
  });
});

describe('a whole fiscal year as the timeframe', () => {
  it('reads "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗" as 1 Oct 2566 – 30 Sep 2567 and notes the wording in the file', () => {
    const r = parseReport(SEED.replace('๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗\n๒.', 'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗\n๒.'));
    const m = r.topics[0]?.measures[2];
    assert.exists(m);
    expect([iso(m.start), iso(m.end), m.timeframeText, m.writtenAs]).toEqual([
      '2023-10-01',
      '2024-09-30',
      '1 ต.ค. 2566 - 30 ก.ย. 2567',
      'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗',
    ]);
    const all = parseReport(SEED.replace(/๑ ต\.ค\.๒๕๖๖ - ๓๐ ก\.ย\.๒๕๖๗/g, 'ตลอดปีงบประมาณ ๒๕๖๗'));
    const text = measuresFile(all, ORG, framework2566.indicators).text;
    expect(text).toContain('    # รายงานเขียนว่า "ตลอดปีงบประมาณ ๒๕๖๗"\n    timeframe: "1 ต.ค. 2566 - 30 ก.ย. 2567"\n');
    expect(measuresPlanSchema.parse(parse(text)).topics.map((t) => iso(t.timeframe.end))).toEqual(
      Array(7).fill('2024-09-30'),
    );
  });

  it('still refuses a timeframe with no dates', () => {
    expect(parseError(SEED.replace('๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗\n๒.', 'ตลอดปี\n๒.')).message).toContain(
      'อ่านระยะเวลาดำเนินงาน "ตลอดปี" ไม่ได้',
    );
  });
});

describe('rows cut short by a page break', () => {
  it('a continuation row that keeps only its first cell still continues the row above', () => {
    const lines = SEED.split('\n');
    // The seed's continuation row of topic 2, with the steps' continuation dropped: "<TAB>activity text".
    const at = lines.findIndex((l) => l.startsWith('\tผ่านระบบ (E-Srvce)'));
    lines[at] = '\tผ่านระบบ (E-Srvce) ให้บุคคลภายนอกได้รับทราบอย่างทั่วถึง';
    const r = parseReport(lines.join('\n'));
    expect(r.topics[1]?.measures[0]?.activities).toEqual([
      'จัดให้มีการให้บริการผ่านช่องทางออนไลน์ (E-Service) และทำการเผยแพร่ประชาสัมพันธ์การให้บริการผ่านระบบ (E-Srvce) ให้บุคคลภายนอกได้รับทราบอย่างทั่วถึง',
    ]);
    expect(r.topics[1]?.measures[0]?.steps.at(-1)).toBe(
      'จัดทำช่องทาง (E-Service) ให้มีขั้นตอนการวิธีการใช้งานที่สะดวก เข้าใจง่าย สามารถ',
    );
  });
});
