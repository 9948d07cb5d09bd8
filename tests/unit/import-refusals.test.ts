// The importer's refusals (issue 22): another organization's report, a second score table, a character
// that does not show and a lost decimal point, each refused quoting the line it is on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/import/report';
import { refuseOtherOrganization } from '../../src/lib/import/report-organization';
import { splitLines } from '../../src/lib/import/report-text';

const SEED = readFileSync('tests/fixtures/reports/ita-2566-analysis-khok-ko.txt', 'utf8');
const VARIANT = readFileSync('tests/fixtures/reports/ita-2567-variant.txt', 'utf8');
const KHOK_KO = 'องค์การบริหารส่วนตำบลโคกก่อ';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};
const parse = (text: string) => refusal(() => parseReport(text));
const organization = (text: string, name: string) => refusal(() => refuseOtherOrganization(splitLines(text), name));

describe('a report of another organization', () => {
  it('is refused, naming the name found and the line', () => {
    expect(organization(VARIANT, KHOK_KO)).toBe(
      'รายงานนี้ระบุชื่อหน่วยงานอื่น "องค์การบริหารส่วนตำบลตัวอย่าง" ไม่ใช่ "องค์การบริหารส่วนตำบลโคกก่อ" (ชื่อใน organization.yaml): นำเข้าได้เฉพาะรายงานของหน่วยงานนี้ ถ้าเป็นรายงานของหน่วยงานนี้จริงแต่เขียนชื่อต่างกัน ให้แก้ชื่อในไฟล์รายงานให้ตรงกับ name ใน organization.yaml / the report names another organization ("องค์การบริหารส่วนตำบลตัวอย่าง"), not "องค์การบริหารส่วนตำบลโคกก่อ" (organization.yaml): import only this organization\'s report, or correct the name in the report file\n' +
        '  บรรทัด 1 / line 1: "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนตำบลตัวอย่าง"',
    );
  });

  it('is refused at its meeting sentence when only the meeting names it', () => {
    const message = organization(SEED, 'เทศบาลตำบลบ้านใหม่');
    expect(message).toContain('รายงานนี้ระบุชื่อหน่วยงานอื่น "องค์การบริหารส่วนตำบล โคกก่อ" ไม่ใช่ "เทศบาลตำบลบ้านใหม่"');
    expect(message).toContain('บรรทัด 24 / line 24: "จากการประชุม');
  });

  it("accepts the organization's own report: spaced, short, or run into the next word", () => {
    expect(organization(SEED, KHOK_KO)).toBe('accepted');
    expect(organization(SEED.replace('องค์การบริหารส่วนตำบล โคกก่อ', 'อบต.โคกก่อ'), KHOK_KO)).toBe('accepted');
    expect(organization(SEED.replace('องค์การบริหารส่วนตำบล โคกก่อ ดังนี้', `${KHOK_KO}ดังนี้`), KHOK_KO)).toBe('accepted');
    expect(organization(VARIANT, 'องค์การบริหารส่วนตำบลตัวอย่าง')).toBe('accepted');
  });

  it("reads whose report it is before the measures table, whose cells may quote a neighbour's practice", () => {
    // The seed's measures table quotes "… เว็บไซต์ของหน่วยงาน อบต.หลักด่าน".
    expect(SEED).toContain('อบต.หลักด่าน');
    expect(organization(SEED, KHOK_KO)).toBe('accepted');
  });
});

describe('every score table of the file', () => {
  it('two reports in one file: the second score table is refused at its first score line', () => {
    expect(parse(`${SEED}\n${VARIANT}`)).toBe(
      'พบตารางคะแนนรายตัวชี้วัดชุดที่สอง (ไฟล์นี้อาจมีรายงานมากกว่าหนึ่งฉบับต่อกัน): แยกรายงานแต่ละฉบับเป็นไฟล์ของตัวเอง แล้วนำเข้าทีละไฟล์ / found a second table of indicator scores (two reports in one file?): save each report in a file of its own and import them one at a time\n' +
        '  บรรทัด 49 / line 49: "1. การปฏิบัติหน้าที่ 80.12 คะแนน\tรักษาระดับ"',
    );
    expect(parse(`${VARIANT}\n${SEED}`)).toContain('บรรทัด 40 / line 40: "๑. การปฏิบัติหน้าที่ .....๗๘.๓๑..... คะแนน"');
  });

  it('one report is read as before', () => {
    expect(parseReport(SEED).scores).toHaveLength(10);
    expect(parseReport(VARIANT).scores).toHaveLength(10);
  });
});

describe('a score line the reader would misread', () => {
  it('a lost decimal point is refused at its own line, suggesting the score', () => {
    expect(parse(SEED.replace('๕๙.๐๑', '๕๙๐๑'))).toBe(
      'คะแนนของตัวชี้วัดที่ 5 ต้องอยู่ระหว่าง 0 ถึง 100 แต่พบ 5901: จุดทศนิยมหายหรือไม่ (เช่น 59.01) ตรวจกับรายงานต้นฉบับ / expected the score of indicator 5 to be from 0 to 100, found 5901: a lost decimal point (59.01?)\n' +
        '  บรรทัด 13 / line 13: "๕. การแก้ไขปัญหาการทุจริต ๕๙๐๑..... คะแนน"',
    );
  });

  it('a decimal comma is refused at its own line', () => {
    expect(parse(SEED.replace('๕๙.๐๑', '๕๙,๐๑'))).toContain('บรรทัด 13 / line 13: "๕. การแก้ไขปัญหาการทุจริต');
  });

  it.each([
    ['zero-width space inside the score', '๗๘.\u200B๓๑', 'U+200B (zero-width space) ที่ตำแหน่ง 30', 9],
    ['zero-width space before the number', '\u200B๑. การปฏิบัติหน้าที่', 'U+200B (zero-width space) ที่ตำแหน่ง 1', 9],
    ['soft hyphen in the score', '๗๑\u00AD.๔๔', 'U+00AD (soft hyphen) ที่ตำแหน่ง 24', 11],
    ['byte-order mark in the middle of the file', '\uFEFF๓. การใช้อำนาจ', 'U+FEFF (byte-order mark) ที่ตำแหน่ง 1', 11],
    ['direction control', '๓. การใช้อำนาจ\u202E', 'U+202E (direction control) ที่ตำแหน่ง 15', 11],
  ])('%s is refused at its own line, naming the character and where', (_name, written, found, line) => {
    const original = written.replace(/[\u200B\u00AD\uFEFF\u202E]/g, '');
    const message = parse(SEED.replace(original, written));
    expect(message).toContain(`บรรทัดนี้มีอักขระที่มองไม่เห็น ${found}`);
    expect(message).toContain(`บรรทัด ${line} / line ${line}:`);
  });
});
