/**
 * The fiscal years of monthly procurement summaries (แบบ สขร.1), for the /procurement/ index and the
 * links between years: for each year, its twelve months (October first) and whether each is
 * published, not yet published although its month has begun, or not yet due.
 */
import { fiscalYearMonths } from '../thai/fiscal-year';

/** A month's state: published; missing (its month has begun, nothing published); not yet due. */
export type ProcurementMonthState = 'published' | 'missing' | 'upcoming';

export interface ProcurementYear {
  fiscalYear: number;
  /** The twelve months, "YYYY-MM", October first. */
  months: { key: string; state: ProcurementMonthState }[];
  published: number;
  /** Months begun with no summary published, in order. */
  missing: string[];
}

/** "YYYY-MM" of the first day of each month of a fiscal year, October first. */
export function fiscalYearMonthKeys(fiscalYear: number): string[] {
  return fiscalYearMonths(fiscalYear).map((d) => d.toISOString().slice(0, 7));
}

/**
 * Every fiscal year with at least one published month, newest first. `published` lists the months
 * published (fiscal year and "YYYY-MM"); `today` decides which months have begun.
 */
export function procurementYears(
  published: readonly { fiscalYear: number; month: string }[],
  today: Date,
): ProcurementYear[] {
  // Stryker disable next-line MethodExpression: a "YYYY-MM" key compares with the full ISO timestamp as with its "YYYY-MM" start
  const thisMonth = today.toISOString().slice(0, 7);
  const years = [...new Set(published.map((p) => p.fiscalYear))].sort((a, b) => b - a);
  return years.map((fiscalYear) => {
    const done = new Set(published.filter((p) => p.fiscalYear === fiscalYear).map((p) => p.month));
    const months = fiscalYearMonthKeys(fiscalYear).map((key): ProcurementYear['months'][number] => ({
      key,
      state: done.has(key) ? 'published' : key <= thisMonth ? 'missing' : 'upcoming',
    }));
    return {
      fiscalYear,
      months,
      published: months.filter((m) => m.state === 'published').length,
      missing: months.filter((m) => m.state === 'missing').map((m) => m.key),
    };
  });
}
