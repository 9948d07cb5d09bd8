// npm run check: every content rule, every problem at once, each naming file, field, expected (Thai, then
// English) and the value found. The staff guide's error page is produced from the same runs.
import { readFileSync } from 'node:fs';
import { programText, readExample, withProgramFile } from '../helpers/example';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check';
import { readContentDir } from '../../scripts/lib/content-files';
import { corpusForGuide } from '../../scripts/lib/bad-inputs';
import { formatPath, formatProblem } from '../../src/lib/content-check/messages';
import { thaiErrorMap } from '../../src/lib/content-check/error-map';
import { IMPORT_SCENARIOS, SCENARIOS, scenarioMessages } from '../../src/lib/content-check/error-catalogue';
import { renderErrorGuide } from '../../src/lib/content-check/error-guide';
import { assessmentProblems, oitEvidenceProblems, planIndicatorProblems } from '../../src/lib/content-check/rules';
import { itaAssessmentSchema, itaFrameworkSchema } from '../../src/schemas/ita';
import { measuresPlanSchema } from '../../src/schemas/measures';
import { disclosureSchema, oitFrameworkSchema, procurementMonthSchema } from '../../src/schemas/oit';
import { loadYaml } from './load';
import { z } from 'astro/zod';

const source = readExample();
const messages = (id: string) =>
  scenarioMessages(
    SCENARIOS.find((s) => s.id === id)!,
    source,
  );

describe('the example content', { timeout: 30_000 }, () => {
  it('passes every rule', () => {
    const r = checkContent(source);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.files).toBe(Object.keys(source.files).length + Object.keys(source.program?.files ?? {}).length);
    expect(r.entries.itaAssessments.map((e) => e.id)).toEqual(['2566']);
    expect(r.entries.procurement.map((e) => e.id)).toContain('2568/2024-10');
  });
});

