/**
 * Every published URL is built here. URLs are a contract with citizens and assessors: ASCII, with a
 * trailing slash, never renamed once published. Paths are relative to the site's base.
 */

export const routes = {
  home: () => '/',
  ita: () => '/ita/',
  itaYear: (year: number) => `/ita/${year}/`,
  indicator: (year: number, slug: string) => `/ita/${year}/${slug}/`,
  measures: () => '/measures/',
  measuresYear: (fiscalYear: number) => `/measures/${fiscalYear}/`,
  /** A topic (or a measure, by its id) on its plan's page: topic slugs and measure ids are its anchors. */
  measuresTopic: (fiscalYear: number, anchor: string) => `/measures/${fiscalYear}/#${anchor}`,
  // OIT disclosure: the index for assessors, and one page per checklist item keyed by its stable slug.
  oit: () => '/oit/',
  oitYear: (year: number) => `/oit/${year}/`,
  /** The ITAS sheet of a year: every item's code, title and address to submit, as CSV. */
  oitItasSheet: (year: number) => `/oit/${year}/itas.csv`,
  oitItem: (slug: string) => `/oit/items/${slug}/`,
  document: (slug: string) => `/documents/${slug}/`,
  /** Every fiscal year's monthly procurement summaries, with the months published and missing. */
  procurement: () => '/procurement/',
  procurementYear: (fiscalYear: number) => `/procurement/${fiscalYear}/`,
  // The staff guide, readable by any organization that uses the program.
  guide: () => '/guide/',
  guidePage: (slug: string) => `/guide/${slug}/`,
  procurementMonthCsv: (fiscalYear: number, month: string) => `/procurement/${fiscalYear}/${month}.csv`,
  search: () => '/search/',
  /** Pagefind's index and scripts, written by the build (scripts/search-index.mjs). */
  pagefind: () => '/pagefind/',
  /** Names typed word for word (indicators, OIT items) and their pages, for the search page. */
  searchNames: () => '/search/names.json',
  data: () => '/data/',
  /** A dataset's file: /data/ita-scores.csv or .json (files, so no trailing slash). */
  dataset: (id: string, format: 'csv' | 'json') => `/data/${id}.${format}`,
  dataCatalog: () => '/data/catalog.json',
  sitemap: () => '/sitemap-index.xml',
  /** RSS feed of news and announcements. */
  newsFeed: () => '/news/rss.xml',
};

/** Prefixes a site path with the configured base (BASE_PATH), keeping exactly one slash between. */
export function withBase(path: string, base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
