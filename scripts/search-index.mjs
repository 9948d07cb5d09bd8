// Builds the Pagefind search index of a built site, documents included.
//
// Every HTML page is handed to Pagefind's Node API (Thai is segmented because pages declare
// lang="th"; only <main data-pagefind-body> is indexed). A document page marks its file link as
// <a data-document-file href="…/file.pdf">: the PDF's text is extracted here (unpdf, a maintained
// pdf.js build for Node) and indexed as part of that page, so a query for words inside the PDF finds
// the document's page, and the result carries the file's address (meta "file"). A PDF without
// extractable text (a scan) is reported, never skipped silently.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { extractText, getDocumentProxy } from 'unpdf';
import { segmentThai, subwordsOfSegmented } from '../src/lib/thai/words.ts';
import { HIDDEN_WORDS_MARK } from '../src/lib/search/hidden-words.ts';
import { preloadSearchInSite } from './lib/search-preload.mjs';

/** Fewer letters or digits than this in a whole PDF means it has no usable text layer. */
const MIN_TEXT_CHARACTERS = 20;
/** The most characters of one PDF that go into the index (a 300-page report stays searchable without bloating it). */
const MAX_TEXT_CHARACTERS = 100_000;

const DOCUMENT_LINK = /<a\b[^>]*\sdata-document-file(?:[\s=>][^>]*)?>/gi;
const HREF = /\shref\s*=\s*("([^"]*)"|'([^']*)')/i;