describe('each error class of the issue, worded exactly', { timeout: 30_000 }, () => {
  it('a score outside 0–100', () => {
    expect(messages('score-out-of-range')).toEqual([
      'examples/khok-ko/content/ita/assessments/2566.yaml › scores.3.score: คะแนนต้องอยู่ระหว่าง 0 ถึง 100 / expected a score from 0 to 100 (พบ / found: 662)',
    ]);
  });

  it('a missing indicator', () => {
    expect(messages('missing-indicator')).toEqual([
      'examples/khok-ko/content/ita/assessments/2566.yaml › scores: ไม่มีคะแนนของตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร: เพิ่ม { indicator: 7, score: … } / expected a score for indicator 7 (Communication efficiency) (พบ / found: ไม่มี / none)',
    ]);
  });

  it('an unknown indicator', () => {
    expect(messages('unknown-indicator')).toEqual([
      'examples/khok-ko/content/ita/assessments/2566.yaml › scores.9.indicator: ไม่มีตัวชี้วัดนี้ในกรอบการประเมินปี 2566 ต้องเป็นเลขตัวชี้วัด 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 / expected an indicator number of the 2566 framework (1, 2, 3, 4, 5, 6, 7, 8, 9, 10) (พบ / found: 11)',
      'examples/khok-ko/content/ita/assessments/2566.yaml › scores: ไม่มีคะแนนของตัวชี้วัดที่ 10 การป้องกันการทุจริต: เพิ่ม { indicator: 10, score: … } / expected a score for indicator 10 (Corruption prevention) (พบ / found: ไม่มี / none)',
    ]);
  });

  it('an unknown OIT item slug', () => {
    expect(messages('unknown-oit-item')).toEqual([
      'examples/khok-ko/content/documents/procurement-plan-2568.yaml › items.0: ไม่มีรายการ OIT นี้ในกรอบการประเมินใด (nacc/oit/frameworks/): ตรวจสอบการสะกด slug ของรายการ / expected the slug of an OIT item of a framework (nacc/oit/frameworks/) (พบ / found: "procurement-plans")',
    ]);
  });

  it('a measure pointing at a missing indicator', () => {
    const [message, ...rest] = messages('measure-unknown-indicator')!;
    expect(rest).toEqual([]);
    expect(message).toMatch(
      /^examples\/khok-ko\/content\/measures\/2567\.yaml › topics\.3\.indicators\.0: ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี 2566 ต้องเป็นเลขหรือ slug ของตัวชี้วัด \(1 duty-performance, .*, 10 corruption-prevention\) \/ expected an indicator number or slug of the ITA 2566 framework \(พบ \/ found: "use-of-public-asset"\)$/,
    );
  });

  it('an impossible date', () => {
    expect(messages('impossible-date')).toEqual([
      'examples/khok-ko/content/measures/2567.yaml › topics.0.timeframe: วันที่ "๓๑ ก.ย.๒๕๖๗" ไม่มีอยู่จริงในปฏิทิน / "๓๑ ก.ย.๒๕๖๗" is not a real calendar date (พบ / found: "๑ ต.ค.๒๕๖๖ - ๓๑ ก.ย.๒๕๖๗")',
    ]);
  });

  it('a document whose file is missing', () => {
    expect(messages('document-file-missing')).toEqual([
      'examples/khok-ko/content/documents/procurement-plan-2568.yaml › file: ไม่พบไฟล์เอกสาร: คัดลอกไฟล์ไปไว้ที่ public/documents/procurement-plan-2567.pdf หรือแก้ชื่อไฟล์ให้ตรงกัน / expected a file at public/documents/procurement-plan-2567.pdf, found none (พบ / found: "/documents/procurement-plan-2567.pdf")',
      // The file it meant is now named by no content file: published, but linked from no page.
      'examples/khok-ko/public/documents/procurement-plan-2568.pdf › (ทั้งไฟล์ / whole file): ไม่มีไฟล์ข้อมูลใดใน content/ อ้างถึงไฟล์นี้ จึงไม่มีหน้าใดลิงก์ไปหา: เพิ่มไฟล์ข้อมูลใน content/documents/ ที่ระบุ file: เป็นไฟล์นี้ หรือลบไฟล์ออก / no content file refers to this file, so no page links to it: describe it in content/documents/ or remove it',
    ]);
  });

  it('two entries with one slug: two files, and two topics of one plan', () => {
    expect(messages('duplicate-file')).toEqual([
      'examples/khok-ko/content/documents/procurement-plan-2568.yml › (ทั้งไฟล์ / whole file): ชื่อไฟล์ (slug) "procurement-plan-2568" ซ้ำกับ examples/khok-ko/content/documents/procurement-plan-2568.yaml: ตั้งชื่อไฟล์ใหม่ให้ไม่ซ้ำ หรือลบไฟล์ที่ซ้ำ / expected one entry per slug; "procurement-plan-2568" is also examples/khok-ko/content/documents/procurement-plan-2568.yaml (พบ / found: "procurement-plan-2568")',
    ]);
    expect(messages('duplicate-slug')).toEqual([
      'examples/khok-ko/content/measures/2567.yaml › topics.1.slug: slug "transparent-efficient-service" ซ้ำ / duplicate topic slug "transparent-efficient-service" (พบ / found: "transparent-efficient-service")',
    ]);
  });

  it('YAML that cannot be read names its line', () => {
    expect(messages('yaml-syntax')).toEqual([
      'examples/khok-ko/content/ita/assessments/2566.yaml › บรรทัด 10 / line 10: เขียน YAML ผิดรูปแบบ (ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูด) / invalid YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
  });

  it('a required field that is missing, a wrong type, an unknown status, a month in the wrong fiscal year', () => {
    expect(messages('missing-field')).toEqual([
      'examples/khok-ko/content/ita/assessments/2566.yaml › source: ต้องมีช่องนี้ (ข้อความ) / required: expected text',
    ]);
    expect(messages('score-not-number')).toEqual([
      'examples/khok-ko/content/ita/assessments/2566.yaml › scores.0.score: คะแนนต้องเป็นตัวเลข / expected a number (พบ / found: "78,31")',
    ]);
    expect(messages('unknown-status')).toEqual([
      'examples/khok-ko/content/measures/2567.yaml › topics.0.measures.0.status: สถานะต้องเป็น planned, in-progress, done หรือ dropped / expected one of planned, in-progress, done, dropped (พบ / found: "เสร็จแล้ว")',
    ]);
    expect(messages('procurement-month-year')).toEqual([
      'examples/khok-ko/content/procurement/2568/2024-10.yaml › fiscalYear: เดือน 2024-10 อยู่ในปีงบประมาณ 2568 (ปีงบประมาณเริ่ม 1 ตุลาคม) / expected fiscalYear 2568 for month 2024-10 (พบ / found: 2567)',
    ]);
  });

  it('reports every problem of every file in one run, not just the first', () => {
    const files = { ...source.files };
    for (const id of ['score-out-of-range', 'impossible-date', 'unknown-oit-item']) {
      const s = SCENARIOS.find((x) => x.id === id)!;
      files[s.file] = s.edit(files[s.file]!);
    }
    const fields = checkContent({ ...source, files }).problems.map((p) => `${p.file} › ${p.field}`);
    expect([...fields].sort()).toEqual([
      'examples/khok-ko/content/documents/procurement-plan-2568.yaml › items.0',
      'examples/khok-ko/content/ita/assessments/2566.yaml › scores.3.score',
      'examples/khok-ko/content/measures/2567.yaml › topics.0.timeframe',
    ]);
  });
});

describe('Thai-first messages for zod issues without a message of their own', () => {
  const issue = (schema: z.ZodType, value: unknown) =>
    schema.safeParse(value, { error: thaiErrorMap }).error!.issues[0]!.message;

  it('covers the common codes', () => {
    expect(issue(z.number().max(10), 11)).toBe('ต้องไม่เกิน 10 / expected a number no greater than 10');
    expect(issue(z.number().min(1), 0)).toBe('ต้องไม่น้อยกว่า 1 / expected a number no less than 1');
    expect(issue(z.array(z.string()).min(2), ['a'])).toBe('ต้องมีอย่างน้อย 2 รายการ / expected at least 2 entries');
    expect(issue(z.string().min(1), '')).toBe('ต้องไม่เว้นว่าง / expected non-empty text');
    expect(issue(z.object({ a: z.string() }), {})).toBe('ต้องมีช่องนี้ (ข้อความ) / required: expected text');
    expect(issue(z.string(), 5)).toBe('ต้องเป็นข้อความ แต่พบจำนวนเต็ม / expected text, found a whole number');
    expect(issue(z.strictObject({ a: z.string() }), { a: 'x', titel: 'y' })).toBe(
      'ไม่รู้จักช่อง titel (สะกดผิดหรือไม่?) / unknown field titel (a typo?)',
    );
    expect(issue(z.enum(['a', 'b']), 'c')).toBe('ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: "a", "b" / expected one of "a", "b"');
    expect(issue(z.url(), 'www.example.go.th')).toBe(
      'รูปแบบไม่ถูกต้อง ต้องเป็นลิงก์เต็ม เช่น https://… / expected a full URL such as https://…',
    );
    expect(
      issue(
        z.string().refine(() => false),
        'x',
      ),
    ).toBe('ค่าไม่ถูกต้อง / invalid value');
  });

  it('writes paths as Astro does', () => {
    expect(formatPath(['topics', 0, 'measures', 2, 'status'])).toBe('topics.0.measures.2.status');
    expect(formatPath([])).toBe('(ทั้งไฟล์ / whole file)');
  });
});

describe('the staff guide page of error messages', { timeout: 30_000 }, () => {
  it('is exactly what the checker and importer print today (run npm run guide:errors after changing a message)', () => {
    const seed = readFileSync('tests/fixtures/reports/ita-2566-analysis-khok-ko.txt', 'utf8');
    expect(readFileSync('docs/guide/errors.md', 'utf8')).toBe(
      renderErrorGuide({ ...source, root: 'content', publicRoot: 'public' }, seed, corpusForGuide()),
    );
  });

  it('has a row for every scenario', () => {
    const text = readFileSync('docs/guide/errors.md', 'utf8');
    for (const s of [...SCENARIOS, ...IMPORT_SCENARIOS]) expect(text).toContain(`](#${s.id})`);
  });
});

describe('framework rules', () => {
  const file = 'ita/frameworks/2566.yaml';
  const problemsWith = (edit: (text: string) => string) =>
    checkContent(withProgramFile(source, file, edit(programText(source, file)))).problems.map(formatProblem);

  it('the levels must cover a total of 0', () => {
    expect(problemsWith((t) => t.replace(/minTotal: 0\b/, 'minTotal: 10'))).toEqual([
      'nacc/ita/frameworks/2566.yaml › levels: ระดับผลการประเมินต้องครอบคลุมคะแนน 0 ถึง 100: ระดับต่ำสุดต้องมี minTotal: 0 และไม่มี minEachTool (เช่น { name: ต้องปรับปรุงโดยด่วน, minTotal: 0, passes: false }) / expected a level with minTotal: 0 and no minEachTool, so that every total has a level (พบ / found: 10)',
    ]);
  });

  it('the level from 0 may not also require a score of every tool', () => {
    const edited = (t: string) => t.replace(/minTotal: 0\n/, 'minTotal: 0\n    minEachTool: 50\n');
    expect(problemsWith(edited)).toHaveLength(1);
    expect(problemsWith(edited)[0]).toContain('› levels: ระดับผลการประเมินต้องครอบคลุมคะแนน 0 ถึง 100');
  });

  it('two levels may not share a rule or a name', () => {
    expect(problemsWith((t) => t.replace('minTotal: 70', 'minTotal: 0'))).toEqual([
      'nacc/ita/frameworks/2566.yaml › levels.4: ระดับ "ต้องปรับปรุงโดยด่วน" ใช้ minTotal และ minEachTool เดียวกับระดับก่อนหน้า จึงไม่รู้ว่าคะแนนนั้นได้ระดับใด / level "ต้องปรับปรุงโดยด่วน" has the same minTotal and minEachTool as another level',
    ]);
    expect(problemsWith((t) => t.replace('- name: ผ่านดี\n', '- name: ผ่าน\n'))).toEqual([
      'nacc/ita/frameworks/2566.yaml › levels.2.name: ระดับ "ผ่าน" ซ้ำ / duplicate level name "ผ่าน" (พบ / found: "ผ่าน")',
    ]);
  });

  it('the example content has a framework for each year from 2564 (letters) to 2569 (named levels)', () => {
    const years = Object.keys(source.program?.files ?? {}).filter((f) => f.startsWith('ita/frameworks/'));
    expect(years.sort()).toEqual([2564, 2565, 2566, 2567, 2568, 2569].map((y) => `ita/frameworks/${y}.yaml`));
  });
});

// The rules the domain modules (src/lib/ita, src/lib/oit) rely on without checking: they hold here.
describe('cross-file rules', () => {
  const framework = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
  const seed = itaAssessmentSchema.parse(loadYaml('examples/khok-ko/content/ita/assessments/2566.yaml'));
  const FILE = 'examples/khok-ko/content/ita/assessments/2566.yaml';

  it('a score for every indicator of the framework', () => {
    const missing = { ...seed, scores: seed.scores.filter((s) => s.indicator !== 7) };
    expect(assessmentProblems(framework, missing, FILE).map(formatProblem)).toEqual([
      'examples/khok-ko/content/ita/assessments/2566.yaml › scores: ไม่มีคะแนนของตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร: เพิ่ม { indicator: 7, score: … } / expected a score for indicator 7 (Communication efficiency) (พบ / found: ไม่มี / none)',
    ]);
  });

  it('no score for an indicator the framework does not have', () => {
    const extra = { ...seed, scores: [...seed.scores, { indicator: 11, score: 50, note: '' }] };
    expect(assessmentProblems(framework, extra, 'x.yaml')).toMatchObject([
      { file: 'x.yaml', field: 'scores.10.indicator', code: 'assessment.unknown-indicator', found: '11' },
    ]);
  });

  it('plan indicators by number or slug of the framework, once per topic', () => {
    const PLAN = 'examples/khok-ko/content/measures/2567.yaml';
    const raw = () => loadYaml(PLAN) as { topics: Record<string, unknown>[] } & Record<string, unknown>;
    const bad = raw();
    bad.topics[3]!.indicators = ['use-of-public-assets', 'public-assets'];
    bad.topics[0]!.indicators = [11, 6, 6];
    expect(planIndicatorProblems(measuresPlanSchema.parse(bad), framework, PLAN).map(formatProblem)).toEqual([
      expect.stringMatching(
        /^examples\/khok-ko\/content\/measures\/2567\.yaml › topics\.0\.indicators\.0: .* \/ expected an indicator number or slug of the ITA 2566 framework \(พบ \/ found: 11\)$/,
      ),
      'examples/khok-ko/content/measures/2567.yaml › topics.0.indicators.2: ตัวชี้วัดที่ 6 ซ้ำในหัวข้อเดียวกัน / expected each indicator once per topic; indicator 6 is listed twice (พบ / found: 6)',
      expect.stringMatching(
        /^examples\/khok-ko\/content\/measures\/2567\.yaml › topics\.3\.indicators\.1: ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี 2566 .* \(พบ \/ found: "public-assets"\)$/,
      ),
    ]);
  });

  it('an OIT sub-indicator outside 9.1–9.5 and 10.1–10.2 is rejected, naming the file and field (fixture oit-bad-sub-indicator)', () => {
    const dir = 'tests/fixtures/oit-bad-sub-indicator/content';
    const nacc = 'tests/fixtures/oit-bad-sub-indicator/nacc';
    const file = `${nacc}/oit/frameworks/2568.yaml`;
    const expected = (field: string) =>
      `${file} › ${field}: ไม่มีตัวชี้วัดย่อย 9.7 ใน OIT ของ ป.ป.ช. ตัวชี้วัดย่อยมีเพียง 9.1, 9.2, 9.3, 9.4, 9.5, 10.1, 10.2 / sub-indicator 9.7 is not an NACC OIT sub-indicator; expected one of 9.1, 9.2, 9.3, 9.4, 9.5, 10.1, 10.2`;
    const problems = checkContent(readContentDir(dir, undefined, nacc)).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringContaining(expected('subIndicators.1.code')),
      expect.stringContaining(expected('items.1.subIndicator')),
    ]);
  });

  it('OIT item slugs of some framework; monthly files named after their month', () => {
    const fw = oitFrameworkSchema.parse(loadYaml('nacc/oit/frameworks/2568.yaml'));
    const month = procurementMonthSchema.parse(loadYaml('examples/khok-ko/content/procurement/2568/2024-10.yaml'));
    const disclosure = disclosureSchema.parse({
      title: 't',
      items: ['structure', 'structur'],
      date: '2024-10-01',
      summary: 's',
    });
    const problems = oitEvidenceProblems(
      {
        disclosures: [{ id: 'x', file: 'content/disclosures/x.yaml', data: disclosure }],
        documents: [],
        procurement: [
          { id: '2568/2024-11', file: 'examples/khok-ko/content/procurement/2568/2024-11.yaml', data: month },
        ],
      },
      [fw],
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/disclosures/x.yaml › items.1: ไม่มีรายการ OIT นี้ในกรอบการประเมินใด (nacc/oit/frameworks/): ตรวจสอบการสะกด slug ของรายการ / expected the slug of an OIT item of a framework (nacc/oit/frameworks/) (พบ / found: "structur")',
      'examples/khok-ko/content/procurement/2568/2024-11.yaml › month: ชื่อไฟล์ต้องเป็นเดือนของข้อมูล (2024-10.yaml) หรือแก้ month ให้ตรงกับชื่อไฟล์ / expected the file to be named 2024-10.yaml, or month to match the file name (พบ / found: "2024-10")',
    ]);
  });
});
