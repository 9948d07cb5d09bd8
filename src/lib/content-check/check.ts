/**
 * The content checker behind `npm run check` and the first step of every build: reads every content
 * file, validates it with the same zod schemas the site uses, runs the cross-checks the site relies
 * on, and returns every problem (not just the first), each naming the file, the field, what was
 * expected (Thai, then English) and what was found. No astro:content and no file system here: the
 * caller hands in the files' text, so tests and the staff guide run it on content held in memory.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { itaAssessmentSchema, itaFrameworkSchema, type ItaAssessment, type ItaFramework } from '../../schemas/ita';
import { organizationSchema } from '../../schemas/organization';
import { measuresPlanSchema, type MeasuresPlan } from '../../schemas/measures';
import {
  disclosureSchema,
  documentSchema,
  oitFrameworkSchema,
  procurementMonthSchema,
  type Disclosure,
  type OitDocument,
  type OitFramework,
  type ProcurementMonth,
} from '../../schemas/oit';
import { thaiErrorMap, WHOLE_FILE, zodProblems, type Problem } from './messages';
import {
  assessmentFileProblems,
  assessmentProblems,
  documentFileProblems,
  duplicateIdProblems,
  frameworkGradeProblems,
  oitEvidenceProblems,
  oitFrameworkFileProblems,
  planFileProblems,
  planIndicatorProblems,
} from './rules';

export interface ContentSource {
  /** The content folder as staff name it in messages, e.g. "content". */
  root: string;
  /** Every content file's text by its path inside the folder, e.g. "ita/assessments/2566.yaml". */
  files: Record<string, string>;
  /** The files under public/, as pages link them ("/documents/plan.pdf"); undefined skips the check. */
  publicFiles?: ReadonlySet<string>;
}

interface Kind {
  name: string;
  /** Matches a file's path inside the content folder (the glob patterns of src/content.config.ts). */
  match: RegExp;
  schema: z.ZodType;
  /** Entries are named "<folder>/<file>" (procurement months by fiscal year), as the glob loader does. */
  nested?: boolean;
  /**
   * The fields the cross-checks read, from a file that failed its schema for another reason, so one run
   * reports both (a score over 100 and an unknown indicator in the same file). Undefined when those
   * fields are themselves malformed.
   */
  salvage?: (raw: any) => unknown;
}

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isList = (v: unknown): v is any[] => Array.isArray(v);
const isRef = (v: unknown) => typeof v === 'string' || isInt(v);

const salvageAssessment = (raw: any) =>
  isInt(raw?.year) && isList(raw.scores) && raw.scores.every((s: any) => isInt(s?.indicator))
    ? { year: raw.year, scores: raw.scores.map((s: any) => ({ indicator: s.indicator })) }
    : undefined;

const salvagePlan = (raw: any) =>
  isInt(raw?.fiscalYear) &&
  isInt(raw.assessmentYear) &&
  isList(raw.topics) &&
  raw.topics.every((t: any) => isList(t?.indicators) && t.indicators.every(isRef))
    ? {
        fiscalYear: raw.fiscalYear,
        assessmentYear: raw.assessmentYear,
        topics: raw.topics.map((t: any) => ({ indicators: t.indicators })),
      }
    : undefined;

const salvageItems = (raw: any) =>
  isList(raw?.items) && raw.items.every((i: unknown) => typeof i === 'string') ? { items: raw.items } : undefined;

const salvageDocument = (raw: any) => {
  const items = salvageItems(raw);
  return items && typeof raw.file === 'string' ? { ...items, file: raw.file } : undefined;
};

const DATA = '\\.(?:ya?ml|json)$';

/** The collections of src/content.config.ts: where their files live and their schema. */
export const CONTENT_KINDS: Kind[] = [
  { name: 'organization', match: new RegExp(`^organization${DATA}`), schema: organizationSchema },
  { name: 'itaFrameworks', match: new RegExp(`^ita/frameworks/[^/]+${DATA}`), schema: itaFrameworkSchema },
  {
    name: 'itaAssessments',
    match: new RegExp(`^ita/assessments/[^/]+${DATA}`),
    schema: itaAssessmentSchema,
    salvage: salvageAssessment,
  },
  {
    name: 'measuresPlans',
    match: new RegExp(`^measures/[^/]+${DATA}`),
    schema: measuresPlanSchema,
    salvage: salvagePlan,
  },
  { name: 'oitFrameworks', match: new RegExp(`^oit/frameworks/[^/]+${DATA}`), schema: oitFrameworkSchema },
  {
    name: 'disclosures',
    match: new RegExp(`^disclosures/[^/]+${DATA}`),
    schema: disclosureSchema,
    salvage: salvageItems,
  },
  { name: 'documents', match: new RegExp(`^documents/[^/]+${DATA}`), schema: documentSchema, salvage: salvageDocument },
  {
    name: 'procurement',
    match: new RegExp(`^procurement/[^/]+/[^/]+${DATA}`),
    schema: procurementMonthSchema,
    nested: true,
  },
];

export interface Entry<T> {
  /** The file name without its extension, as Astro's glob loader names an entry. */
  id: string;
  /** The file as staff see it, e.g. "content/ita/assessments/2566.yaml". */
  file: string;
  data: T;
}

