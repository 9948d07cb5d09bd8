/**
 * Links: the only reader of the site's base path (BASE_PATH, which Astro hands over as BASE_URL).
 * Pages and components write `href(routes.x(...))`; paths in src/lib stay base-free.
 */
import { withBase } from '../lib/site/routes';

/** A site path (from `routes`, or a file under public/) as a link under the configured base. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** A link written in content: site paths ("/files/a.pdf") get the base, other URLs stay as they are. */
export function contentHref(url: string): string {
  return isSitePath(url) ? href(url) : url;
}

/** Whether a link written in content points into this site. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/');
}

/** A site path as an absolute URL on the deployed site (SITE_URL), for feeds, sitemaps and JSON-LD. */
export function absoluteHref(path: string, site: URL | undefined): string {
  return new URL(href(path), site).href;
}
