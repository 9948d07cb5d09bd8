/**
 * The content checker behind `npm run check` and the first step of every build: reads every content
 * file, validates it with the same zod schemas the site uses, runs the cross-checks the site relies
 * on, and returns every problem (not just the first), each naming the file, the field, what was
 * expected (Thai, then English) and what was found. No astro:content and no file system here: the
 * caller hands in the files' text, so tests and the staff guide run it on content held in memory.
 */
import { readYaml } from './yaml';
import type { z } from 'astro/zod';
import type { ItaAssessment, ItaFramework } from '../../schemas/ita';
import type { MeasuresPlan } from '../../schemas/measures';
import type { Disclosure, OitDocument, OitFramework, ProcurementMonth } from '../../schemas/oit';
import {
  COLLECTIONS,
  CONTENT_COLLECTIONS,
  PROGRAM_COLLECTIONS,
  CHECKED_COLLECTIONS,
  entryId,
  pathInCollection,
  type CollectionName,
  type CollectionSpec,
} from '../../schemas/collections';
import { thaiErrorMap, zodProblems } from './error-map';
import { NOTHING_FOUND, WHOLE_FILE, type Problem } from './messages';
import {
  assessmentFileProblems,
  assessmentProblems,
  documentRefProblems,
  duplicateIdProblems,
  fiscalYearDateProblems,
  futureDateProblems,
  progressFutureProblems,
  unusedDocumentProblems,
  oitEvidenceProblems,
  frameworkFileProblems,
  planFileProblems,
  planIndicatorProblems,
} from './rules';
import { parseProseFile, type ComponentUse, type MdxParser } from './prose';
import type { TreeParser } from './prose-safety';
import { proseProblems } from './prose-check';
import { contractAfterReportProblems, moneyLimitProblems, planDateProblems, tableTotalProblems } from './plausibility';
import type { Organization } from '../../schemas/organization';
import type { NewsFrontmatter } from '../../schemas/news';
import { kindOf, publicFileProblems, sitePages, sitePathProblems, type DocumentRef } from './public-rules';

export interface ContentSource {
  /** The content folder as staff name it in messages, e.g. "content". */
  root: string;
  /** Every content file's text by its path inside the folder, e.g. "ita/assessments/2566.yaml". */
  files: Record<string, string>;
  /** The files under public/, as pages link them ("/documents/plan.pdf"); undefined skips the check. */
  publicFiles?: ReadonlySet<string>;
  /** Other files of the content folder (images beside news), by path inside it; undefined skips the check. */
  assetFiles?: ReadonlySet<string>;
  /** The MDX parser (satteri in Node); without it the components used in MDX are not checked. */
  parseMdx?: MdxParser | undefined;
  /** The Markdown parser and the HTML parser for its raw HTML (satteri in Node): .md files are held to the same rule. */
  parseMarkdown?: TreeParser | undefined;
  parseHtml?: TreeParser | undefined;
  /** Content files the reader would not read, by path inside the folder: symbolic links, text not in UTF-8. */
  refused?: Readonly<Record<string, Refusal>>;
  /** The first bytes (Latin-1) of each file under public/, by site path: "" when empty (file-types.ts). */
  publicHeads?: ReadonlyMap<string, string>;
  /** The size of each file under public/ in bytes, by site path; a file not listed is not judged by size. */
  publicSizes?: ReadonlyMap<string, number>;
  /** The entries of each ZIP file under public/ (an Office document), by site path. */
  publicZipEntries?: ReadonlyMap<string, readonly string[]>;
  /** Symbolic links under public/, as site paths: never published. */
  publicSymlinks?: readonly string[];
  /** The public folder as staff name it in messages; default "public". */
  publicRoot?: string;
  /** The moment of the check: a publication date after it is a slip; undefined skips the rule. */
  now?: Date;
  /**
   * The content folder owns the public folder: default content/ with default public/, or both set for a
   * test (PRONGSAI_CONTENT and PRONGSAI_PUBLIC). Only then is a document no content file names an error.
   */
  ownsPublic?: boolean;
  /**
   * The program's data (the NACC's frameworks, nacc/), checked with the content: the content refers to
   * its years and items. Undefined when the frameworks are among `files` (content held in memory).
   */
  program?: ProgramSource;
}

/** The program's data files: its folder as named in messages ("nacc"), and each file's text by its path. */
export interface ProgramSource {
  root: string;
  files: Record<string, string>;
}

