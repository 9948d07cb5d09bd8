// The readers of an ITA analysis report at their edges: where part 1 starts and ends, what a score line
// may look like, which rows of the measures table continue the row above, and which year each line names.
import { describe, expect, it } from 'vitest';
import { thrown } from './refusal';
import { checkScores, readScores } from '../../src/lib/import/report-scores';
import { readMeasuresTable } from '../../src/lib/import/report-table';
import { splitLines } from '../../src/lib/import/report-text';
import { parseReport } from '../../src/lib/import/report';
import { isoDate } from '../../src/lib/thai/format';
import { itaFrameworkSchema } from '../../src/schemas/ita';
import { loadYaml } from './load';

const TITLE = 'รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2566';
const HEADER = 'หัวข้อ\tมาตรการ\tผู้รับผิดชอบ\tขั้นตอน\tระยะเวลาดำเนินงาน';
const FY2567 = '1 ต.ค. 2566 - 30 ก.ย. 2567';
const ROW = `1. การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tสำนักปลัด\tสำรวจข้อมูล\t${FY2567}`;
/** The ten indicators' names, as the 2566 framework writes them. */
const NAMES = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml')).indicators.map((i) => i.name);
/** Ten indicator lines as the seed writes them, "<n>. <name> ..... <score> ..... คะแนน", scoring 71.50 to 80.50. */
const tenScores = () => NAMES.map((name, i) => `${i + 1}. ${name} ..... ${71 + i}.50 ..... คะแนน`);

const scoresOf = (...lines: string[]) => readScores(splitLines(lines.join('\n')));

describe('part 1: where the scores start', () => {
  it('a sentence mentioning indicators, with no tab, is not the column heading: a year in it makes it the title', () => {
    const part = scoresOf('ตัวชี้วัดของการประเมิน ITA ประจำปี 2566', ...tenScores().slice(0, 2));
    expect(part.title?.text).toBe('ตัวชี้วัดของการประเมิน ITA ประจำปี 2566');
    expect(part.scores.map((s) => s.score)).toEqual([71.5, 72.5]);
  });

  it('after the column heading, a line naming a year is not the title', () => {
    const part = scoresOf('ตัวชี้วัดของการประเมิน ITA\tประเด็น', 'ผลการประเมินปี 2566', ...tenScores().slice(0, 1));
    expect(part.title).toBeUndefined();
    expect(part.scores).toHaveLength(1);
  });

  it('without headings, the scores start at the first numbered line with a figure and "คะแนน"', () => {
    const part = scoresOf('1. บทนำ ประจำปี 2566', ' 10) การป้องกันการทุจริต 80 คะแนน');
    expect(part.title?.text).toBe('1. บทนำ ประจำปี 2566');
    expect(part.scores.map((s) => [s.indicator, s.score])).toEqual([[10, 80]]);
  });

  it('a numbered line before the scores that states no score is not a score', () => {
    const part = scoresOf('2. วิธีการประเมิน 3 ขั้นตอน', '1. การปฏิบัติหน้าที่ 78.31 คะแนน');
    expect(part.scores.map((s) => s.indicator)).toEqual([1]);
  });
});

describe('part 1: the tool headings', () => {
  it('a heading naming a tool in brackets groups the scores under it; the column heading after it keeps it', () => {
    const part = scoresOf(
      'แบบวัด (EIT)',
      'ตัวชี้วัด\tประเด็น',
      '6. คุณภาพการดำเนินงาน 72.37 คะแนน',
      'แบบวัด (OIT)',
      '9. การเปิดเผยข้อมูล 85.50 คะแนน',
    );
    expect(part.scores.map((s) => [s.indicator, s.tool])).toEqual([
      [6, 'EIT'],
      [9, 'OIT'],
    ]);
  });

  it('a score line that names a tool is a score, not a heading', () => {
    const part = scoresOf('แบบวัด (IIT)', '9. การเปิดเผยข้อมูล (OIT) 85.50 คะแนน');
    expect(part.scores.map((s) => [s.indicator, s.name, s.tool, s.score])).toEqual([
      [9, 'การเปิดเผยข้อมูล (OIT)', 'IIT', 85.5],
    ]);
  });
});

