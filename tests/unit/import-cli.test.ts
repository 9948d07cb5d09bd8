// npm run import and npm run check as staff run them, on a content folder of their own.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { measuresPlanSchema } from '../../src/schemas/measures';
import { EXAMPLE, programFile } from '../helpers/example';

const SEED = resolve('tests/fixtures/reports/ita-2566-analysis-khok-ko.txt');
const VARIANT = resolve('tests/fixtures/reports/ita-2567-variant.txt');
const work = mkdtempSync(join(tmpdir(), 'prongsai-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The organization the 2567 fixture reports are about (the importer refuses another organization's report). */
const FIXTURE_ORG = 'องค์การบริหารส่วนตำบลตัวอย่าง';

/**
 * A content folder with what a new year starts from: the organization and the frameworks, no results;
 * `organization` renames the example's organization (to import a fixture report of that organization).
 */
function freshContent(name: string, organization?: string): string {
  const dir = join(work, name, 'content');
  cpSync(EXAMPLE.content, dir, { recursive: true });
  if (organization) {
    const file = join(dir, 'organization.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('องค์การบริหารส่วนตำบลโคกก่อ', organization));
  }
  rmSync(join(dir, 'ita/assessments'), { recursive: true });
  rmSync(join(dir, 'measures'), { recursive: true });
  // Prose that quotes the results (<Score year={2566} …/>) comes after them.
  for (const prose of ['news', 'pages', 'ita/reports']) rmSync(join(dir, prose), { recursive: true, force: true });
  // So does a disclosure that links to the measures page of FY 2567 (every site path must resolve).
  rmSync(join(dir, 'disclosures/integrity-measures-implementation-2567.yaml'));
  return dir;
}

function run(script: 'import' | 'check', content: string, ...args: (string | Record<string, string>)[]) {
  const env = Object.assign({}, ...args.filter((a) => typeof a !== 'string')) as Record<string, string>;
  const argv = args.filter((a): a is string => typeof a === 'string');
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', `scripts/${script}.ts`, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, PRONGSAI_CONTENT: content, ...env },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('npm run import', { timeout: 60_000 }, () => {
  it('--dry-run prints both files and writes nothing', () => {
    const content = freshContent('dry');
    const before = listing(content);
    const r = run('import', content, SEED, '--dry-run');
    expect(r.status).toBe(0);
    expect(r.out).toContain(
      `--- ${content}/ita/assessments/2566.yaml\n# ผลการประเมิน ITA ปี 2566 ขององค์การบริหารส่วนตำบลโคกก่อ`,
    );
    expect(r.out).toContain(`--- ${content}/measures/2567.yaml\n`);
    expect(r.out).toContain('ทดลองเท่านั้น ไม่ได้เขียนไฟล์ / dry run: nothing was written.');
    expect(listing(content)).toEqual(before);
  });

  it('writes the assessment and measures files, prints them, and the folder then passes npm run check', () => {
    const content = freshContent('write');
    const r = run('import', content, SEED);
    expect(r.status).toBe(0);
    expect(r.out).toContain('รายงาน ' + SEED + ': ผลการประเมิน ITA ปี 2566, มาตรการปีงบประมาณ 2567');
    expect(r.out).toContain(
      `เขียน / wrote ${content}/ita/assessments/2566.yaml\nเขียน / wrote ${content}/measures/2567.yaml\nเขียน / wrote ${content}/ita/reports/2566.mdx\n`,
    );
    expect(readFileSync(join(content, 'ita/assessments/2566.yaml'), 'utf8')).toBe(
      readFileSync('examples/khok-ko/content/ita/assessments/2566.yaml', 'utf8'),
    );
    // The example report page is the importer's narrative of the seed, word for word.
    expect(readFileSync(join(content, 'ita/reports/2566.mdx'), 'utf8')).toBe(
      readFileSync('examples/khok-ko/content/ita/reports/2566.mdx', 'utf8'),
    );
    const plan = measuresPlanSchema.parse(parse(readFileSync(join(content, 'measures/2567.yaml'), 'utf8')));
    expect([plan.fiscalYear, plan.assessmentYear, plan.topics.length]).toEqual([2567, 2566, 7]);
    const check = run('check', content);
    expect(check.status).toBe(0);
    expect(check.out).toMatch(/^ตรวจข้อมูล \d+ ไฟล์ใน .* ไม่พบปัญหา/);
  });

  it('refuses to overwrite without --force, writing nothing; --force overwrites and keeps what staff edited', () => {
    const content = freshContent('overwrite');
    expect(run('import', content, SEED).status).toBe(0);
    const planFile = join(content, 'measures/2567.yaml');
    const edited = readFileSync(planFile, 'utf8')
      .replace('slug: topic-2', 'slug: e-service')
      .replace('status: planned', 'status: done');
    writeFileSync(planFile, edited);
    const refused = run('import', content, SEED);
    expect(refused.status).toBe(1);
    expect(refused.err).toContain(
      `มีไฟล์ ${content}/ita/assessments/2566.yaml อยู่แล้ว / ${content}/ita/assessments/2566.yaml already exists`,
    );
    expect(refused.err).toContain('ไม่ได้เขียนไฟล์ใด / nothing was written.');
    expect(readFileSync(planFile, 'utf8')).toBe(edited);
    const forced = run('import', content, SEED, '--force');
    expect(forced.status).toBe(0);
    expect(forced.out).toContain('(เขียนทับ / overwritten)');
    const plan = measuresPlanSchema.parse(parse(readFileSync(planFile, 'utf8')));
    expect(plan.topics[1]?.slug).toBe('e-service');
    expect(plan.topics[0]?.measures[0]?.status).toBe('done');
  });

  it('a report it cannot read completely writes nothing and quotes the line', () => {
    const content = freshContent('bad');
    const bad = join(work, 'bad-report.txt');
    writeFileSync(bad, readFileSync(SEED, 'utf8').replace('๖๖.๒๐', '๖๖๒.๐'));
    const before = listing(content);
    const r = run('import', content, bad);
    expect(r.status).toBe(1);
    expect(r.err).toContain('คะแนนของตัวชี้วัดที่ 4 ต้องอยู่ระหว่าง 0 ถึง 100 แต่พบ 662.0');
    expect(r.err).toContain('บรรทัด 12 / line 12: "๔. การใช้ทรัพย์สินของราชการ ๖๖๒.๐..... คะแนน"');
    expect(r.err).toContain('ไม่ได้เขียนไฟล์ใด / nothing was written.');
    expect(listing(content)).toEqual(before);
  });

  it("a report of another year needs that year's framework first, then imports", () => {
    const content = freshContent('other-year', FIXTURE_ORG);
    // A program without the 2567 framework (an older release), then one with it.
    const nacc = join(work, 'other-year', 'nacc');
    cpSync(EXAMPLE.program, nacc, { recursive: true });
    rmSync(join(nacc, 'ita/frameworks/2567.yaml'));
    const missing = run('import', content, VARIANT, { PRONGSAI_NACC: nacc });
    expect(missing.status).toBe(1);
    expect(missing.err).toContain(
      `ไม่มีกรอบการประเมินของปี 2567 ในโปรแกรม (${nacc}/ita/frameworks/2567.yaml): ตรวจปีของรายงาน (--year) หรือรับโปรแกรมรุ่นใหม่`,
    );
    cpSync(programFile('ita/frameworks/2567.yaml'), join(nacc, 'ita/frameworks/2567.yaml'));
    const r = run('import', content, VARIANT, { PRONGSAI_NACC: nacc });
    expect(r.status).toBe(0);
    expect(existsSync(join(content, 'ita/assessments/2567.yaml'))).toBe(true);
    expect(existsSync(join(content, 'measures/2568.yaml'))).toBe(true);
    expect(run('check', content, { PRONGSAI_NACC: nacc }).status).toBe(0);
  });

  it('--year settles a report whose years disagree', () => {
    const content = freshContent('year');
    const odd = join(work, 'odd-year.txt');
    writeFileSync(odd, readFileSync(SEED, 'utf8').replace('ในปีงบประมาณ พ.ศ. ๒๕๖๖', 'ในปีงบประมาณ พ.ศ. ๒๕๗๐'));
    const refused = run('import', content, odd);
    expect(refused.status).toBe(1);
    expect(refused.err).toContain('ระบุปีการประเมินด้วย --year');
    const r = run('import', content, odd, '--year', '2566');
    expect(r.status).toBe(0);
    expect(r.out).toContain('ปีการประเมินจาก --year 2566');
  });

  it('reads a report saved by Word as UTF-16 text', () => {
    const content = freshContent('utf16');
    const utf16 = join(work, 'utf16.txt');
    writeFileSync(
      utf16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'), 'utf16le'),
      ]),
    );
    const r = run('import', content, utf16);
    expect(r.status).toBe(0);
    expect(readFileSync(join(content, 'ita/assessments/2566.yaml'), 'utf8')).toBe(
      readFileSync('examples/khok-ko/content/ita/assessments/2566.yaml', 'utf8'),
    );
  });
});

