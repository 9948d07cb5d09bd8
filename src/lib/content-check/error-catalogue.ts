/**
 * The content mistakes staff make, each as a small edit of correct content: the staff guide's table
 * of error messages is produced by running the real checker on each edit (scripts/guide-errors.ts),
 * and the tests assert the same messages, so the guide never drifts from what `npm run check` prints.
 */
import { parse, stringify } from 'yaml';
import { checkContent, type ContentSource } from './check';
import { formatProblem } from './messages';
import { parseReport, ReportError } from '../import/report';

export interface Scenario {
  id: string;
  /** What went wrong, as staff would say it. */
  title: string;
  /** What the message means and how to fix it. */
  fix: string;
  /** The file edited, inside the content folder. */
  file: string;
  /** Breaks the file's text (YAML) the way people do. */
  edit: (text: string) => string;
  /** Writes the edited text to this path instead, keeping the original (a copied file). */
  copyTo?: string;
}

/** The fields of the example content that the scenarios edit, as YAML gives them. */
interface RawAssessment {
  year: number;
  source?: string;
  scores: { indicator: number; score: number | string }[];
}
interface RawPlan {
  topics: { slug: string; timeframe: string; indicators: (number | string)[]; measures: { status: string }[] }[];
}
interface RawDocument {
  items: string[];
  file: string;
}
interface RawProcurementMonth {
  fiscalYear: number;
}

/** The item at `index` of the example content a scenario edits; a scenario that names a missing one is a bug. */
function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`The example content has no item ${index} to edit`);
  return item;
}

/** Edits a file's data and writes it back as YAML. */
const editData =
  <T>(fn: (data: T) => void) =>
  (text: string) => {
    const data = parse(text) as T;
    fn(data);
    return stringify(data, { lineWidth: 0 });
  };