describe('part 1: where the scores end', () => {
  it('a line naming a year after the scores ends part 1, unless it states a score', () => {
    const lines = splitLines(
      [
        '1. การปฏิบัติหน้าที่ 78.31 คะแนน',
        'ผลคะแนนปี 2566 เฉลี่ย 75.00 คะแนน',
        '2. การใช้งบประมาณ 67.28 คะแนน',
        'แนวทางในปีงบประมาณ พ.ศ. 2567',
        '3. การใช้อำนาจ 71.44 คะแนน',
      ].join('\n'),
    );
    const part = readScores(lines);
    expect(part.scores.map((s) => s.indicator)).toEqual([1, 2]);
    expect(part.end).toBe(3);
  });

  it('the table header row ends part 1 even before any score', () => {
    expect(scoresOf('', HEADER, '1. การปฏิบัติหน้าที่ 78.31 คะแนน')).toEqual({ scores: [], end: 1 });
  });

  it('a report with nothing after the scores ends part 1 at its last line', () => {
    expect(scoresOf('1. การปฏิบัติหน้าที่ 78.31 คะแนน', '').end).toBe(2);
  });
});

describe('part 1: a score line', () => {
  it('is read with its name, its score and its note, the note empty when there is no second column', () => {
    const [noNote, note] = scoresOf(
      '1. การปฏิบัติหน้าที่ ..... 78.31 ..... คะแนน',
      '2. การใช้งบประมาณ ..... 67.28 ..... คะแนน\t<p>ปรับปรุง &amp; รักษาระดับ</p>',
    ).scores;
    expect(noNote).toEqual({ indicator: 1, name: 'การปฏิบัติหน้าที่', tool: undefined, score: 78.31, note: '', line: 1 });
    expect(Object.keys(noNote ?? {})).not.toContain('tool');
    expect(note?.note).toBe('ปรับปรุง & รักษาระดับ');
  });

  it('accepts 0 and 100, and refuses 100.01 and a score written with a minus sign (ASCII or U+2212)', () => {
    expect(scoresOf('1. ก 0 คะแนน', '2. ข 100.00 คะแนน').scores.map((s) => s.score)).toEqual([0, 100]);
    const over = thrown(() => scoresOf('1. ก 100.01 คะแนน'));
    expect(over.message).toBe(
      'คะแนนของตัวชี้วัดที่ 1 ต้องอยู่ระหว่าง 0 ถึง 100 แต่พบ 100.01 / expected the score of indicator 1 to be from 0 to 100, found 100.01\n' +
        '  บรรทัด 1 / line 1: "1. ก 100.01 คะแนน"',
    );
    expect(thrown(() => scoresOf('1. ก −0.01 คะแนน')).message).toContain('แต่พบ −0.01 /');
    expect(thrown(() => scoresOf('1. ก -0.01 คะแนน')).message).toContain('แต่พบ -0.01 /');
  });

  it('a missing score is refused naming the indicator and the form expected', () => {
    const e = thrown(() => scoresOf('1. การปฏิบัติหน้าที่ 78.31 คะแนน', '2. การใช้งบประมาณ ..... คะแนน'));
    expect(e.message).toBe(
      'อ่านคะแนนของตัวชี้วัดที่ 2 ไม่ได้ ต้องเป็นตัวเลข เช่น "๗๘.๓๑ คะแนน" / could not read the score of indicator 2; expected a number such as "78.31 คะแนน"\n' +
        '  บรรทัด 2 / line 2: "2. การใช้งบประมาณ ..... คะแนน"',
    );
    expect(e.line).toBe(2);
  });

  it('two decimals are read; a third is refused', () => {
    expect(scoresOf('1. ก 78.31 คะแนน').scores[0]?.score).toBe(78.31);
    expect(thrown(() => scoresOf('1. ก 78.311 คะแนน')).message).toMatch(
      /^คะแนนของตัวชี้วัดที่ 1 มีทศนิยมเกินสองตำแหน่ง \(78\.311\)/,
    );
  });
});

