/**
 * What the site publishes from public/ and where its links lead: every file under public/ is judged by
 * its bytes and its size, documents are an allow-list (file-types.ts), anything outside documents/ that
 * is not a picture the content shows is refused, and every path of this site that content names (a
 * link, a photo, an attachment) must lead to a page the build writes or a file it copies. Pure: the
 * caller hands in the listing of public/ and the checker's entries.
 */
import type { MeasuresPlan } from '../../schemas/measures';
import type { NewsFrontmatter } from '../../schemas/news';
import type { OitDocument, OitFramework, ProcurementMonth } from '../../schemas/oit';
import { itemPageSlugs } from '../../schemas/oit';
import { lineField, WHOLE_FILE, type Problem } from './messages';
import {
  DOCUMENT_TYPES,
  GIT_LIMIT,
  PHONE_LIMIT,
  PICTURE_TYPES,
  extensionOf,
  hasPublishedNames,
  megabytes,
  publishedPath,
  sniffKind,
  svgCode,
  type FileKind,
} from './file-types';

/** The listing of public/ the rules read (scripts/lib/content-files.ts: listPublic). */
export interface PublicFacts {
  /** The folder as staff name it ("public"). */
  root: string;
  files: ReadonlySet<string>;
  heads: ReadonlyMap<string, string>;
  sizes: ReadonlyMap<string, number>;
  zipEntries: ReadonlyMap<string, readonly string[]>;
  /** Whether the content owns this folder, so a file no content names is an error (check.ts). */
  owned: boolean;
  /**
   * Whether the content that names pictures was read (the organization file, which names the logo):
   * without it a picture no content names is not judged, its owner's problem is reported instead.
   */
  picturesNamed?: boolean;
}

/** A place in content that names a file of public/documents/: a document's file, a news attachment. */
export interface DocumentRef {
  file: string;
  field: string;
  path: string;
}

/** What a file's bytes are, or undefined when they were not read. */
export function kindOf(pub: Pick<PublicFacts, 'heads' | 'zipEntries'>, path: string): FileKind | undefined {
  const head = pub.heads.get(path);
  return head === undefined ? undefined : sniffKind(head, pub.zipEntries.get(path));
}

/**
 * A document's bytes against its extension: undefined when they agree (or the extension is not a
 * document's at all: that is the file's own problem, `publicFileProblems`).
 */
export function documentBytesProblem(
  path: string,
  kind: FileKind | undefined,
): Omit<Problem, 'file' | 'field'> | undefined {
  if (!kind) return undefined;
  const found = JSON.stringify(path);
  if (kind.id === 'empty') return { code: 'document.empty', params: {}, found };
  const allowed = DOCUMENT_TYPES[extensionOf(path)];
  if (!allowed || allowed.kinds.includes(kind)) return undefined;
  if (extensionOf(path) === 'pdf') return { code: 'document.not-pdf', params: { kind: kind.id }, found };
  return { code: 'document.wrong-type', params: { type: allowed.type, kind: kind.id }, found };
}

/** Every file under public/: its name, size and bytes, and outside documents/ whether the site shows it. */
export function publicFileProblems(
  pub: PublicFacts,
  refs: readonly DocumentRef[],
  contentTexts: readonly string[],
): Problem[] {
  const referenced = new Set(refs.map((r) => r.path));
  const problems: Problem[] = [];
  for (const path of [...pub.files].sort()) {
    const at = { file: `${pub.root}${path}`, field: WHOLE_FILE };
    const size = pub.sizes.get(path) ?? 0;
    if (size > GIT_LIMIT) problems.push({ ...at, code: 'public.over-git-limit', params: {}, found: megabytes(size) });
    else if (size > PHONE_LIMIT) problems.push({ ...at, code: 'public.too-large', params: {}, found: megabytes(size) });
    const kind = kindOf(pub, path);
    const ext = extensionOf(path);
    const named = () => {
      if (!hasPublishedNames(path))
        problems.push({
          ...at,
          code: 'public.file-name',
          params: { name: publishedPath(path) },
          found: JSON.stringify(path),
        });
    };
    if (path.startsWith('/documents/')) {
      named();
      if (!DOCUMENT_TYPES[ext]) {
        const what = kind ?? { id: 'unknown' };
        problems.push({
          ...at,
          code: 'document.type-not-allowed',
          params: { ext, kind: what.id },
          found: JSON.stringify(path),
        });
        continue;
      }
      // A file a content field names is judged there, where staff wrote its name.
      const bytes = referenced.has(path) ? undefined : documentBytesProblem(path, kind);
      if (bytes) problems.push({ ...at, ...bytes } as Problem);
      continue;
    }
    const picture = PICTURE_TYPES[ext];
    const shown = path.startsWith('/images/') || contentTexts.some((t) => t.includes(path));
    if (!picture || (!shown && pub.owned && pub.picturesNamed !== false)) {
      if (pub.owned) problems.push({ ...at, code: 'public.stray', params: {}, found: JSON.stringify(path) });
      continue;
    }
    named();
    if (kind && kind.id !== 'empty' && !picture.kinds.includes(kind))
      problems.push({
        ...at,
        code: 'document.wrong-type',
        params: { type: picture.type, kind: kind.id },
        found: JSON.stringify(path),
      });
    const code = kind?.id === 'svg' ? svgCode(pub.heads.get(path) ?? '') : undefined;
    if (code) problems.push({ ...at, code: 'public.svg-code', params: {}, found: JSON.stringify(code) });
  }
  return problems;
}

/** The entries the link rule reads: each with its file and data. */
interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** The pages the build writes, from the checker's entries: exact paths and the families not checked further. */
export interface SitePages {
  exact: ReadonlySet<string>;
  /** Families of generated pages whose every path is not listed here (the guide, the data sets). */
  prefixes: readonly string[];
}

