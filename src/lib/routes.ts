/**
 * Every published URL is built here. URLs are a contract with citizens and assessors: ASCII, with a
 * trailing slash, never renamed once published. Paths are relative to the site's base.
 */

export const routes = {
  home: () => '/',
  ita: () => '/ita/',
  itaYear: (year: number) => `/ita/${year}/`,
  indicator: (year: number, slug: string) => `/ita/${year}/${slug}/`,
  search: () => '/search/',
};

/** Prefixes a site path with the configured base (BASE_PATH), keeping exactly one slash between. */
export function withBase(path: string, base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