describe('part 1: every indicator once', () => {
  const lines = splitLines(tenScores().join('\n'));
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('no score at all is refused without a line', () => {
    const e = thrown(() => checkScores([], ten, []));
    expect(e.message).toBe(
      'ไม่พบคะแนนรายตัวชี้วัด (บรรทัดแบบ "๑. การปฏิบัติหน้าที่ ..... ๗๘.๓๑ ..... คะแนน") / found no indicator scores (lines such as "1. การปฏิบัติหน้าที่ ..... 78.31 ..... คะแนน")',
    );
    expect(e.line).toBeUndefined();
  });

  it('a missing first indicator is reported at the first score read', () => {
    const scores = readScores(lines).scores.filter((s) => s.indicator !== 1);
    const e = thrown(() => checkScores(scores, ten, lines));
    expect(e.message).toMatch(/^ไม่พบคะแนนของตัวชี้วัดที่ 1 \(ควรอยู่ถัดจากบรรทัด 2\)/);
    expect(e.line).toBe(2);
  });

  it('a missing indicator is reported after the indicator before it, wherever that was written', () => {
    const shuffled = splitLines([...tenScores().slice(5), ...tenScores().slice(0, 4)].join('\n'));
    const e = thrown(() => checkScores(readScores(shuffled).scores, ten, shuffled));
    expect(e.message).toMatch(
      /^ไม่พบคะแนนของตัวชี้วัดที่ 5 \(ควรอยู่ถัดจากบรรทัด 9\) \/ found no score for indicator 5 \(expected after line 9\)/,
    );
    expect(e.line).toBe(9);
  });

  it('an extra indicator is refused at its line, naming the framework indicators', () => {
    const eleven = splitLines([...tenScores(), '11. การบริหาร ..... 80.00 ..... คะแนน'].join('\n'));
    const e = thrown(() => checkScores(readScores(eleven).scores, ten, eleven));
    expect(e.message).toBe(
      'ไม่มีตัวชี้วัดที่ 11 ในกรอบการประเมิน (มี 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) / indicator 11 is not in the framework (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)\n' +
        '  บรรทัด 11 / line 11: "11. การบริหาร ..... 80.00 ..... คะแนน"',
    );
  });
});

describe('part 2: the prose before the table', () => {
  it('the first line naming a year is the heading; a later one is not', () => {
    const lines = splitLines(['แนวทาง ปีงบประมาณ 2567', 'ข้อความ ปี 2599', HEADER, ROW].join('\n'));
    expect(readMeasuresTable(lines, 0).heading).toEqual({ text: 'แนวทาง ปีงบประมาณ 2567', year: 2567, line: 1 });
  });

  it('a line naming a year after the table has started is not the heading', () => {
    const lines = splitLines([HEADER, ROW, 'หมายเหตุ ปีงบประมาณ 2567'].join('\n'));
    expect(readMeasuresTable(lines, 0).heading).toBeUndefined();
  });

  it('reads the first meeting sentence and its date, Thai digits and all; a second one is not read', () => {
    const lines = splitLines(
      ['จากการประชุม เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖ ผู้บริหาร ได้ร่วมกันพิจารณา', 'การประชุมครั้งต่อไป วันที่ ไม่ระบุ', HEADER, ROW].join('\n'),
    );
    const { meeting } = readMeasuresTable(lines, 0);
    expect([meeting?.text, isoDate(meeting!.date), meeting?.line]).toEqual([
      'จากการประชุม เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖ ผู้บริหาร ได้ร่วมกันพิจารณา',
      '2023-12-30',
      1,
    ]);
  });

  it('a meeting sentence without a date is refused at its line', () => {
    const e = thrown(() => readMeasuresTable(splitLines(['มีการประชุมแล้ว', HEADER, ROW].join('\n')), 0));
    expect(e.message).toBe(
      'อ่านวันที่ประชุมไม่ได้ ต้องเป็นเช่น "เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖" / could not read the meeting date; expected e.g. "เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖"\n' +
        '  บรรทัด 1 / line 1: "มีการประชุมแล้ว"',
    );
  });

  it('a line of two cells before the first topic is prose, not a row', () => {
    const lines = splitLines(['\tหมายเหตุ', HEADER, ROW].join('\n'));
    expect(readMeasuresTable(lines, 0).topics.map((t) => t.measures.length)).toEqual([1]);
  });

  it('starts at the line it is given', () => {
    const lines = splitLines(['ผลคะแนน ปีงบประมาณ 2566', 'แนวทาง ปีงบประมาณ 2567', HEADER, ROW].join('\n'));
    expect(readMeasuresTable(lines, 1).heading?.year).toBe(2567);
  });
});