/**
 * The pages the build writes for the valid entries, and for `files` (ids by collection) of files present
 * that failed their own checks: a link to them is not a second problem.
 */
export function sitePages(
  entries: {
    measuresPlans: readonly Entry<MeasuresPlan>[];
    oitFrameworks: readonly Entry<OitFramework>[];
    itaAssessments: readonly Entry<{ year: number }>[];
    documents: readonly Entry<OitDocument>[];
    procurement: readonly Entry<ProcurementMonth>[];
    news: readonly Entry<NewsFrontmatter>[];
    pages: readonly Entry<unknown>[];
  },
  files: {
    measuresPlans: readonly string[];
    documents: readonly string[];
    news: readonly string[];
    pages: readonly string[];
  } = {
    measuresPlans: [],
    documents: [],
    news: [],
    pages: [],
  },
): SitePages {
  const exact = new Set([
    '/',
    '/ita/',
    '/measures/',
    '/oit/',
    '/news/',
    '/procurement/',
    '/data/',
    '/search/',
    '/guide/',
  ]);
  exact.add('/news/rss.xml');
  for (const e of entries.measuresPlans) exact.add(`/measures/${e.data.fiscalYear}/`);
  for (const e of entries.oitFrameworks) {
    exact.add(`/oit/${e.data.year}/`);
    exact.add(`/oit/${e.data.year}/itas.csv`);
    for (const item of e.data.items) for (const slug of itemPageSlugs(item)) exact.add(`/oit/items/${slug}/`);
  }
  for (const e of entries.documents) exact.add(`/documents/${e.id}/`);
  for (const e of entries.procurement) {
    exact.add(`/procurement/${e.data.fiscalYear}/`);
    exact.add(`/procurement/${e.data.fiscalYear}/${e.data.month}.csv`);
  }
  for (const e of entries.news) {
    exact.add(`/news/${e.id}/`);
    exact.add(`/news/${e.id.split('/')[0]}/`);
  }
  for (const e of entries.pages) exact.add(`/${e.id}/`);
  for (const id of files.measuresPlans) exact.add(`/measures/${id}/`);
  for (const id of files.documents) exact.add(`/documents/${id}/`);
  for (const id of files.news) exact.add(`/news/${id}/`);
  for (const id of files.pages) exact.add(`/${id}/`);
  const prefixes = ['/guide/', '/data/', '/news/type/', '/news/page/'];
  for (const e of entries.itaAssessments) prefixes.push(`/ita/${e.data.year}/`);
  return { exact, prefixes };
}

/** A path as a page or file of this site, without its query and fragment; "/measures/2567" is "/measures/2567/". */
const pathOnly = (link: string) => link.replace(/[?#].*$/, '');

/** Whether a site path leads to a page the build writes or a file it copies from public/. */
export function resolves(link: string, pages: SitePages, files: ReadonlySet<string>): boolean {
  const path = pathOnly(link);
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    return false;
  }
  if (files.has(decoded) || files.has(path)) return true;
  const page = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
  return pages.exact.has(page) || pages.prefixes.some((p) => page.startsWith(p));
}

/**
 * The fields whose value is a path of this site, by name, in every data file; a `file` (a document, an
 * attachment) has its own rule (document.file-missing).
 */
const LINK_FIELDS = new Set(['url', 'src', 'photo', 'href']);

/** Every site path in a data value, with its field ("links.0.url"). */
function sitePathsIn(value: unknown, field: string[] = []): { field: string; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sitePathsIn(v, [...field, String(i)]));
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    typeof v === 'string' && LINK_FIELDS.has(key) && /^\/(?![/\\])/.test(v)
      ? [{ field: [...field, key].join('.'), path: v }]
      : sitePathsIn(v, [...field, key]),
  );
}

/** A site path in Markdown or MDX: [text](/path), href="/path", src="/path". */
const PROSE_LINK = /\]\(\s*<?(\/(?![/\\])[^\s)>]*)|\b(?:href|src)\s*=\s*["'](\/(?![/\\])[^"']*)["']/g;

/** The site paths of a prose file's text, with their lines. */
export function proseSitePaths(text: string): { line: number; path: string }[] {
  return text
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(PROSE_LINK)].map((m) => ({ line: i + 1, path: m[1] ?? m[2] ?? '' })));
}

/**
 * Every site path content names leads somewhere: data fields (links, photos, the logo, attachments) and
 * links in Markdown/MDX.
 */
export function sitePathProblems(
  data: readonly { file: string; data: unknown }[],
  prose: readonly { file: string; text: string }[],
  pages: SitePages,
  files: ReadonlySet<string>,
): Problem[] {
  const problem = (file: string, field: string, path: string): Problem => {
    const target = pathOnly(path);
    // A path with an extension is a file of public/, except the CSV and feeds that pages write.
    const isFile = /\.[a-z0-9]+$/i.test(target) && !/^\/(?:procurement|data|oit|news|search)\//.test(target);
    return isFile
      ? { file, field, code: 'link.file-missing', params: { path: target }, found: JSON.stringify(path) }
      : { file, field, code: 'link.page-missing', params: {}, found: JSON.stringify(path) };
  };
  const problems: Problem[] = [];
  for (const e of data)
    for (const { field, path } of sitePathsIn(e.data))
      if (!resolves(path, pages, files)) problems.push(problem(e.file, field, path));
  for (const e of prose)
    for (const { line, path } of proseSitePaths(e.text))
      if (!resolves(path, pages, files)) problems.push(problem(e.file, lineField(line), path));
  return problems;
}
