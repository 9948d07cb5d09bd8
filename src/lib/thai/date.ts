/**
 * Reads dates the way Thai staff write them: "๑ ต.ค.๒๕๖๖", "1 ต.ค. 66", "30 กันยายน 2567",
 * "30/9/2567", or an ISO date "2023-10-01" (Common Era). Thai and Arabic digits, full or abbreviated
 * month names, Buddhist-Era years (4 digits, or 2 digits meaning 25xx). Returns a real calendar date
 * at UTC midnight, or an error that says what was expected.
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

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const EXPECTED_DATE =
  'วันที่แบบไทย เช่น "1 ต.ค. 2566", "๑ ต.ค.๒๕๖๖", "30 กันยายน 2567" หรือ "2023-10-01" / a Thai date such as "1 ต.ค. 2566" or an ISO date';

const fail = (error: string): ParseResult<never> => ({ ok: false, error });

function buildDate(day: number, month: number, ceYear: number, input: string): ParseResult<Date> {
  const date = calendarDate(ceYear, month, day);
  if (date.getUTCFullYear() !== ceYear || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail(`วันที่ "${input}" ไม่มีอยู่จริงในปฏิทิน / "${input}" is not a real calendar date`);
  }
  return { ok: true, value: date };
}

/** A Buddhist-Era year as written (4 digits, or 2 digits for 25xx) to the Common Era. */
function beYearToCe(raw: string, input: string): ParseResult<number> {
  const n = Number(raw);
  if (raw.length === 2) return { ok: true, value: 2500 + n - BE_OFFSET };
  if (raw.length === 4 && n >= 2400 && n <= 2700) return { ok: true, value: n - BE_OFFSET };
  return fail(`ปีใน "${input}" ต้องเป็นปี พ.ศ. เช่น 2566 หรือ 66 / expected a Buddhist-Era year in "${input}", such as 2566`);
}

export function parseThaiDate(input: string | Date): ParseResult<Date> {
  if (input instanceof Date) {
    // YAML turns an unquoted 2023-10-01 into a Date at UTC midnight.
    return Number.isNaN(input.getTime()) ? fail(`วันที่ไม่ถูกต้อง / invalid date`) : { ok: true, value: input };
  }
  const original = input.trim();
  const s = toArabicDigits(original).replace(/\s+/g, ' ');
  if (!s) return fail(`ต้องระบุวันที่ / expected ${EXPECTED_DATE}`);

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) {
    const year = Number(iso[1]);
    // An ISO date in the Buddhist Era ("2566-10-01") is read as such.
    const ceYear = year >= 2400 ? year - BE_OFFSET : year;
    return buildDate(Number(iso[3]), Number(iso[2]), ceYear, original);
  }

  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (slash) {
    const [, day, month, yearText = ''] = slash;
    const year = beYearToCe(yearText, original);
    return year.ok ? buildDate(Number(day), Number(month), year.value, original) : year;
  }

  // "1 ต.ค. 66", "๑ ต.ค.๒๕๖๖", "30 กันยายน 2567", optionally "วันที่ … พ.ศ. …"
  const thai = /^(?:วันที่\s*)?(\d{1,2})\s*([\u0E00-\u0E7F.\s]+?)\s*(?:พ\.\s?ศ\.\s*)?(\d{2}|\d{4})$/.exec(s);
  if (thai) {
    const [, day, monthText = '', yearText = ''] = thai;
    const month = MONTH_LOOKUP.get(monthText.replace(/[.\s]/g, ''));
    if (!month) {
      return fail(
        `ไม่รู้จักเดือน "${monthText.trim()}" ใน "${original}" (ใช้ชื่อเดือนเต็มหรือตัวย่อ เช่น ต.ค.) / unknown Thai month "${monthText.trim()}"`,
      );
    }
    const year = beYearToCe(yearText, original);
    return year.ok ? buildDate(Number(day), month, year.value, original) : year;
  }
  return fail(`อ่านวันที่ "${original}" ไม่ได้ ต้องเป็น${EXPECTED_DATE}`);
}

export interface DateRange {
  start: Date;
  end: Date;
}

/** "๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗", "1 ต.ค. 66 – 30 ก.ย. 67", "1 ต.ค. 2566 ถึง 30 ก.ย. 2567". */
export function parseThaiDateRange(input: string): ParseResult<DateRange> {
  // Spaced separators first ("a - b", "a – b", "a ถึง b"); then a bare dash between Thai dates.
  let parts = input.trim().split(/\s+[-–—]\s+|\s*[–—]\s*|\s*ถึง\s*/);
  if (parts.length === 1 && !/^\s*\d{4}-\d{1,2}-\d{1,2}/.test(toArabicDigits(input)))
    parts = input.trim().split(/\s*-\s*/);
  const [startText, endText] = parts;
  if (parts.length !== 2 || startText === undefined || endText === undefined) {
    return fail(
      `ช่วงเวลา "${input.trim()}" ต้องมีวันเริ่มและวันสิ้นสุด เช่น "1 ต.ค. 2566 - 30 ก.ย. 2567" / expected a range "start - end"`,
    );
  }
  const start = parseThaiDate(startText);
  if (!start.ok) return start;
  const end = parseThaiDate(endText);
  if (!end.ok) return end;
  if (end.value < start.value) {
    return fail(`วันสิ้นสุดอยู่ก่อนวันเริ่มใน "${input.trim()}" / the end of "${input.trim()}" is before its start`);
  }
  return { ok: true, value: { start: start.value, end: end.value } };
}
