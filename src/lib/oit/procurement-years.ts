/**
 * The fiscal years of monthly procurement summaries (แบบ สขร.1), for the /procurement/ index and the
 * links between years: for each year, its twelve months (October first) and whether each is
 * published, due but not published (its month has ended), or not yet due (the current month and later).
 */
import { fiscalYearMonths } from '../thai/fiscal-year';
import { monthsDue } from './coverage';

/** A month's state: published; missing (its month has ended, nothing published); not yet due. */
export type ProcurementMonthState = 'published' | 'missing' | 'upcoming';

export interface ProcurementYear {
  fiscalYear: number;
  /** The twelve months, "YYYY-MM", October first. */
  months: { key: string; state: ProcurementMonthState }[];
  published: number;
  /** Months ended with no summary published, in order. */
  missing: string[];
  /** Months whose summary is due: those ended by today. */
  due: number;
  /** Published months that are example data (the example organization's), not the organization's own. */
  examples: number;
}

/** "YYYY-MM" of the first day of each month of a fiscal year, October first. */
export function fiscalYearMonthKeys(fiscalYear: number): string[] {
  return fiscalYearMonths(fiscalYear).map((d) => d.toISOString().slice(0, 7));
}

/**
 * Every fiscal year from the oldest with a published month up to `through` (the fiscal year the current
 * ITA assesses, listed even before any of its months is published) or the newest published, newest
 * first. `published` lists the months published (fiscal year, "YYYY-MM", example or not); `today`
 * decides which months are due: a month's summary is due once the month has ended.
 */
export function procurementYears(
  published: readonly { fiscalYear: number; month: string; example?: boolean | undefined }[],
  today: Date,
  through?: number,
): ProcurementYear[] {
  const filed = published.map((p) => p.fiscalYear);
  const bounds = through === undefined ? filed : [...filed, through];
  if (!bounds.length) return [];
  const oldest = Math.min(...bounds);
  const newest = Math.max(...bounds);
  const years = Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i);
  return years.map((fiscalYear) => {
    const own = published.filter((p) => p.fiscalYear === fiscalYear);
    const done = new Set(own.map((p) => p.month));
    const due = new Set(monthsDue(fiscalYear, today));
    const months = fiscalYearMonthKeys(fiscalYear).map((key): ProcurementYear['months'][number] => ({
      key,
      state: done.has(key) ? 'published' : due.has(key) ? 'missing' : 'upcoming',
    }));
    return {
      fiscalYear,
      months,
      published: months.filter((m) => m.state === 'published').length,
      missing: months.filter((m) => m.state === 'missing').map((m) => m.key),
      due: due.size,
      examples: own.filter((p) => p.example).length,
    };
  });
}
