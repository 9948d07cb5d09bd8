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
import { fiscalYearOf, fiscalYearRange } from '../thai/fiscal-year';
import { parseThaiDate, parseThaiDateRange, type DateError } from '../thai/date';
import { messageText } from '../content-check/messages';
import { toArabicDigits } from '../thai/format';

/** A long table row quoted in a message: its start and its end, where the cells that matter usually are. */
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 70)} … ${text.slice(-70)}` : text);

export class ReportError extends Error {
  readonly line: number | undefined;
  constructor(thai: string, english: string, line?: { number: number; text: string }) {
    const quote = line ? `\n  บรรทัด ${line.number} / line ${line.number}: "${shorten(line.text.trim())}"` : '';
    super(`${thai} / ${english}${quote}`);
    this.name = 'ReportError';
    this.line = line?.number;
  }
}

export interface ReportLine {
  number: number;
  text: string;
}

export interface ReportScore {
  indicator: number;
  name: string;
  tool?: string;
  score: number;
  note: string;
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
  meeting?: { text: string; date: Date; line: number };
  topics: ReportTopic[];
}

export interface ParseOptions {
  /** The assessment year, when the report does not say it unambiguously. */
  year?: number;
  /** The indicator numbers the report must score (from the year's framework); default 1–10. */
  indicators?: number[];
}

const DOTS = '[\\s.…·_]*';

/** Text as the agency wrote it (its digits kept), HTML tags stripped, entities decoded, spaces folded. */
export function cleanText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/** A table cell's items: HTML list items or paragraphs, else inline numbering "1.… 2.…", else the text. */
export function cellItems(cell: string): string[] {
  const html = cell;
  const items: string[] = [];
  if (/<(li|p)\b/i.test(html)) {
    // Walk the cell: each <li>/<p> starts an item; text outside them continues the previous one
    // (a cell cut by a page break goes on as plain text on the next page).
    const parts = html.split(/<\/?(?:li|p)\b[^>]*>/i);
    const tags = html.match(/<\/?(?:li|p)\b[^>]*>/gi) ?? [];
    let open = false;
    parts.forEach((part, i) => {
      const text = cleanText(part);
      if (text) {
        if (open || !items.length) items.push(text);
        else items[items.length - 1] = joinText(items[items.length - 1]!, text);
      }
      const tag = tags[i];
      if (tag) open = !tag.startsWith('</');
    });
  } else {
    const text = cleanText(html);
    // "1.จัดทำ… 2.แจ้งเวียน…": split before each number that follows the previous one.
    const marks = [...text.matchAll(/(?:^|\s)([0-9\u0E50-\u0E59]{1,2})\s*\.(?![0-9\u0E50-\u0E59])/g)];
    let expected = 1;
    const cuts: number[] = [];
    for (const m of marks) {
      if (Number(toArabicDigits(m[1]!)) === expected) {
        cuts.push(m.index! + (m[0].startsWith(' ') ? 1 : 0));
        expected++;
      }
    }
    if (cuts.length >= 2 && cuts[0] === 0) {
      cuts.forEach((c, i) => items.push(text.slice(c, cuts[i + 1] ?? text.length).trim()));
    } else if (text) items.push(text);
  }
  // Bullets and numbering are the list's job, not the text's.
  return items
    .map((s) =>
      s
        .replace(/^(?:[●•▪\-–]\s*)+/, '')
        .replace(/^[0-9\u0E50-\u0E59]{1,2}\s*\.(?![0-9\u0E50-\u0E59])\s*/, '')
        .trim(),
    )
    .filter(Boolean);
}

const INDICATOR_LINE = new RegExp(
  `^\\s*(?:<[^>]+>\\s*)*(\\d{1,2})\\s*[.)]\\s*([^\\d\\t]*?)${DOTS}(\\d{1,3}(?:\\.\\d+)?)?${DOTS}(?:คะแนน)?\\s*(?:<[^>]+>\\s*)*(?:\\t(.*))?$`,
);
const TOOL_LINE = /\((IIT|EIT|OIT)\)/;
/** The measures table's header row, repeated after each page break: "หัวข้อ<TAB>…<TAB>ระยะเวลาดำเนินงาน". */
const isHeaderRow = (text: string) =>
  /^\s*หัวข้อ\s*\t/.test(text) || (/\t/.test(text) && /ระยะเวลา\s*ดำเนิน/.test(text.split('\t').at(-1) ?? ''));
const YEAR_IN = /(?:ปีงบประมาณ|ประจำปี|ปี)\s*(?:พ\s*\.\s*ศ\s*\.)?\s*(\d{4})/;

/**
 * A cell cut by a page break goes on in the next page's row. Thai writes no space between words, so
 * Thai text continues directly ("สามารถ" + "ตอบสนอง"); anything else continues after a space.
 */
export function joinContinued(before: string, after: string): string {
  if (!cleanText(after)) return before;
  return `${before.replace(/\s+$/, '')}${thaiJoins(cleanText(before), cleanText(after)) ? '' : ' '}${after.replace(/^\s+/, '')}`;
}

const thaiJoins = (a: string, b: string) => /[\u0E01-\u0E4F]$/.test(a) && /^[\u0E01-\u0E4F]/.test(b);

/** Two pieces of one sentence: no space between Thai letters, a space otherwise. */
export function joinText(a: string, b: string): string {
  return `${a}${thaiJoins(a, b) ? '' : ' '}${b}`;
}

/**
 * A timeframe cell: a date range, or a whole fiscal year ("ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗"), which is written
 * out as its first and last day so the measures file holds a range like every other.
 */
export function parseTimeframe(
  text: string,
): { ok: true; value: { start: Date; end: Date; text: string } } | { ok: false; error: DateError } {
  const whole = /^(?:ตลอด)?ปีงบประมาณ\s*(?:พ\s*\.\s*ศ\s*\.)?\s*(\d{4})$/.exec(toArabicDigits(text).trim());
  if (whole) {
    const fy = Number(whole[1]);
    const { start, end } = fiscalYearRange(fy);
    return { ok: true, value: { start, end, text: `1 ต.ค. ${fy - 1} - 30 ก.ย. ${fy}` } };
  }
  const range = parseThaiDateRange(text);
  return range.ok ? { ok: true, value: { ...range.value, text } } : range;
}

function firstFiscalYear(dates: Date[]): number {
  return Math.min(...dates.map(fiscalYearOf));
}

export function parseReport(text: string, options: ParseOptions = {}): ParsedReport {
  const lines: ReportLine[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ number: i + 1, text: t }));
  const expected = options.indicators ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  // Part 1 ends at the measures heading (a line naming a fiscal year after the scores) or the table.
  const scores: ReportScore[] = [];
  let tool: string | undefined;
  let title: string | undefined;
  let titleYear: number | undefined;
  let i = 0;
  let inScores = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const plain = toArabicDigits(cleanText(line.text));
    if (!plain) continue;
    if (isHeaderRow(line.text)) break;
    if (scores.length && YEAR_IN.test(plain) && !/คะแนน/.test(plain)) break;
    const toolMatch = TOOL_LINE.exec(plain);
    if (toolMatch && !/คะแนน/.test(plain)) {
      tool = toolMatch[1];
      inScores = true;
      continue;
    }
    if (/ตัวชี้วัด/.test(plain) && /\t/.test(line.text)) {
      inScores = true;
      continue;
    }
    // A report without the column headings starts its scores at the first "<n>. <name> … คะแนน" line.
    if (!inScores && /^\s*\d{1,2}\s*[.)].*\d.*คะแนน/.test(plain)) inScores = true;
    if (!inScores) {
      const y = YEAR_IN.exec(plain);
      if (y && !title) {
        title = cleanText(line.text);
        titleYear = Number(y[1]);
      }
      continue;
    }
    const m = INDICATOR_LINE.exec(toArabicDigits(line.text));
    if (!m) continue;
    const number = Number(m[1]);
    const name = cleanText(m[2]!);
    if (m[3] === undefined) {
      throw new ReportError(
        `อ่านคะแนนของตัวชี้วัดที่ ${number} ไม่ได้ ต้องเป็นตัวเลข เช่น "๗๘.๓๑ คะแนน"`,
        `could not read the score of indicator ${number}; expected a number such as "78.31 คะแนน"`,
        line,
      );
    }
    const score = Number(m[3]);
    if (!(score >= 0 && score <= 100)) {
      throw new ReportError(
        `คะแนนของตัวชี้วัดที่ ${number} ต้องอยู่ระหว่าง 0 ถึง 100 แต่พบ ${m[3]}`,
        `expected the score of indicator ${number} to be from 0 to 100, found ${m[3]}`,
        line,
      );
    }
    if (scores.some((s) => s.indicator === number)) {
      throw new ReportError(`ตัวชี้วัดที่ ${number} ซ้ำ`, `indicator ${number} appears twice`, line);
    }
    scores.push({
      indicator: number,
      name,
      ...(tool ? { tool } : {}),
      score,
      note: cleanText(m[4] ?? ''),
      line: line.number,
    });
  }
  if (!scores.length) {
    throw new ReportError(
      'ไม่พบคะแนนรายตัวชี้วัด (บรรทัดแบบ "๑. การปฏิบัติหน้าที่ ..... ๗๘.๓๑ ..... คะแนน")',
      'found no indicator scores (lines such as "1. การปฏิบัติหน้าที่ ..... 78.31 ..... คะแนน")',
    );
  }
  for (const n of expected) {
    if (!scores.some((s) => s.indicator === n)) {
      const before = [...scores].reverse().find((s) => s.indicator < n) ?? scores[0]!;
      const near = lines[before.line - 1]!;
      throw new ReportError(
        `ไม่พบคะแนนของตัวชี้วัดที่ ${n} (ควรอยู่ถัดจากบรรทัด ${near.number})`,
        `found no score for indicator ${n} (expected after line ${near.number})`,
        near,
      );
    }
  }
  for (const s of scores) {
    if (!expected.includes(s.indicator)) {
      throw new ReportError(
        `ไม่มีตัวชี้วัดที่ ${s.indicator} ในกรอบการประเมิน (มี ${expected.join(', ')})`,
        `indicator ${s.indicator} is not in the framework (${expected.join(', ')})`,
        lines[s.line - 1],
      );
    }
  }
  scores.sort((a, b) => a.indicator - b.indicator);

  // Part 2: the heading naming a fiscal year, the meeting sentence, the measures table.
  let heading: ParsedReport['heading'];
  let meeting: ParsedReport['meeting'];
  const topics: ReportTopic[] = [];
  let previous: { measure: ReportMeasure; cells: string[] } | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const plain = toArabicDigits(cleanText(line.text));
    if (!plain || /^[-\s\t]+$/.test(plain) || isHeaderRow(line.text)) continue;
    const cells = line.text.split('\t');
    // A row continued after a page break may keep only its first cells ("<TAB>text").
    const continued = topics.length > 0 && cells.length >= 2 && !cleanText(cells[0]!);
    if (cells.length < 3 && !continued) {
      const y = YEAR_IN.exec(plain);
      if (!heading && y && !topics.length)
        heading = { text: cleanText(line.text), year: Number(y[1]), line: line.number };
      if (!meeting && /ประชุม/.test(plain)) {
        const d = /วันที่\s*(\d{1,2}\s*[\u0E00-\u0E4F.\s]+?\s*\d{4})/.exec(plain);
        const parsed = d ? parseThaiDate(d[1]!) : undefined;
        if (!parsed?.ok) {
          throw new ReportError(
            'อ่านวันที่ประชุมไม่ได้ ต้องเป็นเช่น "เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖"',
            'could not read the meeting date; expected e.g. "เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖"',
            line,
          );
        }
        meeting = { text: cleanText(line.text), date: parsed.value, line: line.number };
      }
      continue;
    }
    while (cells.length < 5) cells.push('');
    // หัวข้อ | มาตรการ/กิจกรรม | ผู้รับผิดชอบ | ขั้นตอน | … | ระยะเวลาดำเนินงาน (the last cell that is not empty)
    const [topicCell, activityCell, responsibleCell, stepsCell] = cells as [string, string, string, string];
    const timeCell =
      cells
        .slice(4)
        .reverse()
        .find((c) => cleanText(c)) ?? '';
    const topicText = cleanText(topicCell);
    const timeText = cleanText(timeCell);
    // A row cut by a page break: no topic, no responsible unit, no timeframe — it continues the row above.
    if (!topicText && !timeText && !cleanText(responsibleCell) && previous) {
      previous.cells[1] = joinContinued(previous.cells[1]!, activityCell);
      previous.cells[3] = joinContinued(previous.cells[3]!, stepsCell);
      previous.measure.activities = cellItems(previous.cells[1]!);
      previous.measure.steps = cellItems(previous.cells[3]!);
      continue;
    }
    if (topicText) {
      const t = /^([0-9\u0E50-\u0E59]{1,2})\s*[.)]?\s*(.+)$/.exec(topicText);
      topics.push({
        number: t ? Number(toArabicDigits(t[1]!)) : topics.length + 1,
        title: t ? t[2]!.trim() : topicText,
        measures: [],
        line: line.number,
      });
    } else if (!topics.length) {
      throw new ReportError(
        'แถวแรกของตารางมาตรการต้องมีหัวข้อ',
        'expected the first row of the measures table to name its topic',
        line,
      );
    }
    if (!timeText) {
      throw new ReportError(
        `ไม่พบระยะเวลาดำเนินงานของหัวข้อ "${topics.at(-1)!.title}" (ช่องสุดท้ายของแถว เช่น "๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗")`,
        `found no timeframe for topic ${topics.at(-1)!.number} (the row's last cell, e.g. "1 ต.ค. 2566 - 30 ก.ย. 2567")`,
        line,
      );
    }
    const range = parseTimeframe(timeText);
    if (!range.ok) {
      const { th, en } = messageText(range.error);
      throw new ReportError(
        `อ่านระยะเวลาดำเนินงาน "${timeText}" ไม่ได้: ${th}`,
        `could not read the timeframe: ${en}`,
        line,
      );
    }
    const measure: ReportMeasure = {
      activities: cellItems(activityCell),
      responsible: cleanText(responsibleCell),
      steps: cellItems(stepsCell),
      timeframeText: range.value.text,
      ...(range.value.text !== cleanText(timeCell) ? { writtenAs: cleanText(timeCell) } : {}),
      start: range.value.start,
      end: range.value.end,
      line: line.number,
    };
    topics.at(-1)!.measures.push(measure);
    previous = { measure, cells: [...cells] };
  }
  if (!topics.length) {
    throw new ReportError(
      'ไม่พบตารางมาตรการ (แถวหัวตาราง "หัวข้อ<TAB>…" และแถวของแต่ละหัวข้อ)',
      'found no measures table (a header row "หัวข้อ<TAB>…" and a row per topic)',
    );
  }

  // The years: from the timeframes, checked against the headings and the meeting date.
  const starts = topics.flatMap((t) => t.measures.map((m) => m.start));
  let assessmentYear: number;
  let yearReason: string;
  if (options.year) {
    assessmentYear = options.year;
    yearReason = `ปีการประเมินจาก --year ${options.year} / assessment year from --year`;
  } else {
    const measuresFy = firstFiscalYear(starts);
    assessmentYear = measuresFy - 1;
    yearReason =
      `ระยะเวลาดำเนินงานเริ่มในปีงบประมาณ ${measuresFy} จึงเป็นมาตรการปี ${measuresFy} จากผลการประเมินปี ${assessmentYear}` +
      ` / the timeframes start in FY ${measuresFy}, so these are the FY ${measuresFy} measures from the ITA ${assessmentYear}`;
    const ambiguous = (thai: string, english: string, line: ReportLine) => {
      throw new ReportError(
        `${thai} ระบุปีการประเมินด้วย --year เช่น npm run import -- --year ${assessmentYear} <ไฟล์รายงาน>`,
        `${english}; give the assessment year with --year`,
        line,
      );
    };
    if (titleYear !== undefined && titleYear !== assessmentYear) {
      ambiguous(
        `ชื่อรายงานระบุปี ${titleYear} แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ ${measuresFy} (ผลการประเมินปี ${assessmentYear})`,
        `the title names ${titleYear} but the timeframes are FY ${measuresFy} (ITA ${assessmentYear})`,
        lines.find((l) => title !== undefined && cleanText(l.text) === title)!,
      );
    }
    if (heading && heading.year !== assessmentYear && heading.year !== measuresFy) {
      ambiguous(
        `หัวข้อระบุปีงบประมาณ ${heading.year} แต่ระยะเวลาดำเนินงานเป็นปีงบประมาณ ${measuresFy}`,
        `the heading names FY ${heading.year} but the timeframes are FY ${measuresFy}`,
        lines[heading.line - 1]!,
      );
    }
    if (meeting && ![assessmentYear, measuresFy].includes(fiscalYearOf(meeting.date))) {
      ambiguous(
        `วันที่ประชุมอยู่ในปีงบประมาณ ${fiscalYearOf(meeting.date)} ไม่ตรงกับมาตรการปีงบประมาณ ${measuresFy}`,
        `the meeting falls in FY ${fiscalYearOf(meeting.date)}, not with the FY ${measuresFy} measures`,
        lines[meeting.line - 1]!,
      );
    }
  }
  return {
    assessmentYear,
    measuresYear: assessmentYear + 1,
    yearReason,
    ...(title ? { title } : {}),
    scores,
    ...(heading ? { heading } : {}),
    ...(meeting ? { meeting } : {}),
    topics,
  };
}
