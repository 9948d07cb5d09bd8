/**
 * Reads an ITA analysis report (text exported from the Word or web report, like
 * shared/seed/ita-2566-analysis-khok-ko.txt) into the project's content: the year's scores and the
 * measures table. Pure: text in, data out, or a ReportError that quotes the line it could not read.
 *
 * Where the years come from (documented in the staff guide):
 * - The measures' fiscal year is the fiscal year in which their timeframes start (the seed's
 *   "๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗" → FY 2567).
 * - The assessment year is the year before: the ITA of year N leads to measures for N+1.
 * - The report's own headings and meeting date must agree: the measures heading may name either year
 *   (the seed's "ในปีงบประมาณ พ.ศ. ๒๕๖๖" names the assessment year), a title line before the scores
 *   names the assessment year, and the meeting falls in the assessment year or the measures' year.
 *   When they disagree the report is ambiguous and the import stops, asking for `--year`.
 * - `--year N` (the assessment year) overrides all of this: the measures are then for N+1.
 */
import { fiscalYearOf } from '../thai/fiscal-year';
import { ReportError } from './report-error';
import { checkScores, readScores, refuseSecondScoreTable, type ScoresPart } from './report-scores';
import { readMeasuresTable, type MeasuresPart } from './report-table';
import { splitLines } from './report-text';
import { joinScoresOnNextLine, readStatedTotal, refuseAnnouncement, type StatedTotal } from './report-layouts';

/** parseReport throws a ReportError for anything it cannot read. */
export { ReportError };

/** A line of the report as written, numbered from 1 as an editor shows it. */
export interface ReportLine {
  number: number;
  text: string;
}

/** One indicator's score from part 1 of the report. */
export interface ReportScore {
  /** The indicator's number in the year's framework. */
  indicator: number;
  name: string;
  /** The tool heading the score was listed under ("IIT", "EIT", "OIT"), when the report has them. */
  tool?: string;
  /** 0–100, as written. */
  score: number;
  /** ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ: the second column, often empty. */
  note: string;
  /** The report line it was read from. */
  line: number;
}

export interface ReportMeasure {
  /** The activities (มาตรการ/กิจกรรม), one per list item. */
  activities: string[];
  /** ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง, as written. */
  responsible: string;
  /** ขั้นตอน/วิธีการปฏิบัติ, one per step. */
  steps: string[];
  /** ระยะเวลาดำเนินงาน as written (a whole fiscal year spelled out as its dates), and parsed. */
  timeframeText: string;
  /** The cell as the report wrote it, when that was not a date range ("ตลอดปีงบประมาณ 2567"). */
  writtenAs?: string;
  start: Date;
  end: Date;
  line: number;
}

/** A topic (หัวข้อ) of the measures table: its rows are its measures. */
export interface ReportTopic {
  number: number;
  title: string;
  measures: ReportMeasure[];
  line: number;
}

export interface ParsedReport {
  assessmentYear: number;
  measuresYear: number;
  /** How the years were found, in Thai then English, for the import's printout. */
  yearReason: string;
  title?: string;
  scores: ReportScore[];
  heading?: { text: string; year: number; line: number };
  /** The meeting sentence, its date, and the date as the report wrote it ("๓๐ ธันวาคม ๒๕๖๖"). */
  meeting?: { text: string; date: Date; dateText: string; line: number };
  topics: ReportTopic[];
  /** The total the report states, to be checked against the computed total (report-layouts.ts). */
  statedTotal?: StatedTotal;
}

export interface ParseOptions {
  /** The assessment year, when the report does not say it unambiguously. */
  year?: number;
  /** The indicator numbers the report must score (from the year's framework); default 1–10. */
  indicators?: number[];
}

/** The fiscal year the earliest of these dates falls in. */
function firstFiscalYear(dates: readonly Date[]): number {
  return Math.min(...dates.map(fiscalYearOf));
}

const DEFAULT_INDICATORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The assessment year and how it was found, in Thai then English. */
export interface ReportYears {
  assessmentYear: number;
  yearReason: string;
}

