/** Thai number and date formatting, all through Intl (Node and browsers ship full ICU). */

export interface FormatOptions {
  /** Write digits as ๐–๙ instead of 0–9. */
  thaiDigits?: boolean;
}

// Stryker disable next-line BooleanLiteral: numbers (the default) are written the same whatever the calendar
const locale = (opts: FormatOptions, calendar = false) =>
  // Stryker disable next-line StringLiteral: th-TH already uses the Buddhist calendar in Node 24's ICU
  `th-TH-u-${calendar ? 'ca-buddhist-' : ''}nu-${opts.thaiDigits ? 'thai' : 'latn'}`;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, loc: string, options: Intl.NumberFormatOptions) {
  // A cache only: a miss (or a key never found again) makes an equal formatter, so the result is the same.
  // Stryker disable next-line ArithmeticOperator: a cache miss gives the same result
  let nf = numberFormats.get(key + loc);
  // Stryker disable next-line ConditionalExpression: a new formatter gives the same result
  if (!nf) {
    nf = new Intl.NumberFormat(loc, options);
    // Stryker disable next-line ArithmeticOperator: a key never found again gives the same results
    numberFormats.set(key + loc, nf);
  }
  return nf;
}

/** A score as the NACC publishes it: two decimals, e.g. 74.58 or ๗๔.๕๘. */
export function formatScore(value: number, opts: FormatOptions = {}): string {
  // Stryker disable next-line StringLiteral: the cache key only has to differ between kinds; an empty key is still unique
  return numberFormat('score', locale(opts), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A change between two scores with its sign, e.g. +1.25, −0.40 or 0.00. */
export function formatChange(value: number, opts: FormatOptions = {}): string {
  // Stryker disable next-line StringLiteral: the cache key only has to differ between kinds; an empty key is still unique
  return numberFormat('change', locale(opts), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A whole number with grouping, e.g. 1,250 or ๑,๒๕๐. */
export function formatInteger(value: number, opts: FormatOptions = {}): string {
  // Stryker disable next-line StringLiteral: the cache key only has to differ between kinds; an empty key is still unique
  return numberFormat('int', locale(opts), { maximumFractionDigits: 0 }).format(value);
}

/** A Buddhist-Era year or other bare number written without grouping, e.g. 2566 or ๒๕๖๖. */
export function formatYear(year: number, opts: FormatOptions = {}): string {
  // Stryker disable next-line StringLiteral: the cache key only has to differ between kinds; an empty key is still unique
  return numberFormat('year', locale(opts), { useGrouping: false, maximumFractionDigits: 0 }).format(year);
}

export type DateStyle = 'long' | 'short';

/** A date written as "30 ธันวาคม 2566", without the "พ.ศ." some ICU builds put before the year. */
function withoutEraWord(text: string): string {
  // Stryker disable next-line Regex,StringLiteral: Node 24's ICU writes no "พ.ศ." here; this guards other ICU builds
  return text.replace(/\s*พ\.ศ\.\s*/, ' ');
}

/**
 * A calendar date in the Buddhist Era: "30 ธันวาคม 2566" (long) or "30 ธ.ค. 2566" (short).
 * Dates are calendar days stored at UTC midnight, so they are formatted in UTC.
 */
export function formatThaiDate(date: Date, style: DateStyle = 'long', opts: FormatOptions = {}): string {
  return withoutEraWord(
    // Stryker disable next-line BooleanLiteral: th-TH already uses the Buddhist calendar in Node 24's ICU
    new Intl.DateTimeFormat(locale(opts, true), {
      day: 'numeric',
      month: style,
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date),
  );
}

/** A date as an ISO calendar day (YYYY-MM-DD), for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const THAI_ZERO = 0x0e50;

/** Replaces Thai digits ๐–๙ with 0–9, leaving everything else as it is. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Replaces 0–9 with Thai digits ๐–๙. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** A month in the Buddhist Era: "ตุลาคม 2567" (long) or "ต.ค. 2567" (short), from a "YYYY-MM" month. */
export function formatThaiMonth(month: string, style: DateStyle = 'long', opts: FormatOptions = {}): string {
  const [y = Number.NaN, m = Number.NaN] = month.split('-').map(Number);
  return withoutEraWord(
    // Stryker disable next-line BooleanLiteral: th-TH already uses the Buddhist calendar in Node 24's ICU
    new Intl.DateTimeFormat(locale(opts, true), { month: style, year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, 1)),
    ),
  );
}

/** An amount in baht with two decimals and grouping, e.g. 1,250,000.00 or ๑,๒๕๐,๐๐๐.๐๐. */
export function formatBaht(value: number, opts: FormatOptions = {}): string {
  // Stryker disable next-line StringLiteral: the cache key only has to differ between kinds; an empty key is still unique
  return numberFormat('baht', locale(opts), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
