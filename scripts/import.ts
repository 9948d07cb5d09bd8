// npm run import -- <report-file> [--dry-run] [--force] [--year <ปี พ.ศ.>]
// Reads an ITA analysis report (text exported from the Word or web report) and writes the year's
// assessment and measures content files. Every file is checked together with the existing content
// before anything is written: on any problem nothing is written and the message quotes the line.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseReport, ReportError } from '../src/lib/import/report.ts';
import { reportFiles, type ExistingPlan } from '../src/lib/import/report-content.ts';
import { narrativeFile } from '../src/lib/import/report-narrative.ts';
import { refuseOtherOrganization } from '../src/lib/import/report-organization.ts';
import { splitLines } from '../src/lib/import/report-text.ts';
import { checkReportTotal } from '../src/lib/import/report-layouts.ts';
import { itaFrameworkSchema } from '../src/schemas/ita.ts';
import { checkContent } from '../src/lib/content-check/check.ts';
import { readContentDir } from './lib/content-files.ts';
import { formatProblem } from '../src/lib/content-check/messages.ts';
import { contentDir } from '../src/data/content-dir.ts';
import { decodeAnyText } from '../src/lib/content-check/encoding.ts';
import { readYaml } from '../src/lib/content-check/yaml.ts';

/** A content file's data, read by the program's one YAML reader (undefined when it cannot be read). */
const parse = (text: string): unknown => readYaml('', text).data;

const USAGE = `วิธีใช้ / usage: npm run import -- <ไฟล์รายงาน.txt> [--dry-run] [--force] [--year 2567]
  --dry-run  แสดงไฟล์ที่จะเขียนโดยไม่เขียนจริง / print the files without writing them
  --force    เขียนทับไฟล์ที่มีอยู่แล้ว / overwrite existing files
  --year N   ปีที่ประเมิน (พ.ศ.) เมื่อรายงานระบุปีไม่ชัด / the assessment year when the report is ambiguous`;

function fail(message: string): never {
  console.error(`${message}\n\nไม่ได้เขียนไฟล์ใด / nothing was written.`);
  process.exit(1);
}

const args = process.argv.slice(2);
const flags = { dryRun: false, force: false, year: undefined as number | undefined };
const positional: string[] = [];
for (let a = args.shift(); a !== undefined; a = args.shift()) {
  if (a === '--dry-run') flags.dryRun = true;
  else if (a === '--force') flags.force = true;
  else if (a === '--year' || a.startsWith('--year=')) {
    const value = a.includes('=') ? a.slice(7) : args.shift();
    const year = Number(value);
    if (!Number.isInteger(year) || year < 2500 || year > 2700)
      fail(`--year ต้องเป็นปี พ.ศ. เช่น 2567 / --year expects a Buddhist-Era year such as 2567 (found: ${value})`);
    flags.year = year;
  } else if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`ไม่รู้จักตัวเลือก ${a} / unknown option ${a}\n${USAGE}`);
  else positional.push(a);
}
const [reportPath] = positional;
if (positional.length !== 1 || reportPath === undefined)
  fail(`ต้องระบุไฟล์รายงานหนึ่งไฟล์ / expected one report file\n${USAGE}`);
if (!existsSync(reportPath)) fail(`ไม่พบไฟล์รายงาน ${reportPath} / report file not found: ${reportPath}`);
if (statSync(reportPath).isDirectory())
  fail(
    `${reportPath} เป็นโฟลเดอร์ ไม่ใช่ไฟล์รายงาน: ระบุไฟล์ .txt ในโฟลเดอร์นั้น / ${reportPath} is a folder, not a report file`,
  );

