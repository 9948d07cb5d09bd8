/**
 * Writes what the report importer read as the project's own content files, in exactly the form staff
 * would write by hand (YAML with Thai comments at the top), through the `yaml` package.
 */
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedReport } from './report-import';

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
export function reportFiles(report: ParsedReport, organizationName: string): ContentFile[] {
  return [assessmentFile(report, organizationName)];
}
