// The report layouts at their edges (src/lib/import/report-layouts.ts): which lines are joined to the score
// below them, which line states the total, how close the stated total must be, and when a file is taken
// for a result announcement.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/import/report';
import {
  checkReportTotal,
  checkStatedTotal,
  joinScoresOnNextLine,
  readStatedTotal,
  refuseAnnouncement,
} from '../../src/lib/import/report-layouts';
import { splitLines } from '../../src/lib/import/report-text';
import { itaFrameworkSchema } from '../../src/schemas/ita';
import { loadYaml } from './load';
import { refusal } from './refusal';

const joined = (text: string) => joinScoresOnNextLine(splitLines(text)).map((l) => l.text);

describe('a score on the line below its indicator', () => {
  it('is joined to the name, skipping empty lines, with the note after a tab and the name trimmed', () => {
    expect(joined('1. การปฏิบัติหน้าที่ \t \n \n85.10\n2) การใช้งบประมาณ\n๘๐.๒๕ คะแนน\tรักษาระดับ')).toEqual([
      '1. การปฏิบัติหน้าที่ 85.10 คะแนน',
      ' ',
      '',
      '2) การใช้งบประมาณ 80.25 คะแนน\tรักษาระดับ',
      '',
    ]);
  });

  it('is read in a web table cell wrapped in tags', () => {
    expect(joined('<td>1. การปฏิบัติหน้าที่</td>\n<td>85.10</td>')).toEqual(['<td>1. การปฏิบัติหน้าที่</td> 85.10 คะแนน', '']);
  });

  it('is not taken from a line that is more than a score', () => {
    expect(joined('1. การปฏิบัติหน้าที่\nปี 2566 ได้ 85.10')).toEqual(['1. การปฏิบัติหน้าที่', 'ปี 2566 ได้ 85.10']);
  });

  it('leaves a name alone at the end of the text, and a line that already has its score', () => {
    expect(joined('1. การปฏิบัติหน้าที่')).toEqual(['1. การปฏิบัติหน้าที่']);
    expect(joined('1. การปฏิบัติหน้าที่ 85.10 คะแนน\n90.00')).toEqual(['1. การปฏิบัติหน้าที่ 85.10 คะแนน', '90.00']);
  });

  it('keeps the lines it was given as they were', () => {
    const lines = splitLines('1. การปฏิบัติหน้าที่\n85.10');
    joinScoresOnNextLine(lines);
    expect(lines.map((l) => l.text)).toEqual(['1. การปฏิบัติหน้าที่', '85.10']);
  });
});

describe('the stated total', () => {
  it('is the first line stating it, in Thai or Arabic digits, with or without markup', () => {
    const lines = splitLines('ผลการประเมิน\n<b>คะแนนเฉลี่ยรวม</b> ๘๐.๖๒ คะแนน\nผลคะแนนรวม 79.00');
    expect(readStatedTotal(lines)).toEqual({ total: 80.62, line: lines[1] });
    expect(readStatedTotal(splitLines('ผลคะแนนรวมของหน่วยงาน 79.5 คะแนน'))?.total).toBe(79.5);
  });

  it('is not a line without a figure with decimals, nor a text without one', () => {
    expect(readStatedTotal(splitLines('คะแนนรวม 80 คะแนน\nคะแนนรวมดี'))).toBeUndefined();
  });

  it('passes when it is the computed total, and stops the import when it is 0.01 above or below', () => {
    const line = { number: 3, text: 'คะแนนรวม 80.62' };
    expect(refusal(() => checkStatedTotal({ total: 80.62, line }, 80.62))).toBeUndefined();
    expect(refusal(() => checkStatedTotal({ total: 80.62, line }, 80.63))).toMatch(
      /^คะแนนรวมในรายงาน \(80\.62\) ไม่ตรงกับคะแนนรวมที่คำนวณจากคะแนนรายตัวชี้วัดและน้ำหนักของปีนั้น \(80\.63\)/,
    );
    expect(refusal(() => checkStatedTotal({ total: 80.62, line }, 80.61))).toContain(
      "the report states a total of 80.62, but the indicator scores and the year's weights give 80.61",
    );
  });
});

describe('a result announcement', () => {
  it('is refused at its first line using the announcement words, even in markup', () => {
    const lines = splitLines('หน่วยงาน อบต.ตัวอย่าง\n<b>ระดับผลการประเมิน</b> ผ่าน\nผลการประเมินระดับ A');
    const e = refusal(() => refuseAnnouncement(lines));
    expect(e).toMatch(/^ไฟล์นี้เป็นประกาศผลการประเมิน ITA ไม่ใช่รายงานการวิเคราะห์ผลการประเมิน/);
    expect(e).toMatch(/\n {2}บรรทัด 2 \/ line 2: "<b>ระดับผลการประเมิน<\/b> ผ่าน"$/);
  });

  it('is each of the wordings the NACC and the ITAS use', () => {
    for (const words of ['ประกาศผลการประเมิน ITA', 'ผลการประเมินระดับ AA', 'ผลคะแนน ITA ของหน่วยงาน']) {
      expect(refusal(() => refuseAnnouncement(splitLines(words)))).toMatch(/^ไฟล์นี้เป็นประกาศผลการประเมิน ITA/);
    }
  });

  it('is not a report that quotes the announcement and has its measures', () => {
    const lines = splitLines('ตามประกาศผลการประเมิน ITA\nจึงกำหนดมาตรการ ดังนี้');
    expect(refusal(() => refuseAnnouncement(lines))).toBeUndefined();
    expect(refusal(() => refuseAnnouncement(splitLines('<b>มาตรการ</b>\nระดับผลการประเมิน ผ่าน')))).toBeUndefined();
  });
});

describe('a report that states no total', () => {
  it('is not checked against its scores', () => {
    const report = parseReport(readFileSync('tests/fixtures/reports/ita-2566-analysis-khok-ko.txt', 'utf8'));
    const framework = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
    expect(report.statedTotal).toBeUndefined();
    expect(refusal(() => checkReportTotal(report, framework))).toBeUndefined();
  });
});