/** Why the reader did not read a content file. */
export type Refusal = { kind: 'symlink' } | { kind: 'encoding'; encoding: string };

/**
 * Prose files, whose frontmatter and component uses the checker reads (prose.ts); every other file of a
 * collection is a data file (YAML or JSON: the collections' patterns in src/schemas/collections.ts).
 */
const PROSE_FILE = /\.mdx?$/;

/** The folders staff put data files in, for the message about a file the site does not read. */
const dataFolders = () =>
  [
    ...new Set(
      CONTENT_COLLECTIONS.filter((c) => c.pattern.includes('yaml')).map(
        (c) => `${c.folder || '.'}/${c.pattern.replace(/\{[^}]*\}/, 'yaml')}`,
      ),
    ),
  ].join(', ');

/** A file of the content folder that no collection reads: a wrong extension, case or folder. */
function unreadFileProblem(root: string, path: string, kind: 'content' | 'program' = 'content'): Problem {
  const file = `${root}/${path}`;
  const renamed = path.replace(/(\.ya?ml)(?:\.txt)+$/i, '$1').replace(/\.(ya?ml|json)$/i, (ext) => ext.toLowerCase());
  // The path itself is read by no collection, so a collection that reads the new name means a new name.
  if (collectionOfPath(renamed, kind)) {
    const name = renamed.split('/').pop() ?? renamed;
    return { file, field: WHOLE_FILE, code: 'file.extension', params: { name }, found: path.split('/').pop() ?? path };
  }
  return { file, field: WHOLE_FILE, code: 'file.not-read', params: { folders: dataFolders() } };
}

/** Files the reader refused (symbolic links, not UTF-8) and links under public/. */
function refusedProblems(source: ContentSource): Problem[] {
  const problems: Problem[] = Object.entries(source.refused ?? {}).map(([path, r]): Problem => {
    const file = `${source.root}/${path}`;
    if (r.kind === 'symlink') return { file, field: WHOLE_FILE, code: 'file.symlink', params: {} };
    if (r.encoding === 'binary') return { file, field: WHOLE_FILE, code: 'file.binary', params: {} };
    return { file, field: WHOLE_FILE, code: 'file.encoding', params: { encoding: r.encoding }, found: r.encoding };
  });
  for (const link of source.publicSymlinks ?? []) {
    problems.push({
      file: `${source.publicRoot ?? 'public'}${link}`,
      field: WHOLE_FILE,
      code: 'public.symlink',
      params: {},
    });
  }
  return problems;
}

/** A parsed file's data, before its schema: any YAML value. */
type Raw = unknown;

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isList = (v: unknown): v is unknown[] => Array.isArray(v);
const isRef = (v: unknown): v is number | string => typeof v === 'string' || isInt(v);
const isStringList = (v: unknown): v is string[] => isList(v) && v.every((i) => typeof i === 'string');

/*
 * The fields the cross-checks read, from a file that failed its schema for another reason, so one run
 * reports both (a score over 100 and an unknown indicator in the same file). Undefined when those
 * fields are themselves malformed.
 */

function salvageAssessment(raw: Raw): (Pick<ItaAssessment, 'year'> & { scores: { indicator: number }[] }) | undefined {
  if (!isRecord(raw) || !isInt(raw.year) || !isList(raw.scores)) return undefined;
  const scores = raw.scores.map((s) => (isRecord(s) && isInt(s.indicator) ? { indicator: s.indicator } : undefined));
  return scores.every((s) => s !== undefined) ? { year: raw.year, scores } : undefined;
}

function salvagePlan(
  raw: Raw,
):
  | (Pick<MeasuresPlan, 'fiscalYear' | 'assessmentYear'> & { topics: { indicators: (number | string)[] }[] })
  | undefined {
  if (!isRecord(raw) || !isInt(raw.fiscalYear) || !isInt(raw.assessmentYear) || !isList(raw.topics)) return undefined;
  const topics = raw.topics.map((t) =>
    isRecord(t) && isList(t.indicators) && t.indicators.every(isRef) ? { indicators: t.indicators } : undefined,
  );
  return topics.every((t) => t !== undefined)
    ? { fiscalYear: raw.fiscalYear, assessmentYear: raw.assessmentYear, topics }
    : undefined;
}

function salvageItems(raw: Raw): Pick<Disclosure, 'items'> | undefined {
  return isRecord(raw) && isStringList(raw.items) ? { items: raw.items } : undefined;
}