describe('part 2: the rows of the measures table', () => {
  const table = (...rows: string[]) => readMeasuresTable(splitLines([HEADER, ...rows].join('\n')), 0);

  it('skips the dashes a page break leaves and the header row repeated after it', () => {
    const part = table(ROW, '--\t---\t--\t--\t--', ' - - ', HEADER, ROW.replace('1. การเปิดเผยข้อมูล', '2. การป้องกัน'));
    expect(part.topics.map((t) => [t.number, t.title, t.line])).toEqual([
      [1, 'การเปิดเผยข้อมูล', 2],
      [2, 'การป้องกัน', 6],
    ]);
  });

  it('reads the topic number in Thai digits, with ")" or no mark after it', () => {
    const part = table(
      ROW.replace('1. การเปิดเผยข้อมูล', '๑๒) การเปิดเผยข้อมูล'),
      ROW.replace('1. การเปิดเผยข้อมูล', '3 การป้องกัน'),
    );
    expect(part.topics.map((t) => [t.number, t.title])).toEqual([
      [12, 'การเปิดเผยข้อมูล'],
      [3, 'การป้องกัน'],
    ]);
  });

  it('reads each cell of a row: items, the unit as written, and the timeframe', () => {
    const [measure] = table(
      `1. ก\t<ul><li>ปรับปรุงเว็บไซต์</li><li>แต่งตั้งผู้ดูแล</li></ul>\t งานพัสดุ/ กองคลัง \t1. สำรวจ 2. เผยแพร่\t${FY2567}`,
    ).topics[0]!.measures;
    expect(measure).toEqual({
      activities: ['ปรับปรุงเว็บไซต์', 'แต่งตั้งผู้ดูแล'],
      responsible: 'งานพัสดุ/ กองคลัง',
      steps: ['สำรวจ', 'เผยแพร่'],
      timeframeText: FY2567,
      start: new Date(Date.UTC(2023, 9, 1)),
      end: new Date(Date.UTC(2024, 8, 30)),
      line: 2,
    });
  });

  it('a row with no topic but its own unit is a measure of its own, refused when it has no timeframe', () => {
    const e = thrown(() => table(ROW, '\tติดตามผล\tกองคลัง\tสรุปผล\t'));
    expect(e.message).toMatch(/^ไม่พบระยะเวลาดำเนินงานของหัวข้อ "การเปิดเผยข้อมูล" .* found no timeframe for topic 1 /);
    expect(e.line).toBe(3);
  });

  it('a row with no topic but its own timeframe is a new measure of the topic above', () => {
    const part = table(ROW, `\tติดตามผล\t\tสรุปผล\t1 ม.ค. 2567 - 31 มี.ค. 2567`);
    expect(part.topics[0]?.measures.map((m) => [m.activities, m.steps, isoDate(m.start)])).toEqual([
      [['ปรับปรุงเว็บไซต์'], ['สำรวจข้อมูล'], '2023-10-01'],
      [['ติดตามผล'], ['สรุปผล'], '2024-01-01'],
    ]);
  });

  it('a row with no topic, no unit and no timeframe continues the cells of the row above', () => {
    const part = table(ROW, '\tและแผนงาน\t\tและเผยแพร่\t', '\tให้ทันสมัย');
    expect(part.topics[0]?.measures.map((m) => [m.activities, m.steps])).toEqual([
      [['ปรับปรุงเว็บไซต์และแผนงานให้ทันสมัย'], ['สำรวจข้อมูลและเผยแพร่']],
    ]);
  });

  it('a cell continued inside an open list item joins that item', () => {
    const part = table(
      `1. ก\t<ul><li>ปรับปรุง</li><li>แต่งตั้ง\tสำนักปลัด\t<ol><li>สำรวจ\t${FY2567}`,
      '\tผู้ดูแล</li></ul>\t\tข้อมูล</li></ol>\t',
    );
    expect(part.topics[0]?.measures.map((m) => [m.activities, m.steps])).toEqual([
      [['ปรับปรุง', 'แต่งตั้งผู้ดูแล'], ['สำรวจข้อมูล']],
    ]);
  });

  it('the timeframe is the last cell from the fifth on that has text, not one that has only markup', () => {
    const [measure] = table(`1. ก\tข\tสำนักปลัด\tค\t${FY2567}\t<br>\t `).topics[0]!.measures;
    expect(measure?.timeframeText).toBe(FY2567);
  });

  it('a timeframe written as a whole fiscal year keeps the words as written; a range keeps none', () => {
    const part = table(ROW.replace(FY2567, ' ตลอดปีงบประมาณ   2567 '), ROW.replace('1. การเปิดเผยข้อมูล', '2. ข'));
    expect(part.topics.map((t) => t.measures[0]?.writtenAs)).toEqual(['ตลอดปีงบประมาณ 2567', undefined]);
    expect(Object.keys(part.topics[1]!.measures[0]!)).not.toContain('writtenAs');
  });

  it('a timeframe it cannot read is refused with the date message, in Thai and English', () => {
    const e = thrown(() => table(ROW.replace(FY2567, '1 ต.ค. 2566')));
    expect(e.message).toBe(
      'อ่านระยะเวลาดำเนินงาน "1 ต.ค. 2566" ไม่ได้: ช่วงเวลา "1 ต.ค. 2566" ต้องมีวันเริ่มและวันสิ้นสุด เช่น "1 ต.ค. 2566 - 30 ก.ย. 2567" / could not read the timeframe: expected a range "start - end"\n' +
        `  บรรทัด 2 / line 2: "${ROW.replace(FY2567, '1 ต.ค. 2566')}"`,
    );
    expect(e.line).toBe(2);
  });

  it('a table with no rows is refused', () => {
    const e = thrown(() => table());
    expect(e.message).toBe(
      'ไม่พบตารางมาตรการ (แถวหัวตาราง "หัวข้อ<TAB>…" และแถวของแต่ละหัวข้อ) / found no measures table (a header row "หัวข้อ<TAB>…" and a row per topic)',
    );
    expect(e.line).toBeUndefined();
  });
});