/** Every .html file under dir, except Pagefind's own bundle. */
function htmlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!(d === dir && entry.name === 'pagefind')) walk(full);
      } else if (entry.name.endsWith('.html')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** The site URL Pagefind would give a file: "ita/2566/index.html" → "/ita/2566/", relative to the site root. */
export function pageUrl(site, file) {
  const rel = relative(site, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const unescapeAttr = (v) =>
  v
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const escapeHtml = (v) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The hrefs of a page's document-file links, as written in the HTML (base path included). */
export function documentLinks(html) {
  const links = [];
  for (const tag of html.match(DOCUMENT_LINK) ?? []) {
    const m = tag.match(HREF);
    if (m) links.push(unescapeAttr(m[2] ?? m[3] ?? ''));
  }
  return [...new Set(links)];
}

/** The file on disk for a document href, or null for a link that leaves the site. */
export function documentFile(site, href, basePath = '/') {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  let path = decodeURIComponent(href.split(/[?#]/)[0]);
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  if (base && path.startsWith(`${base}/`)) path = path.slice(base.length);
  return join(site, ...path.split('/').filter(Boolean));
}

/** The text of a PDF (pages joined), with whitespace folded. */
export async function pdfText(bytes) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(pdf, { mergePages: true });
    return String(text).replace(/\s+/g, ' ').trim();
  } finally {
    await pdf.destroy();
  }
}

/** Whether extracted text is enough to search: letters or digits, in any script. */
export const hasText = (text) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length >= MIN_TEXT_CHARACTERS;

const THAI_ZERO = 0x0e50;
/**
 * Numbers written in Thai digits, in Arabic digits ("๒๕๖๖" → "2566"), once each. The search page
 * turns Thai digits of a query into Arabic ones, so a number is found however either side wrote it.
 */
export function arabicFormsOfThaiNumbers(text) {
  const found = text.match(/[\u0E50-\u0E59]+(?:[.,][\u0E50-\u0E59]+)*/g) ?? [];
  return [...new Set(found.map((n) => n.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO))))];
}

/** Text nodes of an HTML string (outside <script> and <style>) passed through `fn`; tags and attributes untouched. */
export function mapTextNodes(html, fn) {
  return html.replace(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>)|>([^<]+)</gi, (m, skip, text) =>
    skip ? m : `>${fn(text)}<`,
  );
}

const stripTags = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Drops elements marked data-pagefind-ignore (not nested in an element of the same tag), as Pagefind does. */
const withoutIgnored = (html) =>
  html.replace(/<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');

/**
 * What Pagefind is given for one page: Thai words separated (see src/lib/thai/words.ts), the
 * title kept as written, and inside <main>: the PDF texts and file addresses of a document page,
 * the Arabic forms of Thai-digit numbers, and words hidden inside longer Thai words.
 */
export function pageForIndex(html, docs = []) {
  const start = html.search(/<main\b/i);
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1) return mapTextNodes(html, segmentThai);
  // Only <main> is indexed (data-pagefind-body), so only <main> is split into words. Elements stand apart
  // as words (Astro's JSX whitespace rules leave no space between a table cell and the next). Hidden
  // keywords (a page's own name, ranked high: SearchMeta.astro) stay where they are (moving them changes
  // the ranking) between two HIDDEN_WORDS_MARKs, so no excerpt shows them either.
  const main = mapTextNodes(
    html
      .slice(start, end)
      .replace(
        /(<p hidden data-pagefind-weight="[^"]*">)([\s\S]*?)(<\/p>)/g,
        `$1${HIDDEN_WORDS_MARK} $2 ${HIDDEN_WORDS_MARK}$3`,
      )
      .replace(/>(?=<)/g, '> '),
    segmentThai,
  );
  const h1 = html.slice(start, end).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i);
  const title = h1 ? stripTags(h1[1]) : '';
  const pdfTexts = docs.map((d) => segmentThai(escapeHtml(d.text)));
  // The hidden extra words come only from text Pagefind indexes: not from data-pagefind-ignore parts.
  const texts = [stripTags(withoutIgnored(main)), ...pdfTexts].join(' ');
  const numbers = arabicFormsOfThaiNumbers(texts);
  const subwords = subwordsOfSegmented(texts);
  const extra =
    (title ? `<span hidden data-pagefind-meta="title:${title.replace(/"/g, '&quot;')}"></span>` : '') +
    docs
      .map(
        (d, i) =>
          `<span hidden data-pagefind-meta="file:${escapeHtml(d.href)}"></span>` +
          (d.text ? `<div hidden data-pagefind-weight="0.5">${pdfTexts[i]}</div>` : ''),
      )
      .join('') +
    // After everything a reader may be shown, behind HIDDEN_WORDS_MARK: the search page never shows an
    // excerpt past it (src/lib/search/ui.ts visibleExcerpt), so these helper words are found, never read.
    (numbers.length || subwords.length
      ? `<div hidden data-pagefind-weight="0.5">${HIDDEN_WORDS_MARK} ${[...numbers, ...subwords].join(' ')}</div>`
      : '');
  return `${html.slice(0, start)}${main}${extra}${html.slice(end)}`;
}

/**
 * Indexes the built site in `site` and writes the bundle to `<site>/pagefind/`.
 * @param {{ site: string, basePath?: string, log?: (line: string) => void }} options
 * @returns {Promise<{ pages: number, documents: { page: string, href: string, file: string | null, characters: number, status: 'indexed' | 'scanned' | 'external' | 'unreadable' }[], errors: string[], timings: { pdf: number, words: number, pagefind: number } }>}
 */
