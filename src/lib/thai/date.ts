/**
 * Reads dates the way Thai staff write them: "๑ ต.ค.๒๕๖๖", "1 ต.ค. 66", "30 กันยายน 2567",
 * "30/9/2567", or an ISO date "2023-10-01" (Common Era). Thai and Arabic digits, full or abbreviated
 * month names, Buddhist-Era years (4 digits, or 2 digits meaning 25xx). Returns a real calendar date
 * at UTC midnight, or the code of the message that says what was expected.
 */
import { BE_OFFSET, calendarDate } from './fiscal-year';
import { toArabicDigits } from './format';

export const THAI_MONTHS: readonly { full: string; abbr: string }[] = [
  { full: 'มกราคม', abbr: 'ม.ค.' },
  { full: 'กุมภาพันธ์', abbr: 'ก.พ.' },
  { full: 'มีนาคม', abbr: 'มี.ค.' },
  { full: 'เมษายน', abbr: 'เม.ย.' },
  { full: 'พฤษภาคม', abbr: 'พ.ค.' },
  { full: 'มิถุนายน', abbr: 'มิ.ย.' },
  { full: 'กรกฎาคม', abbr: 'ก.ค.' },
  { full: 'สิงหาคม', abbr: 'ส.ค.' },
  { full: 'กันยายน', abbr: 'ก.ย.' },
  { full: 'ตุลาคม', abbr: 'ต.ค.' },
  { full: 'พฤศจิกายน', abbr: 'พ.ย.' },
  { full: 'ธันวาคม', abbr: 'ธ.ค.' },
];

/** Month names and abbreviations (also without dots or spaces, "ตค", "ต. ค.") → month 1–12. */
const MONTH_LOOKUP = new Map<string, number>(
  THAI_MONTHS.flatMap((m, i) => [
    [m.full, i + 1],
    [m.abbr.replace(/[.\s]/g, ''), i + 1],
  ]),
);

/**
 * Why a date could not be read, as a code of the message catalogue (src/lib/content-check/messages.ts)
 * and the parameters its Thai and English texts need.
 */
export type DateError =
  | { code: 'date.invalid' | 'date.empty'; params: Record<string, never> }
  | {
      code: 'date.not-real' | 'date.year' | 'date.unreadable' | 'date.range-parts' | 'date.range-order';
      params: { input: string };
    }
  | { code: 'date.month'; params: { month: string; input: string } };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: DateError };

const fail = (error: DateError): ParseResult<never> => ({ ok: false, error });

function buildDate(day: number, month: number, ceYear: number, input: string): ParseResult<Date> {
  const date = calendarDate(ceYear, month, day);
  // Each check is implied by the other two (a day or month that overflows moves at least two of them), so
  // dropping one alone changes nothing; together they refuse every date that does not exist.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent one at a time, as above
  if (date.getUTCFullYear() !== ceYear || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail({ code: 'date.not-real', params: { input } });
  }
  return { ok: true, value: date };
}

/** A Buddhist-Era year as written (4 digits, or 2 digits for 25xx) to the Common Era. */
function beYearToCe(raw: string, input: string): ParseResult<number> {
  const n = Number(raw);
  if (raw.length === 2) return { ok: true, value: 2500 + n - BE_OFFSET };
  // Stryker disable next-line ConditionalExpression: the patterns only let 2 or 4 digits through, so here raw has 4
  if (raw.length === 4 && n >= 2400 && n <= 2700) return { ok: true, value: n - BE_OFFSET };
  return fail({ code: 'date.year', params: { input } });
}

export function parseThaiDate(input: string | Date): ParseResult<Date> {
  if (input instanceof Date) {
    // YAML turns an unquoted 2023-10-01 into a Date at UTC midnight.
    return Number.isNaN(input.getTime()) ? fail({ code: 'date.invalid', params: {} }) : { ok: true, value: input };
  }
  const original = input.trim();
  const s = toArabicDigits(original).replace(/\s+/g, ' ');
  if (!s) return fail({ code: 'date.empty', params: {} });

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) {
    const year = Number(iso[1]);
    // An ISO date in the Buddhist Era ("2566-10-01") is read as such.
    const ceYear = year >= 2400 ? year - BE_OFFSET : year;
    return buildDate(Number(iso[3]), Number(iso[2]), ceYear, original);
  }

  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (slash) {
    // Stryker disable next-line StringLiteral: the pattern always captures the year
    const [, day, month, yearText = ''] = slash;
    const year = beYearToCe(yearText, original);
    return year.ok ? buildDate(Number(day), Number(month), year.value, original) : year;
  }

  // "1 ต.ค. 66", "๑ ต.ค.๒๕๖๖", "30 กันยายน 2567", optionally "วันที่ … พ.ศ. …"
  const thai = /^(?:วันที่\s*)?(\d{1,2})\s*([\u0E00-\u0E7F.\s]+?)\s*(?:พ\.\s?ศ\.\s*)?(\d{2}|\d{4})$/.exec(s);
  if (thai) {
    // Stryker disable next-line StringLiteral: the pattern always captures the month and the year
    const [, day, monthText = '', yearText = ''] = thai;
    const month = MONTH_LOOKUP.get(monthText.replace(/[.\s]/g, ''));
    if (!month) {
      // Stryker disable next-line MethodExpression: the pattern already leaves the spaces around the month out
      return fail({ code: 'date.month', params: { month: monthText.trim(), input: original } });
    }
    const year = beYearToCe(yearText, original);
    return year.ok ? buildDate(Number(day), month, year.value, original) : year;
  }
  return fail({ code: 'date.unreadable', params: { input: original } });
}

export interface DateRange {
  start: Date;
  end: Date;
}

/** "๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗", "1 ต.ค. 66 – 30 ก.ย. 67", "1 ต.ค. 2566 ถึง 30 ก.ย. 2567". */
export function parseThaiDateRange(input: string): ParseResult<DateRange> {
  // Spaced separators first ("a - b", "a – b", "a ถึง b"); then a bare dash between Thai dates.
  // Each part is trimmed when it is read, so the spaces a separator leaves do not matter.
  // Stryker disable next-line MethodExpression,Regex: equivalent, as above
  let parts = input.trim().split(/\s+[-–—]\s+|\s*[–—]\s*|\s*ถึง\s*/);
  // A lone ISO date is refused as one part either way (split at its dashes it has three); the guard only
  // keeps the message about the range's parts from depending on that.
  // Stryker disable next-line Regex: equivalent, as above
  if (parts.length === 1 && !/^\s*\d{4}-\d{1,2}-\d{1,2}/.test(toArabicDigits(input)))
    // Stryker disable next-line MethodExpression: each part is trimmed when it is read
    parts = input.trim().split(/\s*-\s*/);
  const [startText, endText] = parts;
  // Stryker disable next-line ConditionalExpression: with two parts both are defined; the checks are for the type checker
  if (parts.length !== 2 || startText === undefined || endText === undefined) {
    return fail({ code: 'date.range-parts', params: { input: input.trim() } });
  }
  const start = parseThaiDate(startText);
  if (!start.ok) return start;
  const end = parseThaiDate(endText);
  if (!end.ok) return end;
  if (end.value < start.value) {
    return fail({ code: 'date.range-order', params: { input: input.trim() } });
  }
  return { ok: true, value: { start: start.value, end: end.value } };
}
