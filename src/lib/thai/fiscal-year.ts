/**
 * The Thai fiscal year (ปีงบประมาณ) runs from 1 October to 30 September and is named by the
 * Buddhist-Era year in which it ends: FY 2567 = 1 Oct 2023 – 30 Sep 2024.
 */

export const BE_OFFSET = 543;

export const toBuddhistYear = (ceYear: number) => ceYear + BE_OFFSET;
export const toCommonYear = (beYear: number) => beYear - BE_OFFSET;

/** A calendar day at UTC midnight. */
export function calendarDate(ceYear: number, month: number, day: number): Date {
  return new Date(Date.UTC(ceYear, month - 1, day));
}

/** The fiscal year (BE) that a date falls in. */
export function fiscalYearOf(date: Date): number {
  const ceYear = date.getUTCFullYear();
  return toBuddhistYear(date.getUTCMonth() >= 9 ? ceYear + 1 : ceYear);
}

/** First and last day of a fiscal year (BE). */
export function fiscalYearRange(fiscalYear: number): { start: Date; end: Date } {
  const endCe = toCommonYear(fiscalYear);
  return { start: calendarDate(endCe - 1, 10, 1), end: calendarDate(endCe, 9, 30) };
}

/** The twelve months of a fiscal year, October first, as the first day of each month. */
export function fiscalYearMonths(fiscalYear: number): Date[] {
  const startCe = toCommonYear(fiscalYear) - 1;
  // Date.UTC carries month 13 over into January of the next year.
  return Array.from({ length: 12 }, (_, i) => calendarDate(startCe, 10 + i, 1));
}