export async function buildSearchIndex({ site, basePath = '/', log = console.log }) {
  const errors = [];
  const documents = [];
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index) return { pages: 0, documents, errors: createErrors };
  errors.push(...createErrors);
  let pages = 0;
  /** Milliseconds spent reading PDFs, splitting Thai words, and waiting for Pagefind. */
  const timings = { pdf: 0, words: 0, pagefind: 0 };
  /** @type {Promise<unknown>[]} */
  const pending = [];
  try {
    for (const file of htmlFiles(site)) {
      const html = readFileSync(file, 'utf8');
      const url = pageUrl(site, file);
      const hrefs = documentLinks(html);
      const docs = [];
      for (const href of hrefs) {
        const pdf = documentFile(site, href, basePath);
        if (!pdf) {
          documents.push({ page: url, href, file: null, characters: 0, status: 'external' });
          docs.push({ href, text: '' });
          continue;
        }
        if (!existsSync(pdf)) {
          errors.push(
            `หน้า ${url} ลิงก์ไปยังไฟล์เอกสาร ${href} ที่ไม่มีอยู่ในเว็บไซต์ (ควรมีไฟล์ ${relative(site, pdf)}) / ` +
              `page ${url} links to document file ${href}, which is not in the built site (expected ${relative(site, pdf)})`,
          );
          continue;
        }
        let text = '';
        let status = 'indexed';
        const t0 = performance.now();
        try {
          text = /\.pdf$/i.test(pdf) ? await pdfText(readFileSync(pdf)) : '';
          if (!hasText(text)) status = 'scanned';
        } catch (e) {
          status = 'unreadable';
          log(
            `คำเตือน: อ่านไฟล์ PDF ไม่ได้ ${href} (หน้า ${url}) จึงค้นหาเนื้อหาในไฟล์ไม่ได้ / ` +
              `warning: cannot read PDF ${href} (page ${url}), its text is not searchable: ${e instanceof Error ? e.message : e}`,
          );
        }
        timings.pdf += performance.now() - t0;
        if (status === 'scanned') {
          log(
            `คำเตือน: ไฟล์ PDF ไม่มีข้อความให้ค้นหา (น่าจะเป็นเอกสารสแกน) ${href} (หน้า ${url}) ค้นหาได้เฉพาะชื่อและรายละเอียดบนหน้าเอกสาร / ` +
              `warning: scanned PDF with no extractable text ${href} (page ${url}); only its page is searchable`,
          );
        }
        const indexed = status === 'indexed' ? text.slice(0, MAX_TEXT_CHARACTERS) : '';
        documents.push({
          page: url,
          href,
          file: relative(site, pdf).split(sep).join('/'),
          characters: indexed.length,
          status,
        });
        docs.push({ href, text: indexed });
      }
      // Pages go to the Pagefind service without waiting for each answer (one round trip per page
      // made indexing thousands of pages several times slower), in batches to bound memory.
      const t1 = performance.now();
      const content = pageForIndex(html, docs);
      timings.words += performance.now() - t1;
      pending.push(
        index.addHTMLFile({ url, content }).then((r) => errors.push(...r.errors.map((e) => `${url}: ${e}`))),
      );
      if (pending.length >= 64) {
        const t2 = performance.now();
        await Promise.all(pending.splice(0));
        timings.pagefind += performance.now() - t2;
      }
      // Pagefind indexes only pages that mark their main content (data-pagefind-body).
      if (/\sdata-pagefind-body[\s=>]/.test(html)) pages++;
    }
    const t3 = performance.now();
    await Promise.all(pending);
    if (!errors.length) {
      const w = await index.writeFiles({ outputPath: join(site, 'pagefind') });
      errors.push(...w.errors);
      // The search page preloads what Pagefind's worker fetches first (names known only now).
      if (!w.errors.length) {
        try {
          preloadSearchInSite(site);
        } catch (e) {
          errors.push(e instanceof Error ? e.message : String(e));
        }
      }
    }
    timings.pagefind += performance.now() - t3;
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  return { pages, documents, errors, timings };
}

/** A one-line summary for the build output. */
export function summary({ pages, documents }) {
  const indexed = documents.filter((d) => d.status === 'indexed').length;
  const scanned = documents.filter((d) => d.status === 'scanned').length;
  return (
    `ดัชนีค้นหา: ${pages} หน้า เอกสาร PDF ที่ค้นหาเนื้อหาได้ ${indexed} ไฟล์ ไม่มีข้อความ (สแกน) ${scanned} ไฟล์ / ` +
    `search index: ${pages} pages, ${indexed} PDFs with searchable text, ${scanned} scanned PDFs without text`
  );
}

// `node scripts/search-index.mjs <site-dir>` indexes an already built site.
if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.argv[2] || 'dist';
  const result = await buildSearchIndex({ site, basePath: process.env.BASE_PATH || '/' });
  for (const e of result.errors) console.error(e);
  console.log(summary(result));
  process.exit(result.errors.length ? 1 : 0);
}
