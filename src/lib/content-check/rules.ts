/**
 * Cross-checks between content files (the rules a schema of one file cannot see), run once by the
 * checker (check.ts) before any page is rendered, so the domain modules (src/lib/ita, src/lib/oit)
 * can assume valid content. Pure: no astro:content, no file system. Each rule returns every problem
 * it finds, not just the first.
 */
import type { ItaAssessment, ItaFramework } from '../../schemas/ita';
import type { MeasuresPlan } from '../../schemas/measures';
import { NOTHING_FOUND, WHOLE_FILE, type Problem } from './messages';
import { fiscalYearOf } from '../thai/fiscal-year';
import { findIndicator } from '../ita/measures';
import { sniffKind, type FileKind } from './file-types';
import { documentBytesProblem, type DocumentRef } from './public-rules';
import {
  itemPageSlugs,
  type Disclosure,
  type OitDocument,
  type OitFramework,
  type ProcurementMonth,
} from '../../schemas/oit';

/** A year's scores against the framework of that year: every indicator scored once, no unknown indicator. */
export function assessmentProblems(framework: ItaFramework, assessment: ItaAssessment, file: string): Problem[] {
  const problems: Problem[] = [];
  const known = framework.indicators.map((i) => i.number);
  assessment.scores.forEach((s, i) => {
    if (!known.includes(s.indicator)) {
      problems.push({
        file,
        field: `scores.${i}.indicator`,
        code: 'assessment.unknown-indicator',
        params: { year: framework.year, known: known.join(', ') },
        found: String(s.indicator),
      });
    }
  });
  for (const ind of framework.indicators) {
    if (!assessment.scores.some((s) => s.indicator === ind.number)) {
      problems.push({
        file,
        field: 'scores',
        code: 'assessment.missing-score',
        params: { number: ind.number, name: ind.name, nameEn: ind.nameEn },
        found: NOTHING_FOUND,
      });
    }
  }
  return problems;
}

/** An assessment file is named after its year, and a framework of that year exists. */
export function assessmentFileProblems(
  id: string,
  assessment: ItaAssessment,
  frameworkYears: ReadonlySet<number>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  if (String(assessment.year) !== id) {
    problems.push({
      file,
      field: 'year',
      code: 'assessment.file-name',
      params: { year: assessment.year },
      found: String(assessment.year),
    });
  }
  if (!frameworkYears.has(assessment.year)) {
    problems.push({
      file,
      field: 'year',
      code: 'assessment.no-framework',
      params: { year: assessment.year },
      found: String(assessment.year),
    });
  }
  return problems;
}

/** A measures plan: named after its fiscal year, based on an assessment the site has. */
export function planFileProblems(
  id: string,
  plan: MeasuresPlan,
  frameworkYears: ReadonlySet<number>,
  assessmentYears: ReadonlySet<number>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  if (String(plan.fiscalYear) !== id) {
    problems.push({
      file,
      field: 'fiscalYear',
      code: 'plan.file-name',
      params: { year: plan.fiscalYear },
      found: String(plan.fiscalYear),
    });
  }
  if (!frameworkYears.has(plan.assessmentYear) || !assessmentYears.has(plan.assessmentYear)) {
    problems.push({
      file,
      field: 'assessmentYear',
      code: 'plan.no-assessment',
      params: { year: plan.assessmentYear },
      found: String(plan.assessmentYear),
    });
  }
  return problems;
}

/** Every topic's indicators exist in `framework` (that of the plan's assessment year), once each per topic. */
export function planIndicatorProblems(plan: MeasuresPlan, framework: ItaFramework, file: string): Problem[] {
  const problems: Problem[] = [];
  const known = framework.indicators.map((ind) => `${ind.number} ${ind.slug}`).join(', ');
  plan.topics.forEach((topic, t) => {
    const seen = new Set<number>();
    topic.indicators.forEach((ref, i) => {
      const field = `topics.${t}.indicators.${i}`;
      const found = findIndicator(framework, ref);
      if (!found) {
        problems.push({
          file,
          field,
          code: 'plan.unknown-indicator',
          params: { year: framework.year, known },
          found: JSON.stringify(ref),
        });
        return;
      }
      if (seen.has(found.number)) {
        problems.push({
          file,
          field,
          code: 'plan.duplicate-indicator',
          params: { number: found.number },
          found: JSON.stringify(ref),
        });
      }
      seen.add(found.number);
    });
  });
  return problems;
}

