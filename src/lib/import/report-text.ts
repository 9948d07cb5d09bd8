/**
 * The text of an ITA analysis report, line by line and cell by cell: HTML left by the Word or web export
 * stripped, list items and inline numbering split, pieces cut by a page break joined, timeframes read.
 */
import { fiscalYearRange } from '../thai/fiscal-year';
import { parseThaiDateRange, type DateError } from '../thai/date';
import { toArabicDigits } from '../thai/format';
import type { ReportLine } from './report';

/** The report's lines, numbered from 1 as an editor shows them, whatever the line endings. */
export function splitLines(text: string): ReportLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ number: i + 1, text: t }));
}

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
  const items = /<(li|p)\b/i.test(cell) ? listItems(cell) : numberedItems(cleanText(cell));
  // Bullets and numbering are the list's job, not the text's.
  return items
    .map((s) =>
      s.replace(/^(?:[●•▪\-–]\s*)+/, '').replace(/^[0-9\u0E50-\u0E59]{1,2}\s*\.(?![0-9\u0E50-\u0E59])\s*/, ''),
    )
    .filter(Boolean);
}

/**
 * Each <li>/<p> starts an item; text outside them continues the previous one (a cell cut by a page
 * break goes on as plain text on the next page).
 */
function listItems(html: string): string[] {
  const items: string[] = [];
  const parts = html.split(/<\/?(?:li|p)\b[^>]*>/i);
  // Without tags ("<li" left unclosed) there is one part, read before any tag is looked at.
  // Stryker disable next-line ArrayDeclaration: equivalent, as above
  const tags = html.match(/<\/?(?:li|p)\b[^>]*>/gi) ?? [];
  // The first part is read before any tag, and is an item whatever `open` says.
  // Stryker disable next-line BooleanLiteral: equivalent, as above
  let open = false;
  parts.forEach((part, i) => {
    const text = cleanText(part);
    const last = items.at(-1);
    if (text && (open || last === undefined)) items.push(text);
    // Here a text part always has an item above: the first text part was pushed.
    else if (text) items[items.length - 1] = joinText(last!, text);
    const tag = tags[i];
    if (tag) open = !tag.startsWith('</');
  });
  return items;
}

/** "1.จัดทำ… 2.แจ้งเวียน…": split before each number that follows the previous one, from 1 on. */
function numberedItems(text: string): string[] {
  const marks = text.matchAll(/(?:^|\s)([0-9\u0E50-\u0E59]{1,2})\s*\.(?![0-9\u0E50-\u0E59])/g);
  const cuts: number[] = [];
  for (const mark of marks) {
    // Each item is trimmed, so the cut may fall on the space before its number.
    if (Number(toArabicDigits(mark[1]!)) === cuts.length + 1) cuts.push(mark.index);
  }
  // A single cut at 0 slices the whole text, the same as not splitting.
  if (cuts[0] === 0) return cuts.map((c, i) => text.slice(c, cuts[i + 1] ?? text.length).trim());
  // An empty cell gives [''], which cellItems drops with the other empty items.
  return [text];
}

/** The measures table's header row, repeated after each page break: "หัวข้อ<TAB>…<TAB>ระยะเวลาดำเนินงาน". */
export const isHeaderRow = (text: string) =>
  /^\s*หัวข้อ\s*\t/.test(text) || (/\t/.test(text) && /ระยะเวลา\s*ดำเนิน/.test(text.split('\t').at(-1)!));
/** A year named in a title or heading: "ประจำปีงบประมาณ พ.ศ. 2567", "ปี 2566". */
export const YEAR_IN = /(?:ปีงบประมาณ|ประจำปี|ปี)\s*(?:พ\s*\.\s*ศ\s*\.)?\s*(\d{4})/;

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
