/** What an OIT item's own page lists: its codes across years and its entries, newest first. */
import type { Evidence } from './evidence';
import { itemPageSlugs, type OitFramework } from '../../schemas/oit';

/** Entries that evidence an item through any of its page slugs (its own and those it covers), newest first. */
export function entriesForItem<T extends { data: { items: string[]; date: Date } }>(
  entries: readonly T[],
  slugs: readonly string[],
): T[] {
  return entries
    .filter((e) => e.data.items.some((s) => slugs.includes(s)))
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Monthly summaries, the newest month first. */
export function newestMonthsFirst<T extends { data: { month: string } }>(months: readonly T[]): T[] {
  return [...months].sort((a, b) => b.data.month.localeCompare(a.data.month));
}

/** The measures plan and its progress among an item's evidence: published on the plan's page, linked there. */
export function measuresEvidence(evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter((e) => e.kind === 'measures-plan' || e.kind === 'measures-progress');
}

/** The frameworks that list the item, as given (newest first), with the item's code in each. */
export function itemCodes(frameworks: readonly OitFramework[], slug: string): { code: string; year: number }[] {
  return frameworks.flatMap((fw) =>
    fw.items.filter((i) => itemPageSlugs(i).includes(slug)).map((i) => ({ code: i.code, year: fw.year })),
  );
}

/**
 * Monthly summaries grouped by fiscal year: the fiscal year assessed first (even when it has none
 * yet, so the page shows that it has none), then the others, newest first; months newest first.
 */
export function monthsByFiscalYear<T extends { data: { month: string; fiscalYear: number } }>(
  months: readonly T[],
  assessedYear: number,
): { fiscalYear: number; assessed: boolean; months: T[] }[] {
  const years = [...new Set([assessedYear, ...months.map((m) => m.data.fiscalYear)])].sort((a, b) =>
    a === assessedYear ? -1 : b === assessedYear ? 1 : b - a,
  );
  const newest = newestMonthsFirst(months);
  return years.map((fiscalYear) => ({
    fiscalYear,
    assessed: fiscalYear === assessedYear,
    months: newest.filter((m) => m.data.fiscalYear === fiscalYear),
  }));
}