/** The OIT content a rule reads: entries with their id (file name) and file. */
interface OitEntry<T> {
  id: string;
  file: string;
  data: T;
}

const monthStart = (month: string) => {
  const [y = Number.NaN, m = Number.NaN] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
};

/**
 * A framework file (ITA or OIT) is named after its year: a file copied to 2568.yaml with year: 2566 left
 * inside would otherwise replace the 2566 framework.
 */
export function frameworkFileProblems(entries: readonly OitEntry<{ year: number }>[]): Problem[] {
  return entries
    .filter((e) => String(e.data.year) !== e.id)
    .map((e) => ({
      file: e.file,
      field: 'year',
      code: 'oit.framework-file-name',
      params: { year: e.data.year },
      found: String(e.data.year),
    }));
}

/**
 * Disclosures and documents name OIT items that exist in some year's checklist; a monthly procurement
 * file is named after its month, which lies in its fiscal year.
 */
export function oitEvidenceProblems(
  content: {
    disclosures: readonly OitEntry<Disclosure>[];
    documents: readonly OitEntry<OitDocument>[];
    procurement: readonly OitEntry<ProcurementMonth>[];
  },
  frameworks: readonly OitFramework[],
): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(frameworks.flatMap((fw) => fw.items.flatMap(itemPageSlugs)));
  for (const { file, data } of [...content.disclosures, ...content.documents]) {
    data.items.forEach((slug, i) => {
      if (!known.has(slug)) {
        problems.push({
          file,
          field: `items.${i}`,
          code: 'oit.unknown-item',
          params: {},
          found: JSON.stringify(slug),
        });
      }
    });
  }
  const months = new Map<string, string>();
  for (const { id, file, data } of content.procurement) {
    const name = id.split('/').pop();
    if (name !== data.month) {
      problems.push({
        file,
        field: 'month',
        code: 'procurement.file-name',
        params: { month: data.month },
        found: JSON.stringify(data.month),
      });
    }
    const folder = id.split('/')[0];
    const fy = fiscalYearOf(monthStart(data.month));
    // The month and fiscalYear agree, the folder does not (a wrong fiscalYear has its own message below).
    if (fy === data.fiscalYear && folder !== String(data.fiscalYear)) {
      problems.push({
        file,
        field: 'fiscalYear',
        code: 'procurement.folder',
        // Stryker disable next-line StringLiteral: split() always has a first element; the '' is never used.
        params: { folder: folder ?? '', fiscalYear: data.fiscalYear },
        found: String(data.fiscalYear),
      });
    }
    const first = months.get(data.month);
    if (first) {
      problems.push({
        file,
        field: 'month',
        code: 'procurement.duplicate-month',
        params: { month: data.month, first },
        found: JSON.stringify(data.month),
      });
    } else months.set(data.month, file);
    if (fy !== data.fiscalYear) {
      problems.push({
        file,
        field: 'fiscalYear',
        code: 'procurement.fiscal-year',
        params: { month: data.month, fiscalYear: fy },
        found: String(data.fiscalYear),
      });
    }
  }
  return problems;
}

/** A document's file exists under public/ (`exists` is given the path as written, e.g. "/documents/plan.pdf"). */
export function documentFileProblems(
  documents: readonly OitEntry<Pick<OitDocument, 'file'>>[],
  exists: (path: string) => boolean,
  head: (path: string) => string | undefined = () => undefined,
): Problem[] {
  const refs = documents.map((d) => ({ file: d.file, field: 'file', path: d.data.file }));
  return documentRefProblems(refs, exists, (path) => {
    const start = head(path);
    return start === undefined ? undefined : sniffKind(start);
  });
}

/**
 * The files content names under public/documents/ (a document's file, a news attachment): each exists,
 * and its bytes are the type its extension declares (a ".pdf" is a PDF, not a saved web page).
 */
