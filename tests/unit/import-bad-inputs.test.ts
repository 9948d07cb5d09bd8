// The importer's bad inputs: a minus sign, a third decimal, a folder, and reports saved in the encodings
// Thai office PCs and Word write (Windows-874, UTF-16 big-endian): read, or refused naming the cause.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/import/report';
import { decodeAnyText, decodeText } from '../../src/lib/content-check/encoding';
import { EXAMPLE } from '../helpers/example';

const REPORTS = 'tests/fixtures/reports';
const SEED = readFileSync(join(REPORTS, 'ita-2566-analysis-khok-ko.txt'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'prongsai-import-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const message = (report: string) => {
  try {
    parseReport(report);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

/** npm run import on a fresh copy of the example content with no results yet. */
function runImport(name: string, ...args: string[]) {
  const content = join(work, name, 'content');
  cpSync(EXAMPLE.content, content, { recursive: true });
  rmSync(join(content, 'ita/assessments'), { recursive: true });
  rmSync(join(content, 'measures'), { recursive: true });
  // Prose that quotes the results (<Score year={2566} …/>) comes after them.
  for (const prose of ['news', 'pages', 'ita/reports']) rmSync(join(content, prose), { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/import.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRONGSAI_CONTENT: content },
  });
  return { status: r.status, err: r.stderr, content };
}

describe('scores the importer refuses', () => {
  it('a minus sign is kept, so -80.12 is refused instead of read as 80.12', () => {
    expect(message(SEED.replace('๗๘.๓๑', '-๘๐.๑๒'))).toBe(
      'คะแนนของตัวชี้วัดที่ 1 ต้องอยู่ระหว่าง 0 ถึง 100 แต่พบ -80.12 / expected the score of indicator 1 to be from 0 to 100, found -80.12\n' +
        '  บรรทัด 9 / line 9: "๑. การปฏิบัติหน้าที่ .....-๘๐.๑๒..... คะแนน"',
    );
  });

  it('a third decimal (8.012 for 80.12) is refused', () => {
    expect(message(SEED.replace('๗๘.๓๑', '๘.๐๑๒'))).toBe(
      'คะแนนของตัวชี้วัดที่ 1 มีทศนิยมเกินสองตำแหน่ง (8.012) ตรวจจุดทศนิยมกับรายงานต้นฉบับ / expected the score of indicator 1 with at most two decimals, found 8.012\n' +
        '  บรรทัด 9 / line 9: "๑. การปฏิบัติหน้าที่ .....๘.๐๑๒..... คะแนน"',
    );
  });
});

describe('report files as saved on office PCs', { timeout: 60_000 }, () => {
  it('Windows-874 and UTF-16 big-endian are read as the same text', () => {
    const thai = decodeAnyText(readFileSync(join(REPORTS, 'ita-2566-analysis-khok-ko.windows-874.txt')));
    const be = decodeAnyText(readFileSync(join(REPORTS, 'ita-2566-analysis-khok-ko.utf-16be.txt')));
    expect([thai.encoding, be.encoding]).toEqual(['TIS-620 / Windows-874', 'UTF-16BE']);
    expect(thai.ok && thai.text.replace(/\r\n/g, '\n')).toBe(SEED.replace(/●/g, '?'));
    expect(be.ok && be.text).toBe(SEED);
  });

  it('a Windows-874 report imports to the same scores as the UTF-8 one', () => {
    const r = runImport('tis620', resolve(REPORTS, 'ita-2566-analysis-khok-ko.windows-874.txt'));
    expect(r.status).toBe(0);
    expect(readFileSync(join(r.content, 'ita/assessments/2566.yaml'), 'utf8')).toBe(
      readFileSync('examples/khok-ko/content/ita/assessments/2566.yaml', 'utf8'),
    );
  });

  it('a file in another encoding is refused naming it', () => {
    expect(decodeText(readFileSync(join(REPORTS, 'latin-1-not-thai.txt')))).toEqual({
      ok: false,
      encoding: 'not UTF-8',
    });
    const r = runImport('latin', resolve(REPORTS, 'latin-1-not-thai.txt'));
    expect(r.status).toBe(1);
    expect(r.err).toContain('ไฟล์ไม่ได้บันทึกเป็น UTF-8 (พบ not UTF-8)');
  });

  it("another organization's report is refused, naming the name it found, and nothing is written", () => {
    const r = runImport('other-organization', resolve(REPORTS, 'ita-2567-variant.txt'));
    expect(r.status).toBe(1);
    expect(r.err).toContain(
      'รายงานนี้ระบุชื่อหน่วยงานอื่น "องค์การบริหารส่วนตำบลตัวอย่าง" ไม่ใช่ "องค์การบริหารส่วนตำบลโคกก่อ" (ชื่อใน organization.yaml)',
    );
    expect(r.err).toContain('ไม่ได้เขียนไฟล์ใด / nothing was written.');
    expect(existsSync(join(r.content, 'ita/assessments'))).toBe(false);
    expect(existsSync(join(r.content, 'measures'))).toBe(false);
  });

  it('a folder is refused as a folder, with no stack trace', () => {
    const r = runImport('folder', REPORTS);
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      `${REPORTS} เป็นโฟลเดอร์ ไม่ใช่ไฟล์รายงาน: ระบุไฟล์ .txt ในโฟลเดอร์นั้น / ${REPORTS} is a folder, not a report file\n\nไม่ได้เขียนไฟล์ใด / nothing was written.\n`,
    );
  });
});
