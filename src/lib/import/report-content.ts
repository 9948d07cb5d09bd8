/**
 * Writes what the report importer read as the project's own content files, in exactly the form staff
 * would write by hand (YAML with Thai comments at the top), through the `yaml` package.
 */
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedReport } from './report';

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
    ` indicator คือเลขตัวชี้วัดตามกรอบการประเมินของปีเดียวกัน (content/ita/frameworks/${year}.yaml)`,
    ` note คือ "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ"${noNotes ? ' (รายงานปีนี้เว้นว่างไว้)' : ''}`,
  ].join('\n');
  return { path: `ita/assessments/${year}.yaml`, text: doc.toString({ lineWidth: 0 }) };
}

/** Every content file an imported report produces. */
export function reportFiles(
  report: ParsedReport,
  organizationName: string,
  indicators: readonly FrameworkIndicator[],
  existingPlans: readonly ExistingPlan[] = [],
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
    .split(/\s*[/,،]\s*|\s+และ\s+/)
    .map((u) => u.trim())
    .filter(Boolean);
  return { responsible: units.slice(0, 1), related: units.slice(1) };
}

/** The meeting's body: who met ("ผู้บริหารและเจ้าหน้าที่"), with the organization's name. */
export function meetingBody(sentence: string, organizationName: string): string {
  const who = /วันที่\s*\S+\s+\S+\s+\S+\s+(.+?)\s*(?:ได้|ร่วมกัน)/.exec(sentence)?.[1]?.trim();
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
    ' - indicators     ตัวชี้วัด ITA ที่หัวข้อนี้มุ่งแก้ไข: slug ของตัวชี้วัด (ดู content/ita/frameworks/<ปี>.yaml) หรือเลขตัวชี้วัด',
    ' - steps          ขั้นตอน/วิธีการปฏิบัติ เรียงตามลำดับ ใส่ที่หัวข้อ หรือที่มาตรการแต่ละรายการ',
    ' - status         planned = ยังไม่เริ่ม, in-progress = กำลังดำเนินการ, done = ดำเนินการแล้ว, dropped = ยกเลิก',
    ' - progress       ความก้าวหน้า: - { date: "15 ม.ค. 2567", text: ..., evidence: { label: ..., url: /documents/... } }',
  ].join('\n');

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * content/measures/<fiscal year>.yaml in the measures format (src/schemas/measures.ts). What the report
 * does not say (slugs, ids, indicators, status, progress) is kept from an existing plan with a topic or
 * measure of the same wording — the same year's file first — or proposed and marked for review.
 */