export function documentRefProblems(
  refs: readonly DocumentRef[],
  exists: (path: string) => boolean,
  kind: (path: string) => FileKind | undefined,
): Problem[] {
  return refs.flatMap((r): Problem[] => {
    const at = { file: r.file, field: r.field };
    if (!exists(r.path))
      return [{ ...at, code: 'document.file-missing', params: { file: r.path }, found: JSON.stringify(r.path) }];
    const bytes = documentBytesProblem(r.path, kind(r.path));
    return bytes ? [{ ...at, ...bytes } as Problem] : [];
  });
}

/** Two files of one collection that would publish at one address ("plan.yaml" and "plan.yml"). */
export function duplicateIdProblems(entries: readonly { id: string; file: string }[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const first = seen.get(e.id);
    if (first) {
      problems.push({
        file: e.file,
        field: WHOLE_FILE,
        code: 'entry.duplicate-id',
        params: { id: e.id, first },
        found: JSON.stringify(e.id),
      });
    } else seen.set(e.id, e.file);
  }
  return problems;
}

/** A date as "2586-10-01": ISO order, Buddhist-Era year, as staff may write it. */
const buddhistEraIso = (d: Date) => `${d.getUTCFullYear() + 543}${d.toISOString().slice(4, 10)}`;

/** A publication date after the check's moment (a year typed wrong): more than a day ahead, for time zones. */
export function futureDateProblems(entries: readonly OitEntry<{ date?: Date }>[], now: Date | undefined): Problem[] {
  if (!now) return [];
  const limit = now.getTime() + 24 * 60 * 60 * 1000;
  // An entry that failed its schema carries only what the cross-checks salvaged: no date.
  return entries.flatMap(({ file, data: { date } }): Problem[] =>
    date instanceof Date && date.getTime() > limit
      ? [{ file, field: 'date', code: 'date.future', params: {}, found: buddhistEraIso(date) }]
      : [],
  );
}

/** Progress reported on a measure after the check's moment: a year typed wrong, or a plan written as done. */
export function progressFutureProblems(plans: readonly OitEntry<MeasuresPlan>[], now: Date | undefined): Problem[] {
  if (!now) return [];
  const limit = now.getTime() + 24 * 60 * 60 * 1000;
  return plans.flatMap(({ file, data }) =>
    // A plan that failed its schema may hold only part of its topics: read what is there.
    (data.topics ?? []).flatMap((topic, t) =>
      (topic.measures ?? []).flatMap((measure, m) =>
        (measure.progress ?? []).flatMap((entry, p): Problem[] =>
          entry.date instanceof Date && entry.date.getTime() > limit
            ? [
                {
                  file,
                  field: `topics.${t}.measures.${m}.progress.${p}.date`,
                  code: 'measure.progress-future',
                  params: {},
                  found: buddhistEraIso(entry.date),
                },
              ]
            : [],
        ),
      ),
    ),
  );
}

/**
 * A publication date that does not fit the declared fiscal year: it must fall in that year, or in the
 * year after it, when the year's reports are published (an annual report of 2567 dated October 2567).
 */
export function fiscalYearDateProblems(
  entries: readonly OitEntry<{ date?: Date | undefined; fiscalYear?: number | undefined }>[],
): Problem[] {
  return entries.flatMap(({ file, data: { date, fiscalYear } }): Problem[] => {
    if (!(date instanceof Date) || typeof fiscalYear !== 'number') return [];
    const year = fiscalYearOf(date);
    return year === fiscalYear || year === fiscalYear + 1
      ? []
      : [{ file, field: 'date', code: 'date.fiscal-year', params: { fiscalYear }, found: buddhistEraIso(date) }];
  });
}

/** Files under public/documents/ that no content file names: published, but no page links to them. */
export function unusedDocumentProblems(
  publicFiles: Iterable<string>,
  contentTexts: readonly string[],
  publicRoot: string,
): Problem[] {
  return [...publicFiles]
    .filter((path) => path.startsWith('/documents/') && !contentTexts.some((text) => text.includes(path)))
    .sort()
    .map((path) => ({ file: `${publicRoot}${path}`, field: WHOLE_FILE, code: 'document.unused', params: {} }));
}