/**
 * The years from the timeframes: the measures' fiscal year is the one their first timeframe starts in,
 * the assessment the year before. The title, the heading and the meeting date must agree, or the
 * report is ambiguous and the import asks for `--year`.
 */
export function readYears(scores: ScoresPart, measures: MeasuresPart, lines: readonly ReportLine[]): ReportYears {
  const measuresFy = firstFiscalYear(measures.topics.flatMap((t) => t.measures.map((m) => m.start)));
  const assessmentYear = measuresFy - 1;
  const ambiguous = (thai: string, english: string, line: ReportLine | undefined) =>
    new ReportError(
      `${thai} ระบุปีการประเมินด้วย --year เช่น npm run import -- --year ${assessmentYear} <ไฟล์รายงาน>`,
      `${english}; give the assessment year with --year`,
      line,
    );
  const { title } = scores;
  // A title may name the assessment year or the measures' fiscal year ("…เพื่อกำหนดมาตรการ ปี 2568").
  if (title && title.year !== assessmentYear && title.year !== measuresFy) {
    throw ambiguous(
      `ชื่อรายงานระบุปี ${title.year} แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ ${measuresFy} (ผลการประเมินปี ${assessmentYear})`,
      `the title names ${title.year} but the timeframes are FY ${measuresFy} (ITA ${assessmentYear})`,
      title.line,
    );
  }
  const { heading, meeting } = measures;
  if (heading && heading.year !== assessmentYear && heading.year !== measuresFy) {
    throw ambiguous(
      `หัวข้อระบุปีงบประมาณ ${heading.year} แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ ${measuresFy}`,
      `the heading names FY ${heading.year} but the timeframes are FY ${measuresFy}`,
      lines[heading.line - 1],
    );
  }
  if (meeting && ![assessmentYear, measuresFy].includes(fiscalYearOf(meeting.date))) {
    throw ambiguous(
      `วันที่ประชุมอยู่ในปีงบประมาณ ${fiscalYearOf(meeting.date)} ไม่ตรงกับมาตรการปีงบประมาณ ${measuresFy}`,
      `the meeting falls in FY ${fiscalYearOf(meeting.date)}, not with the FY ${measuresFy} measures`,
      lines[meeting.line - 1],
    );
  }
  return {
    assessmentYear,
    yearReason:
      `ระยะเวลาดำเนินงานเริ่มในปีงบประมาณ ${measuresFy} จึงเป็นมาตรการปี ${measuresFy} จากผลการประเมินปี ${assessmentYear}` +
      ` / the timeframes start in FY ${measuresFy}, so these are the FY ${measuresFy} measures from the ITA ${assessmentYear}`,
  };
}

/** Reads the whole report: part 1's scores, part 2's measures, and the years they are for. */
export function parseReport(text: string, options: ParseOptions = {}): ParsedReport {
  const lines = joinScoresOnNextLine(splitLines(text));
  refuseAnnouncement(lines);
  const scoresPart = readScores(lines);
  refuseSecondScoreTable(lines, scoresPart.end);
  const scores = checkScores(scoresPart.scores, options.indicators ?? DEFAULT_INDICATORS, lines);
  const measures = readMeasuresTable(lines, scoresPart.end);
  const statedTotal = readStatedTotal(lines.slice(0, scoresPart.end));
  const { assessmentYear, yearReason } = options.year
    ? { assessmentYear: options.year, yearReason: `ปีการประเมินจาก --year ${options.year} / assessment year from --year` }
    : readYears(scoresPart, measures, lines);
  return {
    assessmentYear,
    measuresYear: assessmentYear + 1,
    yearReason,
    ...(scoresPart.title ? { title: scoresPart.title.text } : {}),
    scores,
    ...(measures.heading ? { heading: measures.heading } : {}),
    ...(measures.meeting ? { meeting: measures.meeting } : {}),
    topics: measures.topics,
    ...(statedTotal ? { statedTotal } : {}),
  };
}