const root = contentDir().replace(/^\.\//, '').replace(/\/+$/, '');
const content = readContentDir(root);
/** The program's frameworks (nacc/): the year's indicators. */
const programFiles = content.program?.files ?? {};
const programRoot = content.program?.root ?? 'nacc';
const organization = parse(content.files['organization.yaml'] ?? 'name: ""') as { name?: string };
if (!organization?.name)
  fail(`ไม่พบชื่อหน่วยงานใน ${root}/organization.yaml / no organization name in ${root}/organization.yaml`);

let report;
/** The report's text as decoded below, for the narrative (content/ita/reports/<year>.mdx). */
const reportSource = { text: '' };
try {
  // Word's "plain text" export may be UTF-16 (either byte order) or UTF-8; Thai office PCs also write Windows-874.
  const decoded = decodeAnyText(readFileSync(reportPath));
  if (!decoded.ok)
    fail(
      `อ่านรายงาน ${reportPath} ไม่ได้: ไฟล์ไม่ได้บันทึกเป็น UTF-8 (พบ ${decoded.encoding}) ให้บันทึกเป็นข้อความ UTF-8 ใหม่` +
        ` / ${reportPath} is not UTF-8, UTF-16 or Windows-874 text: save it as UTF-8`,
    );
  const text = decoded.text;
  reportSource.text = text;
  report = parseReport(text, flags.year ? { year: flags.year } : {});
  // Only this organization's report: its scores and meeting are written as this organization's.
  refuseOtherOrganization(splitLines(text), organization.name);
  // The year's framework says which indicators the report must score.
  const framework = parse(programFiles[`ita/frameworks/${report.assessmentYear}.yaml`] ?? 'null') as {
    indicators?: { number: number }[];
  } | null;
  const numbers = framework?.indicators?.map((i) => i.number);
  if (numbers?.length) {
    const { yearReason } = report;
    report = { ...parseReport(text, { year: report.assessmentYear, indicators: numbers }), yearReason };
  }
} catch (error) {
  if (error instanceof ReportError)
    fail(`อ่านรายงาน ${reportPath} ไม่ครบ / could not read all of ${reportPath}:\n${error.message}`);
  throw error;
}

const framework = parse(programFiles[`ita/frameworks/${report.assessmentYear}.yaml`] ?? 'null') as {
  indicators?: { number: number; slug: string; name: string }[];
} | null;
if (!framework?.indicators?.length) {
  fail(
    `ไม่มีกรอบการประเมินของปี ${report.assessmentYear} ในโปรแกรม (${programRoot}/ita/frameworks/${report.assessmentYear}.yaml): ตรวจปีของรายงาน (--year) หรือรับโปรแกรมรุ่นใหม่ที่มีกรอบของปีนั้น (README: การรับรุ่นใหม่)` +
      `\nno ITA framework for ${report.assessmentYear} in ${programRoot}/ita/frameworks/: check the report's year or update the program`,
  );
}
// The total the report states must be the one its scores give (a valid framework: the check reports others).
const validFramework = itaFrameworkSchema.safeParse(framework);
if (validFramework.success) {
  try {
    checkReportTotal(report, validFramework.data);
  } catch (error) {
    if (error instanceof ReportError)
      fail(`อ่านรายงาน ${reportPath} ไม่ครบ / could not read all of ${reportPath}:\n${error.message}`);
    throw error;
  }
}
// Slugs, ids, indicators, status and progress staff already wrote are kept (see report-content.ts).
const existingPlans = Object.entries(content.files)
  .filter(([path]) => /^measures\/[^/]+\.ya?ml$/.test(path))
  .map(([, text]) => {
    try {
      return parse(text) as ExistingPlan;
    } catch {
      return {};
    }
  });
const files = [
  ...reportFiles(report, organization.name, framework.indicators, existingPlans),
  // The narrative around the tables, its scores as <Score> components: content/ita/reports/<year>.mdx.
  narrativeFile(reportSource.text, report, organization.name, framework.indicators),
];
console.log(
  `รายงาน ${reportPath}: ผลการประเมิน ITA ปี ${report.assessmentYear}, มาตรการปีงบประมาณ ${report.measuresYear}`,
);
console.log(`  ${report.yearReason}`);
console.log(
  `  คะแนน ${report.scores.length} ตัวชี้วัด, มาตรการ ${report.topics.length} หัวข้อ / ${report.scores.length} scores, ${report.topics.length} topics`,
);

const existing = files.filter((f) => existsSync(join(root, f.path)));
if (existing.length && !flags.force && !flags.dryRun) {
  fail(
    existing.map((f) => `มีไฟล์ ${root}/${f.path} อยู่แล้ว / ${root}/${f.path} already exists`).join('\n') +
      '\nถ้าต้องการเขียนทับ ให้สั่งใหม่พร้อม --force (ตรวจดูด้วย --dry-run ก่อน) / to overwrite, run again with --force',
  );
}

// The new files must pass every content rule together with what is already there.
const { problems } = checkContent({
  root,
  parseMdx: content.parseMdx,
  parseMarkdown: content.parseMarkdown,
  parseHtml: content.parseHtml,
  ...(content.program ? { program: content.program } : {}),
  files: { ...content.files, ...Object.fromEntries(files.map((f) => [f.path, f.text])) },
});
if (problems.length) fail(problems.map(formatProblem).join('\n'));

if (flags.dryRun) {
  for (const f of files)
    console.log(`\n--- ${root}/${f.path}${existing.includes(f) ? ' (มีอยู่แล้ว / exists)' : ''}\n${f.text}`);
  console.log('ทดลองเท่านั้น ไม่ได้เขียนไฟล์ / dry run: nothing was written.');
  process.exit(0);
}
for (const f of files) {
  mkdirSync(dirname(join(root, f.path)), { recursive: true });
  writeFileSync(join(root, f.path), f.text);
  console.log(`เขียน / wrote ${root}/${f.path}${existing.includes(f) ? ' (เขียนทับ / overwritten)' : ''}`);
}
console.log(
  'ขั้นต่อไป: ตรวจดูไฟล์ แล้วสั่ง npm run check และ npm run build / next: review the files, then npm run check and npm run build',
);
