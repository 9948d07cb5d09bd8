/**
 * Cross-checks between content files (the rules a schema of one file cannot see), shared by the
 * build (site-data.ts, scoring.ts) and `npm run check` (content-check.ts). Pure: no astro:content,
 * no file system. Each rule returns every problem it finds, not just the first.
 */
import type { ItaAssessment, ItaFramework } from '../../schemas/ita';
import type { MeasuresPlan } from '../../schemas/measures';
import { ContentError } from './error';
import { WHOLE_FILE, type Problem } from './messages';
import { fiscalYearOf } from '../thai/fiscal-year';
import type { Disclosure, OitDocument, OitFramework, ProcurementMonth } from '../../schemas/oit';

/** A year's scores against that year's framework: every indicator scored once, no unknown indicator. */
export function assessmentProblems(framework: ItaFramework, assessment: ItaAssessment, file: string): Problem[] {
  const problems: Problem[] = [];
  if (framework.year !== assessment.year) {
    problems.push({
      file,
      field: 'year',
      thai: `ปีของผลการประเมินต้องตรงกับกรอบการประเมิน (${framework.year})`,
      english: `expected the framework year ${framework.year}`,
      found: String(assessment.year),
    });
  }
  const known = framework.indicators.map((i) => i.number);
  assessment.scores.forEach((s, i) => {
    if (!known.includes(s.indicator)) {
      problems.push({
        file,
        field: `scores.${i}.indicator`,
        thai: `ไม่มีตัวชี้วัดนี้ในกรอบการประเมินปี ${framework.year} ต้องเป็นเลขตัวชี้วัด ${known.join(', ')}`,
        english: `expected an indicator number of the ${framework.year} framework (${known.join(', ')})`,
        found: String(s.indicator),
      });
    }
  });
  for (const ind of framework.indicators) {
    if (!assessment.scores.some((s) => s.indicator === ind.number)) {
      problems.push({
        file,
        field: 'scores',
        thai: `ไม่มีคะแนนของตัวชี้วัดที่ ${ind.number} ${ind.name}: เพิ่ม { indicator: ${ind.number}, score: … }`,
        english: `expected a score for indicator ${ind.number} (${ind.nameEn})`,
        found: 'ไม่มี / none',
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
      thai: `ชื่อไฟล์ต้องเป็นปี พ.ศ. ของผลการประเมิน (${assessment.year}.yaml) หรือแก้ year ให้ตรงกับชื่อไฟล์`,
      english: `expected the file to be named ${assessment.year}.yaml, or year to match the file name`,
      found: String(assessment.year),
    });
  }
  if (!frameworkYears.has(assessment.year)) {
    problems.push({
      file,
      field: 'year',
      thai: `ไม่มีกรอบการประเมินของปีนี้: เพิ่มไฟล์ ita/frameworks/${assessment.year}.yaml`,
      english: `expected a framework file for ${assessment.year}, found none`,
      found: String(assessment.year),
    });
  }
  return problems;
}

/** The build stops at the first problem with the same words `npm run check` prints. */
export function throwIfProblems(problems: readonly Problem[]): void {
  const [first] = problems;
  if (first) throw ContentError.fromProblem(first, problems.length);
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
      thai: `ชื่อไฟล์ต้องเป็นปีงบประมาณของแผน (${plan.fiscalYear}.yaml) หรือแก้ fiscalYear ให้ตรงกับชื่อไฟล์`,
      english: `expected the file to be named ${plan.fiscalYear}.yaml, or fiscalYear to match the file name`,
      found: String(plan.fiscalYear),
    });
  }
  if (!frameworkYears.has(plan.assessmentYear) || !assessmentYears.has(plan.assessmentYear)) {
    problems.push({
      file,
      field: 'assessmentYear',
      thai: `ไม่มีผลการประเมิน ITA ปีนี้: ต้องมีไฟล์ ita/frameworks/${plan.assessmentYear}.yaml และ ita/assessments/${plan.assessmentYear}.yaml`,
      english: `expected the ITA framework and results of ${plan.assessmentYear}, the year the plan is based on`,
      found: String(plan.assessmentYear),
    });
  }
  return problems;
}

