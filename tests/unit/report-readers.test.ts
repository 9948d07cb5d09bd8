// The readers parseReport is made of, each on the few lines that show what it decides.
import { describe, expect, it } from 'vitest';
import { thrown } from './refusal';
import { checkScores, readScores } from '../../src/lib/import/report-scores';
import { readMeasuresTable } from '../../src/lib/import/report-table';
import { splitLines } from '../../src/lib/import/report-text';
import { readYears } from '../../src/lib/import/report';

const TITLE = 'รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2566';
const SCORES = ['1. การปฏิบัติหน้าที่ ..... 78.31 ..... คะแนน', '2. การใช้งบประมาณ ..... 67.28 ..... คะแนน'];
const HEADER = 'หัวข้อ\tมาตรการ\tผู้รับผิดชอบ\tขั้นตอน\tระยะเวลาดำเนินงาน';
const ROW = '1. การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tสำนักปลัด\tสำรวจข้อมูล\t1 ต.ค. 2566 - 30 ก.ย. 2567';

describe('readScores', () => {
  it('takes the first line naming a year before the scores as the title, and stops at the next year after them', () => {
    const lines = splitLines([TITLE, 'ประจำปี 2599', ...SCORES, '', 'แนวทางในปีงบประมาณ พ.ศ. 2567', HEADER].join('\n'));
    const part = readScores(lines);
    expect(part.title).toEqual({ text: TITLE, year: 2566, line: lines[0] });
    expect(part.scores.map((s) => [s.indicator, s.score, s.line])).toEqual([
      [1, 78.31, 3],
      [2, 67.28, 4],
    ]);
    expect(part.end).toBe(5);
  });

  it('refuses an indicator written twice, quoting the second line', () => {
    const e = thrown(() => readScores(splitLines([SCORES[0], SCORES[0]].join('\n'))));
    expect(e.message).toMatch(/^ตัวชี้วัดที่ 1 ซ้ำ \/ indicator 1 appears twice/);
    expect(e.line).toBe(2);
  });
});

describe('checkScores', () => {
  it('sorts scores written out of order by indicator', () => {
    const lines = splitLines([SCORES[1], SCORES[0]].join('\n'));
    expect(checkScores(readScores(lines).scores, [1, 2], lines).map((s) => s.indicator)).toEqual([1, 2]);
  });
});

describe('readMeasuresTable', () => {
  it('refuses a first row that names no topic', () => {
    const lines = splitLines([HEADER, ROW.replace('1. การเปิดเผยข้อมูล', '')].join('\n'));
    const e = thrown(() => readMeasuresTable(lines, 0));
    expect(e.message).toMatch(/^แถวแรกของตารางมาตรการต้องมีหัวข้อ/);
    expect(e.line).toBe(2);
  });

  it('numbers a topic written without a number after the topics before it', () => {
    const lines = splitLines([HEADER, ROW, ROW.replace('1. การเปิดเผยข้อมูล', 'การป้องกันการทุจริต')].join('\n'));
    expect(readMeasuresTable(lines, 0).topics.map((t) => [t.number, t.title])).toEqual([
      [1, 'การเปิดเผยข้อมูล'],
      [2, 'การป้องกันการทุจริต'],
    ]);
  });
});

describe('readYears', () => {
  const yearsOf = (before: string[]) => {
    const lines = splitLines([...before, ...SCORES, HEADER, ROW].join('\n'));
    const scores = readScores(lines);
    return readYears(scores, readMeasuresTable(lines, scores.end), lines);
  };

  it('reads FY 2567 timeframes as the measures of the ITA 2566, which a title of 2566 confirms', () => {
    expect(yearsOf([TITLE]).assessmentYear).toBe(2566);
  });

  it('asks for --year when the title names another year than the timeframes imply', () => {
    const e = thrown(() => yearsOf([TITLE.replace('2566', '2565')]));
    expect(e.message).toMatch(/^ชื่อรายงานระบุปี 2565 แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ 2567 \(ผลการประเมินปี 2566\)/);
    expect(e.message).toContain('--year 2566');
    expect(e.line).toBe(1);
  });

  it('asks for --year when the meeting falls outside both years', () => {
    const meeting = 'จากการประชุม เมื่อวันที่ 15 พฤศจิกายน 2568 ผู้บริหาร ได้ร่วมกันพิจารณา';
    const lines = splitLines([...SCORES, 'แนวทางในปีงบประมาณ พ.ศ. 2567', meeting, HEADER, ROW].join('\n'));
    const scores = readScores(lines);
    const e = thrown(() => readYears(scores, readMeasuresTable(lines, scores.end), lines));
    expect(e.message).toContain('วันที่ประชุมอยู่ในปีงบประมาณ 2569 ไม่ตรงกับมาตรการปีงบประมาณ 2567');
    expect(e.line).toBe(4);
  });
});
