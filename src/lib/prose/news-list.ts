/**
 * The news list as citizens read it: newest first, in pages of a fixed size, by fiscal year and by
 * type. Pure: the data layer (src/data/pages/news.ts) hands in the entries.
 */
import { fiscalYearOf } from '../thai/fiscal-year';
import { newsType, NEWS_TYPES, type NewsType, type NewsTypeValue } from './news-types';

/** How many news items one page of the list shows. */
export const NEWS_PAGE_SIZE = 10;

export interface NewsEntryLike {
  /** "<fiscal year>/<slug>". */
  id: string;
  data: { date: Date; title: string; type: NewsTypeValue };
}

/** Newest first; on the same day, by title, so the order never depends on the file system. */
export function newestFirst<T extends NewsEntryLike>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'th'),
  );
}

/** Pages of `size` entries; always at least one page (an empty list is one empty page). */
export function paginate<T>(entries: readonly T[], size = NEWS_PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < entries.length; i += size) pages.push(entries.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** The fiscal years that have news, newest first. */
export function newsFiscalYears(entries: readonly NewsEntryLike[]): number[] {
  return [...new Set(entries.map((e) => fiscalYearOf(e.data.date)))].sort((a, b) => b - a);
}

/** The entries of one fiscal year. */
export function newsOfYear<T extends NewsEntryLike>(entries: readonly T[], fiscalYear: number): T[] {
  return entries.filter((e) => fiscalYearOf(e.data.date) === fiscalYear);
}

/** The types that have news, in the table's order. */
export function newsTypesUsed(entries: readonly NewsEntryLike[]): NewsType[] {
  return NEWS_TYPES.filter((t) => entries.some((e) => e.data.type === t.value));
}

/** The entries of one type. */
export function newsOfType<T extends NewsEntryLike>(entries: readonly T[], type: NewsType): T[] {
  return entries.filter((e) => newsType(e.data.type).key === type.key);
}

/** The fiscal year and slug of an entry from its id ("2568/road-repair"). */
export function newsIdParts(id: string): { fiscalYear: number; slug: string } {
  const [fiscalYear = '', slug = ''] = id.split('/');
  return { fiscalYear: Number(fiscalYear), slug };
}