function salvageDocument(raw: Raw): Pick<OitDocument, 'items' | 'file'> | undefined {
  const items = salvageItems(raw);
  return items && isRecord(raw) && typeof raw.file === 'string' ? { ...items, file: raw.file } : undefined;
}

/** What each collection's cross-checks can still read of a file that failed its schema. */
const SALVAGE: Partial<Record<CollectionName, (raw: Raw) => unknown>> = {
  itaAssessments: salvageAssessment,
  measuresPlans: salvagePlan,
  disclosures: salvageItems,
  documents: salvageDocument,
};

export interface Entry<T> {
  /** The file name without its extension, as Astro's glob loader names an entry. */
  id: string;
  /** The file as staff see it, e.g. "content/ita/assessments/2566.yaml". */
  file: string;
  data: T;
  /** The components a Markdown/MDX entry uses in its text, with their lines. */
  uses?: ComponentUse[];
  /** The file's path inside the content folder, for the files beside it (a news item's image). */
  path?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** How many files were read. */
  files: number;
  /** The valid entries of each collection, for the cross-checks and for callers. */
  entries: Record<CollectionName, Entry<unknown>[]>;
}

/** Parses one YAML (or JSON) file with the program's one YAML reader (yaml.ts). */
export function parseContentFile(file: string, text: string): { data?: unknown; problems: Problem[] } {
  return readYaml(file, text);
}

/** Validates data with a schema, Thai-first messages, the found value reported. */
export function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): { data?: T; problems: Problem[] } {
  const r = schema.safeParse(data, { error: thaiErrorMap, reportInput: true });
  return r.success ? { data: r.data, problems: [] } : { problems: zodProblems(file, r.error.issues, data) };
}

/**
 * The collection a file belongs to, and its path inside the collection's folder: among the content's
 * collections, the program's, or (no root given) both, as the checker reads them in one map.
 */
export function collectionOfPath(
  path: string,
  root?: 'content' | 'program',
): { name: CollectionName; spec: CollectionSpec; inner: string } | undefined {
  const among =
    root === undefined ? CHECKED_COLLECTIONS : root === 'content' ? CONTENT_COLLECTIONS : PROGRAM_COLLECTIONS;
  for (const c of among) {
    const inner = pathInCollection(c, path);
    if (inner !== undefined) return { name: c.name, spec: c, inner };
  }
  return undefined;
}

export type Entries = Record<CollectionName, Entry<unknown>[]>;
const emptyEntries = () => Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, []])) as unknown as Entries;

/** The files the checker reads, by path inside their collection's root, and each file as staff name it. */
interface Readable {
  files: Record<string, string>;
  label: (path: string) => string;
  problems: Problem[];
}

/**
 * The content's files and the program's in one map: each program file under its path inside nacc/
 * ("ita/frameworks/2566.yaml"), named "nacc/…" in messages. A content file where the program's data
 * belongs is not read (frameworks come with the program). Content held in memory without `program`
 * may hold the frameworks itself.
 */
function readableFiles(source: ContentSource): Readable {
  const { program } = source;
  const contentLabel = (path: string) => `${source.root}/${path}`;
  if (!program) return { files: source.files, label: contentLabel, problems: [] };
  const problems: Problem[] = [];
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(source.files)) {
    if (!collectionOfPath(path, 'program')) files[path] = text;
    else
      problems.push({
        file: contentLabel(path),
        field: WHOLE_FILE,
        code: 'file.program-data',
        params: { program: program.root },
      });
  }
  const programPaths = new Set<string>();
  for (const [path, text] of Object.entries(program.files)) {
    if (collectionOfPath(path, 'program')) {
      files[path] = text;
      programPaths.add(path);
    } else problems.push(unreadFileProblem(program.root, path, 'program'));
  }
  const label = (path: string) => (programPaths.has(path) ? `${program.root}/${path}` : contentLabel(path));
  return { files, label, problems };
}

