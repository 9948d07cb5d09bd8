/** Every page of a built site, as site paths ("/ita/2566/"), found by walking its HTML files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * `admin`: also the staff's editing page (/admin/, Decap CMS), which the checks of valid HTML cover; the
 * tests of what citizens see (search, links, the phone) leave it out, it has tests of its own.
 */
export function sitePaths(dist: string, { admin = false }: { admin?: boolean } = {}): string[] {
  const out: string[] = [];
  const skipped = ['_astro', 'pagefind', ...(admin ? [] : ['admin'])];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        // admin/: the staff's editing page (Decap CMS), with a policy and tests of its own (tests/browser/cms.test.ts).
        if (!skipped.includes(entry.name)) walk(full);
      } else if (entry.name === '404.html' && dir === dist) {
        out.push('/404.html');
      } else if (entry.name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The pages the built sitemap lists (every sitemap-N.xml), as site paths. */
export function sitemapPaths(dist: string): string[] {
  return readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
    .map(([, loc]) => new URL(loc ?? '').pathname)
    .sort();
}