describe('the years of a whole report', () => {
  const report = (...lines: string[]) => parseReport([...tenScores(), ...lines].join('\n'));

  it('the measures are for the fiscal year their earliest timeframe starts in', () => {
    const r = report(HEADER, ROW.replace(FY2567, '1 ต.ค. 2567 - 30 ก.ย. 2568'), ROW.replace('1.', '2.'));
    expect([r.assessmentYear, r.measuresYear]).toEqual([2566, 2567]);
    expect(r.yearReason).toBe(
      'ระยะเวลาดำเนินงานเริ่มในปีงบประมาณ 2567 จึงเป็นมาตรการปี 2567 จากผลการประเมินปี 2566 / the timeframes start in FY 2567, so these are the FY 2567 measures from the ITA 2566',
    );
  });

  it('a heading naming the measures year agrees; one naming a third year stops the import at the heading', () => {
    expect(report('แนวทางในปีงบประมาณ พ.ศ. 2567', HEADER, ROW).heading?.year).toBe(2567);
    expect(report('แนวทางในปีงบประมาณ พ.ศ. 2566', HEADER, ROW).heading?.year).toBe(2566);
    const e = thrown(() => report('แนวทางในปีงบประมาณ พ.ศ. 2565', HEADER, ROW));
    expect(e.message).toBe(
      'หัวข้อระบุปีงบประมาณ 2565 แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ 2567 ระบุปีการประเมินด้วย --year เช่น npm run import -- --year 2566 <ไฟล์รายงาน> / the heading names FY 2565 but the timeframes are FY 2567; give the assessment year with --year\n' +
        '  บรรทัด 11 / line 11: "แนวทางในปีงบประมาณ พ.ศ. 2565"',
    );
  });

  it('a title naming the assessment year or the measures year agrees; the error names both when not', () => {
    expect(parseReport([TITLE, ...tenScores(), HEADER, ROW].join('\n')).title).toBe(TITLE);
    expect(parseReport([TITLE.replace('2566', '2567'), ...tenScores(), HEADER, ROW].join('\n')).assessmentYear).toBe(
      2566,
    );
    const e = thrown(() => parseReport([TITLE.replace('2566', '2568'), ...tenScores(), HEADER, ROW].join('\n')));
    expect(e.message).toBe(
      'ชื่อรายงานระบุปี 2568 แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ 2567 (ผลการประเมินปี 2566) ระบุปีการประเมินด้วย --year เช่น npm run import -- --year 2566 <ไฟล์รายงาน> / the title names 2568 but the timeframes are FY 2567 (ITA 2566); give the assessment year with --year\n' +
        `  บรรทัด 1 / line 1: "${TITLE.replace('2566', '2568')}"`,
    );
  });

  it('a meeting in the assessment year or the measures year agrees; one before both stops the import', () => {
    const meeting = (date: string) => `จากการประชุม เมื่อวันที่ ${date} ผู้บริหาร ได้ร่วมกันพิจารณา`;
    const heading = 'แนวทางในปีงบประมาณ พ.ศ. 2567';
    expect(isoDate(report(heading, meeting('1 ต.ค. 2565'), HEADER, ROW).meeting!.date)).toBe('2022-10-01');
    expect(isoDate(report(heading, meeting('30 ก.ย. 2567'), HEADER, ROW).meeting!.date)).toBe('2024-09-30');
    const e = thrown(() => report(heading, meeting('30 ก.ย. 2565'), HEADER, ROW));
    expect(e.message).toBe(
      'วันที่ประชุมอยู่ในปีงบประมาณ 2565 ไม่ตรงกับมาตรการปีงบประมาณ 2567 ระบุปีการประเมินด้วย --year เช่น npm run import -- --year 2566 <ไฟล์รายงาน> / the meeting falls in FY 2565, not with the FY 2567 measures; give the assessment year with --year\n' +
        '  บรรทัด 12 / line 12: "จากการประชุม เมื่อวันที่ 30 ก.ย. 2565 ผู้บริหาร ได้ร่วมกันพิจารณา"',
    );
  });

  it('--year settles the years and says so; the report then has no title, heading, meeting or total', () => {
    const r = parseReport([...tenScores(), HEADER, ROW].join('\n'), { year: 2570 });
    expect([r.assessmentYear, r.measuresYear, r.yearReason]).toEqual([
      2570,
      2571,
      'ปีการประเมินจาก --year 2570 / assessment year from --year',
    ]);
    expect(Object.keys(r)).toEqual(['assessmentYear', 'measuresYear', 'yearReason', 'scores', 'topics']);
  });

  it('the indicators to expect come from the framework when given', () => {
    const r = parseReport([...tenScores().slice(0, 3), HEADER, ROW].join('\n'), { indicators: [1, 2, 3] });
    expect(r.scores.map((s) => s.score)).toEqual([71.5, 72.5, 73.5]);
    expect(() => parseReport([...tenScores().slice(0, 3), HEADER, ROW].join('\n'))).toThrow(
      'ไม่พบคะแนนของตัวชี้วัดที่ 4 (ควรอยู่ถัดจากบรรทัด 3)',
    );
  });

  it('reads the stated total only from part 1', () => {
    const withTotal = report('คะแนนรวม 76.00 คะแนน', HEADER, ROW);
    expect(withTotal.statedTotal).toEqual({ total: 76, line: { number: 11, text: 'คะแนนรวม 76.00 คะแนน' } });
    expect(report(HEADER, ROW, 'คะแนนรวม 76.00 คะแนน').statedTotal).toBeUndefined();
  });
});

