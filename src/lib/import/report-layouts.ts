/**
 * Layouts of the analysis reports agencies really publish, read before the parts of the report
 * (report.ts): a score on the line below its indicator (a web table copied as text), the stated total
 * (checked against the total computed from the scores), and a result announcement pasted instead of
 * the report (refused, naming the document needed).
 */
import { toArabicDigits } from '../thai/format';
import { evaluateAssessment } from '../ita/scoring';
import type { ItaAssessment, ItaFramework } from '../../schemas/ita';
import { ReportError } from './report-error';
import { cleanText } from './report-text';
import type { ParsedReport, ReportLine } from './report';

/** An indicator's name with no score on its line: "1. การปฏิบัติหน้าที่" (a cell of a web table). */
const NAME_ONLY = /^\s*(?:<[^>]+>\s*)*\d{1,2}\s*[.)]\s*[^\d\t]+?\s*(?:<[^>]+>\s*)*\t?\s*$/;
/** A line that is only a score, with or without "คะแนน" and a note after a tab: "78.31", "78.31 คะแนน\tnote". */
const SCORE_ONLY = /^\s*(?:<[^>]+>\s*)*(\d{1,3}(?:\.\d+)?)\s*(?:คะแนน)?\s*(?:<[^>]+>\s*)*(\t.*)?$/;

/**
 * Joins an indicator's name and the score on the next non-empty line into one line, as the score
 * reader expects ("1. การปฏิบัติหน้าที่ 78.31 คะแนน"). Line numbers stay those of the file: the
 * joined line keeps the name's number, the score's line becomes empty.
 */
export function joinScoresOnNextLine(lines: readonly ReportLine[]): ReportLine[] {
  const out = lines.map((l) => ({ ...l }));
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (!NAME_ONLY.test(toArabicDigits(line.text))) continue;
    let j = i + 1;
    while (j < out.length && !out[j]!.text.trim()) j++;
    const next = out[j];
    const score = next ? SCORE_ONLY.exec(toArabicDigits(next.text)) : null;
    if (!next || !score) continue;
    line.text = `${line.text.trimEnd()} ${score[1]} คะแนน${score[2] ?? ''}`;
    next.text = '';
  }
  return out;
}

/** The total the report states ("คะแนนรวม 74.58 คะแนน"), and its line. */
export interface StatedTotal {
  total: number;
  line: ReportLine;
}

const TOTAL = /(?:คะแนนรวม|คะแนนเฉลี่ยรวม|ผลคะแนนรวม)\D{0,40}?(\d{1,3}\.\d{1,2})/;

/** The first line stating the total score, if the report has one. */
export function readStatedTotal(lines: readonly ReportLine[]): StatedTotal | undefined {
  for (const line of lines) {
    const match = TOTAL.exec(toArabicDigits(cleanText(line.text)));
    if (match?.[1]) return { total: Number(match[1]), line };
  }
  return undefined;
}

/**
 * The stated total must be the total computed from the indicator scores and the year's weights (both
 * to two decimals, as the NACC publishes them): a difference means a score was read or typed wrong.
 */
export function checkStatedTotal(stated: StatedTotal, computed: number): void {
  // In hundredths, as both are published.
  if (Math.round(stated.total * 100) === Math.round(computed * 100)) return;
  throw new ReportError(
    `คะแนนรวมในรายงาน (${stated.total.toFixed(2)}) ไม่ตรงกับคะแนนรวมที่คำนวณจากคะแนนรายตัวชี้วัดและน้ำหนักของปีนั้น (${computed.toFixed(2)}): ตรวจคะแนนแต่ละตัวชี้วัดในรายงานว่าพิมพ์ถูกต้อง`,
    `the report states a total of ${stated.total.toFixed(2)}, but the indicator scores and the year's weights give ${computed.toFixed(2)}; check each indicator's score`,
    stated.line,
  );
}

/** A report's stated total against the total of its scores under the year's framework; throws when they differ. */
export function checkReportTotal(report: ParsedReport, framework: ItaFramework): void {
  if (!report.statedTotal) return;
  const scores = report.scores.map((s) => ({ indicator: s.indicator, score: s.score, note: s.note }));
  const assessment = { year: report.assessmentYear, source: 'report', scores } as ItaAssessment;
  checkStatedTotal(report.statedTotal, evaluateAssessment(framework, assessment).total);
}

/** Words of the NACC's result announcement (or the ITAS result page), not of an analysis report. */
const ANNOUNCEMENT = /ประกาศผลการประเมิน|ระดับผลการประเมิน|ผลการประเมินระดับ|ผลคะแนน ITA ของหน่วยงาน/;
/** The measures table's header (หัวข้อ … มาตรการ … ระยะเวลา) or the measures heading of part 2. */
const MEASURES = /มาตรการ/;

/**
 * A result announcement has the scores but no analysis and no measures: the importer needs the
 * organization's own analysis report, and says so rather than failing on a missing table.
 */
export function refuseAnnouncement(lines: readonly ReportLine[]): void {
  const announcement = lines.find((l) => ANNOUNCEMENT.test(cleanText(l.text)));
  if (!announcement || lines.some((l) => MEASURES.test(cleanText(l.text)))) return;
  throw new ReportError(
    'ไฟล์นี้เป็นประกาศผลการประเมิน ITA ไม่ใช่รายงานการวิเคราะห์ผลการประเมิน: ใช้ไฟล์ "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ" ของหน่วยงาน (OIT ข้อการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส) ที่มีคะแนนรายตัวชี้วัดและตารางมาตรการ',
    "this is the ITA result announcement, not the analysis report; use the organization's own analysis report, with the indicator scores and the measures table",
    announcement,
  );
}