export function measuresFile(
  report: ParsedReport,
  organizationName: string,
  indicators: readonly FrameworkIndicator[],
  existing: readonly ExistingPlan[] = [],
): ContentFile {
  const fy = report.measuresYear;
  const sameYear = existing.filter((p) => Number(p.fiscalYear) === fy);
  const others = existing
    .filter((p) => Number(p.fiscalYear) !== fy)
    .sort((a, b) => Number(b.fiscalYear) - Number(a.fiscalYear));
  const used = new Set<string>();
  const unique = (wanted: string | undefined, fallback: string) => {
    const id = wanted && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) && !used.has(wanted) ? wanted : fallback;
    used.add(id);
    return id;
  };
  const review: string[] = [];
  const known = new Set(indicators.flatMap((i) => [i.slug, String(i.number)]));

  const topics = report.topics.map((topic) => {
    const previous =
      sameYear.flatMap((p) => p.topics ?? []).find((t) => str(t.title) === topic.title) ??
      others.flatMap((p) => p.topics ?? []).find((t) => str(t.title) === topic.title);
    const samePrevious = sameYear.flatMap((p) => p.topics ?? []).find((t) => str(t.title) === topic.title);
    const slug = unique(str(previous?.slug), `topic-${topic.number}`);
    const keptIndicators = (previous?.indicators ?? []).filter((r) => known.has(String(r))) as (string | number)[];
    const proposed = keptIndicators.length
      ? keptIndicators
      : proposeIndicators(topic.title, indicators).map((i) => i.slug);
    const chosen = proposed.length ? proposed : indicators.map((i) => i.slug);
    const reviewed = keptIndicators.length > 0;
    if (!reviewed) review.push(`topic ${topic.number}`);
    const allActivities = topic.measures.flatMap((m) => m.activities.map((text) => ({ text, row: m })));
    const perMeasureSteps = topic.measures.length > 1;
    const measures = allActivities.map(({ text, row }, i) => {
      const prev = samePrevious?.measures?.find((m) => str(m.text) === text);
      const measure: Record<string, unknown> = {
        id: unique(str(prev?.id), `${slug}-${i + 1}`),
        text,
        status: str(prev?.status) ?? 'planned',
      };
      if (perMeasureSteps && row.steps.length) measure.steps = row.steps;
      if (prev?.progress?.length) measure.progress = prev.progress;
      return measure;
    });
    const first = topic.measures[0]!;
    return {
      value: {
        number: topic.number,
        slug,
        title: topic.title,
        measures,
        units: splitUnits(first.responsible),
        ...(perMeasureSteps ? {} : { steps: first.steps }),
        timeframe: first.timeframeText,
        indicators: chosen,
      },
      reviewed,
      names: chosen
        .map((ref) => indicators.find((i) => i.slug === ref || String(i.number) === String(ref)))
        .filter((i): i is FrameworkIndicator => !!i)
        .map((i) => `${i.number} ${i.name}`)
        .join(', '),
    };
  });

  const meeting = report.meeting;
  const doc = new Document({
    fiscalYear: fy,
    assessmentYear: report.assessmentYear,
    title: (report.heading?.text ?? `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${fy}`).replace(
      /^\s*[0-9\u0E50-\u0E59]+\s*[).]\s*/,
      '',
    ),
    source: assessmentSource(report, organizationName),
    ...(meeting
      ? {
          meeting: {
            date: /วันที่\s*([0-9\u0E50-\u0E59]{1,2}\s*\S+\s*[0-9\u0E50-\u0E59]{4})/.exec(meeting.text)?.[1] ?? '',
            body: meetingBody(meeting.text, organizationName),
            text: meeting.text,
          },
        }
      : {}),
    topics: topics.map((t) => t.value),
  });
  doc.contents!.commentBefore = PLAN_HEADER(fy, report.assessmentYear);
  const quote = (node: unknown) => {
    if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
  };
  if (meeting) quote(doc.getIn(['meeting', 'date'], true));
  const seq = doc.get('topics') as YAMLSeq;
  seq.items.forEach((item, i) => {
    const map = item as YAMLMap;
    const t = topics[i]!;
    if (i > 0) map.spaceBefore = true;
    quote(map.get('timeframe', true));
    ((map.get('units') as YAMLMap).get('responsible') as YAMLSeq).flow = true;
    ((map.get('units') as YAMLMap).get('related') as YAMLSeq).flow = true;
    const ind = map.get('indicators', true) as unknown as YAMLSeq;
    ind.flow = true;
    const pair = map.items.find((p) => (p.key as Scalar).value === 'indicators')!;
    (pair.key as Scalar).commentBefore = t.reviewed
      ? ` ${t.names}`
      : ` ${t.names}\n ตรวจสอบ: รายงานไม่ได้ระบุตัวชี้วัด ระบบเสนอจากชื่อหัวข้อ แก้ให้ตรงกับที่หน่วยงานตั้งใจ`;
    const written = report.topics[i]!.measures[0]!.writtenAs;
    if (written) {
      (map.items.find((p) => (p.key as Scalar).value === 'timeframe')!.key as Scalar).commentBefore =
        ` รายงานเขียนว่า "${written}"`;
    }
    const unitsText = report.topics[i]!.measures[0]!.responsible;
    if (splitUnits(unitsText).related.length) {
      (map.items.find((p) => (p.key as Scalar).value === 'units')!.key as Scalar).commentBefore =
        ` รายงานเขียนว่า "${unitsText}" ในช่อง "ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง"`;
    }
    if (!t.reviewed)
      (map.items.find((p) => (p.key as Scalar).value === 'slug')!.key as Scalar).commentBefore =
        ' ตรวจสอบ: slug และ id ตั้งให้อัตโนมัติ เปลี่ยนเป็นคำภาษาอังกฤษที่สื่อความหมายได้ก่อนเผยแพร่ครั้งแรก';
  });
  if (report.heading && report.heading.year !== fy) {
    const titleKey = (doc.contents as YAMLMap).items.find((p) => (p.key as Scalar).value === 'title')!.key as Scalar;
    titleKey.commentBefore = ` หัวเรื่องตามรายงาน (รายงานเขียนว่าปีงบประมาณ พ.ศ. ${report.heading.year} แต่ระยะเวลาดำเนินงานคือปีงบประมาณ พ.ศ. ${fy})`;
  }
  const topicsKey = (doc.contents as YAMLMap).items.find((p) => (p.key as Scalar).value === 'topics')!.key as Scalar;
  topicsKey.spaceBefore = true;
  return { path: `measures/${fy}.yaml`, text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }) };
}