export const SCENARIOS: Scenario[] = [
  {
    id: 'score-out-of-range',
    title: 'คะแนนเกิน 100 หรือติดลบ (เช่น พิมพ์ 66.20 เป็น 662)',
    fix: 'แก้คะแนนให้ตรงกับรายงาน เป็นตัวเลข 0–100 ใช้จุดทศนิยม เช่น 66.20',
    file: 'ita/assessments/2566.yaml',
    edit: editData<RawAssessment>((d) => (nth(d.scores, 3).score = 662)),
  },
  {
    id: 'score-not-number',
    title: 'คะแนนไม่ใช่ตัวเลข (เช่น ใช้จุลภาค 78,31 หรือใส่เครื่องหมายคำพูด)',
    fix: 'พิมพ์คะแนนเป็นตัวเลขอารบิกมีจุดทศนิยม ไม่ใส่เครื่องหมายคำพูด เช่น score: 78.31',
    file: 'ita/assessments/2566.yaml',
    edit: editData<RawAssessment>((d) => (nth(d.scores, 0).score = '78,31')),
  },
  {
    id: 'missing-indicator',
    title: 'ขาดคะแนนของตัวชี้วัด',
    fix: 'เพิ่มบรรทัดคะแนนของตัวชี้วัดที่ขาด เช่น - { indicator: 7, score: 76.67, note: "" } ให้ครบทุกตัวชี้วัดในกรอบการประเมินของปีนั้น',
    file: 'ita/assessments/2566.yaml',
    edit: editData<RawAssessment>((d) => (d.scores = d.scores.filter((s) => s.indicator !== 7))),
  },
  {
    id: 'unknown-indicator',
    title: 'เลขตัวชี้วัดที่ไม่มีในกรอบการประเมิน (และตัวชี้วัดที่ถูกแทนที่จึงขาดไป)',
    fix: 'ใช้เลขตัวชี้วัดตาม nacc/ita/frameworks/<ปี>.yaml (1–10) ตัวละหนึ่งบรรทัด',
    file: 'ita/assessments/2566.yaml',
    edit: editData<RawAssessment>((d) => (nth(d.scores, 9).indicator = 11)),
  },
  {
    id: 'missing-field',
    title: 'ลบช่องข้อมูลที่จำเป็นออก (เช่น source)',
    fix: 'เพิ่มช่องที่ขาดกลับเข้าไป ดูตัวอย่างจากไฟล์ของปีก่อน',
    file: 'ita/assessments/2566.yaml',
    edit: editData<RawAssessment>((d) => delete d.source),
  },
  {
    id: 'file-name-year',
    title: 'ชื่อไฟล์ไม่ตรงกับปีในไฟล์ (คัดลอกไฟล์ปีก่อนแล้วลืมแก้ year)',
    fix: 'แก้ year ให้ตรงกับชื่อไฟล์ หรือเปลี่ยนชื่อไฟล์ให้ตรงกับ year',
    file: 'ita/assessments/2566.yaml',
    edit: editData<RawAssessment>((d) => (d.year = 2567)),
  },
  {
    id: 'yaml-syntax',
    title: 'เขียน YAML ผิดรูปแบบ (ย่อหน้าไม่ตรง ลืมเครื่องหมาย : หรือปิดวงเล็บไม่ครบ)',
    fix: 'ดูบรรทัดที่แจ้ง: ย่อหน้าด้วยเว้นวรรค (ไม่ใช้ Tab) ให้ตรงกับบรรทัดข้างเคียง และปิด { } [ ] " " ให้ครบ',
    file: 'ita/assessments/2566.yaml',
    edit: (text) => text.replace('{ indicator: 2, score: 67.28, note: "" }', '{ indicator: 2, score: 67.28, note: "" '),
  },
  {
    // The id is the anchor of this entry in the published guide (/guide/errors/#grade-bands): it stays.
    id: 'grade-bands',
    title: 'ระดับผลการประเมินไม่ครอบคลุมคะแนนต่ำสุด (ผู้ดูแลโปรแกรมแก้กรอบการประเมินแล้วลบหรือแก้ระดับต่ำสุด)',
    fix: 'ให้ levels มีระดับต่ำสุดที่ minTotal: 0 และไม่มี minEachTool เช่น ต้องปรับปรุงโดยด่วน (ถึงปี 2565 คือ F)',
    file: 'nacc/ita/frameworks/2566.yaml',
    edit: (text) => text.replace(/minTotal: 0\b/, 'minTotal: 10'),
  },
  {
    id: 'measure-unknown-indicator',
    title: 'มาตรการอ้างถึงตัวชี้วัดที่ไม่มี (สะกด slug ผิด)',
    fix: 'ใช้ slug หรือเลขของตัวชี้วัดตามกรอบการประเมินของปีที่ประเมิน (assessmentYear) เช่น use-of-public-assets หรือ 4',
    file: 'measures/2567.yaml',
    edit: editData<RawPlan>((d) => (nth(d.topics, 3).indicators[0] = 'use-of-public-asset')),
  },
  {
    id: 'impossible-date',
    title: 'วันที่ที่ไม่มีจริง (เช่น 31 ก.ย.)',
    fix: 'แก้เป็นวันที่ที่มีอยู่จริง เช่น 30 ก.ย. 2567 (เดือนกันยายนมี 30 วัน)',
    file: 'measures/2567.yaml',
    edit: editData<RawPlan>((d) => (nth(d.topics, 0).timeframe = '๑ ต.ค.๒๕๖๖ - ๓๑ ก.ย.๒๕๖๗')),
  },
  {
    id: 'unknown-status',
    title: 'สถานะของมาตรการที่ระบบไม่รู้จัก',
    fix: 'ใช้ planned, in-progress, done หรือ dropped เท่านั้น (ภาษาอังกฤษตัวเล็ก)',
    file: 'measures/2567.yaml',
    edit: editData<RawPlan>((d) => (nth(nth(d.topics, 0).measures, 0).status = 'เสร็จแล้ว')),
  },
  {
    id: 'duplicate-slug',
    title: 'สองรายการใช้ slug เดียวกัน',
    fix: 'ตั้ง slug ของแต่ละหัวข้อให้ไม่ซ้ำกัน (slug เป็นส่วนหนึ่งของที่อยู่เว็บ เปลี่ยนไม่ได้หลังเผยแพร่)',
    file: 'measures/2567.yaml',
    edit: editData<RawPlan>((d) => (nth(d.topics, 1).slug = nth(d.topics, 0).slug)),
  },
  {
    id: 'unknown-oit-item',
    title: 'เอกสารอ้างถึงรายการ OIT ที่ไม่มี (สะกด slug ผิด)',
    fix: 'ใช้ slug ของรายการตาม nacc/oit/frameworks/<ปี>.yaml เช่น procurement-plan (ดูได้จาก npm run oit)',
    file: 'documents/procurement-plan-2568.yaml',
    edit: editData<RawDocument>((d) => (d.items[0] = 'procurement-plans')),
  },
  {
    id: 'document-file-missing',
    title: 'ไฟล์เอกสาร (PDF) ไม่อยู่ในโฟลเดอร์ public/documents/',
    fix: 'คัดลอกไฟล์ไปไว้ใน public/documents/ ให้ชื่อตรงกับช่อง file ทุกตัวอักษร (ตัวพิมพ์เล็ก-ใหญ่ต่างกัน)',
    file: 'documents/procurement-plan-2568.yaml',
    edit: editData<RawDocument>((d) => (d.file = '/documents/procurement-plan-2567.pdf')),
  },
  {
    id: 'duplicate-file',
    title: 'สองไฟล์ใช้ชื่อเดียวกัน (เช่น plan.yaml และ plan.yml) จึงได้ที่อยู่เว็บเดียวกัน',
    fix: 'ลบไฟล์ที่ซ้ำ หรือเปลี่ยนชื่อไฟล์หนึ่งให้ต่างออกไป',
    file: 'documents/procurement-plan-2568.yaml',
    edit: (text) => text,
    copyTo: 'documents/procurement-plan-2568.yml',
  },
  {
    id: 'procurement-month-year',
    title: 'เดือนของสรุปผลการจัดซื้อจัดจ้างไม่อยู่ในปีงบประมาณที่ระบุ',
    fix: 'ปีงบประมาณเริ่ม 1 ตุลาคม: เดือน 2024-10 ถึง 2025-09 คือปีงบประมาณ 2568 แก้ fiscalYear หรือ month ให้ถูก',
    file: 'procurement/2568/2024-10.yaml',
    edit: editData<RawProcurementMonth>((d) => (d.fiscalYear = 2567)),
  },
  // News and pages in Markdown/MDX (content/news/, content/pages/): the components' props and the file's place.
  {
    id: 'mdx-score-year',
    title: 'ใส่คะแนนในข่าวด้วยคอมโพเนนต์ Score ของปีที่ยังไม่มีผลการประเมิน',
    fix: 'แก้ year ให้เป็นปีที่มีไฟล์ใน content/ita/assessments/ เช่น year={2566} (ตัวเลขไม่มีเครื่องหมายคำพูด)',
    file: 'news/2568/road-repair.mdx',
    edit: (text) =>
      text.replace('<Score year={2566} indicator="budget-use" />', '<Score year={2565} indicator="budget-use" />'),
  },
  {
    id: 'mdx-unknown-indicator',
    title: 'สะกด slug ของตัวชี้วัดในคอมโพเนนต์ Score ผิด',
    fix: 'ใช้ slug ของตัวชี้วัดตามที่ข้อความแสดงไว้ (ส่วนท้ายของที่อยู่หน้าตัวชี้วัด เช่น /ita/2566/budget-use/)',
    file: 'news/2568/road-repair.mdx',
    edit: (text) => text.replace('indicator="budget-use"', 'indicator="budget"'),
  },
  {
    id: 'mdx-thai-braces',
    title: 'พิมพ์วงเล็บปีกกา { } ในข้อความของข่าว เช่น ราคา {ประมาณ} 500 บาท',
    fix: 'เขียน `\\{` แทน `{` เช่น `ราคา \\{ประมาณ} 500 บาท` หรือใช้วงเล็บ ( ) แทน: ในไฟล์ MDX วงเล็บปีกกาคือคำสั่งโปรแกรม ซึ่งเนื้อหาใช้ไม่ได้',
    file: 'news/2568/road-repair.mdx',
    edit: (text) =>
      text.replace('จึงเผยแพร่ข่าวการใช้จ่ายงบประมาณทุกโครงการ', 'จึงเผยแพร่ข่าวการใช้จ่ายงบประมาณ {ประมาณ} ทุกโครงการ'),
  },
  {
    id: 'news-folder-year',
    title: 'ไฟล์ข่าวอยู่ในโฟลเดอร์ปีงบประมาณที่ไม่ตรงกับวันที่ข่าว',
    fix: 'ย้ายไฟล์ไปไว้ในโฟลเดอร์ปีงบประมาณของวันที่ (ปีงบประมาณเริ่ม 1 ตุลาคม) หรือแก้ date ให้ถูก',
    file: 'news/2568/clean-canal-day.mdx',
    edit: (text) => text,
    copyTo: 'news/2567/clean-canal-day.mdx',
  },
  {
    id: 'page-route-taken',
    title: 'ตั้งชื่อไฟล์หน้าเว็บ (content/pages/) ซ้ำกับส่วนของเว็บไซต์ เช่น news.mdx',
    fix: 'เปลี่ยนชื่อไฟล์เป็นชื่ออื่นที่ไม่ใช่ ita, oit, data, news, search, guide, procurement, measures, documents หรือ admin',
    file: 'pages/executives-message.mdx',
    edit: (text) => text,
    copyTo: 'pages/news.mdx',
  },
];

