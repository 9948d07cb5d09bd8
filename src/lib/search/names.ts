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
import { readerWords } from '../thai/words';
import type { Section } from '../site/navigation';

export interface NamedPage {
  name: string;
  /** The link's text when it is not the name (a section answered for another of its names). */
  label?: string;
  /** Site path (without the base). */
  path: string;
  type: string;
}

/** The type shown beside a section of the site answered as a best bet. */
export const SECTION_TYPE = 'หมวด';

/**
 * Every section of the main menu (its label and its other search names: "จัดซื้อ" for จัดซื้อจัดจ้าง),
 * every indicator (its page in the newest assessment that has it) and every OIT item (by its title
 * and its code, as the newest framework numbers it: "O21"), newest first so the first name wins.
 */
export function namedPages(
  results: AssessmentResult[],
  frameworks: OitFramework[],
  sections: readonly Section[] = [],
): NamedPage[] {
  const pages: NamedPage[] = [];
  const seen = new Set<string>();
  const add = (page: NamedPage) => {
    const key = nameKey(page.name);
    if (seen.has(key)) return;
    seen.add(key);
    pages.push(page);
  };
  for (const section of sections) {
    for (const name of [section.label, ...(section.searchNames ?? [])])
      add({ name, label: section.label, path: section.path, type: SECTION_TYPE });
  }
  for (const result of [...results].sort((a, b) => b.year - a.year)) {
    for (const ind of result.indicators) {
      add({ name: ind.name, path: routes.indicator(result.year, ind.slug), type: CONTENT_TYPES.indicator });
      add({ name: ind.nameEn, path: routes.indicator(result.year, ind.slug), type: CONTENT_TYPES.indicator });
    }
  }
  for (const fw of [...frameworks].sort((a, b) => b.year - a.year)) {
    for (const item of fw.items) {
      add({ name: item.title, path: routes.oitItem(item.slug), type: CONTENT_TYPES.oitItem });
      add({
        name: item.code,
        label: `${item.code} ${item.title}`,
        path: routes.oitItem(item.slug),
        type: `${CONTENT_TYPES.oitItem} ITA ${fw.year}`,
      });
    }
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

/** At most this many pages whose names hold the query are offered; more means the word is too common. */
const MAX_RELATED = 4;

/**
 * The best bets for a query: the page whose name is exactly the query; else the pages (at most
 * four, the shortest names first) whose names hold the query as whole words ("ร้องเรียน" in
 * "ช่องทางแจ้งเรื่องร้องเรียน"), when the query has four letters or more and no more pages hold it.
 * A name's words are a reader's (readerWords with `compounds`, the site's siteCompounds).
 */
export function findNamedPages(
  pages: NamedPage[],
  query: string,
  compounds: readonly string[],
): { exact: boolean; pages: NamedPage[] } | undefined {
  const exact = findNamedPage(pages, query);
  if (exact) return { exact: true, pages: [exact] };
  const key = nameKey(query);
  if (key.length < 4) return undefined;
  const holding = pages.filter((p) => {
    const words = readerWords(toArabicDigits(p.name).toLowerCase(), compounds).filter((w) => w.trim());
    // The query's words appear in a row among the name's words.
    for (let i = 0; i < words.length; i++) {
      let joined = '';
      for (let j = i; j < words.length && joined.length < key.length; j++) joined += words[j]!.replace(/\s+/g, '');
      if (joined === key) return true;
    }
    return false;
  });
  const unique = holding.filter((p, i) => holding.findIndex((q) => q.path === p.path) === i);
  if (unique.length === 0 || unique.length > MAX_RELATED) return undefined;
  return { exact: false, pages: [...unique].sort((a, b) => a.name.length - b.name.length) };
}
