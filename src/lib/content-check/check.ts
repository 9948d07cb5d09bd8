/**
 * The content checker behind `npm run check` and the first step of every build: reads every content
 * file, validates it with the same zod schemas the site uses, runs the cross-checks the site relies
 * on, and returns every problem (not just the first), each naming the file, the field, what was
 * expected (Thai, then English) and what was found. No astro:content and no file system here: the
 * caller hands in the files' text, so tests and the staff guide run it on content held in memory.
 */
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { ItaAssessment, ItaFramework } from '../../schemas/ita';
import type { MeasuresPlan } from '../../schemas/measures';
import type { Disclosure, OitDocument, OitFramework, ProcurementMonth } from '../../schemas/oit';
import {
  COLLECTIONS,
  CONTENT_COLLECTIONS,
  entryId,
  pathInCollection,
  type CollectionName,
  type CollectionSpec,
} from '../../schemas/collections';
import { thaiErrorMap, zodProblems } from './error-map';
import { lineField, NOTHING_FOUND, WHOLE_FILE, type Problem } from './messages';
import {
  assessmentFileProblems,
  assessmentProblems,
  documentFileProblems,
  duplicateIdProblems,
  oitEvidenceProblems,
  oitFrameworkFileProblems,
  planFileProblems,
  planIndicatorProblems,
} from './rules';
import { parseProseFile, type ComponentUse } from './prose';
import { proseProblems } from './prose-check';

export interface ContentSource {
  /** The content folder as staff name it in messages, e.g. "content". */
  root: string;
  /** Every content file's text by its path inside the folder, e.g. "ita/assessments/2566.yaml". */
  files: Record<string, string>;
  /** The files under public/, as pages link them ("/documents/plan.pdf"); undefined skips the check. */
  publicFiles?: ReadonlySet<string>;
  /** Other files of the content folder (images beside news), by path inside it; undefined skips the check. */
  assetFiles?: ReadonlySet<string>;
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

/** Parses one YAML (or JSON) file; a syntax error becomes a problem with its line. */
export function parseContentFile(file: string, text: string): { data?: unknown; problems: Problem[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line;
        const [firstLine = ''] = e.message.split('\n');
        return {
          file,
          field: line ? lineField(line) : WHOLE_FILE,
          code: 'file.yaml',
          params: { detail: firstLine.replace(/ at line \d+, column \d+:?$/, '') },
        };
      }),
    };
  }
  return { data: doc.toJS(), problems: [] };
}

/** Validates data with a schema, Thai-first messages, the found value reported. */
export function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): { data?: T; problems: Problem[] } {
  const r = schema.safeParse(data, { error: thaiErrorMap, reportInput: true });
  return r.success ? { data: r.data, problems: [] } : { problems: zodProblems(file, r.error.issues, data) };
}

/** The collection a file of the content folder belongs to, and the file's path inside its folder. */
export function collectionOfPath(
  path: string,
): { name: CollectionName; spec: CollectionSpec; inner: string } | undefined {
  for (const c of CONTENT_COLLECTIONS) {
    const inner = pathInCollection(c, path);
    if (inner !== undefined) return { name: c.name, spec: c, inner };
  }
  return undefined;
}

export type Entries = Record<CollectionName, Entry<unknown>[]>;
const emptyEntries = () => Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, []])) as unknown as Entries;

/** Every file of the content folder against its schema, then every cross-file rule: all problems at once. */
export function checkContent(source: ContentSource): CheckResult {
  const problems: Problem[] = [];
  const entries = emptyEntries();
  // What the cross-checks read: the valid entries, and what can be salvaged from the others.
  const crossEntries = emptyEntries();
  const paths = Object.keys(source.files).sort();
  let files = 0;
  for (const path of paths) {
    const collection = collectionOfPath(path);
    if (!collection) continue;
    files++;
    const text = source.files[path];
    if (text === undefined) continue;
    const file = `${source.root}/${path}`;
    const prose = /\.mdx?$/.test(path) ? parseProseFile(file, text, path.endsWith('.mdx')) : undefined;
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
  problems.push(...crossCheck(source, crossEntries, paths));
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
    ...proseProblems(source, entries, paths),
    ...CONTENT_COLLECTIONS.flatMap((c) => duplicateIdProblems(entries[c.name])),
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
  const publicFiles = source.publicFiles;
  return [
    ...oitFrameworkFileProblems(oitFrameworks),
    ...oitEvidenceProblems(
      evidence,
      oitFrameworks.map((e) => e.data),
    ),
    ...(publicFiles ? documentFileProblems(documents, (path) => publicFiles.has(path)) : []),
  ];
}