/** Every file of the content folder against its schema, then every cross-file rule: all problems at once. */
export function checkContent(source: ContentSource): CheckResult {
  const problems: Problem[] = [];
  const entries = emptyEntries();
  // What the cross-checks read: the valid entries, and what can be salvaged from the others.
  const crossEntries = emptyEntries();
  const readable = readableFiles(source);
  const paths = Object.keys(readable.files).sort();
  let files = 0;
  problems.push(...refusedProblems(source), ...readable.problems);
  for (const path of paths) {
    const collection = collectionOfPath(path);
    if (!collection) {
      problems.push(unreadFileProblem(source.root, path));
      continue;
    }
    files++;
    // Data files and prose (Markdown/MDX: its frontmatter and component uses).
    // Every path is a key of the readable files.
    const text = readable.files[path]!;
    const file = readable.label(path);
    const prose = PROSE_FILE.test(path)
      ? parseProseFile(file, text, path.endsWith('.mdx') ? source.parseMdx : undefined, {
          markdown: source.parseMarkdown,
          html: source.parseHtml,
        })
      : undefined;
    const parsed = prose ?? parseContentFile(file, text);
    problems.push(...parsed.problems);
    if (parsed.problems.length) continue;
    const valid = validate(collection.spec.schema, parsed.data, file);
    problems.push(...valid.problems);
    const id = entryId(collection.spec, collection.inner);
    if (!valid.problems.length) {
      const entry = { id, file, data: valid.data, ...(prose ? { uses: prose.uses, path } : {}) };
      entries[collection.name].push(entry);
      crossEntries[collection.name].push(entry);
    } else {
      const salvaged = SALVAGE[collection.name]?.(parsed.data);
      if (salvaged) crossEntries[collection.name].push({ id, file, data: salvaged });
    }
  }
  problems.push(...crossCheck(source, crossEntries, paths), ...publicProblems(source, crossEntries, paths));
  return { problems, files, entries };
}

/** The ids of the files of one collection, valid or not (a file that failed its schema still exists). */
export const idsIn = (name: CollectionName, paths: readonly string[]) =>
  paths.flatMap((p) => {
    const c = collectionOfPath(p);
    return c?.name === name ? [entryId(c.spec, c.inner)] : [];
  });

/** Every rule across files, in the order staff read them: organization, ITA, OIT, duplicate names. */
function crossCheck(source: ContentSource, entries: Entries, paths: string[]): Problem[] {
  return [
    ...organizationProblems(source.root, paths),
    ...itaProblems(entries, paths),
    ...oitProblems(source, entries),
    ...plausibilityProblems(source, entries),
    ...proseProblems(source, entries, paths),
    ...CHECKED_COLLECTIONS.flatMap((c) => duplicateIdProblems(entries[c.name])),
  ];
}

/** Exactly one organization file. */
function organizationProblems(root: string, paths: readonly string[]): Problem[] {
  const files = paths.filter((p) => collectionOfPath(p)?.name === 'organization');
  if (files.length === 1) return [];
  return [
    {
      file: `${root}/organization.yaml`,
      field: WHOLE_FILE,
      code: 'organization.count',
      params: {},
      found: files.length ? files.join(', ') : NOTHING_FOUND,
    },
  ];
}

/** Frameworks, assessments and measures plans against each other. */
function itaProblems(entries: Entries, paths: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const itaFrameworks = entries.itaFrameworks as Entry<ItaFramework>[];
  const assessments = entries.itaAssessments as Entry<ItaAssessment>[];
  const frameworks = new Map(itaFrameworks.map((e) => [e.data.year, e.data] as const));
  // A file that failed its schema still counts as present: its own problems are reported.
  const frameworkYears = new Set([...idsIn('itaFrameworks', paths).map(Number), ...frameworks.keys()]);
  const assessmentYears = new Set([
    ...idsIn('itaAssessments', paths).map(Number),
    ...assessments.map((e) => e.data.year),
  ]);
  problems.push(...frameworkFileProblems(itaFrameworks));
  for (const e of assessments) {
    problems.push(...assessmentFileProblems(e.id, e.data, frameworkYears, e.file));
    const framework = frameworks.get(e.data.year);
    if (framework) problems.push(...assessmentProblems(framework, e.data, e.file));
  }
  for (const e of entries.measuresPlans as Entry<MeasuresPlan>[]) {
    problems.push(...planFileProblems(e.id, e.data, frameworkYears, assessmentYears, e.file));
    const framework = frameworks.get(e.data.assessmentYear);
    if (framework) problems.push(...planIndicatorProblems(e.data, framework, e.file));
  }
  return problems;
}

