/**
 * "Best bets" for the search page: the names people type word for word (an ITA indicator, an OIT
 * item) and the one page each names. Pagefind ranks by word frequency, so a page that repeats an
 * indicator's words (แผนการใช้จ่ายงบประมาณ for การใช้งบประมาณ) can outrank the indicator's own page;
 * a name typed in full is therefore answered first with its own page, above the ranked results.
 */
import type { AssessmentResult } from '../ita/scoring';
import type { OitFramework } from '../../schemas/oit';
import { CONTENT_TYPES } from './meta';
import { routes } from '../site/routes';
import { toArabicDigits } from '../thai/format';

export interface NamedPage {
  name: string;
  /** Site path (without the base). */
  path: string;
  type: string;
}

/**
 * Every indicator (its page in the newest assessment that has it) and every OIT item (as the newest
 * framework names it), newest first so the first name wins.
 */
export function namedPages(results: AssessmentResult[], frameworks: OitFramework[]): NamedPage[] {
  const pages: NamedPage[] = [];
  const seen = new Set<string>();
  const add = (page: NamedPage) => {
    const key = nameKey(page.name);
    if (seen.has(key)) return;
    seen.add(key);
    pages.push(page);
  };
  for (const result of [...results].sort((a, b) => b.year - a.year)) {
    for (const ind of result.indicators) {
      add({ name: ind.name, path: routes.indicator(result.year, ind.slug), type: CONTENT_TYPES.indicator });
      add({ name: ind.nameEn, path: routes.indicator(result.year, ind.slug), type: CONTENT_TYPES.indicator });
    }
  }
  for (const fw of [...frameworks].sort((a, b) => b.year - a.year)) {
    for (const item of fw.items)
      add({ name: item.title, path: routes.oitItem(item.slug), type: CONTENT_TYPES.oitItem });
  }
  return pages;
}

/** How names compare: no spaces or word breaks, Arabic digits, lower case. */
export function nameKey(text: string): string {
  return toArabicDigits(text)
    .replace(/[\s\u200b]+/g, '')
    .toLowerCase();
}

/** The page whose name is exactly the query (ignoring spaces, digit set and case), if any. */
export function findNamedPage(pages: NamedPage[], query: string): NamedPage | undefined {
  const key = nameKey(query);
  return key ? pages.find((p) => nameKey(p.name) === key) : undefined;
}
