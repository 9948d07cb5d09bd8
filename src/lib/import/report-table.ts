/** Part 2 of an ITA analysis report: the heading, the meeting sentence and the measures table. */
import { parseThaiDate } from '../thai/date';
import { toArabicDigits } from '../thai/format';
import { ReportError } from './report-error';
import { messageText } from '../content-check/messages';
import { cellItems, cleanText, isHeaderRow, joinContinued, parseTimeframe, YEAR_IN } from './report-text';
import type { ReportLine, ReportMeasure, ReportTopic } from './report';

/** Part 2 of the report: the heading naming a fiscal year, the meeting sentence, the measures table. */
export interface MeasuresPart {
  heading?: { text: string; year: number; line: number };
  meeting?: { text: string; date: Date; dateText: string; line: number };
  topics: ReportTopic[];
}

/** One row of the measures table, cell by cell, as written (HTML kept). */
interface TableRow {
  topic: string;
  activities: string;
  responsible: string;
  steps: string;
  /** ระยะเวลาดำเนินงาน: the last cell from the fifth on that is not empty. */
  timeframe: string;
}

/** The last measure read, with its cells as written, so a row cut by a page break can continue it. */
interface OpenRow {
  measure: ReportMeasure;
  activities: string;
  steps: string;
}

/**
 * Reads part 2 from `lines[start]` on: lines of fewer than three cells are prose (the heading, the
 * meeting); the others are rows of the measures table, which must have at least one topic.
 */
export function readMeasuresTable(lines: readonly ReportLine[], start: number): MeasuresPart {
  const part: MeasuresPart = { topics: [] };
  let open: OpenRow | undefined;
  for (const line of lines.slice(start)) {
    const plain = toArabicDigits(cleanText(line.text));
    if (!plain || /^[-\s\t]+$/.test(plain) || isHeaderRow(line.text)) continue;
    const cells = line.text.split('\t');
    if (!isTableRow(cells, part.topics.length > 0)) {
      readProse(part, line, plain);
      continue;
    }
    const row = readRowCells(cells);
    if (open && continuesRowAbove(row)) continueRow(open, row);
    else open = readMeasureRow(part.topics, row, line);
  }
  if (!part.topics.length) {
    throw new ReportError(
      'ไม่พบตารางมาตรการ (แถวหัวตาราง "หัวข้อ<TAB>…" และแถวของแต่ละหัวข้อ)',
      'found no measures table (a header row "หัวข้อ<TAB>…" and a row per topic)',
    );
  }
  return part;
}

/** A table row has three cells or more; a row continued after a page break may keep only "<TAB>text". */
function isTableRow(cells: readonly string[], afterTopic: boolean): boolean {
  // The line has text, so an empty first cell means it has a second.
  return cells.length >= 3 || (afterTopic && !cleanText(cells[0]!));
}

/** Prose before the table: the first line naming a fiscal year is the heading; a meeting sentence gives its date. */
function readProse(part: MeasuresPart, line: ReportLine, plain: string): void {
  const year = YEAR_IN.exec(plain)?.[1];
  if (!part.heading && year && !part.topics.length) {
    part.heading = { text: cleanText(line.text), year: Number(year), line: line.number };
  }
  if (!part.meeting && /ประชุม/.test(plain)) part.meeting = readMeeting(line);
}

/**
 * "วันที่ ๓๐ ธันวาคม ๒๕๖๖" in a sentence, the date as written in group 1. The month's characters include
 * the spaces around it: "๓๐ ธันวาคม ๒๕๖๖", "30ธ.ค.2566", "30 ธ. ค. 2566".
 */
export const MEETING_DATE = /วันที่\s*([0-9\u0E50-\u0E59]{1,2}[\u0E00-\u0E4F.\s]+?[0-9\u0E50-\u0E59]{4})/;

/** "จากการประชุม… เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖ …": the sentence and its date, as written and read. */
function readMeeting(line: ReportLine): NonNullable<MeasuresPart['meeting']> {
  const text = cleanText(line.text);
  const dateText = MEETING_DATE.exec(text)?.[1];
  const parsed = dateText ? parseThaiDate(dateText) : undefined;
  if (!parsed?.ok) {
    throw new ReportError(
      'อ่านวันที่ประชุมไม่ได้ ต้องเป็นเช่น "เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖"',
      'could not read the meeting date; expected e.g. "เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖"',
      line,
    );
  }
  return { text, date: parsed.value, dateText: dateText!, line: line.number };
}

