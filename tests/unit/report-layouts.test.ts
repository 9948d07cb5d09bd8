// The layouts agencies really publish (fixtures in tests/fixtures/reports/): the score on the line below
// the indicator (a web table copied as text), the analysis written as a paragraph under each tool, a
// title naming the measures' year, the stated total checked against the scores, and a result
// announcement pasted instead of the report.
import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseReport } from '../../src/lib/import/report';
import { checkReportTotal, joinScoresOnNextLine } from '../../src/lib/import/report-layouts';
import { narrativeFile } from '../../src/lib/import/report-narrative';
import type { FrameworkIndicator } from '../../src/lib/import/report-content';
import { splitLines } from '../../src/lib/import/report-text';
import { parseProseFile } from '../../src/lib/content-check/prose';
import { itaFrameworkSchema } from '../../src/schemas/ita';
import { refusal } from './refusal';

const WEB = readFileSync('tests/fixtures/reports/ita-2567-web-table.txt', 'utf8');
const ANNOUNCEMENT = readFileSync('tests/fixtures/reports/ita-2567-announcement.txt', 'utf8');
const framework = itaFrameworkSchema.parse(parse(readFileSync('nacc/ita/frameworks/2567.yaml', 'utf8')));
const indicators: FrameworkIndicator[] = framework.indicators;

describe('a web table copied as text: each score on the line below its indicator', () => {
  it('reads all ten scores, each at its indicator line', () => {
    const report = parseReport(WEB);
    expect(report.scores.map((s) => [s.indicator, s.score, s.line])).toEqual([
      [1, 85.1, 7],
      [2, 80.25, 9],
      [3, 82, 11],
      [4, 78.4, 13],
      [5, 76.25, 15],
      [6, 84, 19],
      [7, 79.5, 21],
      [8, 81.5, 23],
      [9, 85, 27],
      [10, 75, 29],
    ]);
    expect(report.scores.map((s) => s.tool)).toEqual([
      'IIT',
      'IIT',
      'IIT',
      'IIT',
      'IIT',
      'EIT',
      'EIT',
      'EIT',
      'OIT',
      'OIT',
    ]);
  });

  it('joins a name and the score below it, keeping the file line numbers', () => {
    const lines = joinScoresOnNextLine(splitLines('๑. การปฏิบัติหน้าที่\t\n\n๗๘.๓๑ คะแนน\tรักษาระดับ\n'));
    expect(lines).toEqual([
      { number: 1, text: '๑. การปฏิบัติหน้าที่ 78.31 คะแนน\tรักษาระดับ' },
      { number: 2, text: '' },
      { number: 3, text: '' },
      { number: 4, text: '' },
    ]);
  });
});

describe('a title naming the measures year', () => {
  it('is not an ambiguous year: the ITA of 2567 with measures for fiscal year 2568', () => {
    const report = parseReport(WEB);
    expect([report.assessmentYear, report.measuresYear]).toEqual([2567, 2568]);
    expect(report.title).toContain('ประจำปีงบประมาณ พ.ศ. 2568');
  });

  it('a title naming a third year still stops the import', () => {
    expect(
      refusal(() => parseReport(WEB.replace('ประจำปีงบประมาณ พ.ศ. 2568 องค์การ', 'ประจำปีงบประมาณ พ.ศ. 2570 องค์การ'))),
    ).toMatch(/^ชื่อรายงานระบุปี 2570 แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ 2568 \(ผลการประเมินปี 2567\)/);
  });
});

describe('the stated total', () => {
  it('is read and matches the total of the scores under the 2567 weights (80.62)', () => {
    const report = parseReport(WEB);
    expect(report.statedTotal?.total).toBe(80.62);
    expect(report.statedTotal?.line.number).toBe(3);
    expect(refusal(() => checkReportTotal(report, framework))).toBeUndefined();
  });

  it('stops the import when it differs, naming both totals and the line', () => {
    const report = parseReport(WEB.replace('คะแนนรวม 80.62', 'คะแนนรวม 80.40'));
    expect(refusal(() => checkReportTotal(report, framework))).toBe(
      "คะแนนรวมในรายงาน (80.40) ไม่ตรงกับคะแนนรวมที่คำนวณจากคะแนนรายตัวชี้วัดและน้ำหนักของปีนั้น (80.62): ตรวจคะแนนแต่ละตัวชี้วัดในรายงานว่าพิมพ์ถูกต้อง / the report states a total of 80.40, but the indicator scores and the year's weights give 80.62; check each indicator's score\n" +
        '  บรรทัด 3 / line 3: "ผลการประเมิน ITA ขององค์การบริหารส่วนตำบลตัวอย่าง ได้คะแนนรวม 80.40 คะแนน"',
    );
  });

  it('a misread score shows as a different total', () => {
    const report = parseReport(WEB.replace('85.10', '58.10'));
    expect(refusal(() => checkReportTotal(report, framework))).toMatch(
      /^คะแนนรวมในรายงาน \(80\.62\) ไม่ตรงกับคะแนนรวมที่คำนวณ.*\(79\.00\)/,
    );
  });
});

describe('the analysis written as a paragraph under each tool', () => {
  it('is kept on the report page under its tool, and the scores and the total become Score components', () => {
    const file = narrativeFile(WEB, parseReport(WEB), 'องค์การบริหารส่วนตำบลตัวอย่าง', indicators);
    const body = file.text.split('---\n')[2] ?? '';
    const paragraphs = body.split('\n\n').map((b) => b.trim());
    const at = (start: string) => paragraphs.findIndex((p) => p.startsWith(start));
    expect(at('IIT จากการวิเคราะห์ผลคะแนน พบว่า ตัวชี้วัดการแก้ไขปัญหาการทุจริตได้คะแนนน้อยที่สุด')).toBe(
      at('## แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)') + 2,
    );
    expect(at('EIT จากการวิเคราะห์ผลคะแนน')).toBe(at('## แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)') + 2);
    expect(at('OIT จากการวิเคราะห์ผลคะแนน')).toBe(at('## แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)') + 2);
    expect(body).toContain('ได้คะแนนรวม <Score year={2567} /> คะแนน');
    // No figure is left as text: neither a score below its name nor the total.
    expect(body).not.toMatch(/\d\d\.\d\d/);
    const uses = parseProseFile('f.mdx', file.text, mdxToMdast).uses;
    expect(uses.length).toBe(11);
  });
});

describe('a result announcement instead of the report', () => {
  it('is refused with a message naming the document needed', () => {
    expect(refusal(() => parseReport(ANNOUNCEMENT))).toBe(
      'ไฟล์นี้เป็นประกาศผลการประเมิน ITA ไม่ใช่รายงานการวิเคราะห์ผลการประเมิน: ใช้ไฟล์ "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ" ของหน่วยงาน (OIT ข้อการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส) ที่มีคะแนนรายตัวชี้วัดและตารางมาตรการ / this is the ITA result announcement, not the analysis report; use the organization\'s own analysis report, with the indicator scores and the measures table\n' +
        '  บรรทัด 1 / line 1: "ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567"',
    );
  });

  it('the seed report, which names its result level nowhere, is not mistaken for one', () => {
    const seed = readFileSync('tests/fixtures/reports/ita-2566-analysis-khok-ko.txt', 'utf8');
    expect(parseReport(seed).scores.length).toBe(10);
  });
});