describe('part 2: lines that are not rows', () => {
  const table = (...rows: string[]) => readMeasuresTable(splitLines([HEADER, ...rows].join('\n')), 0);

  it('a line of empty cells before the first row is passed over, not read as a row without a topic', () => {
    expect(table('\t\t\t\t', ROW).topics.map((t) => t.title)).toEqual(['การเปิดเผยข้อมูล']);
  });

  it('a row of three cells is a row: its missing timeframe is refused', () => {
    const e = thrown(() => table('1. การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tสำนักปลัด'));
    expect(e.message).toMatch(/^ไม่พบระยะเวลาดำเนินงานของหัวข้อ "การเปิดเผยข้อมูล"/);
  });

  it('after a row, a line of two cells with text in the first is prose, not a row', () => {
    const part = table(ROW, 'หมายเหตุ\tดำเนินการทุกปี');
    expect(part.topics.map((t) => [t.title, t.measures.length])).toEqual([['การเปิดเผยข้อมูล', 1]]);
  });
});

describe('more edges of part 1 and part 2', () => {
  it('a line before the scores that only mentions a numbered item scoring is the title, not the start of the scores', () => {
    const part = scoresOf('ประจำปี 2566 ตามข้อ 1) ได้ 10 คะแนน', '1. การปฏิบัติหน้าที่ 78.31 คะแนน');
    expect(part.title?.text).toBe('ประจำปี 2566 ตามข้อ 1) ได้ 10 คะแนน');
    expect(part.scores.map((s) => s.indicator)).toEqual([1]);
  });

  it('without headings, a first score written "1 . name" starts the scores', () => {
    expect(scoresOf('1 . การปฏิบัติหน้าที่ 78.31 คะแนน').scores.map((s) => s.score)).toEqual([78.31]);
  });

  it('a numbered line about "คะแนน" with no figure is not taken for a score line', () => {
    const part = scoresOf('1. วิธีการให้คะแนน', '1. การปฏิบัติหน้าที่ 78.31 คะแนน');
    expect(part.scores.map((s) => [s.indicator, s.line])).toEqual([[1, 2]]);
  });

  it('a prose line that starts or ends with a dash is prose, not a page-break line of dashes', () => {
    const lines = splitLines(['- แนวทางในปีงบประมาณ 2567 -', HEADER, ROW].join('\n'));
    expect(readMeasuresTable(lines, 0).heading?.text).toBe('- แนวทางในปีงบประมาณ 2567 -');
  });

  it('a topic title with a number inside it keeps its whole title and takes the next number', () => {
    const lines = splitLines([HEADER, ROW.replace('1. การเปิดเผยข้อมูล', 'การป้องกัน 2 ด้าน')].join('\n'));
    expect(readMeasuresTable(lines, 0).topics.map((t) => [t.number, t.title])).toEqual([[1, 'การป้องกัน 2 ด้าน']]);
  });

  it('a first row that names no topic is refused in Thai and English', () => {
    const e = thrown(() => readMeasuresTable(splitLines([HEADER, '\tปรับปรุง\tสำนักปลัด\tสำรวจ\t'].join('\n')), 0));
    expect(e.message).toBe(
      'แถวแรกของตารางมาตรการต้องมีหัวข้อ / expected the first row of the measures table to name its topic\n' +
        '  บรรทัด 2 / line 2: "ปรับปรุง\tสำนักปลัด\tสำรวจ"',
    );
  });
});
