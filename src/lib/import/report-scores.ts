/** Part 1 of an ITA analysis report: the title and the score of each indicator. */
import { toArabicDigits } from '../thai/format';
import { ReportError } from './report-error';
import { cleanText, isHeaderRow, YEAR_IN } from './report-text';
import type { ReportLine, ReportScore } from './report';

const DOTS = '[\\s.…·_]*';
const INDICATOR_LINE = new RegExp(
  `^\\s*(?:<[^>]+>\\s*)*(\\d{1,2})\\s*[.)]\\s*([^\\d\\t]*?)${DOTS}([-−]?\\d{1,6}(?:\\.\\d+)?)?${DOTS}(?:คะแนน)?\\s*(?:<[^>]+>\\s*)*(?:\\t(.*))?$`,
);
const TOOL_LINE = /\((IIT|EIT|OIT)\)/;

/**
 * Characters that do not show but change what a line reads as (a score "78.\u200B31" no longer a
 * number): zero-width spaces and joiners, the soft hyphen, word joiner, byte-order mark, bidi controls.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00AD': 'soft hyphen',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte-order mark',
};

/** A line of part 1 with a character that does not show is refused at that line, naming it and where. */
function refuseInvisible(line: ReportLine): void {
  const at = INVISIBLE.exec(line.text);
  if (!at) return;
  const ch = at[0];
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = INVISIBLE_NAMES[ch] ?? 'direction control';
  const column = [...line.text.slice(0, at.index)].length + 1;
  throw new ReportError(
    `บรรทัดนี้มีอักขระที่มองไม่เห็น ${code} (${name}) ที่ตำแหน่ง ${column} ซึ่งทำให้อ่านคะแนนผิดได้: ลบอักขระนั้นในไฟล์รายงาน (พิมพ์บรรทัดนี้ใหม่) แล้วนำเข้าอีกครั้ง`,
    `the line holds an invisible character ${code} (${name}) at column ${column}: retype the line in the report and import again`,
    line,
  );
}

/** A line that reads as an indicator's score, "<n>. <name> … <number> คะแนน": the start of a score table. */
const looksLikeScore = (plain: string) => /^\d{1,2}\s*[.)]\s*[^\d\t]+?[\s.…·_]*\d+(?:\.\d+)?[\s.…·_]*คะแนน/.test(plain);

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
    refuseInvisible(line);
    const score = readScoreLine(line, tool);
    if (!score) {
      // "๑. การปฏิบัติหน้าที่ 78,31 คะแนน": a score line the reader cannot read is refused where it is.
      if (/^\d{1,2}\s*[.)].*\d.*คะแนน/.test(plain)) {
        throw new ReportError(
          'อ่านบรรทัดคะแนนนี้ไม่ได้ ต้องเป็น "<เลขตัวชี้วัด>. <ชื่อตัวชี้วัด> <คะแนน> คะแนน" เช่น "๑. การปฏิบัติหน้าที่ ๗๘.๓๑ คะแนน"',
          'could not read this score line; expected "<number>. <indicator> <score> คะแนน"',
          line,
        );
      }
      continue;
    }
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
  if (score > 100 && /^\d{3,}$/.test(scoreText)) {
    const guess = `${scoreText.slice(0, -2)}.${scoreText.slice(-2)}`;
    throw new ReportError(
      `คะแนนของตัวชี้วัดที่ ${indicator} ต้องอยู่ระหว่าง 0 ถึง 100 แต่พบ ${scoreText}: จุดทศนิยมหายหรือไม่ (เช่น ${guess}) ตรวจกับรายงานต้นฉบับ`,
      `expected the score of indicator ${indicator} to be from 0 to 100, found ${scoreText}: a lost decimal point (${guess}?)`,
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

/**
 * Every score table of the file is read: a score line after part 1 (two reports saved in one file, the
 * second one's table) is refused at its line, not ignored.
 */
export function refuseSecondScoreTable(lines: readonly ReportLine[], end: number): void {
  for (const line of lines.slice(end)) {
    // A score line has at most its note after a tab; the measures table's rows have several cells.
    if (line.text.split('\t').length > 2) continue;
    if (!looksLikeScore(toArabicDigits(cleanText(line.text)))) continue;
    throw new ReportError(
      'พบตารางคะแนนรายตัวชี้วัดชุดที่สอง (ไฟล์นี้อาจมีรายงานมากกว่าหนึ่งฉบับต่อกัน): แยกรายงานแต่ละฉบับเป็นไฟล์ของตัวเอง แล้วนำเข้าทีละไฟล์',
      'found a second table of indicator scores (two reports in one file?): save each report in a file of its own and import them one at a time',
      line,
    );
  }
}