/** OIT frameworks, the evidence that names their items, and the documents' files under public/. */
function oitProblems(source: ContentSource, entries: Entries): Problem[] {
  const oitFrameworks = entries.oitFrameworks as Entry<OitFramework>[];
  const documents = entries.documents as Entry<OitDocument>[];
  const evidence = {
    disclosures: entries.disclosures as Entry<Disclosure>[],
    documents,
    procurement: entries.procurement as Entry<ProcurementMonth>[],
  };
  return [
    ...futureDateProblems([...evidence.disclosures, ...documents, ...evidence.procurement], source.now),
    ...progressFutureProblems(entries.measuresPlans as Entry<MeasuresPlan>[], source.now),
    ...fiscalYearDateProblems([...evidence.disclosures, ...documents]),
    ...frameworkFileProblems(oitFrameworks),
    ...oitEvidenceProblems(
      evidence,
      oitFrameworks.map((e) => e.data),
    ),
  ];
}

/** The files content names under public/documents/: each document's file and each news attachment. */
function documentRefs(entries: Entries): DocumentRef[] {
  const documents = (entries.documents as Entry<Pick<OitDocument, 'file'>>[]).map((d) => ({
    file: d.file,
    field: 'file',
    path: d.data.file,
  }));
  const attachments = (entries.news as Entry<NewsFrontmatter>[]).flatMap((n) =>
    (n.data.attachments ?? []).map((a, i) => ({ file: n.file, field: `attachments.${i}.file`, path: a.file })),
  );
  return [...documents, ...attachments];
}

/**
 * The files under public/ (their names, sizes and bytes, what may be there at all), the files content
 * names there, and every site path content names: skipped when the public folder was not listed.
 */
function publicProblems(source: ContentSource, entries: Entries, paths: readonly string[]): Problem[] {
  const files = source.publicFiles;
  if (!files) return [];
  const pub = {
    root: source.publicRoot ?? 'public',
    files,
    heads: source.publicHeads ?? new Map<string, string>(),
    sizes: source.publicSizes ?? new Map<string, number>(),
    zipEntries: source.publicZipEntries ?? new Map<string, readonly string[]>(),
    owned: source.ownsPublic ?? false,
    picturesNamed: entries.organization.length === 1,
  };
  const refs = documentRefs(entries);
  const texts = Object.values(source.files);
  const pages = sitePages(
    {
      measuresPlans: entries.measuresPlans as Entry<MeasuresPlan>[],
      oitFrameworks: entries.oitFrameworks as Entry<OitFramework>[],
      itaAssessments: entries.itaAssessments as Entry<{ year: number }>[],
      documents: entries.documents as Entry<OitDocument>[],
      procurement: entries.procurement as Entry<ProcurementMonth>[],
      news: entries.news as Entry<NewsFrontmatter>[],
      pages: entries.pages,
    },
    {
      measuresPlans: idsIn('measuresPlans', paths),
      documents: idsIn('documents', paths),
      news: idsIn('news', paths),
      pages: idsIn('pages', paths),
    },
  );
  const data = CONTENT_COLLECTIONS.flatMap((c) => entries[c.name]);
  const prose = Object.entries(source.files)
    .filter(([path]) => PROSE_FILE.test(path) && collectionOfPath(path, 'content'))
    .map(([path, text]) => ({ file: `${source.root}/${path}`, text }));
  return [
    ...documentRefProblems(
      refs,
      (path) => files.has(path),
      (path) => kindOf(pub, path),
    ),
    ...publicFileProblems(pub, refs, texts),
    ...(pub.owned ? unusedDocumentProblems(files, texts, pub.root) : []),
    ...sitePathProblems(data, prose, pages, files),
  ];
}

/** Values that pass their schema but cannot be true (plausibility.ts). */
function plausibilityProblems(source: ContentSource, entries: Entries): Problem[] {
  const organization = (entries.organization as Entry<Organization>[])[0];
  const procurement = entries.procurement as Entry<ProcurementMonth>[];
  const disclosures = entries.disclosures as Entry<Disclosure>[];
  return [
    ...futureDateProblems(entries.news as Entry<{ date?: Date }>[], source.now),
    ...planDateProblems(entries.measuresPlans as Entry<MeasuresPlan>[], source.now),
    ...contractAfterReportProblems(procurement),
    ...moneyLimitProblems(
      { procurement, disclosures },
      organization?.data.limits.maxBaht,
      // The file's name only: the folder differs between machines, the name is the one staff open.
      organization?.file.split('/').pop() ?? 'organization.yaml',
    ),
    ...tableTotalProblems(disclosures),
  ];
}
