/** Part 1 of an ITA analysis report: the title and the score of each indicator. */
import { toArabicDigits } from '../thai/format';
import { ReportError } from './report-error';
import { cleanText, isHeaderRow, YEAR_IN } from './report-text';
import type { ReportLine, ReportScore } from './report';

const DOTS = '[\\s.…·_]*';
const INDICATOR_LINE = new RegExp(
  `^\\s*(?:<[^>]+>\\s*)*(\\d{1,2})\\s*[.)]\\s*([^\\d\\t]*?)${DOTS}([-−]?\\d{1,3}(?:\\.\\d+)?)?${DOTS}(?:คะแนน)?\\s*(?:<[^>]+>\\s*)*(?:\\t(.*))?$`,
);
const TOOL_LINE = /\((IIT|EIT|OIT)\)/;

/** Part 1 of the report: the title line, the scores in the order written, and where part 2 starts. */
export interface ScoresPart {
  title?: { text: string; year: number; line: ReportLine };
  scores: ReportScore[];
  /** The index in `lines` of the first line after the scores (the measures heading or the table). */
  end: number;
}

/**
 * Reads part 1: the scores, grouped under tool headings "(IIT)" when the report has them, and before
 * them the first line naming a year (the title). Part 1 ends at the first line naming a fiscal year
 * after the scores, or at the measures table's header row.
 */
export function readScores(lines: readonly ReportLine[]): ScoresPart {
  const part: ScoresPart = { scores: [], end: lines.length };
  let tool: string | undefined;
  let inScores = false;
  for (const [index, line] of lines.entries()) {
    // An empty line matches none of the tests below, and is passed over like any line that is not a score.
    const plain = toArabicDigits(cleanText(line.text));
    if (isHeaderRow(line.text) || (part.scores.length && YEAR_IN.test(plain) && !/คะแนน/.test(plain))) {
      part.end = index;
      break;
    }
    const toolHeading = /คะแนน/.test(plain) ? undefined : TOOL_LINE.exec(plain)?.[1];
    if (toolHeading || (/ตัวชี้วัด/.test(plain) && /\t/.test(line.text))) {
      tool = toolHeading ?? tool;
      inScores = true;
      continue;
    }
    // A report without the column headings starts its scores at the first "<n>. <name> … คะแนน" line.
    if (!inScores && /^\d{1,2}\s*[.)].*\d.*คะแนน/.test(plain)) inScores = true;
    if (!inScores) {
      const title = part.title ? undefined : readTitle(line, plain);
      if (title) part.title = title;
      continue;
    }
    const score = readScoreLine(line, tool);
    if (!score) continue;
    if (part.scores.some((s) => s.indicator === score.indicator)) {
      throw new ReportError(`ตัวชี้วัดที่ ${score.indicator} ซ้ำ`, `indicator ${score.indicator} appears twice`, line);
    }
    part.scores.push(score);
  }
  return part;
}

/** A line before the scores that names a year is the report's title. */
function readTitle(line: ReportLine, plain: string): ScoresPart['title'] {
  const year = YEAR_IN.exec(plain)?.[1];
  return year ? { text: cleanText(line.text), year: Number(year), line } : undefined;
}

/** One indicator's line, "๑. การปฏิบัติหน้าที่ ..... ๗๘.๓๑ ..... คะแนน<TAB>note"; undefined for any other line. */
function readScoreLine(line: ReportLine, tool: string | undefined): ReportScore | undefined {
  const match = INDICATOR_LINE.exec(toArabicDigits(line.text));
  if (!match) return undefined;
  // The first two groups take part in every match; the score and the note may be missing.
  const [numberText, name, scoreText, note = ''] = match.slice(1) as [string, string, string?, string?];
  const indicator = Number(numberText);
  if (scoreText === undefined) {
    throw new ReportError(
      `อ่านคะแนนของตัวชี้วัดที่ ${indicator} ไม่ได้ ต้องเป็นตัวเลข เช่น "๗๘.๓๑ คะแนน"`,
      `could not read the score of indicator ${indicator}; expected a number such as "78.31 คะแนน"`,
      line,
    );
  }
  // A minus sign (ASCII or U+2212) is kept, so a negative score is refused rather than read as positive.
  const score = Number(scoreText.replace('−', '-'));
  if (/\.\d{3}/.test(scoreText)) {
    throw new ReportError(
      `คะแนนของตัวชี้วัดที่ ${indicator} มีทศนิยมเกินสองตำแหน่ง (${scoreText}) ตรวจจุดทศนิยมกับรายงานต้นฉบับ`,
      `expected the score of indicator ${indicator} with at most two decimals, found ${scoreText}`,
      line,
    );
  }
  if (!(score >= 0 && score <= 100)) {
    throw new ReportError(
      `คะแนนของตัวชี้วัดที่ ${indicator} ต้องอยู่ระหว่าง 0 ถึง 100 แต่พบ ${scoreText}`,
      `expected the score of indicator ${indicator} to be from 0 to 100, found ${scoreText}`,
      line,
    );
  }
  return {
    indicator,
    name: cleanText(name),
    ...(tool ? { tool } : {}),
    score,
    note: cleanText(note),
    line: line.number,
  };
}

/**
 * The scores sorted by indicator, once every indicator of the framework has one and none is extra.
 * A missing indicator is reported after the line of the indicator before it.
 */
export function checkScores(
  scores: readonly ReportScore[],
  indicators: readonly number[],
  lines: readonly ReportLine[],
): ReportScore[] {
  if (!scores.length) {
    throw new ReportError(
      'ไม่พบคะแนนรายตัวชี้วัด (บรรทัดแบบ "๑. การปฏิบัติหน้าที่ ..... ๗๘.๓๑ ..... คะแนน")',
      'found no indicator scores (lines such as "1. การปฏิบัติหน้าที่ ..... 78.31 ..... คะแนน")',
    );
  }
  const missing = indicators.find((n) => !scores.some((s) => s.indicator === n));
  if (missing !== undefined) {
    const before = scores.findLast((s) => s.indicator < missing) ?? scores[0]!;
    const near = before.line;
    throw new ReportError(
      `ไม่พบคะแนนของตัวชี้วัดที่ ${missing} (ควรอยู่ถัดจากบรรทัด ${near})`,
      `found no score for indicator ${missing} (expected after line ${near})`,
      lines[near - 1],
    );
  }
  const extra = scores.find((s) => !indicators.includes(s.indicator));
  if (extra) {
    throw new ReportError(
      `ไม่มีตัวชี้วัดที่ ${extra.indicator} ในกรอบการประเมิน (มี ${indicators.join(', ')})`,
      `indicator ${extra.indicator} is not in the framework (${indicators.join(', ')})`,
      lines[extra.line - 1],
    );
  }
  return [...scores].sort((a, b) => a.indicator - b.indicator);
}
