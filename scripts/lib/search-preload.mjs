// After the search index is built, the search page (/search/) is told what Pagefind's worker will fetch
// before it can answer a first search, so a phone downloads those files with the page instead of one
// after another behind the scripts (entry → metadata and WebAssembly → filters): a
// <link rel="preload"> for each, and `meta-cache-tag` on <pagefind-config> so the entry file has one
// address per index (Pagefind otherwise adds the current time to it, and no preload could match).
// The page's own module script, and each module it imports (Astro links only the script itself, at the
// end of <body>), get a <link rel="modulepreload"> too, so they download first rather than last: that
// script starts the first search.
// The worker's requests are then answered from the browser's HTTP cache (the deploy recipes let
// /pagefind/ be cached). Their names are known only once Pagefind has written the bundle, so the
// indexer (scripts/search-index.mjs) runs this after each indexing; it replaces what an earlier
// indexing of the same page added.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The files a first search needs before it looks for the words, in the order Pagefind fetches them.
 * @param {{ languages: Record<string, { hash: string, wasm: string | null }> }} entry pagefind-entry.json
 * @param {string[]} filterFiles the names in the bundle's filter/ folder
 * @param {string} language the page's language (Pagefind picks the index of the page's lang)
 * @returns {{ tag: string, files: string[] }} the meta cache tag and the files, relative to the bundle
 */
export function searchPreloads(entry, filterFiles, language) {
  const index = entry.languages[language];
  if (!index) {
    const has = Object.keys(entry.languages).join(', ');
    throw new Error(
      `ดัชนีค้นหาไม่มีภาษา "${language}" ของหน้าค้นหา (มี ${has}) / search index has no "${language}" language (has ${has})`,
    );
  }
  const tag = index.hash;
  const filters = filterFiles.filter((f) => f.startsWith(`${language}_`) && f.endsWith('.pf_filter')).sort();
  return {
    tag,
    files: [
      'pagefind-worker.js',
      `pagefind-entry.json?ts=${tag}`,
      `pagefind.${tag}.pf_meta`,
      `wasm.${index.wasm ?? 'unknown'}.pagefind`,
      ...filters.map((f) => `filter/${f}`),
    ],
  };
}

/**
 * The modules a built module script imports statically (`import{t as e}from"./format.1a2b.js"`, as
 * Vite writes them), as written; dynamic `import()` is not followed.
 * @param {string} js
 * @returns {string[]}
 */
export function staticImports(js) {
  return [...js.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );
}

/**
 * The search page with the cache tag on <pagefind-config> and the preloads at the end of <head>, in
 * place of those of an earlier indexing.
 * @param {string} html the built search page
 * @param {string} bundlePath where the Pagefind bundle is served ("/pagefind/", or under BASE_PATH)
 * @param {{ tag: string, files: string[], modules?: string[] }} preloads from searchPreloads, and the
 *   addresses of the modules the page's scripts import
 * @returns {string}
 */
export function addSearchPreloads(html, bundlePath, { tag, files, modules = [] }) {
  const config = /<pagefind-config\b(?: meta-cache-tag="[^"]*")?/;
  if (!config.test(html) || !html.includes('</head>'))
    throw new Error('หน้าค้นหาไม่มี <pagefind-config> / the search page has no <pagefind-config>');
  const links = [
    ...modules.map((m) => `<link rel="modulepreload" href="${escapeAttribute(m)}" data-search-preload>`),
    ...files.map(
      (f) => `<link rel="prefetch" href="${escapeAttribute(bundlePath + f)}" crossorigin data-search-preload>`,
    ),
  ].join('');
  return html
    .replace(/<link [^>]*data-search-preload>/g, '')
    .replace(config, `<pagefind-config meta-cache-tag="${escapeAttribute(tag)}"`)
    .replace('</head>', `${links}</head>`);
}

/**
 * Adds the preloads to `<site>/search/index.html`, reading the bundle Pagefind wrote in `<site>/pagefind/`.
 * A site without a search page (or one whose search page does not use Pagefind's UI) is left as it is.
 * @param {string} site the built site's folder
 */
export function preloadSearchInSite(site) {
  const page = join(site, 'search', 'index.html');
  if (!existsSync(page)) return;
  const html = readFileSync(page, 'utf8');
  if (!/<pagefind-config\b/.test(html)) return;
  const bundlePath = /data-bundle-path="([^"]+)"/.exec(html)?.[1] ?? '/pagefind/';
  const language = /<pagefind-config\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'th';
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const filterDir = join(site, 'pagefind', 'filter');
  const preloads = searchPreloads(entry, existsSync(filterDir) ? readdirSync(filterDir) : [], language);
  // The site's base path is the bundle's, less "pagefind/".
  const base = bundlePath.replace(/pagefind\/$/, '');
  const modules = new Set();
  const follow = (href) => {
    const file = href.startsWith(base) ? join(site, href.slice(base.length)) : '';
    if (!file || !existsSync(file)) return;
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const imported = new URL(spec, `http://site${href}`).pathname;
      if (!modules.has(imported)) {
        modules.add(imported);
        follow(imported);
      }
    }
  };
  // The page's own scripts first: a module script in <body> is requested after everything <head> names.
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
    if (src && !modules.has(src)) {
      modules.add(src);
      follow(src);
    }
  }
  writeFileSync(page, addSearchPreloads(html, bundlePath, { ...preloads, modules: [...modules] }));
}