describe('npm run check', { timeout: 60_000 }, () => {
  it('exits non-zero and prints every problem with a Thai and English summary', () => {
    const content = freshContent('broken');
    cpSync('examples/khok-ko/content/ita/assessments', join(content, 'ita/assessments'), { recursive: true });
    const file = join(content, 'ita/assessments/2566.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('score: 66.20', 'score: 662').replace('indicator: 7,', 'indicator: 17,'),
    );
    const r = run('check', content);
    expect(r.status).toBe(1);
    expect(r.err).toContain(
      `${content}/ita/assessments/2566.yaml › scores.3.score: คะแนนต้องอยู่ระหว่าง 0 ถึง 100 / expected a score from 0 to 100 (พบ / found: 662)`,
    );
    // The cross-checks still run on a file whose schema failed: both problems in one run.
    expect(r.err).toContain(
      `${content}/ita/assessments/2566.yaml › scores.6.indicator: ไม่มีตัวชี้วัดนี้ในกรอบการประเมินปี 2566`,
    );
    expect(r.err).toContain(`${content}/ita/assessments/2566.yaml › scores: ไม่มีคะแนนของตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร`);
    expect(r.err).toContain(`พบปัญหา 3 รายการใน ${content}/`);
  });
});

describe('npm run import on the layouts agencies publish', { timeout: 60_000 }, () => {
  const WEB = 'tests/fixtures/reports/ita-2567-web-table.txt';

  it('imports a web table with each score below its indicator, its analysis paragraphs and its stated total', () => {
    const content = freshContent('web-table', FIXTURE_ORG);
    const r = run('import', content, WEB);
    expect(r.status).toBe(0);
    expect(r.out).toContain(`รายงาน ${WEB}: ผลการประเมิน ITA ปี 2567, มาตรการปีงบประมาณ 2568`);
    expect(r.out).toContain(`เขียน / wrote ${content}/ita/reports/2567.mdx`);
    const report = readFileSync(join(content, 'ita/reports/2567.mdx'), 'utf8');
    expect(report).toContain('\nIIT จากการวิเคราะห์ผลคะแนน พบว่า ตัวชี้วัดการแก้ไขปัญหาการทุจริตได้คะแนนน้อยที่สุด');
    expect(report).toContain('ได้คะแนนรวม <Score year={2567} /> คะแนน');
    expect(run('check', content).status).toBe(0);
  });

  it('stops on a stated total the scores do not give, writing nothing', () => {
    const content = freshContent('web-table-total', FIXTURE_ORG);
    const report = join(work, 'web-table-total', 'report.txt');
    writeFileSync(report, readFileSync(WEB, 'utf8').replace('คะแนนรวม 80.62', 'คะแนนรวม 80.40'));
    const before = listing(content);
    const r = run('import', content, report);
    expect(r.status).toBe(1);
    expect(r.err).toContain('คะแนนรวมในรายงาน (80.40) ไม่ตรงกับคะแนนรวมที่คำนวณจากคะแนนรายตัวชี้วัดและน้ำหนักของปีนั้น (80.62)');
    expect(r.err).toContain('ไม่ได้เขียนไฟล์ใด / nothing was written.');
    expect(listing(content)).toEqual(before);
  });

  it('refuses a result announcement, naming the document needed', () => {
    const content = freshContent('announcement');
    const r = run('import', content, 'tests/fixtures/reports/ita-2567-announcement.txt');
    expect(r.status).toBe(1);
    expect(r.err).toContain('ไฟล์นี้เป็นประกาศผลการประเมิน ITA ไม่ใช่รายงานการวิเคราะห์ผลการประเมิน');
  });
});