/** หัวข้อ | มาตรการ/กิจกรรม | ผู้รับผิดชอบ | ขั้นตอน | … | ระยะเวลาดำเนินงาน (the last cell that is not empty). */
function readRowCells(cells: readonly string[]): TableRow {
  // A row has at least two cells (isTableRow); the later ones may be missing.
  const [topic, activities, responsible = '', steps = '', ...rest] = cells as readonly [string, string, ...string[]];
  return { topic, activities, responsible, steps, timeframe: rest.findLast((c) => cleanText(c)) ?? '' };
}

/** A row cut by a page break: no topic, no responsible unit, no timeframe — it continues the row above. */
function continuesRowAbove(row: TableRow): boolean {
  return !cleanText(row.topic) && !cleanText(row.timeframe) && !cleanText(row.responsible);
}

function continueRow(open: OpenRow, row: TableRow): void {
  open.activities = joinContinued(open.activities, row.activities);
  open.steps = joinContinued(open.steps, row.steps);
  open.measure.activities = cellItems(open.activities);
  open.measure.steps = cellItems(open.steps);
}

/** A row of the table: a measure of the topic it names, or of the topic above when its topic cell is empty. */
function readMeasureRow(topics: ReportTopic[], row: TableRow, line: ReportLine): OpenRow {
  const topicText = cleanText(row.topic);
  const topic = topicText ? readTopic(topicText, topics.length + 1, line) : topics.at(-1);
  if (!topic) {
    throw new ReportError(
      'แถวแรกของตารางมาตรการต้องมีหัวข้อ',
      'expected the first row of the measures table to name its topic',
      line,
    );
  }
  if (topicText) topics.push(topic);
  const timeframe = readTimeframe(row.timeframe, topic, line);
  const measure: ReportMeasure = {
    activities: cellItems(row.activities),
    responsible: cleanText(row.responsible),
    steps: cellItems(row.steps),
    timeframeText: timeframe.text,
    ...(timeframe.text !== cleanText(row.timeframe) ? { writtenAs: cleanText(row.timeframe) } : {}),
    start: timeframe.start,
    end: timeframe.end,
    line: line.number,
  };
  topic.measures.push(measure);
  return { measure, activities: row.activities, steps: row.steps };
}

/** "๑. การเปิดเผยข้อมูล" → topic 1; a title without a number takes the next one. */
function readTopic(text: string, next: number, line: ReportLine): ReportTopic {
  // Stryker disable next-line ArrayDeclaration: without a match, any one-element array leaves number and title undefined too
  const [, number, title] = /^([0-9\u0E50-\u0E59]{1,2})\s*[.)]?\s*(.+)/.exec(text) ?? [];
  return {
    number: number ? Number(toArabicDigits(number)) : next,
    // The cell is trimmed, and the pattern leaves the spaces after the number out.
    title: title ?? text,
    measures: [],
    line: line.number,
  };
}

/** The row's timeframe cell, which every row must have and which must be a readable range. */
function readTimeframe(cell: string, topic: ReportTopic, line: ReportLine): { start: Date; end: Date; text: string } {
  const text = cleanText(cell);
  if (!text) {
    throw new ReportError(
      `ไม่พบระยะเวลาดำเนินงานของหัวข้อ "${topic.title}" (ช่องสุดท้ายของแถว เช่น "๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗")`,
      `found no timeframe for topic ${topic.number} (the row's last cell, e.g. "1 ต.ค. 2566 - 30 ก.ย. 2567")`,
      line,
    );
  }
  const range = parseTimeframe(text);
  if (!range.ok) {
    const { th, en } = messageText(range.error);
    throw new ReportError(`อ่านระยะเวลาดำเนินงาน "${text}" ไม่ได้: ${th}`, `could not read the timeframe: ${en}`, line);
  }
  return range.value;
}