export interface CheckResult {
  problems: Problem[];
  /** How many files were read. */
  files: number;
  /** The valid entries of each collection, for the cross-checks and for callers. */
  entries: Record<string, Entry<unknown>[]>;
}

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Parses one YAML (or JSON) file; a syntax error becomes a problem with its line. */
export function parseContentFile(file: string, text: string): { data?: unknown; problems: Problem[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line;
        return {
          file,
          field: line ? `บรรทัด ${line} / line ${line}` : WHOLE_FILE,
          thai: 'เขียน YAML ผิดรูปแบบ (ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูด)',
          english: `invalid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
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

export function checkContent(source: ContentSource): CheckResult {
  const problems: Problem[] = [];
  const entries: Record<string, Entry<unknown>[]> = Object.fromEntries(CONTENT_KINDS.map((k) => [k.name, []]));
  // What the cross-checks read: the valid entries, and what can be salvaged from the others.
  const crossEntries: Record<string, Entry<unknown>[]> = Object.fromEntries(CONTENT_KINDS.map((k) => [k.name, []]));
  const paths = Object.keys(source.files).sort();
  let files = 0;
  for (const path of paths) {
    const kind = CONTENT_KINDS.find((k) => k.match.test(path));
    if (!kind) continue;
    files++;
    const file = `${source.root}/${path}`;
    const parsed = parseContentFile(file, source.files[path]!);
    problems.push(...parsed.problems);
    if (parsed.problems.length) continue;
    const valid = validate(kind.schema, parsed.data, file);
    problems.push(...valid.problems);
    const id = kind.nested
      ? path
          .split('/')
          .slice(-2)
          .join('/')
          .replace(/\.[^.]+$/, '')
      : idOf(path);
    if (!valid.problems.length) {
      entries[kind.name]!.push({ id, file, data: valid.data });
      crossEntries[kind.name]!.push({ id, file, data: valid.data });
    } else {
      const salvaged = kind.salvage?.(parsed.data);
      if (salvaged) crossEntries[kind.name]!.push({ id, file, data: salvaged });
    }
  }
  problems.push(...crossCheck(source, crossEntries, paths));
  return { problems, files, entries };
}

function crossCheck(source: ContentSource, entries: CheckResult['entries'], paths: string[]): Problem[] {
  const problems: Problem[] = [];
  const organizationFiles = paths.filter((p) => CONTENT_KINDS[0]!.match.test(p));
  if (organizationFiles.length !== 1) {
    problems.push({
      file: `${source.root}/organization.yaml`,
      field: WHOLE_FILE,
      thai: 'ต้องมีไฟล์ข้อมูลหน่วยงาน organization.yaml หนึ่งไฟล์',
      english: 'expected exactly one organization file',
      found: organizationFiles.length ? organizationFiles.join(', ') : 'ไม่มี / none',
    });
  }
  const frameworks = new Map(
    (entries.itaFrameworks as Entry<ItaFramework>[]).map((e) => [e.data.year, e.data] as const),
  );
  // A framework file that failed its schema still counts as present: its own problems are reported.
  const frameworkYears = new Set(paths.filter((p) => CONTENT_KINDS[1]!.match.test(p)).map((p) => Number(idOf(p))));
  for (const e of entries.itaFrameworks as Entry<ItaFramework>[]) {
    frameworkYears.add(e.data.year);
    problems.push(...frameworkGradeProblems(e.data, e.file));
  }
  for (const e of entries.itaAssessments as Entry<ItaAssessment>[]) {
    problems.push(...assessmentFileProblems(e.id, e.data, frameworkYears, e.file));
    const framework = frameworks.get(e.data.year);
    if (framework) problems.push(...assessmentProblems(framework, e.data, e.file));
  }
  const assessmentYears = new Set(paths.filter((p) => CONTENT_KINDS[2]!.match.test(p)).map((p) => Number(idOf(p))));
  for (const e of entries.itaAssessments as Entry<ItaAssessment>[]) assessmentYears.add(e.data.year);
  for (const e of entries.measuresPlans as Entry<MeasuresPlan>[]) {
    problems.push(...planFileProblems(e.id, e.data, frameworkYears, assessmentYears, e.file));
    const framework = frameworks.get(e.data.assessmentYear);
    if (framework) problems.push(...planIndicatorProblems(e.data, framework, e.file));
  }
  const oitFrameworks = entries.oitFrameworks as Entry<OitFramework>[];
  problems.push(...oitFrameworkFileProblems(oitFrameworks));
  const documents = entries.documents as Entry<OitDocument>[];
  problems.push(
    ...oitEvidenceProblems(
      {
        disclosures: entries.disclosures as Entry<Disclosure>[],
        documents,
        procurement: entries.procurement as Entry<ProcurementMonth>[],
      },
      oitFrameworks.map((e) => e.data),
    ),
  );
  if (source.publicFiles) problems.push(...documentFileProblems(documents, (path) => source.publicFiles!.has(path)));
  for (const kind of CONTENT_KINDS) problems.push(...duplicateIdProblems(entries[kind.name]!));
  return problems;
}