/** Every topic's indicators exist in the framework of the plan's assessment year, once each. */
export function planIndicatorProblems(plan: MeasuresPlan, framework: ItaFramework, file: string): Problem[] {
  const problems: Problem[] = [];
  if (framework.year !== plan.assessmentYear) {
    problems.push({
      file,
      field: 'assessmentYear',
      thai: `กรอบการประเมินที่ใช้ตรวจต้องเป็นของปี ${plan.assessmentYear}`,
      english: `expected the ITA framework of ${plan.assessmentYear}`,
      found: String(framework.year),
    });
    return problems;
  }
  const known = framework.indicators.map((ind) => `${ind.number} ${ind.slug}`).join(', ');
  plan.topics.forEach((topic, t) => {
    const seen = new Set<number>();
    topic.indicators.forEach((ref, i) => {
      const field = `topics.${t}.indicators.${i}`;
      const found = framework.indicators.find((ind) =>
        typeof ref === 'number' ? ind.number === ref : ind.slug === ref,
      );
      if (!found) {
        problems.push({
          file,
          field,
          thai: `ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี ${framework.year} ต้องเป็นเลขหรือ slug ของตัวชี้วัด (${known})`,
          english: `expected an indicator number or slug of the ITA ${framework.year} framework`,
          found: JSON.stringify(ref),
        });
        return;
      }
      if (seen.has(found.number)) {
        problems.push({
          file,
          field,
          thai: `ตัวชี้วัดที่ ${found.number} ซ้ำในหัวข้อเดียวกัน`,
          english: `expected each indicator once per topic; indicator ${found.number} is listed twice`,
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
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1));
};

/** An OIT framework file is named after its ITA year. */
export function oitFrameworkFileProblems(entries: readonly OitEntry<OitFramework>[]): Problem[] {
  return entries
    .filter((e) => String(e.data.year) !== e.id)
    .map((e) => ({
      file: e.file,
      field: 'year',
      thai: `ชื่อไฟล์ต้องเป็นปี พ.ศ. ของกรอบการประเมิน (${e.data.year}.yaml) หรือแก้ year ให้ตรงกับชื่อไฟล์`,
      english: `expected the file to be named ${e.data.year}.yaml, or year to match the file name`,
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
  const known = new Set(frameworks.flatMap((fw) => fw.items.map((i) => i.slug)));
  for (const { file, data } of [...content.disclosures, ...content.documents]) {
    data.items.forEach((slug, i) => {
      if (!known.has(slug)) {
        problems.push({
          file,
          field: `items.${i}`,
          thai: 'ไม่มีรายการ OIT นี้ในกรอบการประเมินใด (content/oit/frameworks/): ตรวจสอบการสะกด slug ของรายการ',
          english: 'expected the slug of an OIT item of a framework (content/oit/frameworks/)',
          found: JSON.stringify(slug),
        });
      }
    });
  }
  for (const { id, file, data } of content.procurement) {
    const name = id.split('/').pop();
    if (name !== data.month) {
      problems.push({
        file,
        field: 'month',
        thai: `ชื่อไฟล์ต้องเป็นเดือนของข้อมูล (${data.month}.yaml) หรือแก้ month ให้ตรงกับชื่อไฟล์`,
        english: `expected the file to be named ${data.month}.yaml, or month to match the file name`,
        found: JSON.stringify(data.month),
      });
    }
    const fy = fiscalYearOf(monthStart(data.month));
    if (fy !== data.fiscalYear) {
      problems.push({
        file,
        field: 'fiscalYear',
        thai: `เดือน ${data.month} อยู่ในปีงบประมาณ ${fy} (ปีงบประมาณเริ่ม 1 ตุลาคม)`,
        english: `expected fiscalYear ${fy} for month ${data.month}`,
        found: String(data.fiscalYear),
      });
    }
  }
  return problems;
}

/** A document's file exists under public/ (`exists` is given the path as written, e.g. "/documents/plan.pdf"). */
export function documentFileProblems(
  documents: readonly OitEntry<OitDocument>[],
  exists: (path: string) => boolean,
): Problem[] {
  return documents
    .filter((d) => !exists(d.data.file))
    .map((d) => ({
      file: d.file,
      field: 'file',
      thai: `ไม่พบไฟล์เอกสาร: คัดลอกไฟล์ไปไว้ที่ public${d.data.file} หรือแก้ชื่อไฟล์ให้ตรงกัน`,
      english: `expected a file at public${d.data.file}, found none`,
      found: JSON.stringify(d.data.file),
    }));
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
        thai: `ชื่อไฟล์ (slug) "${e.id}" ซ้ำกับ ${first}: ตั้งชื่อไฟล์ใหม่ให้ไม่ซ้ำ หรือลบไฟล์ที่ซ้ำ`,
        english: `expected one entry per slug; "${e.id}" is also ${first}`,
        found: JSON.stringify(e.id),
      });
    } else seen.set(e.id, e.file);
  }
  return problems;
}

/** Every total from 0 to 100 falls in a grade band: the lowest band starts at 0. */
export function frameworkGradeProblems(framework: ItaFramework, file: string): Problem[] {
  const lowest = Math.min(...framework.grades.map((g) => g.min));
  return lowest === 0
    ? []
    : [
        {
          file,
          field: 'grades',
          thai: 'ระดับผลการประเมินต้องครอบคลุมคะแนน 0 ถึง 100: ระดับต่ำสุดต้องมี min: 0 (เช่น { grade: F, min: 0 })',
          english: 'expected the lowest grade band to start at min: 0',
          found: String(lowest),
        },
      ];
}
