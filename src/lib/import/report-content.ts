/**
 * Writes what the report importer read as the project's own content files, in exactly the form staff
 * would write by hand (YAML with Thai comments at the top), through the `yaml` package.
 */
import { Document, isScalar, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ParsedReport, ReportMeasure, ReportTopic } from './report';
import { MEETING_DATE } from './report-table';

export interface ContentFile {
  /** The path inside the content folder, e.g. "ita/assessments/2566.yaml". */
  path: string;
  text: string;
}

const REPORT_TITLE = 'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ';

/** The assessment's `source`: the report's own title when it has one, else the report's usual title. */
export function assessmentSource(report: ParsedReport, organizationName: string): string {
  return report.title ?? `${REPORT_TITLE} ประจำปีงบประมาณ พ.ศ. ${report.assessmentYear} ${organizationName}`;
}

/** content/ita/assessments/<year>.yaml, as in the hand-written 2566.yaml. */
export function assessmentFile(report: ParsedReport, organizationName: string): ContentFile {
  const year = report.assessmentYear;
  const doc = new Document({ year, source: assessmentSource(report, organizationName), scores: [] });
  const scores = doc.get('scores') as YAMLSeq;
  for (const s of report.scores) {
    const entry = doc.createNode({ indicator: s.indicator, score: s.score, note: s.note }) as YAMLMap;
    entry.flow = true;
    (entry.get('score', true) as Scalar).minFractionDigits = 2;
    (entry.get('note', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
    scores.items.push(entry);
  }
  const noNotes = report.scores.every((s) => !s.note);
  doc.contents!.commentBefore = [
    ` ผลการประเมิน ITA ปี ${year} ของ${organizationName}`,
    ' คะแนนจากรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ส่วนที่ 1)',
    ` indicator คือเลขตัวชี้วัดตามกรอบการประเมินของปีเดียวกัน (nacc/ita/frameworks/${year}.yaml)`,
    ` note คือ "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ"${noNotes ? ' (รายงานปีนี้เว้นว่างไว้)' : ''}`,
  ].join('\n');
  return { path: `ita/assessments/${year}.yaml`, text: doc.toString({ lineWidth: 0 }) };
}

/** Every content file an imported report produces. */
export function reportFiles(
  report: ParsedReport,
  organizationName: string,
  indicators: readonly FrameworkIndicator[],
  existingPlans: readonly ExistingPlan[],
): ContentFile[] {
  return [assessmentFile(report, organizationName), measuresFile(report, organizationName, indicators, existingPlans)];
}

/** The parts of an existing measures file the importer keeps (as written in YAML, not transformed). */
export interface ExistingPlan {
  fiscalYear?: unknown;
  topics?: {
    title?: unknown;
    slug?: unknown;
    indicators?: unknown[];
    measures?: { id?: unknown; text?: unknown; status?: unknown; progress?: unknown[] }[];
  }[];
}

export interface FrameworkIndicator {
  number: number;
  slug: string;
  name: string;
}

/**
 * Words in a topic's title that point at an ITA indicator, by the indicator's stable slug. The report
 * does not say which indicators a topic answers: the importer proposes these, and the file asks staff
 * to review them. Indicators of a framework not listed here are matched by their own name.
 */
export const INDICATOR_KEYWORDS: Record<string, RegExp> = {
  'duty-performance': /ปฏิบัติหน้าที่|ปฏิบัติงาน/,
  'budget-use': /งบประมาณ/,
  'use-of-authority': /ใช้อำนาจ/,
  'use-of-public-assets': /ทรัพย์สิน/,
  'corruption-problem-solving': /แก้ไข\S*\s*\S*ทุจริต|แก้ไขปัญหาการทุจริต/,
  'service-quality': /คุณภาพการดำเนินงาน|ให้บริการ|E-Service/i,
  'communication-efficiency': /สื่อสาร|ประชาสัมพันธ์/,
  'work-improvement': /ปรับปรุงการทำงาน/,
  'information-disclosure': /เปิดเผยข้อมูล|ข้อมูลข่าวสาร/,
  'corruption-prevention': /ป้องกันการทุจริต|ป้องกัน\S*ทุจริต/,
};

/** The indicators a topic's title points at, by keyword or by the indicator's own name. */
export function proposeIndicators(title: string, indicators: readonly FrameworkIndicator[]): FrameworkIndicator[] {
  return indicators.filter((ind) => {
    const keyword = INDICATOR_KEYWORDS[ind.slug];
    return keyword ? keyword.test(title) : title.includes(ind.name.replace(/^การ/, ''));
  });
}

/** "งานพัสดุ/ กองคลัง": the first unit is responsible, the others are related. */
export function splitUnits(cell: string): { responsible: string[]; related: string[] } {
  const units = cell
    .split(/[/,،]|\sและ\s/)
    .map((u) => u.trim())
    .filter(Boolean);
  return { responsible: units.slice(0, 1), related: units.slice(1) };
}

/** The meeting's body: who met ("ผู้บริหารและเจ้าหน้าที่"), with the organization's name. */
export function meetingBody(sentence: string, organizationName: string): string {
  // Who met comes after the date (however its month is spaced) and is trimmed.
  const who = new RegExp(`${MEETING_DATE.source}(.+?)(?:ได้|ร่วมกัน)`).exec(sentence)?.[2]!.trim();
  return `${who || 'ผู้บริหารและเจ้าหน้าที่'} ${organizationName}`;
}

const PLAN_HEADER = (fy: number, year: number) =>
  [
    ` มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy}`,
    ` ที่มา: รายงานการวิเคราะห์ผลการประเมิน ITA ปี ${year} ส่วนที่ 2 (ข้อความตามที่หน่วยงานเขียนไว้)`,
    ' นำเข้าด้วย npm run import: ตรวจดูบรรทัดที่มีคำว่า "ตรวจสอบ" ก่อนเผยแพร่',
    '',
    ' วิธีแก้ไขไฟล์นี้',
    ' - fiscalYear     ปีงบประมาณของแผน (ชื่อไฟล์ต้องเป็นปีเดียวกัน เช่น 2567.yaml)',
    ' - assessmentYear ปีของผลการประเมิน ITA ที่นำมาวิเคราะห์ (ตัวชี้วัดใน indicators ตรวจกับกรอบการประเมินปีนี้)',
    ' - วันที่ พิมพ์ได้อย่างที่เขียนในหนังสือราชการ เช่น "๑ ต.ค.๒๕๖๖", "1 ต.ค. 2566", "30 กันยายน 2567"',
    ' - timeframe      ระยะเวลาดำเนินงาน "วันเริ่ม - วันสิ้นสุด"',
    ' - slug และ id    ภาษาอังกฤษตัวเล็กและขีดกลาง ใช้เป็นที่อยู่เว็บ (#หัวข้อ) ห้ามเปลี่ยนเมื่อเผยแพร่แล้ว',
    ' - indicators     ตัวชี้วัด ITA ที่หัวข้อนี้มุ่งแก้ไข: slug ของตัวชี้วัด (ดู nacc/ita/frameworks/<ปี>.yaml) หรือเลขตัวชี้วัด',
    ' - steps          ขั้นตอน/วิธีการปฏิบัติ เรียงตามลำดับ ใส่ที่หัวข้อ หรือที่มาตรการแต่ละรายการ',
    ' - status         planned = ยังไม่เริ่ม, in-progress = กำลังดำเนินการ, done = ดำเนินการแล้ว, dropped = ยกเลิก',
    ' - progress       ความก้าวหน้า: - { date: "15 ม.ค. 2567", text: ..., evidence: { label: ..., url: /documents/... } }',
  ].join('\n');

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

type PreviousTopic = NonNullable<ExistingPlan['topics']>[number];

/** What a new measures file takes from the existing plans, and the ids it has given so far. */
interface PlanContext {
  /** The existing plans of the same fiscal year, whose measures keep their ids, status and progress. */
  sameYear: readonly ExistingPlan[];
  /** All the plans, newest first, whose topics lend their slugs and indicators when the same year's have none. */
  others: readonly ExistingPlan[];
  indicators: readonly FrameworkIndicator[];
  /** An id not given yet: the wanted one when it is a free slug, else the fallback (numbered on if taken). */
  unique: (wanted: string | undefined, fallback: string) => string;
}

/** A topic of the new plan, with what its comments need. */
interface PlannedTopic {
  value: {
    number: number;
    slug: string;
    title: string;
    measures: Record<string, unknown>[];
    units: { responsible: string[]; related: string[] };
    steps?: string[];
    timeframe: string;
    indicators: (string | number)[];
  };
  /** The indicators were kept from a plan staff wrote, not proposed. */
  reviewed: boolean;
  /** "1 การปฏิบัติหน้าที่, …", the chosen indicators by number and name. */
  names: string;
  /** The first row of the topic in the report. */
  first: ReportMeasure;
}

function findTopic(plans: readonly ExistingPlan[], title: string): PreviousTopic | undefined {
  // Stryker disable next-line ArrayDeclaration: the mutant's string has no title, like a plan with no topics
  return plans.flatMap((p) => p.topics ?? []).find((t) => str(t.title) === title);
}

function planContext(fy: number, indicators: readonly FrameworkIndicator[], existing: readonly ExistingPlan[]) {
  const used = new Set<string>();
  const context: PlanContext = {
    sameYear: existing.filter((p) => Number(p.fiscalYear) === fy),
    // The same year's plans among them change nothing: their topics are looked up first.
    others: [...existing].sort((a, b) => Number(b.fiscalYear) - Number(a.fiscalYear)),
    indicators,
    unique: (wanted, fallback) => {
      let id = wanted && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) && !used.has(wanted) ? wanted : fallback;
      // The fallback may be taken too (a staff slug "topic-2" on another topic): number it on.
      for (let n = 2; used.has(id); n++) id = `${fallback}-${n}`;
      used.add(id);
      return id;
    },
  };
  return context;
}

/** The indicators of a topic: those staff wrote in an earlier plan, else proposed from its title, else all. */
function chooseIndicators(topic: ReportTopic, previous: PreviousTopic | undefined, context: PlanContext) {
  const known = new Set(context.indicators.flatMap((i) => [i.slug, String(i.number)]));
  const kept = (previous?.indicators ?? []).filter((r) => known.has(String(r))) as (string | number)[];
  const proposed = kept.length ? kept : proposeIndicators(topic.title, context.indicators).map((i) => i.slug);
  return { chosen: proposed.length ? proposed : context.indicators.map((i) => i.slug), reviewed: kept.length > 0 };
}

/** One measure per activity; a measure of the same wording in the same year's plan keeps its id, status, progress. */
function planMeasures(topic: ReportTopic, slug: string, previous: PreviousTopic | undefined, context: PlanContext) {
  const perMeasureSteps = topic.measures.length > 1;
  const activities = topic.measures.flatMap((row) => row.activities.map((text) => ({ text, row })));
  return activities.map(({ text, row }, i) => {
    const prev = previous?.measures?.find((m) => str(m.text) === text);
    const measure: Record<string, unknown> = {
      id: context.unique(str(prev?.id), `${slug}-${i + 1}`),
      text,
      status: str(prev?.status) ?? 'planned',
    };
    // A copy: the activities of one row share its steps, and a shared list would be written as a YAML alias (&a1/*a1).
    if (perMeasureSteps && row.steps.length) measure.steps = [...row.steps];
    if (prev?.progress?.length) measure.progress = prev.progress;
    return measure;
  });
}

function planTopic(topic: ReportTopic, context: PlanContext): PlannedTopic {
  const samePrevious = findTopic(context.sameYear, topic.title);
  const previous = samePrevious ?? findTopic(context.others, topic.title);
  const slug = context.unique(str(previous?.slug), `topic-${topic.number}`);
  const { chosen, reviewed } = chooseIndicators(topic, previous, context);
  const measures = planMeasures(topic, slug, samePrevious, context);
  // A topic the reader returns has at least one measure: the row that named it.
  const first = topic.measures[0]!;
  return {
    value: {
      number: topic.number,
      slug,
      title: topic.title,
      measures,
      units: splitUnits(first.responsible),
      ...(topic.measures.length > 1 ? {} : { steps: first.steps }),
      timeframe: first.timeframeText,
      indicators: chosen,
    },
    reviewed,
    // Every chosen reference is one of the framework's indicators (chooseIndicators keeps no other).
    names: chosen
      .map((ref) => context.indicators.find((i) => i.slug === ref || String(i.number) === String(ref))!)
      .map((i) => `${i.number} ${i.name}`)
      .join(', '),
    first,
  };
}

/** The plan's `meeting`: its date as written, who met, and the sentence. */
function planMeeting(meeting: NonNullable<ParsedReport['meeting']>, organizationName: string) {
  return {
    date: meeting.dateText,
    body: meetingBody(meeting.text, organizationName),
    text: meeting.text,
  };
}

/**
 * The key of an entry of a map the importer built, to hang a comment or a blank line on. The documents
 * are made from plain objects (measuresFile), so the map, its keys and the key asked for are always there.
 */
function keyOf(map: YAMLMap, key: string): Scalar {
  return map.items.find((p) => (p.key as Scalar).value === key)!.key as Scalar;
}

/** A topic's layout as staff write it: flow lists, quoted timeframe, and the comments that ask for review. */
function annotateTopic(map: YAMLMap, topic: PlannedTopic): void {
  (map.get('timeframe', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  const units = map.get('units') as YAMLMap;
  for (const side of ['responsible', 'related']) (units.get(side) as YAMLSeq).flow = true;
  (map.get('indicators') as YAMLSeq).flow = true;
  keyOf(map, 'indicators').commentBefore = topic.reviewed
    ? ` ${topic.names}`
    : ` ${topic.names}\n ตรวจสอบ: รายงานไม่ได้ระบุตัวชี้วัด ระบบเสนอจากชื่อหัวข้อ แก้ให้ตรงกับที่หน่วยงานตั้งใจ`;
  if (topic.first.writtenAs) keyOf(map, 'timeframe').commentBefore = ` รายงานเขียนว่า "${topic.first.writtenAs}"`;
  const unitsText = topic.first.responsible;
  if (splitUnits(unitsText).related.length) {
    keyOf(map, 'units').commentBefore = ` รายงานเขียนว่า "${unitsText}" ในช่อง "ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง"`;
  }
  if (!topic.reviewed) {
    keyOf(map, 'slug').commentBefore =
      ' ตรวจสอบ: slug และ id ตั้งให้อัตโนมัติ เปลี่ยนเป็นคำภาษาอังกฤษที่สื่อความหมายได้ก่อนเผยแพร่ครั้งแรก';
  }
}

/**
 * content/measures/<fiscal year>.yaml in the measures format (src/schemas/measures.ts). What the report
 * does not say (slugs, ids, indicators, status, progress) is kept from an existing plan with a topic or
 * measure of the same wording — the same year's file first — or proposed and marked for review.
 */
export function measuresFile(
  report: ParsedReport,
  organizationName: string,
  indicators: readonly FrameworkIndicator[],
  // Stryker disable next-line ArrayDeclaration: a plan with no topics, as the mutant's string reads, changes nothing
  existing: readonly ExistingPlan[] = [],
): ContentFile {
  const fy = report.measuresYear;
  const context = planContext(fy, indicators, existing);
  const topics = report.topics.map((topic) => planTopic(topic, context));
  const doc = new Document({
    fiscalYear: fy,
    assessmentYear: report.assessmentYear,
    title: (report.heading?.text ?? `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${fy}`).replace(
      /^\s*[0-9\u0E50-\u0E59]+\s*[).]\s*/,
      '',
    ),
    source: assessmentSource(report, organizationName),
    ...(report.meeting ? { meeting: planMeeting(report.meeting, organizationName) } : {}),
    topics: topics.map((t) => t.value),
  });
  const root = doc.contents as YAMLMap;
  root.commentBefore = PLAN_HEADER(fy, report.assessmentYear);
  // Not there when the report has no meeting sentence.
  const meetingDate = doc.getIn(['meeting', 'date'], true);
  if (isScalar(meetingDate)) meetingDate.type = Scalar.QUOTE_DOUBLE;
  topics.forEach((topic, i) => {
    const map = doc.getIn(['topics', i]) as YAMLMap;
    if (i > 0) map.spaceBefore = true;
    annotateTopic(map, topic);
  });
  if (report.heading && report.heading.year !== fy) {
    keyOf(root, 'title').commentBefore =
      ` หัวเรื่องตามรายงาน (รายงานเขียนว่าปีงบประมาณ พ.ศ. ${report.heading.year} แต่ระยะเวลาดำเนินงานคือปีงบประมาณ พ.ศ. ${fy})`;
  }
  keyOf(root, 'topics').spaceBefore = true;
  return { path: `measures/${fy}.yaml`, text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }) };
}