/** The messages `npm run check` prints for one scenario, applied to correct content. */
export function scenarioMessages(scenario: Scenario, source: ContentSource): string[] | undefined {
  const program = scenario.file.startsWith(PROGRAM_PREFIX) ? source.program : undefined;
  const path = program ? scenario.file.slice(PROGRAM_PREFIX.length) : scenario.file;
  const files = program ? program.files : source.files;
  const text = files[path];
  if (text === undefined) return undefined;
  const edited = { ...files, [scenario.copyTo ?? path]: scenario.edit(text) };
  const changed = program ? { ...source, program: { ...program, files: edited } } : { ...source, files: edited };
  return checkContent(changed).problems.map(formatProblem);
}

/** A scenario's file of the program's data (the NACC's frameworks) starts with the program's folder. */
export const PROGRAM_PREFIX = 'nacc/';

/** A scenario's file as staff find it: under content/, or the program's nacc/. */
export const scenarioFile = (scenario: Scenario) =>
  scenario.file.startsWith(PROGRAM_PREFIX) ? scenario.file : `content/${scenario.file}`;

/** Reports the importer refuses, each as an edit of the seed report. */
export interface ImportScenario {
  id: string;
  title: string;
  fix: string;
  edit: (report: string) => string;
}

export const IMPORT_SCENARIOS: ImportScenario[] = [
  {
    id: 'import-missing-indicator',
    title: 'รายงานขาดบรรทัดคะแนนของตัวชี้วัด',
    fix: 'เพิ่มบรรทัดของตัวชี้วัดที่ขาดในไฟล์รายงานตามเอกสารต้นฉบับ แล้วนำเข้าอีกครั้ง',
    edit: (r) => r.replace(/^๗\. ประสิทธิภาพการสื่อสาร.*\n/m, ''),
  },
  {
    id: 'import-score-range',
    title: 'คะแนนในรายงานเกิน 100 (พิมพ์จุดทศนิยมผิดที่)',
    fix: 'แก้คะแนนในไฟล์รายงานให้ตรงกับผลที่ได้รับจากสำนักงาน ป.ป.ช.',
    edit: (r) => r.replace('๖๖.๒๐', '๖๖๒.๐'),
  },
  {
    id: 'import-date',
    title: 'ระยะเวลาดำเนินงานมีวันที่ที่ไม่มีจริง',
    fix: 'แก้วันที่ในไฟล์รายงาน เช่น ๓๐ ก.ย. (กันยายนมี 30 วัน)',
    edit: (r) => r.replace('๓๐ ก.ย.๒๕๖๗\n๒.', '๓๑ ก.ย.๒๕๖๗\n๒.'),
  },
  {
    id: 'import-no-timeframe',
    title: 'หัวข้อมาตรการไม่มีระยะเวลาดำเนินงาน',
    fix: 'ใส่ระยะเวลาดำเนินงานในช่องสุดท้ายของแถว เช่น "๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗"',
    edit: (r) => {
      const lines = r.split('\n');
      lines[36] = nth(lines, 36).replace(/\t[^\t]*$/, '\t');
      return lines.join('\n');
    },
  },
  {
    id: 'import-ambiguous-year',
    title: 'ปีในหัวข้อรายงานไม่ตรงกับระยะเวลาดำเนินงาน',
    fix: 'ตรวจว่าเป็นรายงานของปีใด แล้วสั่งใหม่พร้อม --year <ปีที่ประเมิน> เช่น --year 2566',
    edit: (r) => r.replace('ในปีงบประมาณ พ.ศ. ๒๕๖๖', 'ในปีงบประมาณ พ.ศ. ๒๕๗๐'),
  },
  {
    id: 'import-announcement',
    title: 'นำเข้าประกาศผลการประเมิน (คะแนนอย่างเดียว) แทนรายงานการวิเคราะห์ผลการประเมิน',
    fix: 'ใช้ไฟล์รายงานการวิเคราะห์ผลการประเมินของหน่วยงาน ที่มีคะแนนรายตัวชี้วัดและตารางมาตรการ',
    edit: (r) =>
      `ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\n${r.split('๒)')[0] ?? r}`,
  },
];

/** The importer's message for a scenario, applied to a report that imports cleanly. */
export function importScenarioMessage(scenario: ImportScenario, report: string): string {
  try {
    parseReport(scenario.edit(report));
  } catch (e) {
    if (e instanceof ReportError) return e.message;
    throw e;
  }
  throw new Error(`import scenario ${scenario.id} did not fail`);
}
